"""`sectorbrief news classify|digest|route FILE`: the news step on its own."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path

import typer

from sectorbrief.cli.errors import command

news_app = typer.Typer(help="Classify and digest the week's industry news.", no_args_is_help=True)


class Format(StrEnum):
    text = "text"
    jsonl = "jsonl"


def _industry_code(industry: str) -> str:
    from sectorbrief.taxonomy import sw2021

    return sw2021().resolve_industry(industry).code


@news_app.command("classify")
@command
def classify(
    file: Path = typer.Argument(..., help="JSONL/CSV news, a Markdown/TXT/HTML/RSS file, or a folder."),
    format: Format = typer.Option(
        Format.text, "--format", help="text (a table) or jsonl (one object per item)."
    ),
    industry: str = typer.Option("通信", "--industry", help="SW level-1 industry name or code."),
    themes: Path | None = typer.Option(
        None, "--themes", help="A user theme file merged into the industry's set."
    ),
) -> None:
    """Give each item a theme, a confidence and its evidence."""
    from sectorbrief.news.classify import classify_items
    from sectorbrief.news.digest import normalise_all
    from sectorbrief.news.ingest import read_items
    from sectorbrief.news.themes import load_theme_set

    theme_set = load_theme_set(_industry_code(industry), themes)
    items, warnings = normalise_all(read_items(file))
    for warning in warnings:
        print(f"sectorbrief: warning: {warning}", file=sys.stderr)
    for result in classify_items(items, theme_set):
        if format is Format.jsonl:
            print(json.dumps({**result.to_json(), "theme_set": theme_set.industry}, ensure_ascii=False))
        else:
            print(f"{result.id}\t{result.theme}\t{result.confidence:.2f}\t{'、'.join(result.evidence)}")


@news_app.command("digest")
@command
def digest(
    file: Path = typer.Argument(..., help="JSONL/CSV news, a Markdown/TXT/HTML/RSS file, or a folder."),
    industry: str = typer.Option("通信", "--industry", help="SW level-1 industry name or code."),
    themes: Path | None = typer.Option(
        None, "--themes", help="A user theme file merged into the industry's set."
    ),
) -> None:
    """Print the themed, deduplicated digest as Markdown."""
    from sectorbrief.news.digest import load_digest

    result = load_digest(file, _industry_code(industry), themes)
    for warning in result.warnings:
        print(f"sectorbrief: warning: {warning}", file=sys.stderr)
    sys.stdout.write(result.to_markdown())


@news_app.command("route")
@command
def route(
    file: Path = typer.Argument(
        ..., help="A mixed feed: JSONL/CSV news, Markdown/TXT/HTML/RSS, or a folder."
    ),
    format: Format = typer.Option(
        Format.text, "--format", help="text (a table) or jsonl (one object per item)."
    ),
) -> None:
    """Send each item to its SW level-1 industry (or none), with its score and deciding terms."""
    from sectorbrief.news.digest import normalise_all
    from sectorbrief.news.ingest import read_items
    from sectorbrief.news.route import route_items
    from sectorbrief.taxonomy import sw2021

    items, warnings = normalise_all(read_items(file))
    for warning in warnings:
        print(f"sectorbrief: warning: {warning}", file=sys.stderr)
    taxonomy = sw2021()
    for result in route_items(items):
        if format is Format.jsonl:
            print(json.dumps(result.to_json(), ensure_ascii=False))
            continue
        name = taxonomy.name_of(result.industry) if result.industry else "-"
        also = "、".join(f"{taxonomy.name_of(code)} {score:.1f}" for code, score in result.also)
        print(
            f"{result.id}\t{result.industry or '-'}\t{name}\t{result.score:.1f}\t"
            f"{'、'.join(result.terms)}" + (f"\t(也涉及 {also})" if also else "")
        )
