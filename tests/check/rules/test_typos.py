from sectorbrief.check import check_text


def test_look_alikes_slash_repeats_and_percent_for_points() -> None:
    findings = check_text(
        "英伟达CP0供应伙伴；H100/H100算力；上周申万家用电器指数下跌0.35%，沪深300下跌0.54%，家电板块跑赢沪深300 0.19%。"
    ).findings
    messages = [(f.severity, f.message) for f in findings]
    assert ("error", "'CP0' looks like a typo for 'CPO'") in messages
    assert any(s == "warning" and "H100" in m for s, m in messages)
    assert any(s == "warning" and "个百分点" in m for s, m in messages)
    assert {f.kind for f in findings} == {"typo"}


def test_known_terms_and_ordinary_slashes_are_fine() -> None:
    assert check_text("CPO/NPO方案与200Gb/400Gb端口、H100/H200芯片。").findings == ()


def test_a_lookalike_that_is_a_chemical_symbol_is_only_a_warning() -> None:
    # real: holdout7 b697238c36 (智谱Al: AI, or aluminium as written?)
    report = check_text("智谱Al概念股继续大涨，豆神教育、思美传媒涨停。")
    assert not report.errors
    assert [f.severity for f in report.findings if f.kind == "typo"] == ["warning"]
    assert check_text("光模块厂商加快布局CP0方案。").errors  # no symbol: still an error
