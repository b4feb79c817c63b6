from pathlib import Path

import pytest

from sectorbrief.news import segment as seg


def test_focus_is_the_short_chinese_terms_characters() -> None:
    assert seg.focus_characters(["卫星", "光模块", "CPO", "算力"]) == frozenset("卫星算力")


def test_reduced_dictionary_keeps_only_entries_sharing_a_focus_character(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SECTORBRIEF_HOME", str(tmp_path))
    path = seg.reduced_dictionary(frozenset("卫星"))
    assert path is not None and path.parent == tmp_path / "cache"
    words = [line.split(" ", 1)[0] for line in path.read_text(encoding="utf-8").splitlines()]
    assert "卫星城" in words and "人造卫星" in words
    assert all(set(w) & {"卫", "星"} for w in words)
    assert seg.reduced_dictionary(frozenset("卫星")) == path  # cached


def test_whole_word_decisions_match_the_full_dictionary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SECTORBRIEF_HOME", str(tmp_path))
    words = frozenset({"卫星", "算力", "光模块"})
    seg.tokenizer.cache_clear()
    try:
        assert "卫星" not in seg.segment("新建卫星城配套", words)
        assert "卫星" in seg.segment("成功发射卫星互联网低轨卫星", words)
        monkeypatch.setattr(seg, "write_cache", lambda path, text: False)  # unwritable cache: full dictionary
        monkeypatch.setenv("SECTORBRIEF_HOME", str(tmp_path / "other"))
        seg.tokenizer.cache_clear()
        assert "卫星" not in seg.segment("新建卫星城配套", words)
    finally:
        seg.tokenizer.cache_clear()
