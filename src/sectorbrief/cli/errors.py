"""Turn sectorbrief's own errors into one line on stderr and exit code 2."""

from __future__ import annotations

import errno
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from typing import ParamSpec, TypeVar

import typer

from sectorbrief.errors import SectorbriefError

DISK_ERRORS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
"""Errors of a full disk or quota: one line, not a traceback (nothing was published half-written)."""

P = ParamSpec("P")
R = TypeVar("R")


@contextmanager
def clean_errors() -> Iterator[None]:
    """Print a SectorbriefError as ``sectorbrief: error: ...`` and exit with its code."""
    try:
        yield
    except SectorbriefError as exc:
        print(f"sectorbrief: error: {exc}", file=sys.stderr)
        raise typer.Exit(exc.exit_code) from None
    except OSError as exc:
        if exc.errno not in DISK_ERRORS:
            raise
        where = f" writing {exc.filename}" if exc.filename else ""
        print(
            f"sectorbrief: error: {exc.strerror or exc}{where}; free some space and run again",
            file=sys.stderr,
        )
        raise typer.Exit(2) from None


def command(func: Callable[P, R]) -> Callable[P, R]:
    """Decorate a CLI command so its SectorbriefErrors end in one clean line."""

    @wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        with clean_errors():
            return func(*args, **kwargs)

    return wrapper
