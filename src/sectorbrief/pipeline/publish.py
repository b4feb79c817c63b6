"""Nothing half-written, no user's file lost: build in a temporary folder, then publish it into --out.

The --out rules:
- a new folder is created by one rename; an empty one is filled;
- a folder holding a previous sectorbrief output (its marker, see output.py) is replaced as a whole:
  swapped in one step when it holds nothing else, else only the files its marker lists are replaced;
- any other non-empty folder is refused (UsageError) unless ``force``, which writes beside the
  user's files and still refuses to overwrite one of them.
The folder is checked for writability before any work. A build killed at any point leaves the old
output or the new one; the next build for the same --out sweeps what it left and finishes or undoes
an interrupted publish (recover.py).
"""

from __future__ import annotations

import errno
import logging
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path, PurePosixPath
from typing import Literal

from sectorbrief.errors import UsageError
from sectorbrief.pipeline.moves import discard_listed, exchange, finish_in_place, normal_mode
from sectorbrief.pipeline.output import FolderState, folder_state, write_marker
from sectorbrief.pipeline.recover import recover

log = logging.getLogger(__name__)

Plan = Literal["rename", "swap", "in_place"]
SHOWN = 3  # foreign files named in a refusal
FULL = (errno.ENOSPC, errno.EDQUOT)


def preflight(out: Path, *, force: bool = False) -> FolderState:
    """Refuse an unusable --out before any work: not writable, or holding the user's files without
    ``force``. Sweeps what a killed build left there first."""
    out = out.resolve()
    check_writable(out)
    recover(out)
    state = folder_state(out)
    if state.kind == "foreign" and not force:
        raise UsageError(
            f"--out {out}: the folder holds files sectorbrief did not write ({shown(state.extras)}); "
            "choose an empty or new folder, or add --force to write beside them"
        )
    return state


@contextmanager
def staging(out: Path, *, force: bool = False) -> Iterator[Path]:
    """Yield an empty temporary folder; on success publish its contents into ``out``, else delete it."""
    out = out.resolve()
    state = preflight(out, force=force)
    plan = choose_plan(out, state)
    tmp = make_stage(out, plan)
    try:
        yield tmp
    except BaseException as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        if isinstance(exc, OSError) and exc.errno in FULL:
            raise UsageError(f"--out {out}: no space left to write the report ({exc.strerror})") from exc
        raise
    try:
        publish(tmp, out, plan, state)
    except BaseException as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        if isinstance(exc, OSError):
            raise UsageError(
                f"--out {out}: could not publish the report there ({exc.strerror or exc})"
            ) from exc
        raise


def shown(names: tuple[str, ...]) -> str:
    more = f" and {len(names) - SHOWN} more" if len(names) > SHOWN else ""
    return ", ".join(names[:SHOWN]) + more


def writable(folder: Path) -> bool:
    """True when a file can be created in ``folder``: permission bits and a real probe (root ignores
    the bits; a read-only mount or an immutable folder refuses the probe)."""
    if not os.access(folder, os.R_OK | os.W_OK | os.X_OK):
        return False
    try:
        fd, probe = tempfile.mkstemp(prefix=".sectorbrief-probe-", dir=folder)
    except OSError:
        return False
    os.close(fd)
    os.unlink(probe)
    return True


def check_writable(out: Path) -> None:
    """--out must be a folder we can write in, or a path we can create: else one line, before any work."""
    if out.exists() and not out.is_dir():
        raise UsageError(f"--out {out}: a file is there, not a folder")
    existing = out if out.exists() else next(p for p in out.parents if p.exists())
    if not existing.is_dir():
        raise UsageError(f"--out {out}: {existing} is a file, not a folder")
    if not writable(existing):
        what = "the folder" if existing == out else f"cannot create it, {existing}"
        raise UsageError(f"--out {out}: {what} is not writable")


def swappable(out: Path) -> bool:
    """A folder we may replace by renaming: same file system as its writable parent, not a mount
    point, and not the folder the user (this process) stands in, nor above it."""
    if out.parent == out or os.path.ismount(out) or not writable(out.parent):
        return False
    cwd = Path.cwd().resolve()
    return out != cwd and out not in cwd.parents and out.stat().st_dev == out.parent.stat().st_dev


def choose_plan(out: Path, state: FolderState) -> Plan:
    if state.kind == "new":
        return "rename"
    if state.kind == "output" and not state.extras and swappable(out):
        return "swap"
    return "in_place"


def make_stage(out: Path, plan: Plan) -> Path:
    """The temporary folder: beside ``out`` when it will be renamed into place, else inside it.
    Named with our pid and marked from the start, so that a later build can tell it is a leftover."""
    if plan == "in_place":
        stage = Path(tempfile.mkdtemp(prefix=f".sectorbrief-stage-{os.getpid()}-", dir=out))
    else:
        out.parent.mkdir(parents=True, exist_ok=True)
        stage = Path(tempfile.mkdtemp(prefix=f".{out.name}-stage-{os.getpid()}-", dir=out.parent))
    write_marker(stage, [])
    return stage


def publish(stage: Path, out: Path, plan: Plan, state: FolderState) -> None:
    files = write_marker(stage)
    if plan == "in_place":
        refuse_collisions(out, files, state)
        ready = stage.with_name(stage.name.replace("-stage-", "-ready-", 1))
        os.rename(stage, ready)  # the commit point: from here a later build finishes the move
        finish_in_place(ready, out)
        return
    normal_mode(stage)
    if plan == "rename":
        try:
            os.rename(stage, out)
        except OSError as exc:
            raise UsageError(f"--out {out}: appeared during the build ({exc.strerror})") from None
        return
    if exchange(stage, out):
        discard_listed(stage, list(state.ours))  # the stage now holds the old output
        return
    aside = stage.with_name(stage.name.replace("-stage-", "-old-", 1))
    os.rename(out, aside)  # a later build puts it back if we stop before the next line
    os.rename(stage, out)
    discard_listed(aside, list(state.ours))


def refuse_collisions(out: Path, files: list[str], state: FolderState) -> None:
    """No file of the new output may replace a file or folder sectorbrief did not write, nor go
    through something that is not a plain folder."""
    ours = set(state.ours)
    for name in files:
        blocked = [
            parent.as_posix()
            for parent in PurePosixPath(name).parents[:-1]
            if os.path.lexists(out / parent) and ((out / parent).is_symlink() or not (out / parent).is_dir())
        ]
        if os.path.lexists(out / name) and name not in ours:
            blocked.append(name)
        if blocked:
            raise UsageError(
                f"--out {out}: {blocked[0]} exists and sectorbrief did not write it; "
                "move it away or choose another folder"
            )
