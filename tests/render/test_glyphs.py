from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sectorbrief.home import HOME_VARIABLE
from sectorbrief.render import glyphs
from sectorbrief.render.glyphs import missing_glyphs

CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)


def test_report_text_is_covered_and_emoji_is_not() -> None:
    assert missing_glyphs("沪深300下跌0.54%，（资料来源：IT之家）PE-TTM为34.48倍；±1σ") == []
    assert missing_glyphs("算力🚀再🚀加码😀") == ["🚀", "😀"]


@given(st.text(CJK, max_size=40))
def test_common_hanzi_are_all_covered(text: str) -> None:
    assert missing_glyphs(text) == []


def test_coverage_is_kept_in_the_home_and_read_back_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(HOME_VARIABLE, str(tmp_path))
    glyphs.covered.cache_clear()
    try:
        first = glyphs.covered()
        path = glyphs.coverage_file(glyphs.font_files())
        assert path.is_file() and path.is_relative_to(tmp_path)
        glyphs.covered.cache_clear()
        assert glyphs.covered() == first == glyphs.read_charmaps(glyphs.font_files())
        path.write_text("12 x\n", encoding="utf-8")  # damaged: read from the fonts again, and rewritten
        glyphs.covered.cache_clear()
        assert glyphs.covered() == first and "12 x" not in path.read_text(encoding="utf-8")
    finally:
        glyphs.covered.cache_clear()


def test_ranges_round_trip() -> None:
    points = frozenset({1, 2, 3, 7, 9, 10, 0x4E00})
    assert glyphs.as_ranges(points) == "1 3\n7 7\n9 10\n19968 19968"
    assert glyphs.from_ranges(glyphs.as_ranges(points)) == points
    assert glyphs.from_ranges("1 2 3") is None
