"""`sectorbrief diff OLD NEW`: what changed between two built reports, before publishing."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

import typer

from sectorbrief.cli.errors import command


class Format(StrEnum):
    text = "text"
    json = "json"


@command
def diff(
    old: Path = typer.Argument(..., help="The earlier build: its output folder or its facts.json."),
    new: Path = typer.Argument(..., help="The later build: its output folder or its facts.json."),
    format: Format = typer.Option(Format.text, "--format", help="text or json."),
) -> None:
    """Changed figures (returns, excess, ranks, PE-TTM, rating) and the view's changed sentences."""
    from sectorbrief.ratings import diff_text
    from sectorbrief.ratings.read import read_built

    before, after = read_built(old), read_built(new)
    typer.echo(
        diff_text.to_json(before, after) if format is Format.json else diff_text.to_text(before, after)
    )
