from pathlib import Path

import pytest

from sectorbrief.pipeline.publish import staging


def test_a_new_folder_appears_whole(tmp_path: Path) -> None:
    out = tmp_path / "out"
    with staging(out) as tmp:
        assert tmp.parent == tmp_path and tmp.name.startswith(".out-") and not out.exists()
        (tmp / "report.md").write_text("x", encoding="utf-8")
    assert [p.name for p in tmp_path.iterdir()] == ["out"]
    assert (out / "report.md").read_text(encoding="utf-8") == "x"


def test_an_existing_folder_keeps_files_we_do_not_write(tmp_path: Path) -> None:
    out = tmp_path / "out"
    (out / "charts").mkdir(parents=True)
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    (out / "charts" / "old.png").write_bytes(b"old")
    with staging(out) as tmp:
        (tmp / "charts").mkdir()
        (tmp / "charts" / "new.png").write_bytes(b"new")
    assert (out / "notes.txt").read_text(encoding="utf-8") == "mine"
    assert [p.name for p in (out / "charts").iterdir()] == ["new.png"]  # our charts/ replaced whole
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_a_failure_leaves_nothing_behind(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "report.md").write_text("before", encoding="utf-8")
    with pytest.raises(RuntimeError), staging(out) as tmp:
        (tmp / "report.md").write_text("half", encoding="utf-8")
        raise RuntimeError("render failed")
    assert (out / "report.md").read_text(encoding="utf-8") == "before"
    assert [p.name for p in tmp_path.iterdir()] == ["out"]
