from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sectorbrief.cli import app

DEMO = str(resources.files("sectorbrief.data").joinpath("demo_news.jsonl"))
runner = CliRunner()


def test_classify_jsonl_prints_one_object_per_item() -> None:
    result = runner.invoke(app, ["news", "classify", DEMO, "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 12
    assert all(set(row) == {"id", "theme", "confidence", "evidence"} for row in rows)
    assert rows[0]["theme"] == "光通信" and rows[-1]["theme"] == "其他"


def test_digest_prints_markdown_and_warns_on_stderr() -> None:
    result = runner.invoke(app, ["news", "digest", DEMO])
    assert result.exit_code == 0
    assert result.stdout.count("### 3.") == 9 and "CP0" not in result.stdout
    assert "typo 'CP0' normalised to 'CPO'" in result.stderr


def test_digest_for_another_industry_uses_the_generic_themes() -> None:
    result = runner.invoke(app, ["news", "digest", DEMO, "--industry", "电子"])
    assert result.exit_code == 0 and "### 3.1" in result.stdout


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
