"""Calling flaky remote sources politely: retries with backoff and jitter, a per-call timeout,
a minimum gap between requests, and an early stop when the network is plainly not there.

Nothing here knows akshare: a Task is a label and one or more alternative zero-argument calls
that return a DataFrame. Clock, sleep and randomness are injectable for tests.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from sectorbrief.errors import DataError

log = logging.getLogger(__name__)

# Words in an error that suggest the server is throttling or banning us (East Money closes the
# connection without a response; Sina answers 456; others 403/429).
THROTTLE_MARKERS = ("429", "456", "403", "too many", "rate limit", "remotedisconnected", "频繁", "验证")


class CallTimeout(TimeoutError):
    """A call that did not return within the per-call timeout (abandoned, not killed)."""


class Offline(DataError):
    """No request has succeeded and they fail with connection errors: stop, change nothing."""


class Permanent(DataError):
    """A failure a retry cannot fix (the source answered, without the data): no retry."""


class Throttled(DataError):
    """The source throttles or bans us (an HTML ban page, 429/456): stop the run, keep what came."""


@dataclass(frozen=True)
class Policy:
    """How hard to try. Seconds throughout."""

    attempts: int = 3  # per alternative call
    backoff: float = 2.0  # wait before the first retry; doubles each retry
    backoff_max: float = 30.0
    jitter: float = 0.5  # each wait is scaled by a random factor in [1 - jitter, 1 + jitter]
    throttle_factor: float = 4.0  # waits are this much longer when the error looks like throttling
    min_interval: float = 0.5  # polite gap between the starts of two requests
    call_timeout: float = 60.0
    offline_after: float = 60.0  # give up as offline when nothing has succeeded by then
    offline_probes: int = 2  # tasks failing with connection errors, before any success, that mean offline
    max_consecutive_failures: int = 3  # connection failures in a row (after a success) that end the run


@dataclass(frozen=True)
class Attempt:
    """One way to get a task's data: a provenance label and a zero-argument call."""

    source: str
    call: Callable[[], pd.DataFrame]


@dataclass(frozen=True)
class Task:
    label: str
    attempts: tuple[Attempt, ...]
    meta: dict[str, Any] = field(default_factory=dict, compare=False)


@dataclass
class Outcome:
    task: Task
    frame: pd.DataFrame | None = None
    source: str | None = None
    errors: list[str] = field(default_factory=list)
    connection_failure: bool = False  # every error was a connection error or timeout
    skipped: bool = False
    throttled: bool = False  # the source throttled or banned us: the run stops after this task

    @property
    def ok(self) -> bool:
        return self.frame is not None

    @property
    def error(self) -> str:
        return self.errors[-1] if self.errors else "not attempted"


