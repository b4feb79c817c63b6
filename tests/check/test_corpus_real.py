"""The checker on real broker market reviews (see corpus/README.md for the labels and the split)."""

from __future__ import annotations

import time

import pytest

from sectorbrief.check import check_text
from tests.check.corpus_score import CORPUS, rows, score, score_files, split_of


def test_corpus_is_real_broad_and_split_by_url() -> None:
    real = rows("real.jsonl")
    assert len(real) >= 80
    assert len({r["industry"] for r in real}) >= 15
    assert all(r["url"].startswith("http") and r["text"] for r in real)
    assert all(r["split"] == split_of(r["url"]) for r in real)
    assert sum(bool(r["errors"]) for r in real) >= 6
    assert all(m["mutation_of"] in {r["id"] for r in real} for m in rows("mutations.jsonl"))
    fresh = [r for r in rows("holdout2.jsonl") if "mutation_of" not in r]
    assert len(fresh) >= 9 and not {r["url"] for r in fresh} & {r["url"] for r in real}
    third = [r for r in rows("holdout3.jsonl") if "mutation_of" not in r]
    seen = {r["url"] for r in real + rows("holdout2.jsonl")}
    assert len(third) >= 25 and not {r["url"] for r in third} & seen
    assert sum(len(r["errors"]) for r in rows("holdout3.jsonl")) >= 10


def _split(split: str) -> list[dict]:
    return [
        r
        for r in rows("real.jsonl") + rows("mutations.jsonl") + rows("holdout2.jsonl")
        if r["split"] == split
    ]


@pytest.mark.parametrize("split", ["dev", "holdout2"])
def test_error_level_precision_and_recall(split: str) -> None:
    result = score(_split(split))
    assert result.precision >= 0.9, result
    assert result.recall >= 0.8, result


def test_first_holdout_keeps_its_recall() -> None:
    """The first holdout was printed once during development, so it no longer counts as untuned.

    One wrong return (医药生物 -2.05% vs +0.15%) that made all three excess figures beside it disagree
    is now one finding, so its precision holds too.
    """
    result = score(_split("holdout"))
    assert result.recall >= 0.8, result
    assert result.precision >= 0.9, result


def test_holdout3_keeps_what_it_caught() -> None:
    """holdout3 was scored once before any change (corpus/README.md), then worked on in the c10 round:
    it is SEEN, so these floors are the figures reached on it and guard against regressions only."""
    items = rows("holdout3.jsonl")
    real = score([r for r in items if "mutation_of" not in r])
    assert (real.hits, real.false_alarms) == (2, 0), real
    mutated = score([r for r in items if "mutation_of" in r])
    assert mutated.hits >= 9 and mutated.false_alarms == 0, mutated
    assert score(items).verified >= 16


def test_dev5_passages_found_while_fixing_holdout3_check_as_labelled() -> None:
    """dev5: 13 real passages read from the `pages` corpus in the c10 round, labelled by hand after the
    checker had been fixed on them (tuned material, not a holdout)."""
    items = rows("dev5.jsonl")
    assert len(items) >= 13 and all(r["split"] == "dev5" and r["url"].startswith("http") for r in items)
    others = rows("real.jsonl") + rows("holdout2.jsonl") + rows("holdout3.jsonl")
    assert not {r["url"] for r in items} & {r["url"] for r in others}
    result = score(items)
    assert (result.hits, result.false_alarms, result.misses) == (3, 0, 0), result
    assert result.verified == result.stated


HOLDOUT4_REAL = ("holdout4a.jsonl", "holdout4b.jsonl")
HOLDOUT4_MUTATIONS = ("holdout4a_mutations.jsonl", "holdout4b_mutations.jsonl")


