"""A generated Chinese PDF report: read back cleanly, and 60 pages checked quickly."""

from __future__ import annotations

import importlib.util
import sys
import types
from pathlib import Path

import pytest

from sectorbrief.check import check_file

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"


@pytest.fixture(scope="module")
def bench() -> types.ModuleType:
    spec = importlib.util.spec_from_file_location("bench_check", SCRIPTS / "bench_check.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_check"] = module
    spec.loader.exec_module(module)
    return module


def test_demo_report_as_pdf_checks_clean_with_page_locations(bench: types.ModuleType, tmp_path: Path) -> None:
    pdf = tmp_path / "r.pdf"
    assert bench.make_pdf(pdf, pages=2) == 2
    report = check_file(pdf)
    assert report.findings == () and report.claims >= 20


def test_a_typo_in_a_pdf_is_located_by_page(
    bench: types.ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mutated = tmp_path / "demo.md"
    mutated.write_text(
        bench.DEMO.read_text(encoding="utf-8").replace(
            "面向 CPO 与玻璃芯半导体封装", "面向 CP0 与玻璃芯半导体封装"
        ),
        encoding="utf-8",
    )
    monkeypatch.setattr(bench, "DEMO", mutated)
    pdf = tmp_path / "r.pdf"
    bench.make_pdf(pdf, pages=2)
    assert [(f.kind, f.location) for f in check_file(pdf).findings] == [("typo", "page 2")]


def test_sixty_pages_check_within_three_seconds(bench: types.ModuleType) -> None:
    result = bench.bench_check(60)
    assert result[bench.PAGES] == 60
    assert result[bench.CHECK_S] <= 3.0, result


def test_the_seed_as_a_pdf_gives_the_same_findings_by_page(
    bench: types.ModuleType, seed_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bench, "DEMO", seed_path)
    pdf = tmp_path / "seed.pdf"
    bench.make_pdf(pdf, pages=2)
    text = check_file(seed_path)
    report = check_file(pdf)
    assert [(f.kind, f.message) for f in report.findings] == [
        (f.kind, f.message.replace("line 56", "page 2")) for f in text.findings
    ]
    assert all(f.location.startswith("page ") for f in report.findings)
    assert "AXT-Tongmei" in report.findings[5].snippet
