import logging
import os
import re
import select
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import IO

import pytest

from sectorbrief.errors import DataError
from sectorbrief.pipeline.worker import (
    Deferred,
    ForkedCall,
    InlineExecutor,
    background_worker,
    can_fork_safely,
    forked_call,
)


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


def bad_news(path: str) -> None:
    raise DataError(f"{path}: no such news file")


def die() -> None:
    os._exit(3)


@pytest.fixture
def forkable(request: pytest.FixtureRequest) -> bool:
    """True when this process may fork; otherwise (an earlier test here ran Typst, after which a fork
    hangs) the test has just run alone in a fresh pytest process, which must pass, and returns False
    so that the caller ends: ``if not forkable: return``."""
    if can_fork_safely():
        return True
    alone = [
        sys.executable,
        "-m",
        "pytest",
        "-o",
        "addopts=",
        "-q",
        "-p",
        "no:cacheprovider",
        "-p",
        "no:xdist",
    ]
    done = subprocess.run(
        [*alone, request.node.nodeid],
        cwd=request.config.rootpath,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0 and re.search(r"\b1 passed\b", done.stdout), done.stdout + done.stderr
    return False


def test_forked_call_runs_in_a_process_of_its_own_that_ends(forkable: bool) -> None:
    if not forkable:
        return
    with forked_call(True, pid) as call:
        assert isinstance(call, ForkedCall)
        child = call.result()
        assert child != os.getpid() and call.result() == child  # asked twice, received once
    assert gone([child], 5)


def test_forked_call_raises_the_callees_error_here(forkable: bool) -> None:
    if not forkable:
        return
    with forked_call(True, bad_news, "feed.jsonl") as call, pytest.raises(DataError, match="feed.jsonl"):
        call.result()


def warn_and_return() -> int:
    logging.getLogger("sectorbrief.news.test").warning("typo %r normalised", "CP0")
    return 7


def test_forked_call_logs_what_the_call_logged_when_its_result_is_asked_for(
    forkable: bool, caplog: pytest.LogCaptureFixture
) -> None:
    if not forkable:
        return
    with forked_call(True, warn_and_return) as call:
        logging.getLogger("sectorbrief.test").warning("before the result")
        assert call.result() == 7
    assert [(r.name, r.getMessage()) for r in caplog.records] == [
        ("sectorbrief.test", "before the result"),
        ("sectorbrief.news.test", "typo 'CP0' normalised"),
    ]


def test_forked_call_whose_process_dies_says_so(forkable: bool) -> None:
    if not forkable:
        return
    with forked_call(True, die) as call, pytest.raises(ChildProcessError, match="exit code 3"):
        call.result()


def test_forked_call_left_unasked_is_ended(forkable: bool) -> None:
    if not forkable:
        return
    with forked_call(True, time.sleep, 60) as call:
        assert isinstance(call, ForkedCall)
        child = call.pid
        assert running(child)
    assert gone([child], 5)


def test_disabled_forked_call_runs_here_when_asked() -> None:
    calls: list[int] = []
    with forked_call(False, lambda: calls.append(os.getpid()) or len(calls)) as call:
        assert isinstance(call, Deferred) and calls == []
        assert call.result() == 1 and calls == [os.getpid()]
    with forked_call(False, bad_news, "x.jsonl") as call, pytest.raises(DataError, match="x.jsonl"):
        call.result()


def test_a_process_that_ran_typst_does_not_fork() -> None:
    """A child forked after a Typst compile hangs in its own compile: such a process works inline."""
    code = (
        "from sectorbrief.pipeline.worker import can_fork_safely\n"
        "from sectorbrief.render.pdf import typst_fonts\n"
        "import typst\n"
        "before = can_fork_safely()\n"
        "typst.compile(b'x', font_paths=typst_fonts())\n"
        "print(before, can_fork_safely())"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["True", "False"]


def children_of(parent: int) -> list[int]:
    """The pids whose parent is ``parent``, from /proc."""
    kids = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == parent:
            kids.append(int(stat.parent.name))
    return kids


def running(pid: int) -> bool:
    """True while ``pid`` exists and is not a zombie (a zombie holds no files any more)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def gone(pids: list[int], seconds: float) -> bool:
    """True when none of ``pids`` runs within ``seconds`` (a process closes its files a moment before
    it is gone, so the pipe may end first)."""
    deadline = time.monotonic() + seconds
    while any(running(pid) for pid in pids):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def pipe_closes(stream: IO[bytes], seconds: float) -> bool:
    """True when every writer of ``stream`` is gone (end of file) within ``seconds``."""
    deadline = time.monotonic() + seconds
    while (left := deadline - time.monotonic()) > 0:
        ready, _, _ = select.select([stream], [], [], left)
        if ready and not os.read(stream.fileno(), 65536):
            return True
    return False


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads processes from /proc (Linux)")
@pytest.mark.parametrize("stop", [signal.SIGKILL, signal.SIGTERM], ids=["kill-9", "term"])
def test_stopped_build_leaves_no_process_and_its_leftovers_are_swept(tmp_path: Path, stop: int) -> None:
    """`sectorbrief build | tee log`, killed while its forked worker runs: within 5 s no sectorbrief
    process is left, the pipe ends, and the next build sweeps the killed build's staging folder."""
    out = tmp_path / "out"
    build = [sys.executable, "-m", "sectorbrief", "build", "--formats", "md", "--out", str(out)]
    proc = subprocess.Popen(build, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tmp_path)
    assert proc.stdout is not None and proc.stderr is not None
    deadline = time.monotonic() + 60
    while not (workers := children_of(proc.pid)):
        assert proc.poll() is None and time.monotonic() < deadline, "the build never forked its worker"
        time.sleep(0.02)
    proc.send_signal(stop)
    proc.wait()
    assert pipe_closes(proc.stdout, 5) and pipe_closes(proc.stderr, 5), "a process still holds the pipe"
    assert gone(workers, 5), "a worker outlived its killed build by 5 s"
    proc.stdout.close()
    proc.stderr.close()
    assert not out.exists()
    again = subprocess.run(build, capture_output=True, text=True, cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["out"]