def test_holdout4_keeps_what_the_c11_and_c12_rounds_reached() -> None:
    """holdout4 was scored once untuned (real P 0.36 R 0.42, corpus/README.md), then worked on in the c11
    (precision) and c12 (recall) rounds: it is SEEN, so these floors are the figures reached and guard
    regressions only."""
    real = score_files(*HOLDOUT4_REAL, strict=True)
    assert real.false_alarms == 0 and real.hits >= 10, real  # 9 before the c16 round
    assert real.verified >= 40, real  # 29 before the c15 round
    mutated = score_files(*HOLDOUT4_MUTATIONS, strict=True)
    assert mutated.false_alarms == 0 and mutated.hits >= 18, mutated


HOLDOUT5_REAL = ("holdout5a.jsonl", "holdout5b.jsonl", "holdout5c.jsonl")
HOLDOUT5_MUTATIONS = ("holdout5a_mutations.jsonl", "holdout5b_mutations.jsonl")


def _holdout5(names: tuple[str, ...]) -> list[dict]:
    """holdout5 without the pages the tuners had read before it was scored (holdout5_excluded_urls.txt)."""
    excluded = set((CORPUS / "holdout5_excluded_urls.txt").read_text(encoding="utf-8").split())
    return [r for name in names for r in rows(name) if r.get("url") not in excluded]


def test_holdout5_keeps_what_the_c13_and_c14_rounds_reached() -> None:
    """holdout5 was scored once untuned (corpus/README.md: real strict 1 hit of 15, 9 false alarms), then
    worked on for precision (c13) and recall (c14): it is SEEN, so these floors guard regressions only."""
    real = score(_holdout5(HOLDOUT5_REAL), strict=True)
    assert real.hits >= 11 and real.false_alarms == 0, real
    assert real.verified >= 46, real  # 33 before the c15 round
    mutated = score(_holdout5(HOLDOUT5_MUTATIONS), strict=True)
    assert mutated.hits >= 17 and mutated.false_alarms == 0, mutated


def test_holdout6_raises_no_false_alarm_and_keeps_what_the_c16_round_reached() -> None:
    """holdout6 was scored once untuned (corpus/README.md: 0 hits of 9, 2 false alarms); its two false
    alarms (two funds on one index, 饲料业 read as the 种植业 before it) were then mended (c15) and its misses
    worked on (c16: counts, level changes, 其次为 lists, tops of one measure, a rank given twice): it is SEEN."""
    result = score_files("holdout6.jsonl", strict=True)
    assert result.false_alarms == 0 and result.hits >= 7, result


def test_holdout7_keeps_what_the_c17_round_reached() -> None:
    """holdout7 was scored once untuned (corpus/README.md: strict 0 hits of 9, 4 false alarms, one of them
    mended on main before the c17 round), then tuned on in the c17 round (index and freight-lane moves,
    direction words, places, ranked amounts, sales rows): it is SEEN, so these floors guard regressions only."""
    result = score_files("holdout7.jsonl", strict=True)
    assert result.false_alarms == 0 and result.hits >= 9, result


def test_holdout78_mutations_keep_what_the_m18_round_reached() -> None:
    """holdout78_mutations (40 hand-made slips in consistent holdout7/holdout8 excerpts) scored 9 / 0 / 31
    untuned (corpus/README.md), then were worked on in the m18 round: SEEN, so these floors guard regressions."""
    result = score_files("holdout78_mutations.jsonl", strict=True)
    assert result.false_alarms == 0 and result.hits >= 37, result  # c21: 29 -> 37


def test_holdout910_mutations_keep_what_the_c21_round_reached() -> None:
    """holdout910_mutations (39 hand-made slips in consistent holdout9/holdout10 excerpts) scored 22 / 0 / 17
    untuned (corpus/README.md), then were worked on in the c21 round: SEEN, so these floors guard regressions."""
    result = score_files("holdout910_mutations.jsonl", strict=True)
    assert result.false_alarms == 0 and result.hits >= 37, result


