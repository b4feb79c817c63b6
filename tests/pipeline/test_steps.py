import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator

from sectorbrief.pipeline.worker import InlineSteps, forked_steps

# Forking is only safe in a single-threaded process that has not run Typst: a fresh one.
FORKED = textwrap.dedent(
    """
    import logging, os
    from sectorbrief.errors import DataError
    from sectorbrief.pipeline.worker import ForkedSteps, forked_steps

    def pids_then_fail(count):
        for _ in range(count):
            logging.getLogger("sectorbrief.test.steps").warning("step in %d", os.getpid())
            yield os.getpid()
        raise DataError("no more steps")

    logging.basicConfig(format="%(message)s")
    with forked_steps(True, pids_then_fail, 2) as steps:
        assert isinstance(steps, ForkedSteps)
        first = steps.next()
        assert first != os.getpid() and steps.next() == first
        try:
            steps.next()
        except DataError as exc:
            print("raised", exc)
    print("child", first)
    """
)


def test_forked_steps_arrive_one_by_one_then_the_error_with_what_they_logged() -> None:
    done = subprocess.run([sys.executable, "-c", FORKED], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    raised, child = done.stdout.splitlines()
    assert raised == "raised no more steps"
    assert done.stderr.splitlines() == [f"step in {child.split()[1]}"] * 2


def test_disabled_forked_steps_run_here_a_step_at_a_time() -> None:
    made: list[int] = []

    def steps_here() -> Iterator[int]:
        for n in (1, 2):
            made.append(n)
            yield os.getpid()

    with forked_steps(False, steps_here) as steps:
        assert isinstance(steps, InlineSteps) and made == []
        assert steps.next() == os.getpid() and made == [1]
        assert steps.next() == os.getpid() and made == [1, 2]
