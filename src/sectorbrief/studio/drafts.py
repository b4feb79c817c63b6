"""Drafts: what an analyst has chosen for one industry and week, saved under ``HOME/drafts`` as JSON.

Every save is atomic (a temporary file beside the draft, then ``os.replace``) and carries a revision
number; a save that names an older revision than the one on disk is a conflict (two tabs editing the
same draft), never a silent overwrite.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import tempfile
import threading
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from sectorbrief.config import Rating, RatingChange
from sectorbrief.errors import DataError, SectorbriefError
from sectorbrief.studio.paths import under

log = logging.getLogger(__name__)


class Conflict(SectorbriefError):
    """The draft changed since the revision the request edits (HTTP 409)."""


class NewsChoice(BaseModel):
    """One merged news event and the analyst's choices for it."""

    model_config = ConfigDict(extra="forbid")

    id: str
    title: str
    theme: str
    included: bool = True
    order: int
    key_point: str = ""
    body: list[str] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list)
    urls: list[str] = Field(default_factory=list)
    published: dt.date | None = None
    ids: list[str] = Field(default_factory=list)
    """The ids of every report merged into this event (duplicates shown merged)."""


class Draft(BaseModel):
    """The analyst's draft of one report; ``version`` is its revision (0: never saved)."""

    model_config = ConfigDict(extra="forbid")

    code: str
    as_of: dt.date
    headline: str
    view: str
    rating: Rating
    rating_change: RatingChange
    report_date: dt.date
    news: list[NewsChoice]
    version: int = 0
    saved_at: str | None = None

    def chosen_news(self) -> list[NewsChoice]:
        """The included items in report order."""
        return sorted((n for n in self.news if n.included), key=lambda n: n.order)


class NewsEdit(BaseModel):
    """A change to one news item, by id: any of its title, key point, inclusion and order."""

    model_config = ConfigDict(extra="forbid")

    id: str
    title: str | None = Field(default=None, min_length=1, max_length=200)
    key_point: str | None = Field(default=None, max_length=1000)
    included: bool | None = None
    order: int | None = Field(default=None, ge=0, le=10_000)


class DraftEdit(BaseModel):
    """A PUT body: any draft fields and the revision they edit."""

    model_config = ConfigDict(extra="forbid")

    version: int = Field(ge=0)
    headline: str | None = Field(default=None, max_length=200)
    view: str | None = Field(default=None, max_length=20_000)
    rating: Rating | None = None
    rating_change: RatingChange | None = None
    report_date: dt.date | None = None
    news: list[NewsEdit] | None = None

    def apply(self, draft: Draft) -> Draft:
        """``draft`` with these edits laid over it (the revision is not changed here)."""
        fields = self.model_dump(exclude_unset=True, exclude={"version", "news"})
        edited = draft.model_copy(update=fields)
        if self.news is not None:
            edited = edited.model_copy(update={"news": edit_news(draft.news, self.news)})
        return edited


def edit_news(items: list[NewsChoice], edits: list[NewsEdit]) -> list[NewsChoice]:
    by_id = {item.id: item for item in items}
    unknown = [e.id for e in edits if e.id not in by_id]
    if unknown:
        raise DataError(f"news: unknown item id(s) {', '.join(map(repr, unknown))}")
    for e in edits:
        by_id[e.id] = by_id[e.id].model_copy(update=e.model_dump(exclude_unset=True, exclude={"id"}))
    return sorted(by_id.values(), key=lambda n: n.order)


class DraftStore:
    """The drafts under ``home/drafts/<code>/<as_of>.json``, one lock per store for compare-and-save."""

    def __init__(self, home: Path) -> None:
        self.root = home / "drafts"
        self._lock = threading.Lock()

    def path(self, code: str, as_of: dt.date) -> Path:
        return under(self.root, code, f"{as_of.isoformat()}.json")

    def load(self, code: str, as_of: dt.date) -> Draft | None:
        path = self.path(code, as_of)
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as exc:
            raise DataError(f"draft {path}: cannot read ({exc})") from None
        try:
            return Draft.model_validate(raw)
        except ValidationError as exc:
            raise DataError(f"draft {path}: not a studio draft ({exc.error_count()} problem(s))") from None

    def save(self, draft: Draft, edits_version: int) -> Draft:
        """Store ``draft`` as the next revision after ``edits_version``; Conflict if that is stale."""
        with self._lock:
            current = self.load(draft.code, draft.as_of)
            on_disk = current.version if current else 0
            if edits_version != on_disk:
                raise Conflict(
                    f"draft {draft.code} {draft.as_of}: you edited revision {edits_version}, "
                    f"but revision {on_disk} was saved since (another tab?); reload to continue"
                )
            saved = draft.model_copy(
                update={
                    "version": on_disk + 1,
                    "saved_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                }
            )
            write_atomic(self.path(draft.code, draft.as_of), saved.model_dump_json(indent=1).encode("utf-8"))
        log.info("saved draft %s %s revision %d", draft.code, draft.as_of, saved.version)
        return saved


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all: a temporary file beside it, then os.replace."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def to_json(draft: Draft) -> dict[str, Any]:
    return draft.model_dump(mode="json")
