import pdfplumber
import pytest
from pypdf import PdfReader

from sectorbrief.narrative.format import magnitude, move_word
from sectorbrief.pipeline import BuildResult


@pytest.fixture(scope="module")
def pdf_text(built_report: BuildResult) -> str:
    with pdfplumber.open(built_report.out / "report.pdf") as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def test_at_least_five_a4_pages(built_report: BuildResult) -> None:
    reader = PdfReader(built_report.out / "report.pdf")
    assert len(reader.pages) >= 5
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)


def test_every_font_is_embedded(built_report: BuildResult) -> None:
    reader = PdfReader(built_report.out / "report.pdf")
    seen = 0
    for page in reader.pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            descendants = font.get("/DescendantFonts")
            described = descendants[0].get_object() if descendants else font
            descriptor = described["/FontDescriptor"].get_object()
            assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), font["/BaseFont"]
            seen += 1
    assert seen > 0


def test_benchmark_figures_read_as_unbroken_strings(built_report: BuildResult, pdf_text: str) -> None:
    for period in (built_report.facts.weekly, built_report.facts.ytd):
        for name, pct in period.benchmarks_pct.items():
            assert f"{name}{move_word(pct)}{magnitude(pct)}%" in pdf_text


def test_outline_in_reference_order_with_page_numbers(pdf_text: str) -> None:
    order = [
        "核心观点",
        "投资要点",
        "正文目录",
        "图表目录",
        "1 行业周观点",
        "2 市场行情回顾",
        "3 产业动态",
        "4 风险提示",
        "行业投资评级",
        "分析师声明",
        "免责声明",
    ]
    position = 0
    for part in order:  # each found after the one before (the contents list the sections first)
        position = pdf_text.index(part, position) + len(part)
    assert "图表1：" in pdf_text and "图表3：" in pdf_text
    assert "第 1 页 共" in pdf_text


def test_demo_week_figures_as_printed_in_the_reference(pdf_text: str) -> None:
    for figure in (
        "沪深300下跌0.54%",
        "创业板指下跌4.16%",
        "行业指数下跌9.17%",
        "沪深300上涨4.58%",
        "创业板指上涨25.50%",
        "34.48倍",
        "22.01倍",
    ):
        assert figure in pdf_text
