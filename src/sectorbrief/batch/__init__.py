"""Many reports: every chosen industry for each of N weeks, on a local process pool or on Ray."""

from sectorbrief.batch.run import BatchFailed, BatchOptions, BatchResult, run_batch
from sectorbrief.batch.spec import BatchSpec

__all__ = ["BatchFailed", "BatchOptions", "BatchResult", "BatchSpec", "run_batch"]
