"""Dates of news items: YYYY-MM-DD, full-width digits accepted; a DataError names the item otherwise."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sectorbrief.errors import DataError


def parse_date(value: Any, label: str) -> dt.date:
    """A YYYY-MM-DD date (full-width digits accepted); DataError naming ``label`` otherwise."""
    text = str(value).strip().translate({cp: cp - 0xFEE0 for cp in range(0xFF10, 0xFF1A)}).replace("－", "-")
    try:
        if len(text) != 10:
            raise ValueError
        return dt.date.fromisoformat(text)
    except ValueError:
        raise DataError(f"{label}: field 'published' is not a YYYY-MM-DD date: {str(value)!r}") from None
