"""The studio over the demo market: one app per module (its week is computed once), a home per module."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from sectorbrief.studio import Settings, create_app

WRITE = {"X-Studio": "1"}
DRAFT = "/api/drafts/801770.SI/2026-07-05"
WRONG = "本周通信板块下跌9.17%，跑输沪深300 9.99个百分点。"
RIGHT = "本周通信板块下跌9.17%，跑输沪深300 8.64个百分点。"


def client_for(home: Path, **settings: object) -> TestClient:
    app = create_app(Settings(home=home, warm=False, **settings))  # type: ignore[arg-type]
    return TestClient(app, base_url="http://127.0.0.1")


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("studio-home")


@pytest.fixture(scope="module")
def client(home: Path) -> Iterator[TestClient]:
    with client_for(home) as c:
        yield c
