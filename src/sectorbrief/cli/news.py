"""`sectorbrief news classify|digest|route FILE`: the news step on its own."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path

import typer

from sectorbrief.cli.errors import command
from sectorbrief.errors import UsageError

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


@news_app.command("fetch")
@command
def fetch(
    start: str | None = typer.Option(
        None, "--start", help="First day (YYYY-MM-DD); default this week's Monday."
    ),
    end: str | None = typer.Option(None, "--end", help="Last day (YYYY-MM-DD); default today."),
    out: Path | None = typer.Option(None, "--out", help="JSONL file to write (default: stdout)."),
    symbols: str = typer.Option(
        "", "--symbols", help="Stock codes for East Money's per-stock news, comma-separated."
    ),
) -> None:
    """The week's news through akshare (财联社电报, 东方财富快讯, per-stock news) as JSONL."""
    import datetime as dt

    from rich.console import Console
    from rich.progress import Progress

    from sectorbrief.cli.fetch import parse_day
    from sectorbrief.news.live import feeds, fetch_news, to_record

    today = dt.date.today()
    last = parse_day(end, "--end") or today
    first = parse_day(start, "--start") or last - dt.timedelta(days=last.weekday())
    if first > last:
        raise UsageError(f"--start {first} is after --end {last}")
    codes = [c.strip() for c in symbols.replace("，", ",").split(",") if c.strip()]
    console = Console(stderr=True)
    with Progress(console=console, transient=True, disable=not console.is_terminal) as progress:
        task = progress.add_task("akshare", total=len(feeds(codes)))
        items = fetch_news(
            first, last, codes, on_done=lambda label, ok: progress.update(task, advance=1, description=label)
        )
    lines = "".join(json.dumps(to_record(i), ensure_ascii=False) + "\n" for i in items)
    if out is None:
        sys.stdout.write(lines)
    else:
        write_atomically(out, lines)
    print(f"sectorbrief: {len(items)} news items from {first} to {last}", file=sys.stderr)


def write_atomically(path: Path, text: str) -> None:
    """``text`` into ``path`` through a temporary file beside it: never half-written."""
    import os
    import tempfile

    try:
        fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    except OSError as exc:
        raise UsageError(f"--out {path}: cannot write there ({exc.strerror})") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