@pytest.mark.parametrize(
    "names",
    [
        ("real.jsonl", "mutations.jsonl", "holdout2.jsonl"),
        ("holdout3.jsonl",),
        ("dev5.jsonl",),
        HOLDOUT4_REAL + HOLDOUT4_MUTATIONS,
        HOLDOUT5_REAL + HOLDOUT5_MUTATIONS,
        ("holdout7.jsonl",),
    ],
)
def test_strict_scoring_agrees_with_the_loose_one_on_seen_sets(names: tuple[str, ...]) -> None:
    """Every hit names its labelled error: a finding that does not quote the label's evidence would
    count as a hit loosely but as a false alarm strictly."""
    loose, strict = score_files(*names), score_files(*names, strict=True)
    assert (strict.hits, strict.false_alarms) == (loose.hits, loose.false_alarms), (loose, strict)


def test_strict_scoring_counts_a_finding_on_the_wrong_figure_as_a_false_alarm() -> None:
    text = "本周申万电子上涨2.00%，沪深300上涨1.00%，电子跑赢沪深300 3.00个百分点。"
    row = {"text": text, "excess_stated": 1, "errors": [{"kind": "arithmetic", "evidence": ["3.00"]}]}
    assert (score([row]).hits, score([row], strict=True).hits) == (1, 1)
    wrong = dict(row, errors=[{"kind": "arithmetic", "evidence": ["9.99"]}])
    loose, strict = score([wrong]), score([wrong], strict=True)
    assert (loose.hits, loose.false_alarms) == (1, 0)
    assert (strict.hits, strict.false_alarms, strict.misses) == (0, 1, 1)


def test_every_labelled_error_carries_evidence() -> None:
    every = rows("real.jsonl") + rows("mutations.jsonl") + rows("holdout2.jsonl") + rows("holdout3.jsonl")
    every += rows("dev5.jsonl") + [r for name in HOLDOUT4_REAL + HOLDOUT4_MUTATIONS for r in rows(name)]
    every += [r for name in HOLDOUT5_REAL + HOLDOUT5_MUTATIONS for r in rows(name)]
    every += rows("holdout7.jsonl")
    labels = [e for r in every for e in r["errors"]]
    assert labels and all(e.get("evidence") for e in labels)
    assert all(any(x in r["text"] for x in e["evidence"]) for r in every for e in r["errors"])


def test_excess_claims_with_both_returns_stated_are_verified() -> None:
    result = score(rows("real.jsonl"))
    assert result.stated >= 20
    assert result.verified >= 0.8 * result.stated, result


def test_the_whole_corpus_verifies_four_fifths_of_the_excess_figures_with_both_returns_stated() -> None:
    """Issue #10's measure over every file in corpus/ (real excerpts and mutations): 163 of 227 before the
    c15 round (benchmarks implied or named in brackets, listed excess, returns in forms not read), 207 after;
    holdout10's 111 index-fund figures (tables and prose of ① − ③) took it to 220 of 370, the c20 round's
    fund tables and prose (check/fund_excess.py) to 316."""
    result = score_files(*sorted(p.name for p in CORPUS.glob("*.jsonl")), strict=True)
    assert result.stated >= 370
    assert result.verified >= 0.8 * result.stated and result.verified >= 316, result
    holdout6 = score_files("holdout6.jsonl", strict=True)
    assert holdout6.verified == holdout6.stated and holdout6.false_alarms == 0, holdout6


@pytest.mark.timing
def test_a_hundred_excerpts_check_in_under_two_seconds() -> None:
    every = rows("real.jsonl") + rows("mutations.jsonl") + rows("holdout2.jsonl") + rows("holdout3.jsonl")
    texts = [r["text"] for r in every][:100]
    check_text(texts[0])  # tables and patterns load once per process
    start = time.process_time()
    for text in texts:
        check_text(text)
    assert len(texts) == 100
    assert time.process_time() - start < 2.0


def test_holdout_m20_mutations_keep_what_the_c24_round_reached() -> None:
    """holdout_m20_mutations (45 hand-written slips in consistent real excerpts) scored 27 / 0 / 18 untuned,
    29 / 0 / 16 after the c21/c23/s22 merges (corpus/README.md), then were worked on in the c24 round (ordered
    lists 2/9 -> 9/9): SEEN, so these floors guard regressions; their 40 originals raise no error. The three
    extra findings this scorer counts are second findings of one slip, each quoting it (逊于 three indices in
    m20-13, the 造纸 summary figure as an excess and a second value in m20-27), as before the round."""
    result = score_files("holdout_m20_mutations.jsonl", strict=True)
    assert result.false_alarms <= 3 and result.hits >= 43, result  # 39 before g1's restatements rule
    originals = score_files("holdout_m20_originals.jsonl", strict=True)
    assert originals.false_alarms == 0, originals


