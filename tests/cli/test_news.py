from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sectorbrief.cli import app

DEMO = str(resources.files("sectorbrief.data").joinpath("demo_news.jsonl"))
FEED = str(resources.files("sectorbrief.data").joinpath("demo_feed.jsonl"))
runner = CliRunner()


def test_classify_jsonl_prints_one_object_per_item() -> None:
    result = runner.invoke(app, ["news", "classify", DEMO, "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 12
    assert all(set(row) == {"id", "theme", "confidence", "evidence", "theme_set"} for row in rows)
    assert {row["theme_set"] for row in rows} == {"801770.SI"}
    assert rows[0]["theme"] == "光通信" and rows[-1]["theme"] == "其他"


def test_digest_prints_markdown_and_warns_on_stderr() -> None:
    result = runner.invoke(app, ["news", "digest", DEMO])
    assert result.exit_code == 0
    assert result.stdout.count("### 3.") == 9 and "CP0" not in result.stdout
    assert "typo 'CP0' normalised to 'CPO'" in result.stderr


def test_classify_for_another_industry_names_its_own_theme_set() -> None:
    result = runner.invoke(app, ["news", "classify", DEMO, "--format", "jsonl", "--industry", "电子"])
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert {row["theme_set"] for row in rows} == {"801080.SI"}
    assert {row["theme"] for row in rows} <= {
        "半导体",
        "半导体设备材料",
        "AI芯片",
        "消费电子",
        "元件与面板",
        "其他",
    }


def test_digest_for_another_industry_keeps_only_its_routed_items() -> None:
    result = runner.invoke(app, ["news", "digest", FEED, "--industry", "电力设备"])
    assert result.exit_code == 0
    headings = [line for line in result.stdout.splitlines() if line.startswith("### 3.")]
    assert len(headings) >= 5
    assert all(h.split(" ", 2)[2].split(":")[0] in {"光伏", "风电", "储能", "锂电", "电网"} for h in headings)


def test_route_jsonl_gives_every_item_an_industry_or_null() -> None:
    result = runner.invoke(app, ["news", "route", FEED, "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == sum(1 for line in Path(FEED).read_text(encoding="utf-8").splitlines() if line.strip())
    assert all({"id", "industry", "score", "terms"} <= set(row) for row in rows)
    industries = {row["industry"] for row in rows}
    assert None in industries and len(industries - {None}) >= 8


def test_route_text_names_the_industry() -> None:
    result = runner.invoke(app, ["news", "route", FEED])
    assert result.exit_code == 0 and "801730.SI\t电力设备" in result.stdout


def test_theme_file_that_is_not_text_exits_2_naming_it(tmp_path: Path) -> None:
    themes = tmp_path / "themes.yaml"
    themes.write_bytes(bytes(range(128, 256)) * 8)
    result = runner.invoke(app, ["news", "classify", DEMO, "--themes", str(themes)])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(themes) in lines[0] and "theme file" in lines[0]


@pytest.mark.parametrize(
    ("content", "name", "expected"),
    [
        (
            '{"id": "x1", "body": "b", "source": "s"}\n',
            "a.jsonl",
            "line 1 (item x1): missing field 'published'",
        ),
        (
            '{"id": "x1", "body": "b", "source": "s", "published": "2026-7-1"}\n',
            "a.jsonl",
            "not a YYYY-MM-DD date",
        ),
        ('{"id": "x1",\n', "a.jsonl", "line 1: not valid JSON"),
        ("", "a.jsonl", "no news items"),
        ("id,body\n", "a.pdf", "unknown news format '.pdf'"),
    ],
)
def test_bad_input_exits_2_with_one_line_naming_the_file(
    tmp_path: Path, content: str, name: str, expected: str
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    for command in ("classify", "digest"):
        result = runner.invoke(app, ["news", command, str(path)])
        assert result.exit_code == 2
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and str(path) in lines[0] and expected in lines[0]
        assert result.stdout == ""
