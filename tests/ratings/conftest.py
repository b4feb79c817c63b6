"""Fixtures: the sample ratings file, and an independent reading of the demo market's closes
(plain pandas on the bundled Parquet file)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pandas as pd
import pytest

from tests.ratings.sample import write_ratings


@pytest.fixture
def ratings_csv(tmp_path: Path) -> Path:
    return write_ratings(tmp_path / "ratings.csv")


@pytest.fixture(scope="session")
def demo_closes() -> pd.DataFrame:
    """Closes of the demo market, one column per code, read straight from the Parquet file."""
    with resources.as_file(resources.files("sectorbrief.data").joinpath("demo_market.parquet")) as path:
        frame = pd.read_parquet(path)
    return frame.pivot(index="date", columns="code", values="close").sort_index()
