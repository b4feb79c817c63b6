from __future__ import annotations

from pathlib import Path

import pytest

from sectorbrief.errors import ConfigError, SectorbriefError
from sectorbrief.news.themes import load_theme_set


def test_telecom_set_has_exactly_the_six_labels() -> None:
    assert load_theme_set("801770.SI").labels == [
        "光通信",
        "智算中心",
        "卫星互联网",
        "量子科技",
        "运营商",
        "其他",
    ]


def test_a_code_without_a_set_falls_back_to_the_generic_set() -> None:
    themes = load_theme_set("801999.SI")
    assert themes.industry == "generic" and themes.labels[-1] == "其他" and len(themes.labels) >= 3


def test_user_file_adds_terms_and_themes_without_code(tmp_path: Path) -> None:
    user = tmp_path / "mine.yaml"
    user.write_text(
        "themes:\n  - label: 光通信\n    terms: {光背板: 3}\n  - label: 6G\n    terms: [太赫兹, 通感一体]\n",
        encoding="utf-8",
    )
    themes = load_theme_set("801770.SI", user)
    assert themes.labels == ["光通信", "智算中心", "卫星互联网", "量子科技", "运营商", "6G", "其他"]
    assert themes.themes[0].terms["光背板"] == 3 and themes.themes[0].terms["光模块"] == 3
    assert themes.themes[5].terms == {"太赫兹": 2.0, "通感一体": 2.0}


def test_bad_user_file_is_a_config_error(tmp_path: Path) -> None:
    user = tmp_path / "bad.yaml"
    user.write_text("themes:\n  - terms: {a: 1}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="bad.yaml: theme 1 needs a 'label'"):
        load_theme_set("801770.SI", user)


def test_gbk_user_file_is_read(tmp_path: Path) -> None:
    user = tmp_path / "gbk.yaml"
    user.write_bytes("themes:\n  - label: 光通信\n    terms: {光背板: 3, 硅光子芯片: 2}\n".encode("gbk"))
    assert load_theme_set("801770.SI", user).themes[0].terms["光背板"] == 3


def test_undecodable_user_file_is_one_clear_error(tmp_path: Path) -> None:
    user = tmp_path / "binary.yaml"
    user.write_bytes(bytes(range(128, 256)) * 8)
    with pytest.raises(SectorbriefError, match="binary.yaml: cannot (detect|decode).*theme file"):
        load_theme_set("801770.SI", user)


def test_user_file_lures_are_read_and_bad_ones_are_one_clear_error(tmp_path: Path) -> None:
    user = tmp_path / "lures.yaml"
    user.write_text(
        "lures: {卫星: [卫星城]}\nthemes:\n  - label: 卫星互联网\n    terms: {星座: 3}\n", encoding="utf-8"
    )
    assert load_theme_set("801770.SI", user).lures == {"卫星": ("卫星城",)}
    assert load_theme_set("801030.SI").lures == {"纯碱": ("玻璃",)}
    user.write_text("lures: {卫星: 卫星城}\nthemes: []\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="lures.yaml: 'lures' must map a term to a list of context words"):
        load_theme_set("801770.SI", user)
