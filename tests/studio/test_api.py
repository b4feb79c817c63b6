"""The /api contract: draft round-trip, 409 on a stale revision, 409 on publishing with checker errors,
published versions and their files."""

from __future__ import annotations

import json
from pathlib import Path

from fastapi.testclient import TestClient

from tests.studio.conftest import DRAFT, RIGHT, WRITE, WRONG, client_for


def test_fresh_draft_has_the_contract_fields(client: TestClient) -> None:
    body = client.get("/api/drafts/通信/2026-07-04").json()
    assert {"facts", "view", "headline", "rating", "rating_change", "news", "version"} <= body.keys()
    assert body["version"] == 0
    assert body["facts"]["periods"]["weekly"]["rank"] == 31
    assert body["rating"] == "同步大市" and body["rating_change"] == "维持"
    assert all({"id", "title", "theme", "included", "order"} <= n.keys() for n in body["news"])
    assert any(len(n["ids"]) > 1 for n in body["news"]), "duplicates are shown merged"
    assert body["findings"] == []


def test_draft_round_trip_and_stale_revision(client: TestClient) -> None:
    url = "/api/drafts/801770.SI/2026-07-03"
    first = client.get(url).json()
    news = first["news"]
    edit = {
        "version": 0,
        "headline": "新标题",
        "rating": "强于大市",
        "rating_change": "上调",
        "news": [{"id": news[0]["id"], "included": False}, {"id": news[1]["id"], "title": "改过的标题"}],
    }
    saved = client.put(url, json=edit, headers=WRITE)
    assert saved.status_code == 200, saved.text
    assert saved.json()["version"] == 1
    again = client.get(url).json()
    assert (again["headline"], again["rating"], again["rating_change"]) == ("新标题", "强于大市", "上调")
    by_id = {n["id"]: n for n in again["news"]}
    assert not by_id[news[0]["id"]]["included"] and by_id[news[1]["id"]]["title"] == "改过的标题"
    stale = client.put(url, json={"version": 0, "headline": "另一个标签页"}, headers=WRITE)
    assert stale.status_code == 409
    assert "revision" in stale.json()["error"]
    assert client.get(url).json()["headline"] == "新标题"


def test_findings_point_at_the_sentence(client: TestClient) -> None:
    url = "/api/drafts/801770.SI/2026-07-04"  # the demo week too (its end session is 2026-07-03)
    fresh = client.get(url).json()
    edit = {"version": fresh["version"], "view": f"{WRONG}\n\n{fresh['view']}"}
    body = client.put(url, json=edit, headers=WRITE).json()
    [finding] = [f for f in body["findings"] if f["severity"] == "error"]
    assert finding["where"] == "view" and "9.99" in finding["message"]
    assert body["view"][finding["start"] : finding["end"]] == WRONG


def test_publish_refused_with_errors_then_allowed(client: TestClient, home: Path) -> None:
    view = client.get(DRAFT).json()["view"]
    client.put(DRAFT, json={"version": 0, "view": f"{WRONG}\n\n{view}"}, headers=WRITE)
    refused = client.post(f"{DRAFT}/publish", json={"override": False}, headers=WRITE)
    assert refused.status_code == 409
    assert any("9.99" in f["message"] for f in refused.json()["findings"])
    assert not (home / "published").exists()
    client.put(DRAFT, json={"version": 1, "view": f"{RIGHT}\n\n{view}"}, headers=WRITE)
    done = client.post(f"{DRAFT}/publish", json={"override": False, "who": "测试分析师"}, headers=WRITE)
    assert done.status_code == 200, done.text
    body = done.json()
    assert body["version"] == 1
    assert Path(body["path"]) == home / "published" / "801770.SI" / "2026-07-03" / "v1"
    expected = {
        "report.md",
        "report.html",
        "report.pdf",
        "report.docx",
        "facts.json",
        "view.md",
        "news.jsonl",
        "meta.json",
    }
    assert expected <= set(body["files"])
    meta = json.loads((Path(body["path"]) / "meta.json").read_text(encoding="utf-8"))
    assert meta["published_by"] == "测试分析师" and meta["override"] is False
    assert RIGHT in (Path(body["path"]) / "report.md").read_text(encoding="utf-8")


def test_override_publishes_a_second_version_and_files_download(client: TestClient) -> None:
    url = "/api/drafts/801770.SI/2026-07-04"  # the demo week, a draft of its own
    body = client.get(url).json()
    view, end = body["view"], body["end_session"]
    client.put(url, json={"version": body["version"], "view": f"{WRONG}\n\n{view}"}, headers=WRITE)
    done = client.post(f"{url}/publish", json={"override": True}, headers=WRITE)
    assert done.status_code == 200, done.text
    versions = client.get(f"{url}/versions").json()
    assert [v["version"] for v in versions][0] == done.json()["version"]
    assert versions[0]["meta"]["override"] is True
    number = done.json()["version"]
    md = client.get(f"/api/published/801770.SI/{end}/v{number}/report.md")
    assert md.status_code == 200 and "9.99" in md.text
    assert client.get(f"/api/published/801770.SI/{end}/v{number}/nothing.md").status_code == 404


def test_bad_input_is_a_clear_4xx(client: TestClient) -> None:
    assert "unknown industry" in client.get("/api/drafts/不存在/2026-07-05").json()["error"]
    assert client.get("/api/drafts/通信/2026-7-5").status_code == 400
    assert client.get("/api/drafts/通信/1990-01-05").status_code == 400
    assert client.put(DRAFT, json={"version": 0, "rating": "买入"}, headers=WRITE).status_code == 422
    assert client.put(DRAFT, json={"headline": "缺版本"}, headers=WRITE).status_code == 422
    unknown = client.put(DRAFT, json={"version": 99, "news": [{"id": "nope"}]}, headers=WRITE)
    assert unknown.status_code in (400, 409)


def test_a_draft_survives_a_restart(tmp_path: Path) -> None:
    url = "/api/drafts/801770.SI/2026-07-05"
    with client_for(tmp_path) as first:
        first.put(url, json={"version": 0, "headline": "重启之后仍在"}, headers=WRITE)
    assert not [p for p in (tmp_path / "drafts").rglob(".*")], "no temporary files left"
    with client_for(tmp_path) as second:
        body = second.get(url).json()
    assert (body["headline"], body["version"]) == ("重启之后仍在", 1)


def test_preview_is_the_draft_as_html(client: TestClient) -> None:
    url = "/api/drafts/801770.SI/2026-07-05"
    body = client.get(url).json()
    news = sorted(body["news"], key=lambda n: n["order"])
    edit = {
        "version": body["version"],
        "headline": "预览里的标题",
        "news": [{"id": news[0]["id"], "title": "改过的新闻标题"}],
    }
    assert client.put(url, json=edit, headers=WRITE).status_code == 200
    page = client.get(f"{url}/preview")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "预览里的标题" in page.text and "改过的新闻标题" in page.text
