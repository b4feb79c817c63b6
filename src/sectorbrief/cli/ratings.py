"""`sectorbrief ratings verify FILE`: did past ratings keep their promise against the benchmark?"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

import typer

from sectorbrief.cli.errors import command

ratings_app = typer.Typer(help="Check past ratings against the market (track record).", no_args_is_help=True)


class Format(StrEnum):
    text = "text"
    json = "json"
    csv = "csv"


@ratings_app.command("verify")
@command
def verify(
    file: Path = typer.Argument(
        ..., help="Ratings: a CSV/XLSX/Parquet file (date, industry, rating) or a folder of facts.json."
    ),
    data: str | None = typer.Option(
        None,
        "--data",
        help="Market data file, or 'store' for the local store. Default: the synthetic demo market.",
    ),
    store: Path | None = typer.Option(None, "--store", help="Store file for --data store."),
    config: Path | None = typer.Option(
        None,
        "--config",
        help="House-style YAML whose rating_rules judge a ratings file (horizon, thresholds, benchmark).",
    ),
    format: Format = typer.Option(
        Format.text, "--format", help="text (table and summary), json or csv (rows)."
    ),
    chart: Path | None = typer.Option(
        None, "--chart", help="Also draw relative return by rating (.png or .svg)."
    ),
) -> None:
    """Verify each rating: industry vs benchmark over the horizon, hit / miss / pending, and the record."""
    from sectorbrief.config import load_house_style
    from sectorbrief.pipeline import BuildOptions
    from sectorbrief.pipeline.stages import load as load_market
    from sectorbrief.ratings import output
    from sectorbrief.ratings.run import verify_file

    rules = load_house_style(config).rating_rules
    market = load_market(
        BuildOptions(
            data=None if data in (None, "store") else (Path(data),), use_store=data == "store", store=store
        )
    )
    result = verify_file(file, market, rules)
    if chart is not None:
        from sectorbrief.ratings.chart import save_chart

        save_chart(result.rows, result.rules[0] if len(result.rules) == 1 else rules, chart)
    text = {
        Format.json: lambda: output.to_json(result.rows, result.context()),
        Format.csv: lambda: output.to_csv(result.rows),
        Format.text: lambda: output.to_text(result.rows),
    }[format]()
    typer.echo(text.rstrip("\n"))