def test_dev_c25_practice_slips_are_caught() -> None:
    """dev_c25_mutations: 15 slips the c25 helper inserted by hand in pool-B excerpts after its mends (two list
    items or figures swapped, a place moved out of order, a rank beyond its universe, a larger rise ranked
    lower): tuned material, 8 caught before the round, 15 after (corpus/README.md)."""
    result = score_files("dev_c25_mutations.jsonl", strict=True)
    assert result.false_alarms == 0 and result.hits == 15, result


def test_dev_g1_practice_restatements_are_caught() -> None:
    """dev_g1_mutations: 16 slips the g1 helper wrote by hand in pool-B excerpts before its restatements rule first
    ran (one of a figure's two printings misprinted: a level, a move, an amount, a price): tuned material, 0 caught
    by main, 6 by the rule's first run (g1-01..06, quoting both printings), 6 after."""
    result = score_files("dev_g1_mutations.jsonl", strict=True)
    assert result.false_alarms == 0 and result.hits >= 6, result


def test_dev_g2_practice_slips_are_caught() -> None:
    """dev_g2_mutations: 16 direction slips the g2 helper wrote by hand in pool-B excerpts before its comparisons
    rule first ran on them (a comparison word, a from-to verb, a move against its base or its size word flipped):
    tuned material, 6 caught by the checker without the rule, 12 by the rule's first run, 15 after."""
    result = score_files("dev_g2_mutations.jsonl", strict=True)
    assert result.false_alarms == 0 and result.hits >= 15, result


def test_the_untuned_m22_slips_keep_their_first_figures() -> None:
    """holdout_m22_mutations: 45 slips (9 per kind) written by hand in reserved consistent real excerpts by a writer
    who never ran or read the checker, scored by the lead before anyone tuned on it: 23 hits on main 1ac26e5, 23
    after the c25/c26 rounds and 23 after the c27/c28 rounds (tuned on its twin holdout_m21), none of which saw it,
    then 29 after the general rules of g1-g4 (restatements, comparisons, rankings, differences), whose helpers saw
    only its counts (corpus/README.md), 30 after g5-g10. SEEN since 2026-12-04: the lead read its 15 misses while
    building swapped_digits (32 after it and 差额). A floor against regressions; its originals raise no error."""
    result = score_files("holdout_m22_mutations.jsonl", strict=True)
    assert result.false_alarms == 0 and result.hits >= 32, result
    originals = score_files("holdout_m22_originals.jsonl", strict=True)
    assert originals.false_alarms == 0 and originals.hits == 0, originals


def test_m21_keeps_what_the_c27_and_c28_rounds_reached() -> None:
    """holdout_m21_mutations is SEEN since the c27 and c28 rounds: c28 mended its eight rank and order misses,
    c27 nine of its arithmetic, direction and contradiction misses, each by shape (23 -> 40 hits,
    corpus/README.md): a floor against regressions only; its originals still raise no error."""
    result = score_files("holdout_m21_mutations.jsonl", strict=True)
    assert result.false_alarms == 0 and result.hits >= 41, result


def test_dev_g3_practice_slips_are_caught() -> None:
    """dev_g3_mutations: 18 rank and order slips the g3 helper wrote by hand in pool-B excerpts before running its
    general rankings rule on them (the rule alone caught 13 on that first run; the whole checker 10 before the
    rule, 14 with it): tuned material since, a floor against regressions only."""
    result = score_files("dev_g3_mutations.jsonl", strict=True)
    assert result.false_alarms == 0 and result.hits >= 13, result


