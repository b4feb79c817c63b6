"""create_app(settings): the studio's FastAPI app, its guard, templates, static files and error replies."""

from __future__ import annotations

import logging
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.middleware.trustedhost import TrustedHostMiddleware

from sectorbrief.errors import SectorbriefError
from sectorbrief.pipeline import DEMO_AS_OF, DEMO_INDUSTRY
from sectorbrief.pipeline.gate import CheckFailed
from sectorbrief.render.fonts import prepare_fonts
from sectorbrief.studio import api, pages
from sectorbrief.studio.drafts import Conflict, DraftStore
from sectorbrief.studio.engine import Engine
from sectorbrief.studio.errors import NotFound
from sectorbrief.studio.security import LOOPBACK_NAMES, BodyTooLarge, Guard
from sectorbrief.studio.settings import Settings, Studio

log = logging.getLogger(__name__)


def create_app(settings: Settings) -> FastAPI:
    home = settings.home.resolve()
    home.mkdir(parents=True, exist_ok=True)
    studio = Studio(settings, Engine(settings.sources, home), DraftStore(home))

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        if settings.warm:  # the default week computed while the browser opens the page
            threading.Thread(target=warm, args=(studio,), daemon=True).start()
        yield

    app = FastAPI(title="sectorbrief studio", lifespan=lifespan, docs_url=None, redoc_url=None)
    app.state.studio = studio
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=pages.package_dir("static")), name="static")
    add_error_replies(app)
    if settings.token is None:  # on loopback, only loopback names: a rebound DNS name gets nowhere
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(LOOPBACK_NAMES))
    app.add_middleware(Guard, token=settings.token)
    return app


def warm(studio: Studio) -> None:
    """The default week, its charts and its draft's fonts, ready before the analyst asks."""
    try:
        week = studio.engine.week(DEMO_INDUSTRY, DEMO_AS_OF)
        studio.engine.charts(week)
        draft = studio.drafts.load(week.industry.code, week.as_of) or studio.engine.new_draft(week)
        prepare_fonts(studio.engine.compose(draft, week)[0].context)
    except SectorbriefError as exc:  # e.g. a --data file without the demo week: the page will say
        log.info("studio: default week not prepared: %s", exc)
    finally:
        studio.engine.warmed.set()


def error(status: int, message: str, **extra: object) -> JSONResponse:
    return JSONResponse({"error": message, **extra}, status_code=status)


def add_error_replies(app: FastAPI) -> None:
    """Our own errors as one clear JSON message: 409 for conflicts and checker refusals, else 400."""

    @app.exception_handler(SectorbriefError)
    async def _ours(_: Request, exc: SectorbriefError) -> JSONResponse:
        if isinstance(exc, Conflict | CheckFailed):
            return error(409, str(exc), findings=getattr(exc, "findings", []))
        return error(404 if isinstance(exc, NotFound) else 400, str(exc))

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        problems = [f"{'.'.join(str(p) for p in e['loc'][1:]) or 'body'}: {e['msg']}" for e in exc.errors()]
        return error(422, "; ".join(problems) or "invalid request")

    @app.exception_handler(BodyTooLarge)
    async def _large(_: Request, exc: BodyTooLarge) -> JSONResponse:
        return error(413, str(exc))
