"""The --out rules: what a build may replace, what it must keep, and what an interruption leaves."""

from __future__ import annotations

import errno
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from sectorbrief.errors import UsageError
from sectorbrief.pipeline import moves, publish
from sectorbrief.pipeline.output import MARKER, folder_state, write_marker
from sectorbrief.pipeline.publish import staging
from sectorbrief.pipeline.recover import recover

OLD = {"report.md": "old report", "report.html": "old html", "charts/fig1.png": "old chart"}
NEW = {"report.md": "new report", "facts.json": "{}", "charts/fig1.png": "new chart", "charts/fig2.png": "n2"}
USER = {"notes.txt": "my notes", "charts/mine.png": "my chart"}


def put(folder: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text)


def contents(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` but the marker and a build's working folders, by relative path."""
    return {
        p.relative_to(folder).as_posix(): p.read_text()
        for p in folder.rglob("*")
        if p.is_file() and p.name != MARKER and not p.relative_to(folder).parts[0].startswith(".sectorbrief-")
    }


def publish_build(out: Path, files: dict[str, str], **kwargs: bool) -> None:
    with staging(out, **kwargs) as tmp:
        put(tmp, files)


def previous_output(out: Path, extra: dict[str, str] | None = None) -> None:
    publish_build(out, OLD)
    put(out, extra or {})


def test_new_folder_gets_the_files_a_marker_and_normal_permissions(tmp_path: Path) -> None:
    old_mask = os.umask(0o022)
    try:
        publish_build(tmp_path / "a" / "out", NEW)
    finally:
        os.umask(old_mask)
    out = tmp_path / "a" / "out"
    assert contents(out) == NEW
    assert json.loads((out / MARKER).read_text())["files"] == sorted(NEW)
    assert out.stat().st_mode & 0o777 == 0o755  # not mkdtemp's 0700
    assert [p.name for p in (tmp_path / "a").iterdir()] == ["out"]


def test_previous_output_is_replaced_as_a_whole(tmp_path: Path) -> None:
    out = tmp_path / "out"
    previous_output(out)
    publish_build(out, NEW)
    assert contents(out) == NEW  # old report.html gone, nothing stale beside the new files
    assert [p.name for p in tmp_path.iterdir()] == ["out"]


def test_previous_output_with_user_files_keeps_them(tmp_path: Path) -> None:
    out = tmp_path / "out"
    previous_output(out, USER)
    publish_build(out, NEW)
    assert contents(out) == NEW | USER


def test_other_folder_is_refused_and_left_alone(tmp_path: Path) -> None:
    out = tmp_path / "work"
    put(out, USER)
    with pytest.raises(UsageError, match=r"--out .*work: .*notes.txt.*--force"):
        publish_build(out, NEW)
    assert contents(out) == USER
    assert sorted(p.name for p in out.iterdir()) == ["charts", "notes.txt"]


def test_force_writes_beside_the_users_files(tmp_path: Path) -> None:
    out = tmp_path / "work"
    put(out, USER)
    publish_build(out, NEW, force=True)
    assert contents(out) == NEW | USER
    publish_build(out, {"report.md": "third"})  # now a previous output: replaced, user files kept
    assert contents(out) == {"report.md": "third"} | USER


def test_force_never_overwrites_a_users_file(tmp_path: Path) -> None:
    out = tmp_path / "work"
    put(out, {"report.md": "the user's own report"})
    with pytest.raises(UsageError, match="report.md exists and sectorbrief did not write it"):
        publish_build(out, NEW, force=True)
    assert contents(out) == {"report.md": "the user's own report"}
    assert sorted(p.name for p in out.iterdir()) == ["report.md"]


def test_out_dot_in_a_users_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`cd ~/work && sectorbrief build --out .` keeps charts/mine.png and notes.txt."""
    put(tmp_path, USER)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(UsageError):
        publish_build(Path("."), NEW)
    publish_build(Path("."), NEW, force=True)
    publish_build(Path("."), NEW)
    assert contents(tmp_path) == NEW | USER


def test_out_root_is_refused_untouched() -> None:
    before = sorted(p.name for p in Path("/").iterdir())
    with pytest.raises(UsageError, match="--out /: the folder holds files"):
        publish_build(Path("/"), NEW)
    assert sorted(p.name for p in Path("/").iterdir()) == before


def test_failed_build_changes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out"
    previous_output(out, USER)
    with pytest.raises(RuntimeError), staging(out) as tmp:
        put(tmp, NEW)
        raise RuntimeError("the build failed")
    assert contents(out) == OLD | USER
    assert [p.name for p in tmp_path.iterdir()] == ["out"]
    assert [p for p in out.iterdir() if p.name.startswith(".sectorbrief-")] == [out / MARKER]


def test_legacy_output_without_marker_is_recognised(tmp_path: Path) -> None:
    out = tmp_path / "out"
    put(out, {"facts.json": json.dumps({"schema": "sectorbrief.facts/1"}), "charts/fig3_pe_ttm.png": "x"})
    put(out, {"charts/mine.png": "mine"})
    publish_build(out, NEW)
    assert contents(out) == NEW | {"charts/mine.png": "mine"}


def test_marker_never_reaches_outside_the_folder(tmp_path: Path) -> None:
    out = tmp_path / "out"
    put(tmp_path, {"precious.txt": "keep", "elsewhere/b.png": "keep"})
    publish_build(out, {"report.md": "r"})
    (out / "charts").symlink_to(tmp_path / "elsewhere")
    record = json.loads((out / MARKER).read_text())
    record["files"] += ["../precious.txt", str(tmp_path / "precious.txt"), "charts/b.png"]
    (out / MARKER).write_text(json.dumps(record))
    with pytest.raises(UsageError, match="charts exists"):
        publish_build(out, NEW)
    publish_build(out, {"report.md": "again"})
    assert (tmp_path / "precious.txt").read_text() == "keep"
    assert (tmp_path / "elsewhere" / "b.png").read_text() == "keep"


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: (p / "out").write_text("a file"), "a file is there, not a folder"),
        (lambda p: (p / "f").write_text("x"), "is a file, not a folder"),
    ],
)
def test_unusable_out_is_refused(tmp_path: Path, make, message: str) -> None:  # type: ignore[no-untyped-def]
    make(tmp_path)
    target = tmp_path / "out" if message.startswith("a file") else tmp_path / "f" / "out"
    with pytest.raises(UsageError, match=message):
        publish_build(target, NEW)


def immutable(folder: Path) -> bool:
    """Make ``folder`` unwritable even for root (chattr +i); else by mode bits for other users."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        return True
    if shutil.which("chattr") is None:
        return False
    return subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode == 0


def writable_again(folder: Path) -> None:
    if os.geteuid() == 0:
        subprocess.run(["chattr", "-i", str(folder)], capture_output=True)
    folder.chmod(0o755)


@pytest.mark.parametrize("target", ["out", "out/sub"])
def test_unwritable_folder_is_refused_before_any_work(tmp_path: Path, target: str) -> None:
    locked = tmp_path / "out"
    locked.mkdir()
    if not immutable(locked):
        pytest.skip("running as root where chattr +i is not allowed: cannot make a folder read-only")
    worked = []
    try:
        with pytest.raises(UsageError, match="is not writable"), staging(tmp_path / target) as tmp:
            worked.append(tmp)
    finally:
        writable_again(locked)
    assert worked == []


def test_unwritable_probe_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Where permission bits say yes but the write fails (root on a read-only mount)."""

    def read_only(*_: object, **__: object) -> tuple[int, str]:
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(publish.tempfile, "mkstemp", read_only)
    with pytest.raises(UsageError, match="the folder is not writable"):
        publish_build(tmp_path, NEW)


def run_until_killed(out: Path, files: dict[str, str], step: int, *, swap_in_one_step: bool) -> bool:
    """Publish ``files`` into ``out`` in a forked process killed (os._exit) at its ``step``-th file
    operation of the publish; True when it finished before that step."""
    pid = os.fork()
    if pid == 0:  # the build
        try:
            counted = {"n": 0}

            def killable(real):  # type: ignore[no-untyped-def]
                def op(*args, **kwargs):  # type: ignore[no-untyped-def]
                    counted["n"] += 1
                    if counted["n"] == step:
                        os._exit(9)
                    return real(*args, **kwargs)

                return op

            with staging(out) as tmp:
                put(tmp, files)
                os.rename, os.replace = killable(os.rename), killable(os.replace)
                Path.unlink = killable(Path.unlink)  # type: ignore[method-assign]
                if not swap_in_one_step:
                    moves.exchange = publish.exchange = lambda *_: False  # type: ignore[assignment]
            os._exit(0)
        except BaseException:
            os._exit(3)
    _, status = os.waitpid(pid, 0)
    code = os.waitstatus_to_exitcode(status)
    assert code in (0, 9)
    return code == 0


@pytest.mark.parametrize(
    ("extra", "swap_in_one_step"),
    [({}, True), ({}, False), (USER, True)],
    ids=["swap", "two-renames", "in-place-beside-user-files"],
)
def test_killed_publish_leaves_the_old_or_the_new_output(
    tmp_path: Path, extra: dict[str, str], swap_in_one_step: bool
) -> None:
    """Killed before each file operation of the publish in turn: right after, and once the next build
    has swept up, the folder holds the old output or the new one, never a mix; the user's files stay."""
    for step in range(1, 40):
        out = tmp_path / f"step{step}" / "out"
        previous_output(out, extra)
        finished = run_until_killed(out, NEW, step, swap_in_one_step=swap_in_one_step)
        if swap_in_one_step and not extra:  # one atomic step: no moment shows anything else
            assert contents(out) in (OLD | extra, NEW | extra), step
        else:  # files move one by one: the old ones all go before any new one comes
            seen = contents(out).items() - extra.items()
            assert seen <= OLD.items() or seen <= NEW.items(), step
        recover(out)
        assert contents(out) in (OLD | extra, NEW | extra), step
        assert [p.name for p in out.parent.iterdir()] == ["out"], step
        assert folder_state(out).kind == "output"
        if finished:
            assert contents(out) == NEW | extra
            return
    pytest.fail("the publish never finished")


def test_stale_staging_is_swept_only_when_ours_and_dead(tmp_path: Path) -> None:
    out = tmp_path / "out"
    dead = subprocess.Popen(["true"])
    dead.wait()
    stale = tmp_path / f".out-stage-{dead.pid}-abc123"
    live = tmp_path / f".out-stage-{os.getpid()}-def456"
    unmarked = tmp_path / f".out-stage-{dead.pid}-ghi789"
    for folder in (stale, live, unmarked):
        put(folder, {"charts/x.png": "partial"})
    write_marker(stale, [])
    write_marker(live, [])
    publish_build(out, NEW)
    assert not stale.exists()
    assert live.exists() and unmarked.exists()  # a running build's, and not recognisably ours
    assert contents(out) == NEW


def test_full_disk_is_one_line_naming_out_and_leaves_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out"
    previous_output(out)
    with pytest.raises(UsageError, match=r"--out .*out: no space left"), staging(out) as tmp:
        put(tmp, {"report.md": "half"})
        raise OSError(errno.ENOSPC, "No space left on device")
    assert contents(out) == OLD
    assert [p.name for p in tmp_path.iterdir()] == ["out"]
