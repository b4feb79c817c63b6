"""The checker's findings on a draft, each pointing at its sentence in the headline or the view."""

from __future__ import annotations

import re
from typing import Any

from sectorbrief.check import CheckReport
from sectorbrief.studio.drafts import Draft

SENTENCE = re.compile(r"[^。！？；\n]+[。！？；]?")


def sentence_at(text: str, core: str) -> tuple[int, int] | None:
    """The (start, end) of the sentence of ``text`` that holds the middle of ``core``, if ``core`` is there."""
    at = text.find(core)
    if not core or at < 0:
        return None
    middle = at + len(core) // 2
    for m in SENTENCE.finditer(text):
        if m.start() <= middle < m.end():
            return m.start(), m.end()
    return at, at + len(core)


def draft_findings(report: CheckReport, draft: Draft) -> list[dict[str, Any]]:
    """Each finding with ``where`` (headline, view, or the market paragraph the view is read beside)
    and, in the analyst's own text, the ``sentence`` and its ``start``/``end`` offsets."""
    out = []
    for f in report.findings:
        core = f.snippet.strip("…").strip()
        entry: dict[str, Any] = {**f.to_dict(), "where": "market"}
        for where, text in (("headline", draft.headline), ("view", draft.view)):
            span = sentence_at(text, core)
            if span:
                start, end = span
                entry.update(where=where, start=start, end=end, sentence=text[start:end])
                break
        out.append(entry)
    return out


def errors(findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [f for f in findings if f["severity"] == "error"]
