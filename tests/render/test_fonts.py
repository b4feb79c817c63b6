import gc
import io
import warnings

import pytest
from fontTools.ttLib import TTFont
from hypothesis import given
from hypothesis import strategies as st

from sectorbrief.errors import RenderError
from sectorbrief.render import fonts
from sectorbrief.render.fonts import ALWAYS, cache_file, characters, subset_font
from sectorbrief.typefaces import SANS_FILE, SERIF_FILE, font_dir

SAMPLE = "通信行业跟踪报告：算力需求高景气，光模块出货同比增长192.7%。"


def covered(data: bytes) -> set[str]:
    return {chr(code) for code in TTFont(io.BytesIO(data)).getBestCmap()}


@pytest.mark.parametrize("name", [SANS_FILE, SERIF_FILE])
def test_subset_covers_the_text_and_is_small(name: str) -> None:
    data = subset_font(font_dir() / name, SAMPLE)
    font = TTFont(io.BytesIO(data))
    assert "CFF " in font and data[:4] == b"OTTO"
    assert set(SAMPLE) | set(ALWAYS) <= covered(data)
    assert len(data) < (font_dir() / name).stat().st_size / 50


def test_cache_hit_returns_the_same_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    text = SAMPLE + "缓存"
    first = subset_font(font_dir() / SANS_FILE, text)
    assert cache_file(font_dir() / SANS_FILE, characters(text)).read_bytes() == first

    def no_subsetting(*_: object) -> bytes:
        raise AssertionError("subset again instead of reading the cache")

    monkeypatch.setattr(fonts, "cut", no_subsetting)
    assert subset_font(font_dir() / SANS_FILE, "存缓" + SAMPLE) == first


def test_whole_cache_hit_does_not_read_the_full_font(monkeypatch: pytest.MonkeyPatch) -> None:
    """A cached subset that has every character is used as is: the full font's cmap (a 10 MB file's
    tables, ~0.1 s and ~15 MiB) is read only to judge a subset that lacks some."""
    text = SAMPLE + "整缓存"
    first = subset_font(font_dir() / SERIF_FILE, text)

    def no_full_font(*_: object) -> frozenset[str]:
        raise AssertionError("read the full font's characters for a whole cached subset")

    monkeypatch.setattr(fonts, "source_characters", no_full_font)
    assert subset_font(font_dir() / SERIF_FILE, text) == first


def test_missing_font_file_is_a_render_error(tmp_path) -> None:
    with pytest.raises(RenderError, match="nofont.otf"):
        subset_font(tmp_path / "nofont.otf", SAMPLE)


@given(st.text())
def test_characters_are_sorted_distinct_and_keep_the_text(text: str) -> None:
    chars = characters(text)
    assert list(chars) == sorted(set(chars))
    assert {c for c in text if c.isprintable()} | set(ALWAYS) <= set(chars)


@pytest.mark.parametrize("keep", [7, 0.5, 0.97], ids=["7-bytes", "half", "tail-cut"])
def test_damaged_cache_is_cut_again_and_rewritten(keep: float) -> None:
    """A truncated cached subset is never embedded: it is cut again from the font and rewritten."""
    text = SAMPLE + f"损坏{keep}"
    whole = subset_font(font_dir() / SERIF_FILE, text)
    path = cache_file(font_dir() / SERIF_FILE, characters(text))
    path.write_bytes(whole[: int(keep if keep >= 1 else len(whole) * keep)])
    again = subset_font(font_dir() / SERIF_FILE, text)
    assert again == whole and path.read_bytes() == whole
    assert set(text) <= covered(again)


def test_cache_missing_characters_is_cut_again() -> None:
    """A cached file that parses but lacks characters of the text (another font under its name)."""
    text = SAMPLE + "缺字"
    path = cache_file(font_dir() / SANS_FILE, characters(text))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(subset_font(font_dir() / SANS_FILE, "ASCII only"))
    assert set(text) <= covered(subset_font(font_dir() / SANS_FILE, text))


def test_cutting_leaves_no_font_file_open() -> None:
    """fontTools reads a lazily opened font from its file: the subsetter must close it (an unclosed
    file warns when collected, in whatever code runs then)."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fonts.cut(font_dir() / SERIF_FILE, SAMPLE)
        gc.collect()
    assert [w for w in caught if issubclass(w.category, ResourceWarning)] == []
