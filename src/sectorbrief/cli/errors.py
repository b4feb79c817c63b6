"""Turn sectorbrief's own errors into one line on stderr and exit code 2."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from typing import ParamSpec, TypeVar

import typer

from sectorbrief.errors import SectorbriefError

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


def command(func: Callable[P, R]) -> Callable[P, R]:
    """Decorate a CLI command so its SectorbriefErrors end in one clean line."""

    @wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        with clean_errors():
            return func(*args, **kwargs)

    return wrapper
