"""House style: the firm-specific text and look of a report, as a validated YAML file.

The bundled defaults (data/house_style.yaml) are neutral text of our own, naming no real firm.
``--config FILE`` overrides them: a mapping in the file is merged into the default mapping, a list or
a text replaces the default. Every problem in the file is reported at once, each with its field path.
"""

from __future__ import annotations

import logging
import re
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from sectorbrief.errors import ConfigError
from sectorbrief.taxonomy import sw2021
from sectorbrief.yamltext import safe_load

log = logging.getLogger(__name__)

Rating = Literal["强于大市", "同步大市", "弱于大市"]
RatingChange = Literal["维持", "上调", "下调", "首次"]
HEX_COLOR = re.compile(r"^#[0-9A-Fa-f]{6}$")


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Analyst(Strict):
    """One signing analyst, as printed in the title block."""

    name: str = Field(min_length=1)
    licence: str = Field(min_length=1, description="执业证书编号")
    phone: str = ""
    email: str = ""


RULE_FIELDS = ("horizon_months", "benchmark", "outperform_pp", "underperform_pp")
RULE_FIELD = re.compile(r"\{(\w*)\}")


class RatingDefinitions(Strict):
    """行业投资评级: each rating's meaning, the benchmark index and a closing note. The texts may name the
    rating rules' values as {horizon_months}, {benchmark}, {outperform_pp} and {underperform_pp}
    (thresholds printed without their sign), so what a report promises is what `ratings verify` checks."""

    industry: dict[Rating, str]
    benchmark: str
    note: str = ""

    @field_validator("industry", "benchmark", "note")
    @classmethod
    def _known_fields(cls, value: str | dict[str, str]) -> str | dict[str, str]:
        for text in value.values() if isinstance(value, dict) else [value]:
            unknown = [name for name in RULE_FIELD.findall(text) if name not in RULE_FIELDS]
            if unknown:
                raise ValueError(
                    f"unknown field {{{unknown[0]}}} in {text!r}; a definition may name {{"
                    + "}, {".join(RULE_FIELDS)
                    + "}"
                )
        return value

    @field_validator("industry")
    @classmethod
    def _all_ratings(cls, value: dict[str, str]) -> dict[str, str]:
        missing = [r for r in ("强于大市", "同步大市", "弱于大市") if r not in value]
        if missing:
            raise ValueError(f"missing definitions for {', '.join(missing)}")
        return value


class Colors(Strict):
    """Colours as #RRGGBB: headings and rules (primary), the report's industry and the benchmarks in
    charts, other bars, and rises/falls (red up, green down, as Chinese readers expect)."""

    primary: str
    accent: str
    industry: str
    benchmark: str
    bar: str
    positive: str
    negative: str
    muted: str

    @field_validator("*")
    @classmethod
    def _hex(cls, value: str) -> str:
        if not HEX_COLOR.match(value):
            raise ValueError(f"{value!r} is not a colour of the form #RRGGBB")
        return value


class Fonts(Strict):
    """Font family names; both must be families of the bundled Noto CJK files."""

    serif: Literal["Noto Serif SC"]
    sans: Literal["Noto Sans SC"]


class RatingRules(Strict):
    """What a rating promises, so it can be checked later (`sectorbrief ratings verify`): the industry
    index against ``benchmark`` over ``horizon_months`` calendar months after the rating date, relative
    return in percentage points: 强于大市 above ``outperform_pp``, 弱于大市 below ``underperform_pp``,
    同步大市 between them (both ends included)."""

    horizon_months: int = Field(default=6, ge=1, le=60)
    benchmark: str = "沪深300"
    outperform_pp: float = 10.0
    underperform_pp: float = -10.0

    @field_validator("benchmark")
    @classmethod
    def _known_benchmark(cls, value: str) -> str:
        names = [b.name for b in sw2021().benchmarks]
        if value not in names:
            raise ValueError(f"{value!r} is not a benchmark index; choose one of {', '.join(names)}")
        return value

    @model_validator(mode="after")
    def _ordered(self) -> RatingRules:
        if self.underperform_pp >= self.outperform_pp:
            raise ValueError("underperform_pp must be below outperform_pp")
        return self


class HouseStyle(Strict):
    """Everything firm-specific a report prints."""

    firm: str = Field(min_length=1)
    series: str = Field(min_length=1, description="报告系列; {industry} is replaced by the industry name")
    analysts: list[Analyst] = Field(min_length=1)
    rating: Rating
    rating_change: RatingChange
    rating_rules: RatingRules = Field(default_factory=RatingRules)
    related_research: list[str]
    risks: list[str] = Field(min_length=1)
    rating_definitions: RatingDefinitions
    analyst_statement: str = Field(min_length=1)
    disclaimer: list[str] = Field(min_length=1)
    colors: Colors
    fonts: Fonts

    def series_for(self, industry: str) -> str:
        return self.series.replace("{industry}", industry)

    def rating_texts(self) -> RatingDefinitions:
        """The rating definitions with the rating rules' values filled in."""
        rules = self.rating_rules
        values = {
            "horizon_months": str(rules.horizon_months),
            "benchmark": rules.benchmark,
            "outperform_pp": f"{abs(rules.outperform_pp):g}",
            "underperform_pp": f"{abs(rules.underperform_pp):g}",
        }

        def fill(text: str) -> str:
            return RULE_FIELD.sub(lambda m: values[m.group(1)], text)

        d = self.rating_definitions
        return RatingDefinitions(
            industry={rating: fill(text) for rating, text in d.industry.items()},
            benchmark=fill(d.benchmark),
            note=fill(d.note),
        )


def default_house_style_text() -> str:
    return resources.files("sectorbrief").joinpath("data/house_style.yaml").read_text(encoding="utf-8")


def merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    """``base`` with ``override`` laid over it: mappings merge key by key, anything else replaces."""
    out = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge(out[key], value)
        else:
            out[key] = value
    return out


def read_yaml_mapping(path: Path) -> dict[str, Any]:
    try:
        raw = safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"house style {path}: cannot read ({exc.strerror})") from None
    except UnicodeDecodeError:
        raise ConfigError(f"house style {path}: not UTF-8 text") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        raise ConfigError(f"house style {path}: not valid YAML{where}") from None
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise ConfigError(f"house style {path}: expected a mapping of keys (firm, series, ...) at the top")
    return raw


def describe(error: ValidationError) -> list[str]:
    """One line per problem: its field path (analysts.0.licence) and what is wrong."""
    lines = []
    for item in error.errors():
        path = ".".join(str(part) for part in item["loc"]) or "(top level)"
        message = item["msg"].removeprefix("Value error, ")
        if item["type"] == "extra_forbidden":
            message = "unknown key"
        lines.append(f"{path}: {message}")
    return lines


def load_house_style(path: Path | None = None) -> HouseStyle:
    """The default house style, with the YAML file at ``path`` (if any) laid over it."""
    data: dict[str, Any] = safe_load(default_house_style_text())
    if path is not None:
        data = merge(data, read_yaml_mapping(path))
    try:
        return HouseStyle.model_validate(data)
    except ValidationError as exc:
        problems = describe(exc)
        where = f"house style {path}" if path else "bundled house style"
        listing = "\n".join(f"  - {p}" for p in problems)
        raise ConfigError(f"{where}: {len(problems)} problem(s):\n{listing}") from None
