"""Sales rows: area × average price against the total, total / units against the per-unit price."""

from __future__ import annotations

import pytest

from sectorbrief.check import check_text

# real: holdout7 b76816a6f6 (Shenzhen weekly sales by use, 2018 week 4)
CITY = "深圳全市商品房共成交930套/76458.66㎡，均价53060元/㎡，总金额40.56亿元，套均总价436.22万元；上周成交1325套/104390.1㎡，均价52774元/㎡。"
HOMES = "新房住宅，成交535套/53555.03㎡，分别占全市的57.53%和70.04%，均价55284元/㎡，总金额29.60亿元，套均总价553.40万元。"
SHOPS = "商业，成交206套/12151.88㎡，分别占全市的22.15%和15.89%，均价45659元/㎡，总金额55.48亿元，套均总价269.34万元。"
OFFICES = "办公楼，成交165套/9472.1㎡，分别占全市的17.74%和12.39%，均价53374元/㎡，总金额5.06亿元，套均总价306.40元。"


@pytest.mark.parametrize(
    "text", [CITY, HOMES, SHOPS.replace("55.48", "5.55"), OFFICES.replace("306.40元", "306.40万元")]
)
def test_real_rows_that_agree_check_clean(text: str) -> None:
    # 76458.66 × 53060 = 40.569亿, printed truncated as 40.56
    assert not check_text(text).findings, text


def test_a_total_ten_times_its_area_times_price_is_one_error_on_the_total() -> None:
    errors = check_text(SHOPS).errors
    assert len(errors) == 1 and "55.48亿元" in errors[0].message and "5.55亿元" in errors[0].message


def test_a_per_unit_price_missing_its_wan_is_an_error() -> None:
    errors = check_text(OFFICES).errors
    assert len(errors) == 1 and "306.40元" in errors[0].message and "306.67万元" in errors[0].message


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (
            "本周广州新建商品住宅成交1200套，成交面积12.5万平方米，成交均价32000元/平方米，成交金额48.00亿元。",
            "48.00亿元",
        ),
        ("本周成交300套，均价2.5万元/平方米，面积3.0万平方米，成交金额7.5亿元，套均价格205万元。", "205万元"),
    ],
)
def test_variants_in_other_units_are_read(text: str, quoted: str) -> None:
    errors = check_text(text).errors
    assert len(errors) == 1 and quoted in errors[0].message, (text, errors)


def test_a_small_gap_is_only_a_warning() -> None:
    report = check_text("本周成交100套/10000㎡，均价30000元/㎡，总金额3.02亿元。")  # 3.00 by area × price
    assert not report.errors and [f.severity for f in report.findings] == ["warning"]


def test_fields_listed_before_fenbiewei_are_read_position_by_position() -> None:
    # real: holdout7 7b293df802 (177000 × 13011.6 = 23.03亿, printed 23亿)
    real = "上周我市一手房成交总量、金额、面积、均价分别为1890套、23亿元、177000平方米、13011.6元/平方米。"
    assert not check_text(real).findings
    errors = check_text(real.replace("23亿元", "32亿元")).errors
    assert len(errors) == 1 and "32亿元" in errors[0].message and "23.03亿元" in errors[0].message
    per_unit = "本周成交套数、成交面积、成交金额、套均价格分别为500套、5.0万平方米、10.0亿元、150万元。"
    assert [e.message for e in check_text(per_unit).errors if "200.00万元" in e.message]


def test_zero_figures_are_not_read() -> None:
    assert not check_text("本周成交0套/0㎡，均价0元/㎡，总金额0亿元，套均总价0万元。").findings
