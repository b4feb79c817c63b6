from sectorbrief.check.claims import split_sentences
from sectorbrief.check.figures import extract_figures
from sectorbrief.check.read import read_plain


def _keys(text: str) -> list[tuple[tuple[str, str, str, str], float]]:
    return [(f.key, f.value) for f in extract_figures(split_sentences(read_plain(text)))]


def test_market_size_with_year_and_unit() -> None:
    assert _keys("花旗预计，到2028年，全球光互联市场规模将达到920亿美元，较2025年增长超过4倍。") == [
        (("全球光互连", "市场规模", "2028", "美元"), 9.2e10)
    ]


def test_each_year_of_a_shipment_series_is_its_own_figure() -> None:
    keys = _keys("CPO相关产品出货量将在2026年达到40万只、2027年达到1800万只。")
    assert [(k[2], v) for k, v in keys] == [("2026", 4e5), ("2027", 1.8e7)]


def test_a_clause_without_subject_gives_no_figure() -> None:
    assert _keys("光芯片需求快速增长，未来三年复合增速高达62%。") == []


def test_quarters_are_one_period_however_written() -> None:
    periods = {
        k[2]
        for k, _ in _keys(
            "2026年第一季度全球以太网交换机市场规模为154亿美元。"
            "2026年1季度全球以太网交换机市场规模为154亿美元。"
        )
    }
    assert periods == {"2026Q1"}


def test_first_three_quarters_are_not_the_full_year() -> None:
    keys = _keys("2026年前三季度中际旭创营收为80亿元。2026年中际旭创营收为110亿元。")
    assert [k[2] for k, _ in keys] == ["2026前3季度", "2026"]


def test_figures_of_an_unnamed_company_or_market_are_not_kept() -> None:
    assert _keys("2026年公司营收为110亿元。2028年全球市场规模将达到920亿美元。") == []


def test_a_second_value_in_the_clause_without_its_own_period_is_another_measure() -> None:
    # real: holdout7 1362ddf879: 每股营业总收入 and 每股经营活动…净额 are two measures, not one figure twice
    text = "2010年前三季度，房地产行业每股收益为0.1461元、每股营业总收入1.9878元、每股经营活动产生的现金流量净额为0.0988元。"
    values = [v for k, v in _keys(text) if k[1] == "收入"]
    assert values == [1.9878]
    two_years = _keys("CPO相关产品出货量将在2026年达到40万只、2027年达到1800万只。")
    assert len(two_years) == 2
