"""The studio's guard, in front of every route: no encoded separators or ``..`` in paths, a token
when the server listens beyond this machine, CSRF-safe writes and a cap on request bodies.

Writes (anything but GET/HEAD) must carry the ``X-Studio`` header, which a page on another site cannot
send without a CORS preflight we never grant, and an ``Origin``, when present, naming this server.
"""

from __future__ import annotations

import ipaddress
import json
import logging
import secrets
from http.cookies import SimpleCookie
from typing import Any
from urllib.parse import parse_qs

from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger(__name__)

TOKEN_HEADER = "x-studio-token"
TOKEN_COOKIE = "studio_token"
CSRF_HEADER = "x-studio"
MAX_BODY = 2 * 1024 * 1024
LOOPBACK_NAMES = ("127.0.0.1", "localhost", "[::1]", "::1")
BAD_RAW = (b"%2f", b"%5c", b"%00", b"%2e%2e")


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def new_token() -> str:
    return secrets.token_urlsafe(24)


class Guard:
    """ASGI middleware; ``token`` None means no token is asked for (loopback only)."""

    def __init__(self, app: ASGIApp, *, token: str | None, max_body: int = MAX_BODY) -> None:
        self.app = app
        self.token = token
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
        problem = self.refuse(scope, headers)
        if problem is not None:
            status, message = problem
            await reply(send, status, message)
            return
        await self.app(scope, self.limited(receive), self.with_cookie(scope, send))

    def refuse(self, scope: Scope, headers: dict[str, str]) -> tuple[int, str] | None:
        """(status, message) when the request may not go on, else None."""
        raw = bytes(scope.get("raw_path") or scope["path"].encode()).lower()
        path = scope["path"]
        if any(bad in raw for bad in BAD_RAW) or "\\" in path or ".." in path.split("/"):
            return 400, "path: encoded separators, backslashes and '..' are not allowed"
        if self.token is not None and not secrets.compare_digest(presented(scope, headers), self.token):
            return 401, "token: this studio needs the token printed when it started (?token=...)"
        if scope["method"] not in ("GET", "HEAD"):
            if headers.get(CSRF_HEADER) != "1":
                return 403, f"writes need the {CSRF_HEADER} header (the studio page sends it)"
            origin = headers.get("origin")
            if origin and origin.split("://", 1)[-1] != headers.get("host"):
                return 403, f"origin {origin} is not this studio"
        if int(headers.get("content-length") or 0) > self.max_body:
            return 413, f"request body over {self.max_body} bytes"
        return None

    def limited(self, receive: Receive) -> Receive:
        """Stop reading a body that grows past the cap (a missing or false Content-Length)."""
        seen = 0

        async def wrapped() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.max_body:
                raise BodyTooLarge(f"request body over {self.max_body} bytes")
            return message

        return wrapped

    def with_cookie(self, scope: Scope, send: Send) -> Send:
        """A token given in the query is kept as a same-site cookie, so links and images work."""
        if self.token is None or "token" not in parse_qs(scope.get("query_string", b"").decode()):
            return send

        async def wrapped(message: Message) -> None:
            if message["type"] == "http.response.start":
                cookie = f"{TOKEN_COOKIE}={self.token}; HttpOnly; SameSite=Strict; Path=/"
                message["headers"] = [*message.get("headers", []), (b"set-cookie", cookie.encode())]
            await send(message)

        return wrapped


class BodyTooLarge(Exception):
    """Raised while reading a body past the cap; the app answers 413."""


def presented(scope: Scope, headers: dict[str, str]) -> str:
    """The token the request carries: header, cookie or ``?token=``; '' without one."""
    if TOKEN_HEADER in headers:
        return headers[TOKEN_HEADER]
    cookie: SimpleCookie = SimpleCookie(headers.get("cookie", ""))
    if TOKEN_COOKIE in cookie:
        return cookie[TOKEN_COOKIE].value
    query = parse_qs(scope.get("query_string", b"").decode())
    return query.get("token", [""])[0]


async def reply(send: Send, status: int, message: str) -> None:
    body: Any = json.dumps({"error": message}, ensure_ascii=False).encode("utf-8")
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"application/json; charset=utf-8")],
        }
    )
    await send({"type": "http.response.body", "body": body})
