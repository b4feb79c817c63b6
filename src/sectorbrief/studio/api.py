"""The studio's JSON API under /api: drafts (GET, PUT with the revision edited), findings, preview,
publish, versions and their files. The page uses nothing else, so tools can do all it does."""

from __future__ import annotations

import datetime as dt
import getpass
import logging
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, HTMLResponse, Response
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool

from sectorbrief.errors import UsageError
from sectorbrief.news.ingest import DOCUMENT_SUFFIXES, TABLE_SUFFIXES
from sectorbrief.studio.drafts import Draft, DraftEdit, to_json, write_atomic
from sectorbrief.studio.engine import Week
from sectorbrief.studio.errors import NotFound, Refused
from sectorbrief.studio.findings import draft_findings, errors
from sectorbrief.studio.paths import relative_file, under
from sectorbrief.studio.settings import Studio
from sectorbrief.studio.versions import listing, publish, week_folder

log = logging.getLogger(__name__)
router = APIRouter(prefix="/api")
MAX_NEWS = 1024 * 1024
NEWS_SUFFIXES = {*TABLE_SUFFIXES, *DOCUMENT_SUFFIXES}


class PublishRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    override: bool = False
    who: str | None = Field(default=None, max_length=80)


def studio(request: Request) -> Studio:
    s: Studio = request.app.state.studio
    return s


def parse_as_of(text: str) -> dt.date:
    try:
        if len(text) != 10:
            raise ValueError
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"as_of: {text!r} is not a date (YYYY-MM-DD)") from None


def current(s: Studio, week: Week) -> Draft:
    """The saved draft of the week, else a fresh one (revision 0)."""
    return s.drafts.load(week.industry.code, week.as_of) or s.engine.new_draft(week)


def payload(s: Studio, draft: Draft, week: Week) -> dict[str, Any]:
    code, as_of = week.industry.code, week.as_of.isoformat()
    return {
        **to_json(draft),
        "industry": {"code": code, "name": week.industry.name},
        "end_session": week.facts.end_session.isoformat(),
        "facts": week.facts.to_json_dict(),
        "market": {"weekly": week.text.weekly_body, "valuation": week.text.valuation_body},
        "charts": {key: f"/api/charts/{code}/{as_of}/{key}.png" for key in week.chart_keys},
        "findings": draft_findings(s.engine.check(draft, week), draft),
        "versions": listing(s.home, code, week.facts.end_session),
    }


@router.get("/drafts/{code}/{as_of}")
def get_draft(code: str, as_of: str, request: Request) -> dict[str, Any]:
    s = studio(request)
    week = s.engine.week(code, parse_as_of(as_of))
    return payload(s, current(s, week), week)


@router.put("/drafts/{code}/{as_of}")
def put_draft(code: str, as_of: str, edit: DraftEdit, request: Request) -> dict[str, Any]:
    s = studio(request)
    week = s.engine.week(code, parse_as_of(as_of))
    saved = s.drafts.save(edit.apply(current(s, week)), edit.version)
    s.engine.prepare(saved, week)
    return payload(s, saved, week)


@router.get("/drafts/{code}/{as_of}/preview", response_class=HTMLResponse)
def preview(code: str, as_of: str, request: Request) -> HTMLResponse:
    s = studio(request)
    week = s.engine.week(code, parse_as_of(as_of))
    return HTMLResponse(s.engine.preview(current(s, week), week))


@router.post("/drafts/{code}/{as_of}/publish")
def publish_draft(code: str, as_of: str, body: PublishRequest, request: Request) -> dict[str, Any]:
    s = studio(request)
    week = s.engine.week(code, parse_as_of(as_of))
    draft = current(s, week)
    found = draft_findings(s.engine.check(draft, week), draft)
    if errors(found) and not body.override:
        raise Refused(
            f"the checker reports {len(errors(found))} error(s); fix them or publish with override", found
        )
    done = publish(s.engine, draft, week, override=body.override, who=body.who or getpass.getuser())
    return {"files": done.files, "path": str(done.path), "version": done.version}


@router.post("/drafts/{code}/{as_of}/news")
async def upload_news(code: str, as_of: str, name: str, version: int, request: Request) -> dict[str, Any]:
    """Replace the draft's news with a news file's (the body; ``name`` gives its format), read by the
    CLI's own reader with its checks; at most MAX_NEWS bytes."""
    s = studio(request)
    suffix = Path(name).suffix.lower()
    if suffix not in NEWS_SUFFIXES:
        raise UsageError(f"news file {name!r}: use one of {', '.join(sorted(NEWS_SUFFIXES))}")
    data = await read_capped(request, MAX_NEWS)
    week = await run_in_threadpool(s.engine.week, code, parse_as_of(as_of))
    path = under(s.home, "uploads", week.industry.code, week.as_of.isoformat(), f"news{suffix}")
    write_atomic(path, data)
    news = await run_in_threadpool(s.engine.news_from_file, path, week)
    saved = s.drafts.save(current(s, week).model_copy(update={"news": news}), version)
    return await run_in_threadpool(payload, s, saved, week)


async def read_capped(request: Request, limit: int) -> bytes:
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise UsageError(f"news file over {limit // 1024} KB")
    if not body:
        raise UsageError("news file is empty")
    return body


@router.get("/drafts/{code}/{as_of}/versions")
def get_versions(code: str, as_of: str, request: Request) -> list[dict[str, Any]]:
    s = studio(request)
    week = s.engine.week(code, parse_as_of(as_of))
    return listing(s.home, week.industry.code, week.facts.end_session)


@router.get("/charts/{code}/{as_of}/{name}")
def chart(code: str, as_of: str, name: str, request: Request) -> Response:
    week = studio(request).engine.week(code, parse_as_of(as_of))
    image = studio(request).engine.charts(week).get(name.removesuffix(".png"))
    if image is None:
        raise NotFound(f"chart {name!r}: no such chart for {week.industry.name} {as_of}")
    return Response(image.png, media_type="image/png")


@router.get("/published/{code}/{end_session}/{version}/{path:path}")
def download(code: str, end_session: str, version: str, path: str, request: Request) -> FileResponse:
    s = studio(request)
    industry = s.engine.industry(code)
    folder = under(week_folder(s.home, industry.code, parse_as_of(end_session)), version)
    file = relative_file(folder, path)
    if not file.is_file():
        raise NotFound(f"{code} {end_session} {version}: no file {path!r}")
    return FileResponse(file, filename=file.name)
