"""What a report can be asked for, known without loading anything: the demo's industry and week, and
the formats a report is written in (the command line reads these for its defaults and checks)."""

from __future__ import annotations

import datetime as dt

from sectorbrief.errors import UsageError

DEMO_INDUSTRY = "通信"
DEMO_AS_OF = dt.date(2026, 7, 5)
FORMATS = ("md", "html", "pdf", "docx")
DEMO_MARKET_FILE = "demo_market.parquet"
"""The bundled synthetic demo market, in the package's data folder (sources.demo reads it)."""


def check_formats(formats: tuple[str, ...]) -> None:
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        raise UsageError(
            f"--formats: unknown format(s) {', '.join(unknown) or '(none)'}; choose from {','.join(FORMATS)}"
        )
