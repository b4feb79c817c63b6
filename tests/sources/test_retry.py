"""The polite runner: retries with backoff, fallbacks, timeouts and the offline stop."""

from __future__ import annotations

import time

import pandas as pd
import pytest

from sectorbrief.errors import DataError
from sectorbrief.sources.retry import (
    Attempt,
    CallTimeout,
    Offline,
    Policy,
    Runner,
    Task,
    call_with_timeout,
)


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def runner(clock: FakeClock, **policy: float) -> Runner:
    return Runner(
        Policy(**policy),  # type: ignore[arg-type]
        clock=clock,
        sleep=clock.sleep,
        rand=lambda: 0.5,  # no jitter
        timeout_call=lambda call, timeout: call(),
    )


def flaky(failures: list[BaseException]):
    def call() -> pd.DataFrame:
        if failures:
            raise failures.pop(0)
        return pd.DataFrame({"x": [1]})

    return call


FRAME_OK = Attempt("ok", lambda: pd.DataFrame({"x": [1]}))


def test_retries_with_exponential_backoff_then_succeeds() -> None:
    clock = FakeClock()
    task = Task("t", (Attempt("src", flaky([ValueError("a"), ValueError("b")])),))
    [outcome] = runner(clock, backoff=2.0, min_interval=0.0).run([task])
    assert outcome.ok and outcome.source == "src"
    assert clock.sleeps == [2.0, 4.0]
    assert len(outcome.errors) == 2


def test_throttling_waits_longer() -> None:
    clock = FakeClock()
    task = Task("t", (Attempt("src", flaky([ConnectionError("RemoteDisconnected('Remote end closed')")])),))
    runner(clock, backoff=2.0, throttle_factor=4.0, min_interval=0.0).run([ok_task(), task])
    assert 8.0 in clock.sleeps


def ok_task() -> Task:
    return Task("ok", (FRAME_OK,))


def test_a_schema_error_is_not_retried_but_the_fallback_is_tried() -> None:
    clock = FakeClock()
    calls: list[str] = []

    def broken() -> pd.DataFrame:
        calls.append("primary")
        raise DataError("missing column '收盘'")

    task = Task("t", (Attempt("primary", broken), Attempt("fallback", lambda: pd.DataFrame({"x": [2]}))))
    [outcome] = runner(clock).run([task])
    assert calls == ["primary"] and outcome.source == "fallback"


def test_polite_gap_between_requests() -> None:
    clock = FakeClock()
    runner(clock, min_interval=0.5).run([ok_task(), ok_task(), ok_task()])
    assert clock.sleeps == [0.5, 0.5]


def test_offline_stops_after_two_unreachable_tasks_and_names_the_error() -> None:
    clock = FakeClock()
    down = Attempt("src", flaky([ConnectionError("Name resolution failed")] * 99))
    tasks = [Task(f"t{i}", (down,)) for i in range(30)]
    with pytest.raises(Offline, match="cannot reach.*Name resolution failed.*store is unchanged"):
        runner(clock).run(tasks)
    assert clock.now < 60


def test_a_server_that_answers_is_not_offline() -> None:
    clock = FakeClock()
    down = Attempt("src", flaky([ConnectionError("reset")] * 99))
    outcomes = runner(clock, min_interval=0.0).run([ok_task(), Task("a", (down,)), ok_task()])
    assert [o.ok for o in outcomes] == [True, False, True]


def test_after_a_success_a_run_of_connection_failures_stops_the_rest() -> None:
    clock = FakeClock()
    down = Attempt("src", flaky([ConnectionError("reset")] * 99))
    tasks = [ok_task(), *[Task(f"t{i}", (down,)) for i in range(6)]]
    outcomes = runner(clock, max_consecutive_failures=3).run(tasks)
    assert [o.skipped for o in outcomes] == [False, False, False, False, True, True, True]
    assert "connection failures in a row" in outcomes[-1].error


def test_hanging_calls_cannot_outlast_the_offline_budget() -> None:
    clock = FakeClock()
    timeouts: list[float] = []

    def hang(call, timeout: float) -> pd.DataFrame:
        timeouts.append(timeout)
        clock.now += timeout
        raise CallTimeout("no answer")

    run = Runner(
        Policy(offline_after=60.0, call_timeout=45.0), clock=clock, sleep=clock.sleep, timeout_call=hang
    )
    with pytest.raises(Offline):
        run.run([Task(f"t{i}", (FRAME_OK,)) for i in range(5)])
    assert clock.now <= 61.0
    assert timeouts[0] == 45.0 and sum(timeouts) <= 60.0


def test_call_with_timeout_abandons_a_hung_call() -> None:
    began = time.monotonic()
    with pytest.raises(CallTimeout):
        call_with_timeout(lambda: time.sleep(2) or pd.DataFrame(), 0.05)
    assert time.monotonic() - began < 1.0
    assert call_with_timeout(lambda: pd.DataFrame({"x": [1]}), 1.0)["x"].tolist() == [1]
    with pytest.raises(KeyError):
        call_with_timeout(lambda: {}["missing"], 1.0)
