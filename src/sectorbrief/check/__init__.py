"""The fact checker: read any report, extract its numeric claims, report what is wrong.

check_text(text, name="report.md") -> CheckReport
check_file(path, data=None) -> CheckReport
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sectorbrief.check.claims import Claims, extract
from sectorbrief.check.figures import extract_figures
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.limits import check_text_size
from sectorbrief.check.listing import listing
from sectorbrief.check.read import Paragraph, read_document, read_plain
from sectorbrief.check.report import CheckReport, Finding
from sectorbrief.check.rules.anchored_restatements import check_anchored_restatements
from sectorbrief.check.rules.arithmetic import check_arithmetic
from sectorbrief.check.rules.benchmark_superlatives import check_benchmark_superlatives
from sectorbrief.check.rules.best_benchmark import check_best_benchmark
from sectorbrief.check.rules.boom_line import check_boom_line
from sectorbrief.check.rules.both_markets import check_both_markets
from sectorbrief.check.rules.bounds import check_bounds
from sectorbrief.check.rules.bracket_comparisons import check_bracket_comparisons
from sectorbrief.check.rules.bracket_sums import check_bracket_sums
from sectorbrief.check.rules.breadth import check_breadth
from sectorbrief.check.rules.buckets import check_buckets
from sectorbrief.check.rules.chains import check_chains
from sectorbrief.check.rules.changes import check_changes
from sectorbrief.check.rules.close_moves import check_close_moves
from sectorbrief.check.rules.closes import check_closes
from sectorbrief.check.rules.collective_direction import check_collective_direction
from sectorbrief.check.rules.comparisons import check_comparisons
from sectorbrief.check.rules.compounding import check_compounding
from sectorbrief.check.rules.contradictions import check_contradictions
from sectorbrief.check.rules.count_parts import check_count_parts
from sectorbrief.check.rules.count_repeats import check_count_repeats
from sectorbrief.check.rules.counts import check_counts
from sectorbrief.check.rules.daily_averages import check_daily_averages
from sectorbrief.check.rules.day_closes import check_day_closes
from sectorbrief.check.rules.differences import check_differences
from sectorbrief.check.rules.direction_words import check_direction_words
from sectorbrief.check.rules.each_placed import check_each_placed
from sectorbrief.check.rules.excess_table import check_excess_table
from sectorbrief.check.rules.former_latter import check_former_latter
from sectorbrief.check.rules.fund_excess import check_fund_excess
from sectorbrief.check.rules.fund_restatements import check_fund_restatements
from sectorbrief.check.rules.gaps import check_gaps
from sectorbrief.check.rules.headline_bounds import check_headline_bounds
from sectorbrief.check.rules.headline_twins import check_headline_twins
from sectorbrief.check.rules.index_moves import check_index_moves
from sectorbrief.check.rules.later_peers import check_later_peers
from sectorbrief.check.rules.lead_groups import check_lead_groups
from sectorbrief.check.rules.lead_points import check_lead_points
from sectorbrief.check.rules.level_changes import check_level_changes
from sectorbrief.check.rules.level_directions import check_level_directions
from sectorbrief.check.rules.level_gaps import check_level_gaps
from sectorbrief.check.rules.level_records import check_level_records
from sectorbrief.check.rules.list_counts import check_list_counts
from sectorbrief.check.rules.list_signs import check_list_signs
from sectorbrief.check.rules.list_superlatives import check_list_superlatives
from sectorbrief.check.rules.lost_decimals import check_lost_decimals
from sectorbrief.check.rules.measure_repeats import check_measure_repeats
from sectorbrief.check.rules.measure_tops import check_measure_tops
from sectorbrief.check.rules.move_signs import check_move_signs
from sectorbrief.check.rules.moves import check_moves
from sectorbrief.check.rules.net_flows import check_net_flows
from sectorbrief.check.rules.one_day_repeats import check_one_day_repeats
from sectorbrief.check.rules.open_gaps import check_open_gaps
from sectorbrief.check.rules.order import check_order
from sectorbrief.check.rules.places import check_places
from sectorbrief.check.rules.points import check_points
from sectorbrief.check.rules.portfolio import check_portfolio
from sectorbrief.check.rules.premiums import check_premiums
from sectorbrief.check.rules.quote_ranges import check_quote_ranges
from sectorbrief.check.rules.ranked_amounts import check_ranked_amounts
from sectorbrief.check.rules.rankings import check_rankings
from sectorbrief.check.rules.ranks import (
    check_places_behind,
    check_rank_order,
    check_ranks,
    check_ranks_in_top_lists,
)
from sectorbrief.check.rules.records import check_records
from sectorbrief.check.rules.restatements import check_restatements
from sectorbrief.check.rules.runner_up import check_runner_up
from sectorbrief.check.rules.share_wholes import check_share_wholes
from sectorbrief.check.rules.shares import check_shares
from sectorbrief.check.rules.strategy_excess import check_strategy_excess
from sectorbrief.check.rules.summary_contradictions import check_summary_contradictions
from sectorbrief.check.rules.superlatives import check_superlatives
from sectorbrief.check.rules.swapped_digits import check_swapped_digits
from sectorbrief.check.rules.table_restatements import check_table_restatements
from sectorbrief.check.rules.thresholds import check_thresholds
from sectorbrief.check.rules.typos import check_typos
from sectorbrief.check.rules.unit_restatements import check_unit_restatements
from sectorbrief.check.rules.unit_totals import check_unit_totals
from sectorbrief.check.rules.unnamed_benchmark import check_unnamed_benchmark
from sectorbrief.check.rules.wording import check_wording
from sectorbrief.check.rules.year_rows import check_year_rows
from sectorbrief.check.rules.year_superlatives import check_year_superlatives

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["CheckReport", "Finding", "check_file", "check_paragraphs", "check_text"]
log = logging.getLogger(__name__)


def check_paragraphs(
    paragraphs: list[Paragraph], *, name: str, data: pd.DataFrame | None = None
) -> CheckReport:
    """Run every rule over ``paragraphs``; with ``data`` (a long market frame) also the data rule."""
    with collection_paused():
        return _check_paragraphs(paragraphs, name=name, data=data)


@contextmanager
def collection_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off while a text is checked, on again after.

    Checking makes hundreds of thousands of small objects that live until the report is built (clauses,
    matches, claims) and no reference cycles; each collection pass walks all of them again, about a tenth
    of the time of a 5 MB report. Reference counting still frees everything as usual. The collector is
    turned back on only if it was on: a check that starts in another thread meanwhile finds it off and
    leaves it to this one to turn back on."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


# The rules over one document's claims, in the order their findings are listed.
_RULES: tuple[Callable[[Claims], list[Finding]], ...] = (
    check_arithmetic,
    check_points,
    check_index_moves,
    check_shares,
    check_premiums,
    check_changes,
    check_level_changes,
    check_net_flows,
    check_portfolio,
    check_ranks,
    check_rank_order,
    check_places_behind,
    check_ranks_in_top_lists,
    check_order,
    check_runner_up,
    check_superlatives,
    check_list_superlatives,
    check_later_peers,
    check_each_placed,
    check_lead_groups,
    check_measure_tops,
    check_benchmark_superlatives,
    check_year_superlatives,
    check_best_benchmark,
    check_records,
    check_level_records,
    check_closes,
    check_list_signs,
    check_chains,
    check_compounding,
    check_breadth,
    check_counts,
    check_count_parts,
    check_count_repeats,
    check_list_counts,
    check_gaps,
    check_buckets,
    check_bounds,
    check_unnamed_benchmark,
    check_former_latter,
    check_strategy_excess,
    check_excess_table,
    check_fund_excess,
    check_bracket_comparisons,
    check_level_gaps,
    check_quote_ranges,
)
_RULES_AFTER_CONTRADICTIONS: tuple[Callable[[Claims], list[Finding]], ...] = (
    check_summary_contradictions,
    check_one_day_repeats,
    check_close_moves,
    check_both_markets,
    check_lost_decimals,
    check_measure_repeats,
    check_direction_words,
    check_collective_direction,
    check_thresholds,
    check_day_closes,
    check_boom_line,
    check_unit_totals,
    check_unit_restatements,
    check_bracket_sums,
    check_daily_averages,
    check_ranked_amounts,
    check_places,
    check_typos,
    check_wording,
)
# General rules that read any figure, not one construct: they speak only where no rule above has already
# raised an error on the same sentence, so one slip is reported once (see ``new_errors_only``).
_FALLBACK_RULES: tuple[Callable[[Claims], list[Finding]], ...] = (
    check_restatements,
    check_anchored_restatements,
    check_fund_restatements,
    check_table_restatements,
    check_comparisons,
    check_rankings,
    check_differences,
    check_level_directions,
    check_move_signs,
    check_open_gaps,
    check_moves,
    check_share_wholes,
    check_swapped_digits,
    check_headline_twins,
    check_headline_bounds,
    check_year_rows,
    check_lead_points,
)


def _check_paragraphs(paragraphs: list[Paragraph], *, name: str, data: pd.DataFrame | None) -> CheckReport:
    claims: Claims = extract(paragraphs)
    figures = extract_figures(claims.sentences)
    findings = [f for rule in _RULES for f in rule(claims)]
    findings += check_contradictions(claims, figures)
    findings += [f for rule in _RULES_AFTER_CONTRADICTIONS for f in rule(claims)]
    findings += new_errors_only([f for rule in _FALLBACK_RULES for f in rule(claims)], findings)
    if data is not None:
        from sectorbrief.check.rules.data import check_data

        findings += check_data(claims, data)
    count = claims.count + len(figures)
    log.debug("%s: %d claims, %d findings", name, count, len(findings))
    return CheckReport(file=name, claims=count, findings=tuple(findings), extracted=listing(claims, figures))


def new_errors_only(candidates: list[Finding], earlier: list[Finding]) -> list[Finding]:
    """``candidates`` less the errors about a sentence that an earlier error (or an earlier candidate) already
    quotes: the same line and snippets that share a stretch of eight characters (a snippet is its sentence
    around the figure)."""
    said = [f for f in earlier if f.severity == "error"]
    kept = []
    for f in candidates:
        if f.severity == "error":
            if any(_same_sentence(f, e) for e in said):
                continue
            said.append(f)
        kept.append(f)
    return kept


def _same_sentence(a: Finding, b: Finding) -> bool:
    """Whether ``a`` is about ``b``'s sentence: its own (same line, shared stretch of snippet), or the other place
    its message quotes (「…」 at line 3, when that quote shares a stretch with ``b``'s snippet)."""
    y = b.snippet.strip("…")
    if a.location == b.location and _shares_stretch(a.snippet.strip("…"), y):
        return True
    return any(
        location == b.location and _shares_stretch(quote, y)
        for quote, location in _QUOTED_AT.findall(a.message)
    )


def _shares_stretch(x: str, y: str) -> bool:
    """Whether ``x`` and ``y`` share eight characters in a row (x's windows every fourth character)."""
    return any(x[i : i + 8] in y for i in range(0, max(len(x) - 7, 1), 4))


_QUOTED_AT = lazy_compile(r"「([^」]{8,})」 at (\S+ \d+)")


def check_text(text: str, *, name: str = "report.md") -> CheckReport:
    """Check report text (Markdown or plain); locations are line numbers. DataError over 20 MB."""
    check_text_size(text, name)
    return check_paragraphs(read_plain(text), name=name)


def check_file(path: Path, *, data: pd.DataFrame | None = None) -> CheckReport:
    """Check a PDF, DOCX, HTML, Markdown or text report; DataError when it cannot be read."""
    return check_paragraphs(read_document(Path(path)), name=str(path), data=data)
