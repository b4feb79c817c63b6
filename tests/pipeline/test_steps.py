import logging
import os
from collections.abc import Iterator

import pytest

from sectorbrief.errors import DataError
from sectorbrief.pipeline.worker import ForkedSteps, InlineSteps, can_fork_safely, forked_steps


@pytest.fixture
def forkable() -> None:
    """Skips when this test process may not fork (asked at run time: an earlier test may have run Typst)."""
    if not can_fork_safely():
        pytest.skip("this test process may not fork (threads, or Typst has run here)")


def pids_then_fail(count: int) -> Iterator[int]:
    for _ in range(count):
        logging.getLogger("sectorbrief.test.steps").warning("step in %d", os.getpid())
        yield os.getpid()
    raise DataError("no more steps")


def test_forked_steps_arrive_one_by_one_then_the_error(
    forkable: None, caplog: pytest.LogCaptureFixture
) -> None:
    with forked_steps(True, pids_then_fail, 2) as steps:
        assert isinstance(steps, ForkedSteps)
        first = steps.next()
        assert first != os.getpid() and steps.next() == first
        with pytest.raises(DataError, match="no more steps"):
            steps.next()
    assert [r.getMessage() for r in caplog.records] == [f"step in {first}"] * 2


def test_disabled_forked_steps_run_here_a_step_at_a_time() -> None:
    made: list[int] = []

    def steps_here() -> Iterator[int]:
        for n in (1, 2):
            made.append(n)
            yield n

    with forked_steps(False, steps_here) as steps:
        assert isinstance(steps, InlineSteps) and made == []
        assert steps.next() == 1 and made == [1]
        assert steps.next() == 2 and made == [1, 2]
