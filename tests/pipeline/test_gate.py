from pathlib import Path

import pytest

from sectorbrief.pipeline.gate import CheckFailed, check_outputs, ensure_publishable, provenance


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "report.md"
    path.write_text(text, encoding="utf-8")
    return path


def test_clean_reports_publish_and_are_recorded(tmp_path: Path) -> None:
    reports = check_outputs(
        [_write(tmp_path, "本周申万电子指数上涨3.21%，沪深300上涨1.05%，跑赢沪深300 2.16个百分点。")]
    )
    ensure_publishable(reports)
    entry = provenance(reports)
    assert entry["schema"] == "sectorbrief.check/1"
    assert entry["reports"]["report.md"]["claims"] == 3 and entry["reports"]["report.md"]["errors"] == 0


def test_an_error_refuses_to_publish_unless_allowed(tmp_path: Path) -> None:
    reports = check_outputs([_write(tmp_path, "英伟达CP0供应伙伴。")])
    with pytest.raises(CheckFailed, match="CP0") as caught:
        ensure_publishable(reports)
    assert caught.value.exit_code == 1
    ensure_publishable(reports, allow_findings=True)
