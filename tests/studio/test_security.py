"""The guard: paths stay under home, a token off loopback, CSRF-safe writes, a cap on bodies."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from sectorbrief.errors import UsageError
from sectorbrief.studio.paths import relative_file, under
from sectorbrief.studio.security import Guard, is_loopback
from tests.studio.conftest import DRAFT, WRITE, client_for

FILES = "/api/published/801770.SI/2026-07-03/v1"


@pytest.mark.parametrize(
    "path",
    [
        f"{FILES}/..%2F..%2F..%2Fdrafts",
        f"{FILES}/%2e%2e/%2e%2e/x",
        f"{FILES}/..%5c..%5cx",
        "/api/drafts/..%2F..%2Fetc/2026-07-05",
        f"{FILES}/%2Fetc%2Fpasswd",
        f"{FILES}//etc/passwd",
        "/api/charts/801770.SI/2026-07-05/..%2F..%2Fdrafts",
    ],
)
def test_traversal_is_refused(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert 400 <= response.status_code < 500
    assert "root:" not in response.text


@pytest.mark.parametrize("path", ["/api/published/801770.SI/2026-07-03/v1/../../../drafts", "/a\\b"])
def test_raw_dot_dot_is_refused(path: str) -> None:
    """A client that does not normalise the path sends ``..`` as it is (httpx would remove it)."""
    guard = Guard(lambda *_: None, token=None)
    scope = {"type": "http", "method": "GET", "path": path, "raw_path": path.encode(), "headers": []}
    assert guard.refuse(scope, {}) == (400, "path: encoded separators, backslashes and '..' are not allowed")


def test_under_and_relative_file(tmp_path: Path) -> None:
    assert under(tmp_path, "a", "b.json") == tmp_path / "a" / "b.json"
    for parts in (("..",), ("/etc",), ("a/b",), ("",), (".hidden",)):
        with pytest.raises(UsageError):
            under(tmp_path, *parts)
    (tmp_path / "link").symlink_to("/")
    with pytest.raises(UsageError):
        under(tmp_path, "link", "etc")
    for relative in ("/etc/passwd", "..\\x", "a/../../b", "a\x00b"):
        with pytest.raises(UsageError):
            relative_file(tmp_path, relative)


def test_token_required_off_loopback(tmp_path: Path) -> None:
    with client_for(tmp_path, host="0.0.0.0", token="s3cret") as c:
        assert c.get("/").status_code == 401
        assert c.get(DRAFT).status_code == 401
        assert c.get(DRAFT, headers={"X-Studio-Token": "wrong"}).status_code == 401
        assert c.get("/", headers={"X-Studio-Token": "s3cret"}).status_code == 200
        page = c.get("/?token=s3cret")
        assert page.status_code == 200 and "studio_token=s3cret" in page.headers["set-cookie"]
        assert c.get("/static/studio.js").status_code == 200, "the cookie carries the token"


def test_loopback_hosts() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("localhost") and is_loopback("::1")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.5")


def test_writes_need_the_header_and_our_origin(client: TestClient) -> None:
    assert client.put(DRAFT, json={"version": 0}).status_code == 403
    evil = {**WRITE, "Origin": "http://evil.example"}
    assert client.post(f"{DRAFT}/publish", json={}, headers=evil).status_code == 403
    ours = {**WRITE, "Origin": "http://127.0.0.1"}
    assert (
        client.put("/api/drafts/801770.SI/2026-06-30", json={"version": 0}, headers=ours).status_code == 200
    )


def test_other_host_names_are_refused_on_loopback(client: TestClient) -> None:
    """A page whose DNS name was rebound to 127.0.0.1 sends its own name as Host."""
    assert client.get("/", headers={"Host": "evil.example:8765"}).status_code == 400
    assert client.get("/", headers={"Host": "localhost:8765"}).status_code == 200


def test_body_size_is_capped(client: TestClient) -> None:
    huge = {"version": 0, "view": "字" * (3 * 1024 * 1024)}
    assert client.put(DRAFT, json=huge, headers=WRITE).status_code == 413
