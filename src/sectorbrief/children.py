"""What every child process of a build does: end when its parent ends, and keep what it logs for the
parent to log. Standard library only: a chart process imports this before anything else of ours."""

from __future__ import annotations

import ctypes
import logging
import os
import signal
import threading
import time
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)

PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
WATCH_SECONDS = 0.5


def die_with_parent(parent: int) -> None:
    """End this process as soon as ``parent`` is gone (a worker's initializer)."""
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


class KeptRecords(logging.Handler):
    """Log records kept to be sent elsewhere, their messages formatted (arguments may not pickle)."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        record.msg, record.args = record.getMessage(), None
        if record.exc_info:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
            record.exc_info = None
        self.records.append(record)

    def take(self) -> list[logging.LogRecord]:
        """The records kept so far, no longer kept here."""
        records, self.records = self.records, []
        return records


def outcome(work: Callable[[], Any]) -> tuple[bool, Any]:
    """(True, ``work()``), or (False, the exception it raised): a child's answer, sent to its parent with
    its log records as (succeeded, value, records) and opened there by ``opened``."""
    try:
        return True, work()
    except BaseException as exc:  # raised again in the parent
        return False, exc


def opened(reply: tuple[bool, Any, list[logging.LogRecord]]) -> Any:
    """A child's (succeeded, value, records) in the parent: its records logged here, as if its calls had
    been made here; its value returned, or its exception raised."""
    succeeded, value, records = reply
    log_here(records)
    if not succeeded:
        raise value
    return value


def log_here(records: list[logging.LogRecord]) -> None:
    """Log another process's ``records`` in this one, as if its calls had been made here."""
    for record in records:
        logging.getLogger(record.name).handle(record)
