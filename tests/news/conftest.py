from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from sectorbrief.news import Digest, load_digest


@pytest.fixture(scope="session")
def demo_news() -> Path:
    return Path(str(resources.files("sectorbrief.data").joinpath("demo_news.jsonl")))


@pytest.fixture(scope="session")
def demo_digest(demo_news: Path) -> Digest:
    return load_digest(demo_news, "801770.SI")
