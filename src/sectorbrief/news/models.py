"""The shapes news passes through: a raw item, its classification, a digest item, the digest."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class NewsItem:
    """One news item as read from a file (after normalisation, when it has been through it)."""

    id: str
    title: str
    body: str
    source: str
    published: dt.date
    url: str = ""
    origin: str = ""
    """Where it came from, for error messages: ``file`` or ``file line N``."""

    @property
    def text(self) -> str:
        return f"{self.title}\n{self.body}" if self.title else self.body


@dataclass(frozen=True)
class Classification:
    """The theme given to one item, how sure we are (0..1) and why (matched terms, examples)."""

    id: str
    theme: str
    confidence: float
    evidence: tuple[str, ...]

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "theme": self.theme,
            "confidence": round(self.confidence, 4),
            "evidence": list(self.evidence),
        }


@dataclass(frozen=True)
class DigestItem:
    """One 3.N section: an event, possibly reported by several outlets."""

    theme: str
    title: str
    key_point: str
    body: list[str]
    sources: list[str]
    urls: list[str]
    published: dt.date
    ids: list[str]
    confidence: float = 1.0
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True)
class Excluded:
    """An item left out of the digest (theme 其他: not this industry's news)."""

    id: str
    title: str
    source: str
    confidence: float


@dataclass(frozen=True)
class Digest:
    """The week's news in report order, with the warnings and exclusions of the run."""

    industry_code: str
    items: list[DigestItem]
    warnings: list[str] = field(default_factory=list)
    excluded: list[Excluded] = field(default_factory=list)

    def key_points(self) -> list[str]:
        """The 投资要点 entries: ``(N) 主题: 要点``."""
        return [f"({n}) {item.theme}: {item.key_point}" for n, item in enumerate(self.items, start=1)]

    def section_titles(self, section: int = 3) -> list[str]:
        """``3.N 主题: 标题`` for each item."""
        return [f"{section}.{n} {item.theme}: {item.title}" for n, item in enumerate(self.items, start=1)]

    def provenance(self) -> dict[str, object]:
        """What the news step did, for facts.json provenance: counts, merges, exclusions, term fixes."""
        return {
            "news_items": sum(len(item.ids) for item in self.items) + len(self.excluded),
            "digest_items": len(self.items),
            "merged": {item.ids[0]: item.ids for item in self.items if len(item.ids) > 1},
            "excluded": [e.id for e in self.excluded],
            "warnings": list(self.warnings),
        }

    def to_markdown(self, section: int = 3) -> str:
        """The whole digest: 投资要点 list, then the 产业动态 sections with a 资料来源 line under each
        (warnings stay out: they go to the log and provenance)."""
        lines = ["## 投资要点", "", "产业动态：", ""]
        lines += [f"- {point}" for point in self.key_points()]
        lines += ["", f"## {section} 产业动态", ""]
        for title, item in zip(self.section_titles(section), self.items, strict=True):
            lines += [f"### {title}", ""]
            for paragraph in item.body:
                lines += [paragraph, ""]
            lines += [sources_line(item), ""]
        return "\n".join(lines).rstrip() + "\n"


def sources_line(item: DigestItem) -> str:
    """``（资料来源：IT之家、财联社）``"""
    return f"（资料来源：{'、'.join(item.sources)}）"
