from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from sectorbrief.errors import DataError
from sectorbrief.news.ingest import read_items

GOOD = {"id": "a1", "title": "标题", "body": "正文", "source": "C114", "published": "2026-07-01"}


def _jsonl(tmp_path: Path, *records: object, name: str = "news.jsonl") -> Path:
    path = tmp_path / name
    path.write_text(
        "\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records) + "\n",
        encoding="utf-8",
    )
    return path


def test_jsonl_ignores_unknown_fields_and_allows_no_title(tmp_path: Path) -> None:
    path = _jsonl(tmp_path, {**GOOD, "extra": 1}, {**GOOD, "id": "a2", "title": "", "url": "https://x"})
    items = read_items(path)
    assert [i.id for i in items] == ["a1", "a2"]
    assert items[1].title == "" and items[1].url == "https://x"
    assert items[0].published == dt.date(2026, 7, 1)


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        ({k: v for k, v in GOOD.items() if k != "source"}, "line 1 (item a1): missing field 'source'"),
        ({**GOOD, "published": "2026/07/01"}, "line 1 (item a1): field 'published' is not a YYYY-MM-DD date"),
        ({**GOOD, "published": "2026-13-01"}, "field 'published' is not a YYYY-MM-DD date: '2026-13-01'"),
        ("{not json", "line 1: not valid JSON"),
        ("[1, 2]", "line 1: expected a JSON object"),
    ],
)
def test_bad_jsonl_names_file_and_item(tmp_path: Path, record: object, expected: str) -> None:
    path = _jsonl(tmp_path, record)
    with pytest.raises(DataError) as info:
        read_items(path)
    assert str(path) in str(info.value) and expected in str(info.value)


def test_error_names_the_right_line(tmp_path: Path) -> None:
    path = _jsonl(tmp_path, GOOD, "", {**GOOD, "id": "b7", "body": " "})
    with pytest.raises(DataError, match=r"line 3 \(item b7\): missing field 'body'"):
        read_items(path)


def test_empty_file_unknown_format_missing_file_and_duplicate_ids(tmp_path: Path) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n", encoding="utf-8")
    with pytest.raises(DataError, match="no news items"):
        read_items(empty)
    odd = tmp_path / "news.docx"
    odd.write_bytes(b"PK")
    with pytest.raises(DataError, match=r"news.docx: unknown news format '.docx'"):
        read_items(odd)
    with pytest.raises(DataError, match="not found"):
        read_items(tmp_path / "missing.jsonl")
    with pytest.raises(DataError, match="duplicate news id 'a1'"):
        read_items(_jsonl(tmp_path, GOOD, GOOD, name="dup.jsonl"))


def test_csv_in_gbk_is_detected(tmp_path: Path) -> None:
    path = tmp_path / "news.csv"
    text = "id,title,body,source,published,url\nc1,中国移动发布中期业绩,上半年营运收入同比增长，5G网络客户数持续增加。,通信世界,2026-07-02,\n"
    path.write_bytes(text.encode("gbk"))
    [item] = read_items(path)
    assert item.title == "中国移动发布中期业绩" and item.source == "通信世界"


def test_csv_without_a_required_column(tmp_path: Path) -> None:
    path = tmp_path / "news.csv"
    path.write_text("id,title,body,published\n1,a,b,2026-07-01\n", encoding="utf-8")
    with pytest.raises(DataError, match="lacks column"):
        read_items(path)


def test_folder_of_markdown_html_and_feed(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(
        "---\nsource: C114通信网\npublished: 2026-07-03\n---\n# 工信部成立量子信息标准委\n\n委员会由62名委员组成。\n",
        encoding="utf-8",
    )
    (tmp_path / "b.html").write_text(
        '<html><head><title>康宁推出玻璃基光互连</title><meta property="og:site_name" content="IT之家">'
        '<meta property="article:published_time" content="2026-06-24"></head><body><article>'
        "<h1>康宁推出玻璃基光互连</h1><p>6月24日，康宁公司在首尔推出面向下一代AI数据中心架构的玻璃基光互连技术，"
        "可将光子集成电路与光纤直接耦合，用于共封装光学等前沿架构。</p></article></body></html>",
        encoding="utf-8",
    )
    (tmp_path / "c.rss").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>通信世界</title>'
        "<item><title>千帆星座再发射18颗卫星</title><link>https://example.com/1</link>"
        "<description>&lt;p&gt;长征六号改火箭将18颗组网卫星送入预定轨道。&lt;/p&gt;</description>"
        "<pubDate>Wed, 01 Jul 2026 08:00:00 +0800</pubDate></item></channel></rss>",
        encoding="utf-8",
    )
    items = read_items(tmp_path)
    assert [(i.title, i.source, i.published.isoformat()) for i in items] == [
        ("工信部成立量子信息标准委", "C114通信网", "2026-07-03"),
        ("康宁推出玻璃基光互连", "IT之家", "2026-06-24"),
        ("千帆星座再发射18颗卫星", "通信世界", "2026-07-01"),
    ]
    assert "62名委员" in items[0].body and "玻璃基光互连技术" in items[1].body
    assert items[2].body == "长征六号改火箭将18颗组网卫星送入预定轨道。"


def test_markdown_without_date_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("标题\n正文\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"note.txt \(item note\): missing field 'source'"):
        read_items(path)
