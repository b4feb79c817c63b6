"""A news file uploaded into a draft: read by the CLI's reader with its checks, size-capped."""

from __future__ import annotations

import json
from importlib import resources

from fastapi.testclient import TestClient

from tests.studio.conftest import WRITE

URL = "/api/drafts/801770.SI/2026-06-30/news"


def demo_lines(n: int) -> bytes:
    text = resources.files("sectorbrief.data").joinpath("demo_news.jsonl").read_text(encoding="utf-8")
    return "".join(text.splitlines(keepends=True)[:n]).encode("utf-8")


def test_upload_replaces_the_news(client: TestClient) -> None:
    version = client.get(URL.removesuffix("/news")).json()["version"]
    done = client.post(f"{URL}?name=feed.jsonl&version={version}", content=demo_lines(2), headers=WRITE)
    assert done.status_code == 200, done.text
    ids = [n["id"] for n in done.json()["news"]]
    assert ids and set(ids) <= {"demo-01", "demo-02"}
    assert done.json()["version"] == version + 1


def test_bad_uploads_are_clear_4xx(client: TestClient) -> None:
    bad = client.post(f"{URL}?name=feed.jsonl&version=0", content=b'{"id": "x"}\nnot json\n', headers=WRITE)
    assert bad.status_code in (400, 409)
    version = client.get(URL.removesuffix("/news")).json()["version"]
    bad = client.post(f"{URL}?name=feed.jsonl&version={version}", content=b'{"id": "x"}\n', headers=WRITE)
    assert bad.status_code == 400 and "missing field" in bad.json()["error"]
    assert client.post(f"{URL}?name=feed.exe&version=0", content=b"x", headers=WRITE).status_code == 400
    assert client.post(f"{URL}?name=../../x.jsonl&version=0", content=b"", headers=WRITE).status_code == 400
    big = json.dumps(
        {"id": "big", "body": "字" * 400_000, "source": "s", "published": "2026-07-01"}, ensure_ascii=False
    )
    over = client.post(f"{URL}?name=feed.jsonl&version=0", content=big.encode(), headers=WRITE)
    assert over.status_code == 400 and "over 1024 KB" in over.json()["error"]
