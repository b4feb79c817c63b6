"""Published versions: ``HOME/published/<code>/<end_session>/v<N>/`` with every format, facts.json,
the charts and the inputs used (view.md, news.jsonl, meta.json saying who published and when)."""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sectorbrief.check.report import CheckReport
from sectorbrief.choices import FORMATS
from sectorbrief.pipeline import stages
from sectorbrief.pipeline.gate import ensure_publishable
from sectorbrief.pipeline.publish import staging
from sectorbrief.ratings.record import with_rating
from sectorbrief.studio.drafts import Draft
from sectorbrief.studio.engine import Engine, Week
from sectorbrief.studio.paths import under

log = logging.getLogger(__name__)
VERSION = re.compile(r"^v(\d+)$")
_publishing = threading.Lock()


@dataclass(frozen=True)
class Published:
    version: int
    path: Path
    files: list[str]


def week_folder(home: Path, code: str, end_session: dt.date) -> Path:
    return under(home, "published", code, end_session.isoformat())


def versions(folder: Path) -> list[int]:
    """The version numbers published in ``folder``, oldest first."""
    if not folder.is_dir():
        return []
    found = (VERSION.match(p.name) for p in folder.iterdir() if p.is_dir())
    return sorted(int(m.group(1)) for m in found if m)


def listing(home: Path, code: str, end_session: dt.date) -> list[dict[str, Any]]:
    """Every version of a week, newest first: its number, meta.json and files (relative paths)."""
    folder = week_folder(home, code, end_session)
    out = []
    for number in reversed(versions(folder)):
        path = folder / f"v{number}"
        meta_file = path / "meta.json"
        meta = json.loads(meta_file.read_text(encoding="utf-8")) if meta_file.exists() else {}
        files = sorted(p.relative_to(path).as_posix() for p in path.rglob("*") if p.is_file())
        out.append({"version": number, "meta": meta, "files": files})
    return out


def publish(engine: Engine, draft: Draft, week: Week, *, override: bool, who: str) -> Published:
    """Render every format of ``draft`` in memory, check it, and publish it with its inputs into the
    week's next version folder (staged, then moved into place whole).

    CheckFailed (HTTP 409) when the reports have checker errors and ``override`` is false."""
    document, digest = engine.compose(draft, week)
    rendered = stages.render(document, FORMATS, engine.charts(week))
    reports = stages.check(rendered)
    ensure_publishable(reports, allow_findings=override)
    facts = with_rating(stages.record(week.facts, reports, digest), engine.style_of(draft), draft.report_date)
    folder = week_folder(engine.home, week.industry.code, week.facts.end_session)
    with _publishing:
        number = (versions(folder) or [0])[-1] + 1
        target = folder / f"v{number}"
        with staging(target) as tmp:
            stages.write_files(tmp, stages.report_files(rendered, facts))
            write_inputs(tmp, draft, reports, override=override, who=who, version=number)
    log.info("published %s %s v%d", week.industry.name, week.facts.end_session, number)
    files = sorted(p.relative_to(target).as_posix() for p in target.rglob("*") if p.is_file())
    return Published(number, target, files)


def write_inputs(
    folder: Path, draft: Draft, reports: list[CheckReport], *, override: bool, who: str, version: int
) -> None:
    """view.md, news.jsonl (every item, with the analyst's choices) and meta.json."""
    (folder / "view.md").write_text(f"# {draft.headline}\n\n{draft.view}\n", encoding="utf-8")
    lines = [json.dumps(n.model_dump(mode="json"), ensure_ascii=False) for n in draft.news]
    (folder / "news.jsonl").write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
    meta = {
        "version": version,
        "published_by": who,
        "published_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "industry": draft.code,
        "as_of": draft.as_of.isoformat(),
        "draft_revision": draft.version,
        "rating": draft.rating,
        "rating_change": draft.rating_change,
        "report_date": draft.report_date.isoformat(),
        "override": override,
        "checker_errors": sum(len(r.errors) for r in reports),
    }
    (folder / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
