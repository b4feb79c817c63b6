from sectorbrief.pipeline import BuildResult


def test_markdown_outline_and_charts(built_report: BuildResult) -> None:
    md = (built_report.out / "report.md").read_text(encoding="utf-8")
    order = ["## 核心观点（草稿）", "## 投资要点", "## 1 行业周观点", "## 2 市场行情回顾", "## 3 产业动态",
             "## 4 风险提示", "## 行业投资评级", "## 分析师声明", "## 免责声明"]
    positions = [md.index(part) for part in order]
    assert positions == sorted(positions)
    for key in ("fig1_weekly_returns", "fig2_ytd_returns", "fig3_pe_ttm", "relative_hs300"):
        assert f"](charts/{key}.png)" in md
        assert (built_report.out / "charts" / f"{key}.png").is_file()
        assert (built_report.out / "charts" / f"{key}.svg").is_file()
    assert "本期未提供产业新闻输入" in md
