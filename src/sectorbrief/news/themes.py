"""Theme sets: YAML package data keyed by industry code, user files merged in without code changes."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import yaml

from sectorbrief.errors import ConfigError
from sectorbrief.news.decode import read_text
from sectorbrief.yamltext import safe_load

log = logging.getLogger(__name__)

GENERIC = "generic"


@dataclass(frozen=True)
class Theme:
    label: str
    terms: dict[str, float]
    description: str = ""


@dataclass(frozen=True)
class ThemeSet:
    """The labels of one industry in report order, their weighted terms, and the 其他 rule."""

    industry: str
    themes: tuple[Theme, ...]
    other: str = "其他"
    threshold: float = 3.0
    words: tuple[str, ...] = ()
    lures: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Terms that do not count for this industry in an item that also has one of their context words
    (特斯拉 in a robot item is the robot's news, not the car maker's)."""

    @property
    def labels(self) -> list[str]:
        """Every label in taxonomy order, 其他 last."""
        return [t.label for t in self.themes] + [self.other]

    def vocabulary(self) -> set[str]:
        """Every term of every theme, and the user words: the segmenter's user dictionary."""
        return {term for theme in self.themes for term in theme.terms} | set(self.words)


def _folder() -> Traversable:
    return resources.files("sectorbrief.news").joinpath("themes")


@cache
def bundled_theme_sets() -> tuple[ThemeSet, ...]:
    """The bundled theme set of every industry that has one (not the generic fallback), by code."""
    files = sorted(
        (f for f in _folder().iterdir() if f.name.endswith(".yaml") and f.name != f"{GENERIC}.yaml"),
        key=lambda f: f.name,
    )
    return tuple(_parse(safe_load(f.read_text(encoding="utf-8")), str(f)) for f in files)


def load_theme_set(industry_code: str, extra: Path | None = None) -> ThemeSet:
    """The theme set for ``industry_code`` (the generic fallback if it has none), with the themes
    and terms of the user file ``extra`` merged in."""
    folder = _folder()
    own = folder.joinpath(f"{industry_code}.yaml")
    chosen = own if own.is_file() else folder.joinpath(f"{GENERIC}.yaml")
    if not own.is_file():
        log.info("no theme set for %s: using the generic one", industry_code)
    base = _parse(safe_load(chosen.read_text(encoding="utf-8")), str(chosen))
    if extra is None:
        return base
    text = read_text(extra, "theme file")  # GBK and friends detected; undecodable is one clear line
    try:
        raw = safe_load(text)
    except yaml.YAMLError as exc:
        raise ConfigError(f"{extra}: cannot read theme file ({exc})") from None
    return merge(base, _parse(raw, str(extra), partial=True))


def merge(base: ThemeSet, user: ThemeSet) -> ThemeSet:
    """``base`` with ``user``'s terms added to its labels and ``user``'s new labels appended."""
    themes = {t.label: dict(t.terms) for t in base.themes}
    descriptions = {t.label: t.description for t in (*user.themes, *base.themes) if t.description}
    for theme in user.themes:
        themes.setdefault(theme.label, {}).update(theme.terms)
    return ThemeSet(
        industry=base.industry,
        themes=tuple(Theme(label, terms, descriptions.get(label, "")) for label, terms in themes.items()),
        other=base.other,
        threshold=user.threshold if user.threshold != ThemeSet.threshold else base.threshold,
        words=tuple(dict.fromkeys((*base.words, *user.words))),
        lures={**base.lures, **user.lures},
    )


def _parse(raw: Any, where: str, *, partial: bool = False) -> ThemeSet:
    if not isinstance(raw, dict) or not isinstance(raw.get("themes"), list):
        raise ConfigError(f"{where}: a theme set needs a 'themes' list")
    themes: list[Theme] = []
    for n, entry in enumerate(raw["themes"], start=1):
        if not isinstance(entry, dict) or not entry.get("label"):
            raise ConfigError(f"{where}: theme {n} needs a 'label'")
        terms = entry.get("terms") or {}
        if isinstance(terms, list):
            terms = {str(t): 2.0 for t in terms}
        try:
            weights = {str(term): float(weight) for term, weight in terms.items()}
        except (TypeError, ValueError, AttributeError):
            raise ConfigError(f"{where}: theme {entry['label']!r}: terms must map term to weight") from None
        themes.append(Theme(str(entry["label"]), weights, str(entry.get("description") or "")))
    return ThemeSet(
        industry=str(raw.get("industry", "")),
        themes=tuple(themes),
        other=str(raw.get("other", "其他")),
        threshold=float(raw.get("threshold", ThemeSet.threshold)),
        words=tuple(str(w) for w in raw.get("words") or ()),
        lures=_lures(raw.get("lures") or {}, where),
    )


def _lures(raw: Any, where: str) -> dict[str, tuple[str, ...]]:
    """``lures``: term -> the context words that stop it counting for this industry."""
    if not isinstance(raw, dict) or not all(isinstance(v, list) and v for v in raw.values()):
        raise ConfigError(f"{where}: 'lures' must map a term to a list of context words")
    return {str(term): tuple(str(w) for w in words) for term, words in raw.items()}
