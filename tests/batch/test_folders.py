"""Report folders move into place whole; a replaced report leaves nothing of the old one behind."""

from __future__ import annotations

from pathlib import Path

from sectorbrief.batch.folders import place, remove_staging, staging_folder, write_files


def read_files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_files_round_trip_and_replace_in_place(tmp_path: Path) -> None:
    staging = staging_folder(tmp_path)
    files = {"facts.json": b"{}", "charts/a.png": b"png"}
    destination = tmp_path / "2026-07-03" / "801770.SI"
    place(write_files(files, staging, "x-"), destination)
    assert read_files(destination) == files
    place(write_files({"facts.json": b"new"}, staging, "x-"), destination)
    assert read_files(destination) == {"facts.json": b"new"}
    assert list(staging.iterdir()) == []
    remove_staging(tmp_path)
    assert not staging.exists()


def test_staging_left_by_a_killed_run_is_cleared(tmp_path: Path) -> None:
    (tmp_path / ".staging" / "half-built").mkdir(parents=True)
    assert list(staging_folder(tmp_path).iterdir()) == []
