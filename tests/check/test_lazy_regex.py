"""Patterns compiled on first use: the same matches as re.compile, calls that go straight to the compiled
pattern, and every module-level pattern of the checker still compiling (a typo must not wait for the
first report that reaches it)."""

from __future__ import annotations

import importlib
import pkgutil
import re
from typing import Any

import sectorbrief.check
from sectorbrief.check.lazy_regex import _BoundPattern, _LazyPattern, lazy_compile


def test_a_lazy_pattern_matches_as_the_compiled_one() -> None:
    text = "本周申万通信指数上涨1.00%，跑赢沪深300指数2.11个百分点"
    lazy = lazy_compile(r"(?P<num>\d+\.\d+)(?P<unit>%|个百分点)")
    real = re.compile(r"(?P<num>\d+\.\d+)(?P<unit>%|个百分点)")
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in real.finditer(text)]
    assert lazy.findall(text) == real.findall(text)
    assert lazy.sub("X", text) == real.sub("X", text)
    assert lazy.groupindex == real.groupindex and lazy.groups == 2 and lazy.flags == real.flags


def test_its_source_is_read_without_compiling_and_its_flags_are_kept() -> None:
    lazy = lazy_compile(r"^#\s*", re.MULTILINE)
    assert lazy.pattern == r"^#\s*" and "search" not in vars(lazy)  # not compiled yet
    assert lazy.sub("", "a\n# b") == "a\nb"
    assert lazy.flags & re.MULTILINE


def test_after_first_use_calls_go_straight_to_the_compiled_pattern() -> None:
    lazy = lazy_compile(r"涨|跌")
    assert lazy.search("上涨") is not None
    for method in ("search", "match", "fullmatch", "finditer", "findall", "sub", "split"):
        bound = vars(lazy)[method]  # an attribute of its own, not looked up through __getattr__
        assert isinstance(bound.__self__, re.Pattern), method
    assert not hasattr(type(lazy), "__getattr__")  # no hook left on the lookup path
    assert lazy.pattern == r"涨|跌" and lazy.findall("上涨下跌") == ["涨", "跌"]


def test_a_bad_pattern_fails_at_first_use() -> None:
    lazy = lazy_compile(r"(unclosed")
    try:
        lazy.search("x")
    except re.error:
        return
    raise AssertionError("a bad pattern compiled")


def _patterns(value: Any) -> list[_LazyPattern | _BoundPattern]:
    if isinstance(value, _LazyPattern | _BoundPattern):
        return [value]
    if isinstance(value, tuple | list):
        return [p for item in value for p in _patterns(item)]
    if isinstance(value, dict):
        return [p for item in value.values() for p in _patterns(item)]
    return []


def test_every_lazy_pattern_of_the_checker_compiles() -> None:
    found: list[_LazyPattern | _BoundPattern] = []
    for info in pkgutil.walk_packages(sectorbrief.check.__path__, "sectorbrief.check."):
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            found += _patterns(value)
    assert len(found) > 250  # the rules' patterns among them
    for pattern in found:
        assert isinstance(pattern.groups, int), pattern  # compiles it
