"""Compiled templates in the sectorbrief home: read back instead of compiled, ignored when damaged."""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest

from sectorbrief.templates import CompiledTemplates

SOURCE = "{% for x in items %}{{ x * 2 }},{% endfor %}"


def environment(cache: jinja2.BytecodeCache, source: str = SOURCE) -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.DictLoader({"t.j2": source}), bytecode_cache=cache)


def cached_files(home: Path) -> list[Path]:
    return sorted((home / "cache" / "templates").glob("*.jinja"))


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SECTORBRIEF_HOME", str(tmp_path))
    return tmp_path


class Counting(CompiledTemplates):
    """Counts the templates Jinja had to compile (a bucket with no code after loading)."""

    def __init__(self) -> None:
        self.compiled = 0

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.compiled += 1
        super().dump_bytecode(bucket)


def test_a_template_is_compiled_once_then_read_back(home: Path) -> None:
    first, second = Counting(), Counting()
    assert environment(first).get_template("t.j2").render(items=[1, 2]) == "2,4,"
    assert environment(second).get_template("t.j2").render(items=[1, 2]) == "2,4,"
    assert (first.compiled, second.compiled) == (1, 0)
    assert len(cached_files(home)) == 1


def test_an_edited_template_is_compiled_afresh(home: Path) -> None:
    environment(Counting()).get_template("t.j2")
    edited = Counting()
    assert environment(edited, SOURCE.replace("* 2", "* 3")).get_template("t.j2").render(items=[1]) == "3,"
    assert edited.compiled == 1


def test_a_damaged_file_is_compiled_again_and_replaced(home: Path) -> None:
    environment(Counting()).get_template("t.j2")
    [path] = cached_files(home)
    whole = path.read_bytes()
    path.write_bytes(whole[: len(whole) // 2])
    again = Counting()
    assert environment(again).get_template("t.j2").render(items=[5]) == "10,"
    assert again.compiled == 1 and path.read_bytes() == whole


def test_an_unwritable_home_only_compiles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("SECTORBRIEF_HOME", str(blocker))
    assert environment(CompiledTemplates()).get_template("t.j2").render(items=[1]) == "2,"
