"""What `build` does with the checker: check each written report, record it, refuse to publish on errors."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sectorbrief.errors import SectorbriefError

if TYPE_CHECKING:  # the checker's package loads all its rules: imported where it runs
    from sectorbrief.check.report import CheckReport


class CheckFailed(SectorbriefError):
    """A report has error-level findings and --allow-findings was not given (exit code 1)."""

    exit_code = 1


def check_outputs(paths: Iterable[Path]) -> list[CheckReport]:
    """Check every report file in ``paths`` (md, html, pdf, docx), in order."""
    from sectorbrief.check import check_file

    return [check_file(path) for path in paths]


def provenance(reports: Iterable[CheckReport]) -> dict[str, Any]:
    """The checker's entry for facts.json provenance: per file, claims and findings by severity."""
    from sectorbrief.check.report import SCHEMA

    return {
        "schema": SCHEMA,
        "reports": {
            Path(r.file).name: {
                "claims": r.claims,
                "errors": len(r.errors),
                "warnings": len(r.warnings),
                "findings": [f.to_dict() for f in r.findings],
            }
            for r in reports
        },
    }


def ensure_publishable(reports: Iterable[CheckReport], *, allow_findings: bool = False) -> None:
    """Raise CheckFailed naming the first error unless there is none or ``allow_findings``."""
    reports = list(reports)
    errors = [(r.file, f) for r in reports for f in r.errors]
    if not errors or allow_findings:
        return
    file, first = errors[0]
    raise CheckFailed(
        f"{file}: {first.location}: {first.kind}: {first.message} "
        f"({len(errors)} error finding(s); nothing published; --allow-findings to publish anyway)"
    )
