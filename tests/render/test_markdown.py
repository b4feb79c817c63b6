from pathlib import Path

from sectorbrief.pipeline import BuildOptions, BuildResult, build


def test_markdown_outline_and_charts(built_report: BuildResult) -> None:
    md = (built_report.out / "report.md").read_text(encoding="utf-8")
    order = [
        "## 核心观点",
        "## 投资要点",
        "## 1 行业周观点",
        "## 2 市场行情回顾",
        "## 3 产业动态",
        "## 4 风险提示",
        "## 行业投资评级",
        "## 分析师声明",
        "## 免责声明",
    ]
    positions = [md.index(part) for part in order]
    assert positions == sorted(positions)
    for key in ("fig1_weekly_returns", "fig2_ytd_returns", "fig3_pe_ttm", "relative_hs300"):
        assert f"](charts/{key}.png)" in md
        assert (built_report.out / "charts" / f"{key}.png").is_file()
        assert (built_report.out / "charts" / f"{key}.svg").is_file()
    assert "### 3.9 量子科技:" in md and "CP0" not in md


def test_without_news_or_view_the_report_says_so(tmp_path: Path) -> None:
    result = build(BuildOptions(industry="电子", out=tmp_path / "out", formats=("md",)))
    md = (result.out / "report.md").read_text(encoding="utf-8")
    assert "## 核心观点（草稿）" in md and "【草稿】" in md
    assert "本期未提供产业新闻输入" in md
