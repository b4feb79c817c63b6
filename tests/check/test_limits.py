"""Bounded inputs (issue 16, items 12 and 13): size limits, zip bombs, garbage and GBK pages."""

from __future__ import annotations

import gc
import random
import time
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

import sectorbrief.check as check_module
from sectorbrief.check import check_file, check_text
from sectorbrief.check.limits import MAX_TEXT_BYTES
from sectorbrief.cli import app
from sectorbrief.errors import DataError

DATA = Path(__file__).parent / "data"
runner = CliRunner()


def _report_text(megabytes: float) -> str:
    unit = (DATA / "demo_report.md").read_text(encoding="utf-8") + "\n\n"
    return unit * int(megabytes * 1_000_000 / len(unit.encode("utf-8")) + 1)


@pytest.mark.timing
def test_a_five_megabyte_report_checks_in_under_ten_seconds() -> None:
    """CPU seconds, best of up to two runs (as timeit takes the best): with the other test worker busy
    on the second core, the same work costs this process up to a quarter more CPU time."""
    text = _report_text(5)
    check_text("本周申万通信指数上涨1.00%。")
    seconds: list[float] = []
    while len(seconds) < 2 and min(seconds, default=10.0) >= 10.0:
        start = time.process_time()
        report = check_text(text)
        seconds.append(time.process_time() - start)
        assert report.claims > 10_000 and not report.has_errors
    assert min(seconds) < 10.0, seconds


@pytest.mark.timing
def test_checking_time_grows_linearly_with_the_text() -> None:
    small, large = _report_text(0.2), _report_text(0.8)
    check_text(small)
    start = time.process_time()
    check_text(small)
    one = time.process_time() - start
    start = time.process_time()
    check_text(large)
    four = time.process_time() - start
    assert four < 8 * max(one, 0.01)  # quadratic would be about 16x


def test_text_over_the_limit_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="over the checker's limit of 20 MB"):
        check_text("上" * (MAX_TEXT_BYTES // 3 + 10))
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.truncate(MAX_TEXT_BYTES + 1)
    result = runner.invoke(app, ["check", str(big)])
    assert result.exit_code == 2 and "limit of 20 MB" in result.output


def _bomb(path: Path, megabytes: int) -> None:
    """A .docx whose document part inflates to ``megabytes`` MB from a few hundred KB."""
    part = (
        b"<w:document><w:body><w:p><w:r><w:t>"
        + b" " * (megabytes * 1_000_000)
        + b"</w:t></w:r></w:p></w:body></w:document>"
    )
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", part)


@pytest.mark.timing
def test_a_docx_zip_bomb_is_refused_fast(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.docx"
    _bomb(bomb, 300)
    assert bomb.stat().st_size < 5_000_000
    start = time.perf_counter()
    result = runner.invoke(app, ["check", str(bomb)])
    assert time.perf_counter() - start < 5.0
    assert result.exit_code == 2 and "zip bomb" in result.output


def test_an_ordinary_docx_passes_the_guard(tmp_path: Path) -> None:
    import docx

    from sectorbrief.check.limits import guard_archive

    document = docx.Document()
    for _ in range(2000):
        document.add_paragraph("本周申万通信指数上涨2.11%，跑赢沪深300指数4.34个百分点。")
    path = tmp_path / "ok.docx"
    document.save(str(path))
    guard_archive(path)
    assert check_file(path).claims >= 2000


def test_garbage_html_is_refused_not_reported_as_typos(tmp_path: Path) -> None:
    page = tmp_path / "garbage.html"
    rng = random.Random(7)
    page.write_bytes(bytes(rng.randrange(256) for _ in range(20_000)))
    result = runner.invoke(app, ["check", str(page)])
    assert result.exit_code == 2, result.output
    assert "not readable text" in result.output


def test_gbk_html_is_decoded_by_its_declared_charset(tmp_path: Path) -> None:
    page = tmp_path / "gbk.html"
    body = "<p>本周申万通信指数上涨2.11%，沪深300下跌2.23%，通信行业跑赢沪深300指数4.34个百分点。</p>"
    page.write_bytes(f'<html><head><meta charset="gbk"></head><body>{body}</body></html>'.encode("gbk"))
    report = check_file(page)
    assert report.claims >= 3 and not report.has_errors


def test_gbk_html_without_a_declaration_is_detected(tmp_path: Path) -> None:
    page = tmp_path / "gbk.html"
    body = "<p>本周申万通信指数上涨2.11%，沪深300下跌2.23%，通信行业跑赢沪深300指数4.34个百分点。</p>" * 3
    page.write_bytes(f"<html><body>{body}</body></html>".encode("gbk"))
    assert check_file(page).claims >= 3


def test_the_garbage_collector_is_paused_while_checking_and_restored_after() -> None:
    states: list[bool] = []
    real_extract = check_module.extract

    def spying(paragraphs: list) -> object:
        states.append(gc.isenabled())
        return real_extract(paragraphs)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(check_module, "extract", spying)
        assert gc.isenabled()
        check_text("本周申万通信指数上涨1.00%。")
        assert states == [False] and gc.isenabled()
        gc.disable()
        try:
            check_text("本周申万通信指数上涨1.00%。")
            assert not gc.isenabled()  # left as it was found
        finally:
            gc.enable()
        patch.setattr(check_module, "extract", lambda paragraphs: 1 / 0)
        with pytest.raises(ZeroDivisionError):
            check_text("本周申万通信指数上涨1.00%。")
        assert gc.isenabled()
