"""`sectorbrief check FILE`: the fact checker on any report (PDF, DOCX, HTML, Markdown, text)."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from sectorbrief.cli.errors import command
from sectorbrief.errors import UsageError

if TYPE_CHECKING:
    import pandas as pd


class Format(StrEnum):
    text = "text"
    json = "json"


def _market(path: Path) -> pd.DataFrame:
    try:
        from sectorbrief.sources.files import read_market_file
    except ImportError as exc:  # the file reader lands on another branch
        raise UsageError(f"--data {path}: market file reading is not available in this build") from exc
    return read_market_file(path)


@command
def check(
    file: Path = typer.Argument(..., help="The report to check: .pdf, .docx, .html, .md or .txt."),
    format: Format = typer.Option(Format.text, "--format", help="text (one block per finding) or json."),
    data: Path | None = typer.Option(
        None, "--data", help="A market data file to check the market figures against."
    ),
) -> None:
    """Check a report's numeric claims; exit 1 when any finding is an error."""
    from sectorbrief.check import check_file

    report = check_file(file, data=_market(data) if data is not None else None)
    if format is Format.json:
        typer.echo(json.dumps(report.to_json_dict(), ensure_ascii=False, indent=2))
    else:
        typer.echo(report.to_text())
    if report.has_errors:
        raise typer.Exit(1)
