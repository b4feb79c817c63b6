"""holdout11 (89 real sector notes, corpus/holdout11_README.md) after the c23 round, which tuned on it."""

from __future__ import annotations

from tests.check.corpus_score import score_files


def test_holdout11_keeps_what_the_c23_round_reached() -> None:
    """holdout11 was scored once untuned (corpus/README.md: strict 0 hits of 4, no false alarm), then its four
    kinds of error were read in the c23 round (a percentage against its point change and level, a share of a
    budget, two futures premiums): it is SEEN, so these floors guard regressions only."""
    result = score_files("holdout11.jsonl", strict=True)
    assert result.false_alarms == 0 and result.hits >= 4, result
