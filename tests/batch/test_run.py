"""The batch end to end on the demo: 31 industries x 1 week (md+pdf), built once, then checked:
figures identical to single builds, summary.csv and index.html, a rerun that does nothing.

One test runs the checks in turn, so that pytest-xdist never builds the 31 reports twice."""

from __future__ import annotations

import csv
import json
import re
import time
from pathlib import Path

from sectorbrief.batch import BatchOptions, BatchResult, BatchSpec, run_batch
from sectorbrief.pipeline import BuildOptions, build
from sectorbrief.taxonomy import sw2021

END = "2026-07-03"
FORMATS = ("md", "pdf")
REPORT_FILES = {"facts.json", "report.md", "report.pdf", "charts"}


def test_31_industries_for_one_week(tmp_path: Path) -> None:
    full_week = run_batch(BatchOptions(spec=BatchSpec(formats=FORMATS), out=tmp_path / "out", progress=False))
    every_report_folder_is_complete(full_week)
    for industry in ("通信", "电子", "银行"):
        figures_identical_to_a_single_build(full_week, industry, tmp_path / industry)
    summary_rows_carry_each_reports_facts(full_week)
    index_links_every_report_under_the_weeks_overview(full_week)
    a_rerun_builds_nothing_in_a_tenth_of_the_time(full_week)


def every_report_folder_is_complete(full_week: BatchResult) -> None:
    assert full_week.built == 31 and not full_week.failed
    folders = sorted((full_week.out / END).iterdir())
    assert [f.name for f in folders] == sorted(sw2021().industry_codes)
    for folder in folders:
        assert {p.name for p in folder.iterdir()} == REPORT_FILES
        assert {p.suffix for p in (folder / "charts").iterdir()} == {".png", ".svg"}
    assert not (full_week.out / ".staging").exists()


def figures_identical_to_a_single_build(full_week: BatchResult, industry: str, tmp_path: Path) -> None:
    single = build(BuildOptions(industry=industry, out=tmp_path / "single", formats=FORMATS))
    code = single.facts.industry.code
    batch_facts = json.loads((full_week.out / END / code / "facts.json").read_text(encoding="utf-8"))
    assert batch_facts == single.facts.to_json_dict()
    batch_md = (full_week.out / END / code / "report.md").read_text(encoding="utf-8")
    assert batch_md == (tmp_path / "single" / "report.md").read_text(encoding="utf-8")
    # 图表1/2 drawn once for the week by one of the workers and shared: the same files as the build's
    charts = sorted(p.name for p in (tmp_path / "single" / "charts").iterdir())
    assert charts == sorted(p.name for p in (full_week.out / END / code / "charts").iterdir())
    for name in charts:
        batch_chart = (full_week.out / END / code / "charts" / name).read_bytes()
        assert batch_chart == (tmp_path / "single" / "charts" / name).read_bytes(), (industry, name)


def summary_rows_carry_each_reports_facts(full_week: BatchResult) -> None:
    with (full_week.out / "summary.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0])[:10] == [
        "end_session", "code", "name", "weekly_pct", "weekly_rank",
        "ytd_pct", "ytd_rank", "pe_ttm", "status", "seconds",
    ]  # fmt: skip
    assert len(rows) == 31
    assert sorted(int(r["weekly_rank"]) for r in rows) == list(range(1, 32))
    for row in rows:
        facts = json.loads((full_week.out / END / row["code"] / "facts.json").read_text(encoding="utf-8"))
        assert row["status"] == "ok" and row["end_session"] == END
        assert float(row["weekly_pct"]) == facts["periods"]["weekly"]["industry_pct"]
        assert int(row["ytd_rank"]) == facts["periods"]["ytd"]["rank"]
        assert float(row["pe_ttm"]) == facts["valuation"]["pe_ttm"]
        assert float(row["seconds"]) > 0
    telecom = next(r for r in rows if r["code"] == "801770.SI")
    assert (telecom["name"], telecom["weekly_rank"], telecom["ytd_rank"]) == ("通信", "31", "2")


def index_links_every_report_under_the_weeks_overview(full_week: BatchResult) -> None:
    html = (full_week.out / "index.html").read_text(encoding="utf-8")
    overview, reports = html.split("全部报告")
    assert overview.count("<tr><td>801") == 31
    assert reports.count(f'href="{END}/801770.SI/report.pdf"') == 1
    assert reports.count("/report.md") == 31
    assert "-9.17" in overview and "54.50" in overview  # 通信, printed as the report prints it
    ranks = [int(cell) for cell in _column(overview, 3)]  # best week first
    assert ranks == list(range(1, 32))


def _column(html: str, number: int) -> list[str]:
    """The text of the ``number``-th (0-based) cell of every body row of the first table in ``html``."""
    body = html.split("<tbody>")[1].split("</tbody>")[0]
    cells = [re.findall(r"<td[^>]*>(.*?)</td>", row) for row in body.split("</tr>") if "<td" in row]
    return [row[number] for row in cells]


def a_rerun_builds_nothing_in_a_tenth_of_the_time(full_week: BatchResult) -> None:
    facts_before = (full_week.out / END / "801770.SI" / "facts.json").stat().st_mtime_ns
    index = full_week.out / "index.html"
    index_before = index.read_bytes(), index.stat().st_mtime_ns
    started = time.perf_counter()
    again = run_batch(BatchOptions(spec=BatchSpec(formats=FORMATS), out=full_week.out, progress=False))
    seconds = time.perf_counter() - started
    assert again.built == 0 and again.rows == full_week.rows
    assert (full_week.out / END / "801770.SI" / "facts.json").stat().st_mtime_ns == facts_before
    assert seconds < 0.1 * full_week.seconds, (seconds, full_week.seconds)
    assert (index.read_bytes(), index.stat().st_mtime_ns) == index_before  # same rows: not rewritten
    index.unlink()
    run_batch(BatchOptions(spec=BatchSpec(formats=FORMATS), out=full_week.out, progress=False))
    assert index.read_bytes() == index_before[0]  # a missing index is written again
