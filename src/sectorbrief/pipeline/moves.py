"""The file moves that publish a build: each step leaves a state the next build can finish or undo.

- ``exchange`` swaps two folders in one step (Linux renameat2 RENAME_EXCHANGE).
- ``finish_in_place`` moves a committed build into a folder holding other files: the old output's
  listed files are removed first, then the new files are moved in, the marker last. Run again after
  an interruption, it completes the same move (it never deletes a file the new output already placed).
- ``discard_listed`` removes only the files a marker lists, and folders left empty by that.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import logging
import os
import shutil
from pathlib import Path, PurePosixPath

from sectorbrief.pipeline.output import MARKER, marker_files, our_files

log = logging.getLogger(__name__)

AT_FDCWD = -100
RENAME_EXCHANGE = 2


def exchange(first: Path, second: Path) -> bool:
    """Swap two paths atomically; False where the system cannot (then nothing changed)."""
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (AttributeError, OSError):
        return False
    done = renameat2(AT_FDCWD, os.fsencode(first), AT_FDCWD, os.fsencode(second), RENAME_EXCHANGE)
    if done == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP):
        return False
    raise OSError(code, os.strerror(code), str(second))


def current_umask() -> int:
    """The process umask, read without changing it where Linux says it (/proc), else set and restored."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def normal_mode(folder: Path) -> None:
    """Give a folder made by mkdtemp (0700) the permissions a new folder gets under the umask."""
    folder.chmod(0o777 & ~current_umask())


def lies_inside(folder: Path, name: str) -> bool:
    """True when ``folder/name`` reaches no further than ``folder`` (no symlinked folder on the way)."""
    target = folder / name
    return target.parent.resolve() == (folder.resolve() / PurePosixPath(name)).parent


def remove_file(folder: Path, name: str) -> None:
    target = folder / name
    if lies_inside(folder, name) and (target.is_symlink() or target.is_file()):
        target.unlink()


def prune_empty(folder: Path, names: list[str]) -> None:
    """Remove the folders holding ``names`` that are now empty, deepest first (never ``folder``)."""
    parents = {parent for name in names for parent in PurePosixPath(name).parents if parent.parts}
    for parent in sorted(parents, key=lambda p: len(p.parts), reverse=True):
        path = folder / parent
        if lies_inside(folder, parent.as_posix()) and path.is_dir() and not path.is_symlink():
            with contextlib.suppress(OSError):  # not empty: it holds someone else's files
                path.rmdir()


def discard_listed(folder: Path, names: list[str]) -> None:
    """Remove the listed files and the marker from ``folder``, then the folder if that empties it."""
    for name in names:
        remove_file(folder, name)
    prune_empty(folder, names)
    (folder / MARKER).unlink(missing_ok=True)
    try:
        folder.rmdir()
    except OSError:
        log.warning("kept %s: it holds files sectorbrief did not write", folder)


def finish_in_place(ready: Path, out: Path) -> None:
    """Replace the output in ``out`` by the committed build in ``ready``, keeping every other file."""
    new = marker_files(ready) or []
    moved = {name for name in new if not os.path.lexists(ready / name)}
    old = [name for name in our_files(out) or [] if name not in moved]
    for name in old:
        remove_file(out, name)
    prune_empty(out, old)
    (out / MARKER).unlink(missing_ok=True)
    for name in new:
        if name in moved:
            continue
        (out / name).parent.mkdir(parents=True, exist_ok=True)
        os.replace(ready / name, out / name)
    os.replace(ready / MARKER, out / MARKER)
    shutil.rmtree(ready, ignore_errors=True)  # only empty folders of ours are left
