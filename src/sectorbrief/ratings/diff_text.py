"""`sectorbrief diff` output: changed figures, then the view's removed and added sentences."""

from __future__ import annotations

import json
from typing import Any

from sectorbrief.narrative.format import num
from sectorbrief.ratings.diff import Change, SentenceChange, figure_changes, sentence_changes, view_sentences
from sectorbrief.ratings.read import Built


def _show(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return num(value)
    return str(value)


def _moved(change: Change) -> str:
    """（+1.23） for a figure, （上升3位） / （下降3位） for a rank (a smaller rank number is a rise)."""
    delta = change.delta
    if delta is None:
        return ""
    if change.key.endswith(".rank"):
        return f"（{'上升' if delta < 0 else '下降'}{abs(int(delta))}位）"
    return f"（{'+' if delta > 0 else ''}{num(delta)}）"


def change_line(change: Change) -> str:
    return f"  {change.label}: {_show(change.old)} → {_show(change.new)}{_moved(change)}"


def compare(old: Built, new: Built) -> tuple[list[Change], list[SentenceChange] | None]:
    """Changed figures, and the view's sentence changes (None when a build has no report.md)."""
    changes = [c for c in figure_changes(old.facts, new.facts) if c.changed]
    if old.markdown is None or new.markdown is None:
        return changes, None
    return changes, sentence_changes(view_sentences(old.markdown), view_sentences(new.markdown))


def to_text(old: Built, new: Built) -> str:
    changes, sentences = compare(old, new)
    lines = [
        f"旧：{old.where}（{old.facts.industry.name}，截至{old.facts.end_session}）",
        f"新：{new.where}（{new.facts.industry.name}，截至{new.facts.end_session}）",
        "",
        "数据变化",
    ]
    lines += [change_line(c) for c in changes] or ["  （无）"]
    lines += ["", "观点变化（核心观点、行业周观点，按句）"]
    if sentences is None:
        lines.append("  （缺少 report.md，未比较观点）")
    else:
        lines += [f"  {s.sign} {s.sentence}" for s in sentences] or ["  （无）"]
    return "\n".join(lines)


def to_json(old: Built, new: Built) -> str:
    changes, sentences = compare(old, new)
    return json.dumps(
        {
            "figures": [
                {"key": c.key, "label": c.label, "old": c.old, "new": c.new, "delta": c.delta}
                for c in changes
            ],
            "view": None
            if sentences is None
            else [{"sign": s.sign, "sentence": s.sentence} for s in sentences],
        },
        ensure_ascii=False,
        indent=2,
    )
