"""One background worker process for the build's independent steps (charts, the PDF) on a second core.

Forked, so it starts in milliseconds with everything already imported. Forking is only safe in a
process with one thread (a lock held by another thread at the fork stays locked in the child), so in a
threaded host (a test runner, a server) and where fork is not available, the work runs inline, in
order, with the same Future interface.
"""

from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from contextlib import contextmanager
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")


class InlineExecutor(Executor):
    """Runs each task at submit time: the fallback where processes cannot be forked."""

    def submit(self, fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> Future[T]:
        future: Future[T] = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as exc:
            future.set_exception(exc)
        return future


def can_fork_safely() -> bool:
    """True on platforms that fork, when this process runs a single thread."""
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


@contextmanager
def background_worker(enabled: bool = True) -> Iterator[Executor]:
    """A one-process pool (forked) when ``enabled`` and the platform forks; inline otherwise."""
    if not enabled or not can_fork_safely():
        yield InlineExecutor()
        return
    pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork"))
    try:
        yield pool
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
