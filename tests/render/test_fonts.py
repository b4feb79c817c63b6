import gc
import io
import subprocess
import sys
import warnings

import pytest
from fontTools.ttLib import TTFont
from hypothesis import given
from hypothesis import strategies as st

from sectorbrief.errors import RenderError
from sectorbrief.home import read_sealed_cache_bytes
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
    assert read_sealed_cache_bytes(cache_file(font_dir() / SANS_FILE, characters(text))) == first

    def no_subsetting(*_: object) -> bytes:
        raise AssertionError("subset again instead of reading the cache")

    monkeypatch.setattr(fonts, "cut", no_subsetting)
    assert subset_font(font_dir() / SANS_FILE, "存缓" + SAMPLE) == first


WARM = """
import sys
from sectorbrief.render.fonts import subset_font
from sectorbrief.typefaces import SERIF_FILE, font_dir
assert subset_font(font_dir() / SERIF_FILE, {text!r}) == bytes.fromhex({data!r})
print(sorted(name for name in sys.modules if name.startswith("fontTools")))
"""


def test_a_cache_hit_reads_no_font_table() -> None:
    """A cached subset is judged by its seal: a warm build's process never imports fontTools (~0.1 s)."""
    text = SAMPLE + "整缓存"
    first = subset_font(font_dir() / SERIF_FILE, text)
    script = WARM.format(text=text, data=first.hex())
    warm = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert warm.stdout.strip() == "[]"


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
    path.write_bytes(path.read_bytes()[: int(keep if keep >= 1 else len(whole) * keep)])
    again = subset_font(font_dir() / SERIF_FILE, text)
    assert again == whole and read_sealed_cache_bytes(path) == whole
    assert set(text) <= covered(again)


@pytest.mark.parametrize("sealed", [False, True], ids=["unsealed", "altered"])
def test_another_font_under_its_name_is_cut_again(sealed: bool) -> None:
    """A cached file that is a whole font but lacks characters of the text: written without our seal
    (an older cache), or altered after it was sealed."""
    text = SAMPLE + f"缺字{sealed}"
    path = cache_file(font_dir() / SANS_FILE, characters(text))
    path.parent.mkdir(parents=True, exist_ok=True)
    other = subset_font(font_dir() / SANS_FILE, "ASCII only")
    if sealed:
        whole = subset_font(font_dir() / SANS_FILE, text)  # sealed, then its font replaced
        path.write_bytes(path.read_bytes().replace(whole, other))
    else:
        path.write_bytes(other)
    assert set(text) <= covered(subset_font(font_dir() / SANS_FILE, text))


def test_cutting_leaves_no_font_file_open() -> None:
    """fontTools reads a lazily opened font from its file: the subsetter must close it (an unclosed
    file warns when collected, in whatever code runs then)."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fonts.cut(font_dir() / SERIF_FILE, SAMPLE)
        gc.collect()
    assert [w for w in caught if issubclass(w.category, ResourceWarning)] == []