def test_dev_g6_practice_restatements_are_caught() -> None:
    """dev_g6_mutations: 18 slips the g6 helper wrote by hand in pool-B excerpts before building its anchored and fund
    restatement rules (a fact's second printing changed to another plausible value: a points move's percentage, an
    index level's move, a table row or cell, a summary's bracket, a fund's title or heading, a one-day headline
    against a 分别 list): 6 caught by main, 16 after the g6 rules. Tuned material since, a floor against regressions
    only."""
    result = score_files("dev_g6_mutations.jsonl", strict=True)
    assert result.false_alarms == 0 and result.hits >= 16, result


def test_dev_g7_practice_slips_are_caught() -> None:
    """dev_g7_mutations: 16 rank and ordered-list slips (weights, amounts, turnover, places in words, groups) the g7
    helper wrote by hand in pool-B excerpts before extending the rankings reader: the whole checker caught 1 on that
    first run (dev_g7_mutations_first_run.txt), 16 after; tuned material, a floor against regressions only."""
    result = score_files("dev_g7_mutations.jsonl", strict=True)
    assert result.false_alarms == 0 and result.hits >= 16, result


def test_m23_keeps_what_the_h11_round_reached() -> None:
    """holdout_m23_mutations: 45 slips (9 per kind) written by hand by a writer who never ran or read the checker,
    from the 336 reserved consistent pool-A excerpts no set had used: 6 hits on main 6e57a23 (first run, committed
    before any merge), 10 after the general rules of g1-g4 and 15 after g5-g10, whose helpers never saw it. SEEN
    since 2026-12-04: its 30 misses were read and described to the h11 helpers; 39 after swapped_digits and
    h11a/h11d/h11r (corpus/README.md). A floor against regressions; its 45 originals raise no error."""
    result = score_files("holdout_m23_mutations.jsonl", strict=True)
    assert result.false_alarms == 0 and result.hits >= 39, result
    originals = score_files("holdout_m23_originals.jsonl", strict=True)
    assert originals.false_alarms == 0 and originals.hits == 0, originals


def test_m24_keeps_what_the_h12_round_reached() -> None:
    """holdout_m24_mutations: 45 slips (9 per kind) written by a second writer who never ran or read the checker,
    from the 291 reserved consistent pool-A excerpts left after m23: 4 hits on main 9120ad4 (first run, committed
    before any merge of that session's rules; corpus/holdout_m24_mutations_first_run.txt), 11 after g5-g10 (two
    of them possibly tuned: their helper read the sources of m24-01 and m24-36, corpus/README.md), 12 after the
    h11 round (tuned on m23; its last untuned figure). SEEN since 2026-12-04: the h12 helpers read its 33 misses,
    41 after them. A floor against regressions, and its 45 originals raise no error."""
    result = score_files("holdout_m24_mutations.jsonl", strict=True)
    assert result.false_alarms == 0 and result.hits >= 41, result
    originals = score_files("holdout_m24_originals.jsonl", strict=True)
    assert originals.false_alarms == 0 and originals.hits == 0, originals


def test_the_untuned_m25_slips_keep_their_first_figures() -> None:
    """holdout_m25_mutations: 45 slips (9 per kind) written by a third writer who never ran or read the checker,
    from the 222 reserved consistent pool-A excerpts left after m24 (damaged rows set aside): 10 hits on main
    17f52ae (first run, committed before any merge of that session's rules;
    corpus/holdout_m25_mutations_first_run.txt), 11 after the h11 round (tuned on m23). UNTUNED: this floor guards
    regressions only, and its 45 originals raise no error."""
    result = score_files("holdout_m25_mutations.jsonl", strict=True)
    assert result.false_alarms == 0 and result.hits >= 11, result
    originals = score_files("holdout_m25_originals.jsonl", strict=True)
    assert originals.false_alarms == 0 and originals.hits == 0, originals


