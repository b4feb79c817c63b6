"""Many reports: every chosen industry for each of N weeks, on a local process pool or on Ray.

The names below are imported when first used: ``sectorbrief.batch.record`` (a rerun with nothing to do)
and ``sectorbrief.batch.spec`` are read without the pipeline, pandas or the calendar.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sectorbrief.batch.run import BatchFailed, BatchResult, run_batch
    from sectorbrief.batch.spec import BatchOptions, BatchSpec

__all__ = ["BatchFailed", "BatchOptions", "BatchResult", "BatchSpec", "run_batch"]

_HOMES = {
    "BatchFailed": "sectorbrief.batch.run",
    "BatchResult": "sectorbrief.batch.run",
    "run_batch": "sectorbrief.batch.run",
    "BatchOptions": "sectorbrief.batch.spec",
    "BatchSpec": "sectorbrief.batch.spec",
}


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(_HOMES[name]), name)
