"""`sectorbrief build`: the weekly report for one industry and week (placeholder until the pipeline lands)."""

from __future__ import annotations

from sectorbrief.cli.errors import command
from sectorbrief.errors import UsageError


@command
def build() -> None:
    """Build the weekly report."""
    raise UsageError("build is not wired yet")