def test_the_untuned_m26_slips_keep_their_figures() -> None:
    """holdout_m26_mutations: 45 slips (9 per kind) written by a fourth writer who never ran or read the checker,
    from the 156 reserved consistent pool-A excerpts left after m25: 3 hits on main 7fdaf95 (first run, committed
    before any rule of the q round merged; corpus/holdout_m26_mutations_first_run.txt), 4 after q4dir. UNTUNED:
    this floor guards regressions only, and its 45 originals raise no error."""
    result = score_files("holdout_m26_mutations.jsonl", strict=True)
    assert result.false_alarms == 0 and result.hits >= 4, result
    originals = score_files("holdout_m26_originals.jsonl", strict=True)
    assert originals.false_alarms == 0 and originals.hits == 0, originals


def test_dev_g5_practice_slips_are_caught() -> None:
    """dev_g5_mutations: 16 direction slips over any measure (a market value in 兆/亿 against last week's, a from-to
    over 万吨, points or x, a turn from the level before, a list under 同步上涨, a net flow against its rate, a word
    of size between two amounts …) the g5 helper wrote by hand in pool-B excerpts before building its level
    reader: 0 caught on main, 14 by the level_directions rule's first runs, 16 with the comparison-figure reading
    (a list before 的收益率, an amount right after the name): tuned material since, a floor against regressions."""
    result = score_files("dev_g5_mutations.jsonl", strict=True)
    assert result.false_alarms == 0 and result.hits >= 16, result


def test_dev_h11d_practice_slips_are_caught() -> None:
    """dev_h11d_mutations: 4 direction slips the h11d helper wrote in pool-B excerpts to try its readers (高开 for
    低开 with the open and the close before stated, in one sentence, two, or the paragraph before; 下降 for 上涨
    against a dated base): 0 caught on main 17f52ae, 4 after h11d; tuned material, a floor against regressions."""
    result = score_files("dev_h11d_mutations.jsonl", strict=True)
    assert result.false_alarms == 0 and result.hits >= 4, result


def test_dev_h12d_practice_slips_are_caught() -> None:
    """dev_h12d_mutations: 3 direction slips the h12d helper wrote in pool-B excerpts to try its readers (站上 a mark
    the close is below, 跌破 marks the close is above, 涨幅 for a year's fall from its first to its last level): 0
    caught on main fc2d9b2, 3 after h12d; tuned material, a floor against regressions."""
    result = score_files("dev_h12d_mutations.jsonl", strict=True)
    assert result.false_alarms == 0 and result.hits >= 3, result


def test_dev_g8_practice_slips_are_caught() -> None:
    """dev_g8_mutations: 11 arithmetic slips in a move's parts (a percentage against its level and change in points
    or 美元, a change against the two levels it joins, a percentage against a level and the 发行价, moves of one
    index that imply two previous closes) the g8 helper wrote in pool-B excerpts before building its move reader:
    0 caught on main, 10 by the moves rule (g8-05 needs a subject the sentence does not name): tuned material since,
    a floor against regressions."""
    result = score_files("dev_g8_mutations.jsonl", strict=True)
    assert result.false_alarms == 0 and result.hits >= 10, result


def test_dev_g10_practice_slips_are_caught() -> None:
    """dev_g10_mutations: 4 slips the g10 helper wrote in pool-B excerpts before each fix (a head written as
    客车行业x%的跌幅领跌 against peers given 分别, a head 涨跌幅第一 against the > chain after it, twice, and a
    breakdown by exchange whose shares add past 100%): 0 caught on main, 4 after the g10 changes; tuned material
    since, a floor against regressions."""
    result = score_files("dev_g10_mutations.jsonl", strict=True)
    assert result.false_alarms == 0 and result.hits >= 4, result


def test_dev_h11a_practice_slips_are_caught() -> None:
    """dev_h11a_mutations: 5 arithmetic slips the h11a helper wrote in pool-B excerpts after building its readers
    (a share class's excess against the benchmark return stated once for all classes, two prose excesses against
    their one-cell-per-line table's rows, a bound in words against the paragraph's benchmarks, an 约 difference):
    tuned material, a floor against regressions only."""
    result = score_files("dev_h11a_mutations.jsonl", strict=True)
    assert result.false_alarms == 0 and result.hits >= 5, result
