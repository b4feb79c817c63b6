"""The studio's own errors, which its error replies turn into HTTP statuses."""

from __future__ import annotations

from typing import Any

from sectorbrief.errors import UsageError
from sectorbrief.studio.drafts import Conflict


class NotFound(UsageError):
    """A file that is not there (HTTP 404)."""


class Refused(Conflict):
    """Publishing refused while the checker reports errors (HTTP 409 with the findings)."""

    def __init__(self, message: str, findings: list[dict[str, Any]]) -> None:
        super().__init__(message)
        self.findings = findings