def describe(exc: BaseException) -> str:
    """``Type: first line of the message``, short enough for a one-line report."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    text = text if len(text) <= 160 else text[:157] + "..."
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


class EmptyFrame(DataError):
    """The source answered with no rows at all (worth a retry: often a transient glitch)."""


def is_connection_error(exc: BaseException) -> bool:
    """Network-level failures (requests' ConnectionError and Timeout are OSErrors too)."""
    return isinstance(exc, OSError)


def is_permanent(exc: BaseException) -> bool:
    """Errors a retry cannot fix: Permanent and our own schema/data checks (an empty answer is retried)."""
    return isinstance(exc, DataError) and not isinstance(exc, (EmptyFrame, Throttled))


def looks_throttled(exc: BaseException) -> bool:
    text = f"{type(exc).__name__} {exc}".lower()
    return any(marker in text for marker in THROTTLE_MARKERS)


def call_with_timeout(call: Callable[[], pd.DataFrame], timeout: float) -> pd.DataFrame:
    """Run ``call`` in a daemon thread; CallTimeout if it has not returned within ``timeout``.

    akshare's requests carry no timeout of their own, so a hung socket would hang the fetch;
    the abandoned thread dies with the process.
    """
    box: dict[str, Any] = {}

    def target() -> None:
        try:
            box["value"] = call()
        except BaseException as exc:  # noqa: BLE001 - handed back to the caller's thread
            box["error"] = exc

    thread = threading.Thread(target=target, name="sectorbrief-fetch", daemon=True)
    thread.start()
    thread.join(timeout)
    if thread.is_alive():
        raise CallTimeout(f"no answer within {timeout:g}s")
    if "error" in box:
        raise box["error"]
    return box["value"]


class Runner:
    """Runs tasks one after another under a Policy and reports each outcome as it ends."""

    def __init__(
        self,
        policy: Policy | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        rand: Callable[[], float] = random.random,
        timeout_call: Callable[[Callable[[], pd.DataFrame], float], pd.DataFrame] = call_with_timeout,
    ) -> None:
        self.policy = policy or Policy()
        self.clock = clock
        self.sleep = sleep
        self.rand = rand
        self.timeout_call = timeout_call
        self._last_start: float | None = None
        self._began = 0.0
        self._reached = False
        self._unreached = 0

    def run(
        self, tasks: Sequence[Task], on_done: Callable[[Outcome], None] = lambda _: None
    ) -> list[Outcome]:
        """Every task's outcome, in order. Raises Offline if the network is plainly not there."""
        self._began = self.clock()
        outcomes: list[Outcome] = []
        in_a_row = 0
        stopped: str | None = None
        failed: set[str] = set()
        for position, task in enumerate(tasks):
            needs = task.meta.get("needs")
            if stopped is not None:
                outcome = Outcome(task, skipped=True, errors=[f"not attempted: {stopped}"])
            elif needs in failed:
                outcome = Outcome(task, skipped=True, errors=[f"not attempted: {needs} failed"])
            elif in_a_row >= self.policy.max_consecutive_failures:
                outcome = Outcome(
                    task, skipped=True, errors=[f"not attempted: {in_a_row} connection failures in a row"]
                )
            else:
                outcome = self._run_task(task)
                self._check_offline(outcome, remaining=len(tasks) - position - 1)
                self._reached = self._reached or outcome.ok or not outcome.connection_failure
                in_a_row = in_a_row + 1 if outcome.connection_failure else 0
                if outcome.throttled:
                    stopped = "the run stopped politely after the source throttled us; run again later"
            if not outcome.ok:
                failed.add(task.label)
            outcomes.append(outcome)
            on_done(outcome)
        return outcomes

    def _check_offline(self, outcome: Outcome, remaining: int) -> None:
        """Raise Offline when no server has answered and connection failures say none will."""
        if self._reached or not outcome.connection_failure:
            return
        self._unreached += 1
        probes = min(self.policy.offline_probes, self._unreached + remaining)
        if self._unreached >= probes or self._out_of_time():
            raise Offline(
                f"cannot reach akshare's data sources ({outcome.error}); nothing was stored, "
                "the store is unchanged — check the network or proxy and run again"
            )

    def _out_of_time(self) -> bool:
        return not self._reached and self.clock() - self._began >= self.policy.offline_after

    def _run_task(self, task: Task) -> Outcome:
        outcome = Outcome(task)
        connection_only = True
        for attempt in task.attempts:
            for number in range(1, self.policy.attempts + 1):
                try:
                    frame = self._call(attempt)
                except Throttled as exc:
                    outcome.errors.append(str(exc))
                    outcome.throttled = True
                    log.warning("%s: %s; stopping the run", task.label, exc)
                    return outcome
                except Exception as exc:  # noqa: BLE001 - any failure of a remote call is reported
                    outcome.errors.append(
                        str(exc) if isinstance(exc, DataError) else f"{attempt.source}: {describe(exc)}"
                    )
                    connection_only = connection_only and is_connection_error(exc)
                    log.info("%s attempt %d failed: %s", task.label, number, describe(exc))
                    if (
                        is_permanent(exc)
                        or number == self.policy.attempts
                        or not self._wait_before_retry(number, exc)
                    ):
                        break
                    continue
                outcome.frame, outcome.source = frame, attempt.source
                return outcome
        outcome.connection_failure = connection_only and bool(outcome.errors)
        return outcome

    def _call(self, attempt: Attempt) -> pd.DataFrame:
        if self._last_start is not None:
            gap = self.policy.min_interval - (self.clock() - self._last_start)
            if gap > 0:
                self.sleep(gap)
        self._last_start = self.clock()
        timeout = self.policy.call_timeout
        if not self._reached:  # until something answers, no call may outlast the offline budget
            timeout = min(timeout, self.policy.offline_after - (self._last_start - self._began))
            if timeout <= 0:
                raise CallTimeout(f"nothing answered within {self.policy.offline_after:g}s")
        return self.timeout_call(attempt.call, timeout)

    def _wait_before_retry(self, number: int, exc: BaseException) -> bool:
        """Sleep before retry ``number + 1``; False when that would run past the offline budget."""
        policy = self.policy
        delay = min(policy.backoff_max, policy.backoff * 2 ** (number - 1))
        if looks_throttled(exc):
            delay = min(policy.backoff_max * policy.throttle_factor, delay * policy.throttle_factor)
        delay *= 1 + policy.jitter * (2 * self.rand() - 1)
        if not self._reached and self.clock() + delay - self._began >= policy.offline_after:
            return False
        self.sleep(delay)
        return True
