"""The studio's one page: the shell the browser script fills from /api."""

from __future__ import annotations

import typing
from importlib import resources
from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.templating import Jinja2Templates

from sectorbrief.config import Rating, RatingChange
from sectorbrief.pipeline import DEMO_AS_OF, DEMO_INDUSTRY
from sectorbrief.taxonomy import sw2021
from sectorbrief.typefaces import SANS_FILE, font_dir


def package_dir(name: str) -> Path:
    return Path(str(resources.files("sectorbrief.studio").joinpath(name)))


router = APIRouter()
templates = Jinja2Templates(directory=package_dir("templates"))


@router.get("/", response_class=HTMLResponse)
def index(request: Request) -> HTMLResponse:
    tax = sw2021()
    industries = [(code, tax.name_of(code)) for code in tax.industry_codes]
    return templates.TemplateResponse(
        request,
        "index.html",
        {
            "industries": industries,
            "default_industry": tax.resolve_industry(DEMO_INDUSTRY).code,
            "default_as_of": DEMO_AS_OF.isoformat(),
            "ratings": typing.get_args(Rating),
            "rating_changes": typing.get_args(RatingChange),
        },
    )


@router.get("/fonts/sans.otf")
def sans_font() -> FileResponse:
    """The bundled Noto Sans SC, so the page reads in Chinese on a machine without CJK fonts."""
    return FileResponse(
        font_dir() / SANS_FILE, media_type="font/otf", headers={"Cache-Control": "max-age=86400"}
    )
