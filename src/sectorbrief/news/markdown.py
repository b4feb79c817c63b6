"""The digest as Markdown: 投资要点 lines, then 3.N sections with a 资料来源 line under each."""

from __future__ import annotations

from sectorbrief.news.models import Digest, DigestItem


def sources_line(item: DigestItem) -> str:
    """``（资料来源：IT之家、财联社）``"""
    return f"（资料来源：{'、'.join(item.sources)}）"


def digest_markdown(digest: Digest, section: int = 3) -> str:
    """The whole digest: 投资要点 list, the 产业动态 sections, (warnings stay out: they go to the log and provenance)."""
    lines = ["## 投资要点", "", "产业动态：", ""]
    lines += [f"- {point}" for point in digest.key_points()]
    lines += ["", f"## {section} 产业动态", ""]
    for title, item in zip(digest.section_titles(section), digest.items, strict=True):
        lines += [f"### {title}", ""]
        for paragraph in item.body:
            lines += [paragraph, ""]
        lines += [sources_line(item), ""]
    return "\n".join(lines).rstrip() + "\n"
