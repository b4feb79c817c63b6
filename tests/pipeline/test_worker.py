import os
import threading

import pytest

from sectorbrief.pipeline.worker import InlineExecutor, background_worker, can_fork_safely


def pid() -> int:
    return os.getpid()


def fail() -> None:
    raise ValueError("boom")


def test_inline_executor_runs_at_submit_and_keeps_exceptions() -> None:
    executor = InlineExecutor()
    assert executor.submit(pid).result() == os.getpid()
    with pytest.raises(ValueError, match="boom"):
        executor.submit(fail).result()


def test_disabled_worker_runs_inline() -> None:
    with background_worker(enabled=False) as worker:
        assert isinstance(worker, InlineExecutor)


def test_threaded_process_never_forks() -> None:
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert not can_fork_safely()
        with background_worker(enabled=True) as worker:
            assert isinstance(worker, InlineExecutor)
    finally:
        stop.set()
        thread.join()
