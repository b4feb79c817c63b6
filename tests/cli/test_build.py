from pathlib import Path

import docx
import pdfplumber
import pytest
from docx.oxml.ns import qn
from typer.testing import CliRunner

from sectorbrief.cli import app

runner = CliRunner()

OTHER_HOUSE = """\
firm: 海风证券研究院
series: "{industry}行业周度跟踪"
analysts:
  - name: 林一舟
    licence: S9990123456789
    phone: "(021) 1234 5678"
    email: lin@haifeng.example
rating: 强于大市
rating_change: 上调
related_research: [算力景气延续，关注光模块迭代]
"""


def report_text(path: Path) -> str:
    if path.suffix == ".pdf":
        with pdfplumber.open(path) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    if path.suffix == ".docx":
        document = docx.Document(str(path))
        parts = [document.element.body, *(s.header._element for s in document.sections)]
        return "".join(t.text or "" for part in parts for t in part.iter(qn("w:t")))
    return path.read_text(encoding="utf-8")


def build(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["build", *args])
    return result.exit_code, result.output


def test_formats_picks_a_subset(tmp_path: Path) -> None:
    code, output = build("--out", str(tmp_path / "out"), "--formats", "md,html")
    assert code == 0, output
    written = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert written == ["charts", "facts.json", "report.html", "report.md"]


def test_unknown_format_exits_2_and_writes_nothing(tmp_path: Path) -> None:
    code, output = build("--out", str(tmp_path / "out"), "--formats", "md,odt")
    assert code == 2
    assert "unknown format(s) odt" in output
    assert not (tmp_path / "out").exists()


def test_house_style_file_replaces_every_default(tmp_path: Path) -> None:
    house = tmp_path / "house.yaml"
    house.write_text(OTHER_HOUSE, encoding="utf-8")
    code, output = build("--out", str(tmp_path / "out"), "--config", str(house))
    assert code == 0, output
    for name in ("report.md", "report.html", "report.pdf", "report.docx"):
        text = report_text(tmp_path / "out" / name)
        for shown in (
            "海风证券研究院",
            "通信行业周度跟踪",
            "林一舟",
            "S9990123456789",
            "强于大市（上调）",
            "算力景气延续",
        ):
            assert shown in text, (name, shown)
        for default in (
            "示例证券研究所",
            "示例分析师",
            "S0000000000000",
            "同步大市（维持）",
            "通信行业跟踪报告",
        ):
            assert default not in text, (name, default)


def test_malformed_house_style_exits_2_listing_every_problem(tmp_path: Path) -> None:
    house = tmp_path / "house.yaml"
    house.write_text("rating: 买入\nanalysts: []\nfonts: {serif: SimSun}\n", encoding="utf-8")
    code, output = build("--out", str(tmp_path / "out"), "--config", str(house))
    assert code == 2
    assert "3 problem(s)" in output
    for field in ("rating:", "analysts:", "fonts.serif:"):
        assert field in output
    assert "Traceback" not in output
    assert not (tmp_path / "out").exists()


def test_a_failed_render_leaves_no_output_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from sectorbrief.errors import RenderError

    def broken(context: object, charts: object) -> bytes:
        raise RenderError("report.pdf: broken on purpose")

    monkeypatch.setattr("sectorbrief.render.pdf.pdf_bytes", broken)
    code, output = build("--out", str(tmp_path / "out"), "--formats", "md,pdf")
    assert code == 2 and "broken on purpose" in output
    assert not (tmp_path / "out").exists()
    assert list(tmp_path.iterdir()) == []


def test_view_file_gives_title_and_core_view(tmp_path: Path) -> None:
    view = tmp_path / "view.md"
    view.write_text("# 算力需求仍处高景气\n\n我们认为**光模块**迭代仍是主线。\n", encoding="utf-8")
    code, output = build("--out", str(tmp_path / "out"), "--formats", "md", "--view", str(view))
    assert code == 0, output
    md = (tmp_path / "out" / "report.md").read_text(encoding="utf-8")
    assert md.startswith("# 算力需求仍处高景气")
    assert "我们认为**光模块**迭代仍是主线。" in md and "草稿" not in md


def test_news_file_fills_industry_news(tmp_path: Path, demo_news: Path, demo_digest: object) -> None:
    code, output = build("--out", str(tmp_path / "out"), "--formats", "md,pdf", "--news", str(demo_news))
    assert code == 0, output
    md = report_text(tmp_path / "out" / "report.md")
    pdf = report_text(tmp_path / "out" / "report.pdf")
    assert "本期未提供产业新闻输入" not in md
    for n, point in enumerate(demo_digest.key_points(), start=1):  # type: ignore[attr-defined]
        assert point in md
        assert f"### 3.{n} " in md and f"3.{n} " in pdf
    assert "（资料来源：" in md and "（资料来源：" in pdf
