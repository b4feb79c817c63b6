"""One background worker process for the build's independent steps (charts, the PDF) on a second core.

Forked, so it starts in milliseconds with everything already imported. Forking is only safe in a
process with one thread (a lock held by another thread at the fork stays locked in the child), so in a
threaded host (a test runner, a server) and where fork is not available, the work runs inline, in
order, with the same Future interface.

The worker dies with its parent: Linux kills it when the parent dies (PR_SET_PDEATHSIG), and a
watchdog thread ends it when its parent pid changes (elsewhere, or if the parent died first). So a
killed build leaves no process behind holding its stdout (``sectorbrief build | tee log`` ends).
"""

from __future__ import annotations

import ctypes
import logging
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from contextlib import contextmanager
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")

log = logging.getLogger(__name__)

PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
WATCH_SECONDS = 0.5


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
    pool = ProcessPoolExecutor(
        max_workers=1,
        mp_context=multiprocessing.get_context("fork"),
        initializer=die_with_parent,
        initargs=(os.getpid(),),
    )
    try:
        yield pool
    finally:
        pool.shutdown(wait=True, cancel_futures=True)



def die_with_parent(parent: int) -> None:
    """The worker's initializer: end this process as soon as ``parent`` is gone."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (AttributeError, OSError):
        log.debug("no prctl here: the watchdog alone ends the worker")
    if os.getppid() != parent:  # the parent died before the request above
        os._exit(1)
    threading.Thread(target=watch_parent, args=(parent,), name="parent-watchdog", daemon=True).start()


def watch_parent(parent: int) -> None:
    """End the process when its parent changes (the parent died and the process was adopted)."""
    while os.getppid() == parent:
        time.sleep(WATCH_SECONDS)
    os._exit(1)
