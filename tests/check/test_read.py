from __future__ import annotations

from pathlib import Path

import pytest

from sectorbrief.check import check_text
from sectorbrief.check.read import read_document, read_html, read_plain, reflow
from sectorbrief.errors import DataError


def test_plain_text_paragraphs_carry_their_first_line() -> None:
    paragraphs = read_plain("标题\n\n第一段\n续行\n\n\n第二段\n")
    assert [(p.text, p.location) for p in paragraphs] == [
        ("标题", "line 1"),
        ("第一段\n续行", "line 3"),
        ("第二段", "line 7"),
    ]


def test_html_blocks_become_paragraphs_and_scripts_are_dropped() -> None:
    html = (
        "<html><head><style>p{}</style><script>var x=1;</script></head><body><h1>标题</h1>"
        "<p>上周沪深300下跌<b>0.54%</b>。</p><table><tr><td>通信</td><td>-9.17</td></tr></table></body></html>"
    )
    texts = [p.text for p in read_html(html)]
    assert texts[:2] == ["标题", "上周沪深300下跌0.54%。"]
    assert "var x" not in "".join(texts) and "通信" in texts


def test_docx_paragraphs_are_numbered(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("核心观点")
    document.add_paragraph("")
    document.add_paragraph("上周沪深300下跌0.54%。")
    path = tmp_path / "r.docx"
    document.save(str(path))
    assert [(p.text, p.location) for p in read_document(path)] == [
        ("核心观点", "paragraph 1"),
        ("上周沪深300下跌0.54%。", "paragraph 3"),
    ]


def test_pdf_lines_wrapped_at_the_margin_are_joined() -> None:
    page = "短标题\n" + "甲" * 30 + "\n" + "乙" * 30 + "\n丙丙。\n" + "丁" * 30 + "。\n"
    assert reflow(page) == ["短标题", "甲" * 30 + "乙" * 30 + "丙丙。", "丁" * 30 + "。"]


def test_gb18030_text_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_bytes("上周沪深300下跌0.54%。".encode("gb18030"))
    assert read_document(path)[0].text == "上周沪深300下跌0.54%。"


@pytest.mark.parametrize(
    "name, content",
    [
        ("missing.md", None),
        ("broken.pdf", b"%PDF-1.4 not really"),
        ("broken.docx", b"PK not a zip"),
        ("empty.md", b"\n \n"),
    ],
)
def test_unreadable_input_is_a_data_error_naming_the_file(
    tmp_path: Path, name: str, content: bytes | None
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(DataError, match=name):
        read_document(path)


def test_a_wrap_keeps_the_space_the_extractor_reports_and_adds_none() -> None:
    page = "甲" * 18 + "沪深 300 \n8.64 个百分点，" + "乙" * 14 + "2.3\n5% " + "丙" * 20 + "。\n"
    assert reflow(page) == ["甲" * 18 + "沪深 300 8.64 个百分点，" + "乙" * 14 + "2.35% " + "丙" * 20 + "。"]


def test_an_ordinal_broken_across_a_blank_line_is_joined() -> None:
    # real: holdout9 5c47bcc880, a PDF extractor's break inside 第3位
    from sectorbrief.check.read import read_plain

    paragraphs = read_plain("休闲服务板块排名第\n\n3 位。本周涨幅最大。\n\n下一段")
    assert [p.text for p in paragraphs] == ["休闲服务板块排名第3 位。本周涨幅最大。", "下一段"]
    assert paragraphs[1].location == "line 5"


# holdout_m24 original m24-24-68b6ed5be2 (real, consistent): a wire story hard-wrapped at a fixed width
WRAPPED = (
    "本週全體上市股票成交金額為2兆1017億元，股票\n"
    "成交量週轉率為3.09%。其中成交金額前3名類股包括\n"
    "半導體類5079.95億元，占全體上市股票交易金額比重\n"
    "24.17%，其次是電腦及週邊設備類3253.70億元，交易\n"
    "金額占比15.48%，第3名是航運類2279.17億元，交易\n"
    "金額占比10.84%。"
)


def test_hard_wrapped_prose_is_read_as_running_text() -> None:
    (paragraph,) = read_plain(WRAPPED)
    assert "\n" not in paragraph.text and "比重24.17%" in paragraph.text
    assert not check_text(WRAPPED).errors
    errors = check_text(WRAPPED.replace("3253.70", "5253.70")).errors
    assert len(errors) == 1 and "电脑及周边设备类5253.70亿元" in errors[0].message


def test_lines_of_a_list_or_of_unequal_width_stay_apart() -> None:
    listed = (
        "1. 本周煤炭板块上涨3.2%，钢铁板块\n2. 本周有色金属板块上涨2.1%，化工板块\n3. 本周电力板块下跌0.5%。"
    )
    assert read_plain(listed)[0].text.count("\n") == 2
    titled = "标题\n本周煤炭板块上涨3.2%，钢铁板块上涨2.2%，有色金属\n板块上涨2.1%。"
    assert read_plain(titled)[0].text.count("\n") == 2
    two = "本周煤炭板块上涨3.2%，钢铁板块上涨2.2%，有色金属板\n块上涨2.1%。"
    assert read_plain(two)[0].text.count("\n") == 1
