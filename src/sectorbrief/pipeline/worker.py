"""Background processes for the build's independent steps: one-off calls (the news digest) and
generators (Typst's page layout, then the PDF) in a process of their own that ends when they are done,
so what they load (a tokenizer's dictionary, Typst) never adds to the build's own resident memory; and
a pool of long-lived workers for callers that want one. (The chart processes are charts/workers.py.)

Forked, so it starts in milliseconds with everything already imported. Forking is only safe in a
process with one thread (a lock held by another thread at the fork stays locked in the child), so in a
threaded host (a test runner, a server) and where fork is not available, the work runs inline, in
order, with the same Future interface.

Each process dies with its parent (sectorbrief.children): Linux kills it when the parent dies (PR_SET_PDEATHSIG), and a
watchdog thread ends it when its parent pid changes (elsewhere, or if the parent died first). So a
killed build leaves no process behind holding its stdout (``sectorbrief build | tee log`` ends).
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from contextlib import contextmanager
from multiprocessing.connection import Connection
from typing import Any, Generic, ParamSpec, Protocol, TypeVar

from sectorbrief.children import WATCH_SECONDS, KeptRecords, die_with_parent, opened, outcome

P = ParamSpec("P")
T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)

log = logging.getLogger(__name__)


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
    """True on platforms that fork, when this process runs a single thread and has not run Typst
    (a child forked after a compile hangs in its own: render.pdf.typst_ran)."""
    pdf = sys.modules.get("sectorbrief.render.pdf")  # not imported to ask: no Typst, no compile
    typst_ran = pdf is not None and pdf.typst_ran()
    return (
        "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1 and not typst_ran
    )


@contextmanager
def background_worker(enabled: bool = True, processes: int = 1) -> Iterator[Executor]:
    """A pool of ``processes`` (forked) when ``enabled`` and the platform forks; inline otherwise."""
    if not enabled or not can_fork_safely():
        yield InlineExecutor()
        return
    pool = ProcessPoolExecutor(
        max_workers=processes,
        mp_context=multiprocessing.get_context("fork"),
        initializer=die_with_parent,
        initargs=(os.getpid(),),
    )
    try:
        yield pool
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


class Pending(Protocol[T_co]):
    """A result to come: ``result()`` waits for it (or raises what the call raised)."""

    def result(self) -> T_co: ...


class Deferred(Generic[T]):
    """The call made when its result is first asked for, here: the fallback where processes cannot fork."""

    def __init__(self, fn: Callable[..., T], args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        self._call = fn, args, kwargs

    def result(self) -> T:
        fn, args, kwargs = self._call
        return fn(*args, **kwargs)


class ForkedCall(Generic[T]):
    """``fn(*args, **kwargs)`` in a forked process of its own, its result (or exception) sent back
    over a pipe; the process ends once it has sent it."""

    def __init__(self, fn: Callable[..., T], args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        context = multiprocessing.get_context("fork")
        self._name = getattr(fn, "__qualname__", repr(fn))
        self._receive, send = context.Pipe(duplex=False)
        self._process = context.Process(
            target=call_and_send, args=(send, os.getpid(), fn, args, kwargs), name=self._name, daemon=True
        )
        self._process.start()
        send.close()  # only the child writes: its end of the pipe closing means it is gone
        self._outcome: tuple[bool, Any, list[logging.LogRecord]] | None = None

    @property
    def pid(self) -> int:
        assert self._process.pid is not None  # started in __init__
        return self._process.pid

    def result(self) -> T:
        if self._outcome is None:
            try:
                self._outcome = self._receive.recv()
            except EOFError:
                self._process.join()
                raise ChildProcessError(
                    f"{self._name}: its process ended without a result (exit code {self._process.exitcode})"
                ) from None
        reply = self._outcome
        self._outcome = (reply[0], reply[1], [])  # its log is logged once, by the first result()
        value: T = opened(reply)  # here and now: after whatever this process said before asking
        return value

    def close(self) -> None:
        """Wait for the process to end once it has sent its result; end it if the result is no longer
        wanted; release the pipe."""
        if self._outcome is not None:
            self._process.join(timeout=WATCH_SECONDS)
        if self._process.is_alive():
            self._process.kill()
        self._process.join()
        self._receive.close()


def call_and_send(
    send: Connection, parent: int, fn: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]
) -> None:
    """A one-off process's body: run the call, send back its result or its exception, and what it logged
    (for the parent to log when it asks for the result, as if the call had been made there)."""
    die_with_parent(parent)
    kept = KeptRecords()
    logging.getLogger().handlers = [kept]  # this process's own root logger: it ends after the call
    send.send((*outcome(lambda: fn(*args, **kwargs)), kept.records))
    send.close()


@contextmanager
def forked_call(
    enabled: bool, fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs
) -> Iterator[Pending[T]]:
    """``fn(*args, **kwargs)`` started now in a process of its own when ``enabled`` and the process can
    fork safely (so before any worker pool starts its threads); otherwise called here when its result
    is asked for. Leaving the block ends the process."""
    if not enabled or not can_fork_safely():
        yield Deferred(fn, args, kwargs)
        return
    call = ForkedCall(fn, args, kwargs)
    try:
        yield call
    finally:
        call.close()


class Steps(Protocol[T_co]):
    """Results to come one after another: ``next()`` waits for the next (or raises what the call raised)."""

    def next(self) -> T_co: ...


class InlineSteps(Generic[T]):
    """The steps run here, each when it is asked for: the fallback where processes cannot fork."""

    def __init__(self, fn: Callable[..., Iterable[T]], args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        self._call = fn, args, kwargs
        self._steps: Iterator[T] | None = None

    def next(self) -> T:
        if self._steps is None:
            fn, args, kwargs = self._call
            self._steps = iter(fn(*args, **kwargs))
        return next(self._steps)


class ForkedSteps(Generic[T]):
    """``fn(*args, **kwargs)``, a generator, in a forked process of its own: each value it yields is sent
    back as soon as it is ready (the process ends after the last)."""

    def __init__(self, fn: Callable[..., Iterable[T]], args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        context = multiprocessing.get_context("fork")
        self._name = getattr(fn, "__qualname__", repr(fn))
        self._receive, send = context.Pipe(duplex=False)
        self._process = context.Process(
            target=steps_and_send, args=(send, os.getpid(), fn, args, kwargs), name=self._name, daemon=True
        )
        self._process.start()
        send.close()  # only the child writes: its end of the pipe closing means it is gone

    def next(self) -> T:
        try:
            reply = self._receive.recv()
        except EOFError:
            self._process.join()
            raise ChildProcessError(
                f"{self._name}: its process ended without its next result (exit code {self._process.exitcode})"
            ) from None
        value: T = opened(reply)
        return value

    def close(self) -> None:
        """Wait a moment for the process to end; end it if it has not (its results no longer wanted)."""
        self._process.join(timeout=WATCH_SECONDS)
        if self._process.is_alive():
            self._process.kill()
        self._process.join()
        self._receive.close()


def steps_and_send(
    send: Connection,
    parent: int,
    fn: Callable[..., Iterable[Any]],
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
) -> None:
    """A one-off process's body: send each value the generator yields (with what was logged meanwhile),
    or the exception it raised."""
    die_with_parent(parent)
    kept = KeptRecords()
    logging.getLogger().handlers = [kept]  # this process's own root logger: it ends after the call
    try:
        for value in fn(*args, **kwargs):
            send.send((True, value, kept.take()))
    except BaseException as exc:  # raised again in the parent
        send.send((False, exc, kept.take()))
    send.close()


@contextmanager
def forked_steps(
    enabled: bool, fn: Callable[P, Iterable[T]], /, *args: P.args, **kwargs: P.kwargs
) -> Iterator[Steps[T]]:
    """The generator ``fn(*args, **kwargs)`` started now in a process of its own when ``enabled`` and the
    process can fork safely, each value sent back as it is yielded; otherwise run here, a step at a time
    as they are asked for. Leaving the block ends the process."""
    if not enabled or not can_fork_safely():
        yield InlineSteps(fn, args, kwargs)
        return
    steps = ForkedSteps(fn, args, kwargs)
    try:
        yield steps
    finally:
        steps.close()
