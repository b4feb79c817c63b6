"""Findings and the check report: the models, and their text and JSON forms."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Severity = Literal["error", "warning"]
Kind = Literal["arithmetic", "rank", "contradiction", "typo", "data"]
ClaimKind = Literal["return", "excess", "rank", "valuation", "figure"]
SCHEMA = "sectorbrief.check/1"


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem: how bad, which rule, a one-line message, the quoted text and where it is."""

    severity: Severity
    kind: Kind
    message: str
    snippet: str
    location: str

    def to_dict(self) -> dict[str, str]:
        return {
            "severity": self.severity,
            "kind": self.kind,
            "message": self.message,
            "snippet": self.snippet,
            "location": self.location,
        }


@dataclass(frozen=True, slots=True)
class Extracted:
    """One claim the checker read: what kind, about which index and period, and whether a rule compared it."""

    kind: ClaimKind
    subject: str
    period: str
    value: float | None
    line: str
    verified: bool

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "subject": self.subject,
            "period": self.period,
            "value": self.value,
            "line": self.line,
            "verified": self.verified,
        }


@dataclass(frozen=True)
class CheckReport:
    """Everything the checker found in one document, and the claims it read."""

    file: str
    claims: int
    findings: tuple[Finding, ...] = field(default=())
    extracted: tuple[Extracted, ...] = field(default=())

    @property
    def verified(self) -> int:
        return sum(1 for e in self.extracted if e.verified)

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity == "error")

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity == "warning")

    @property
    def has_errors(self) -> bool:
        return bool(self.errors)

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "file": self.file,
            "claims": self.claims,
            "findings": [f.to_dict() for f in self.findings],
            "extracted": [e.to_dict() for e in self.extracted],
        }

    def to_text(self) -> str:
        lines = [
            f"{self.file}: {self.claims} claims, {len(self.errors)} errors, {len(self.warnings)} warnings"
        ]
        for f in self.findings:
            lines.append(f"{f.location}: {f.severity} [{f.kind}] {f.message}")
            if f.snippet:
                lines.append(f"    「{f.snippet}」")
        lines.append(
            f"{self.verified} of {len(self.extracted)} claims verified "
            "(compared with another figure in the text or the data)"
        )
        return "\n".join(lines)


def snippet_around(text: str, start: int, end: int, width: int = 40) -> str:
    """``text[start:end]`` with up to ``width`` characters of context either side, ellipsised."""
    left = max(0, start - width)
    right = min(len(text), end + width)
    prefix = "…" if left > 0 else ""
    suffix = "…" if right < len(text) else ""
    return prefix + text[left:right].strip() + suffix
