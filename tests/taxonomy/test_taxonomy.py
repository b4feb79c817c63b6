import pytest

from sectorbrief.errors import UsageError
from sectorbrief.taxonomy import sw2021


def test_31_industries_with_unique_codes() -> None:
    tax = sw2021()
    assert len(tax.industries) == 31
    assert len(set(tax.industry_codes)) == 31
    assert all(code.startswith("801") and code.endswith(".SI") for code in tax.industry_codes)
    assert tax.benchmark_codes == ["000300.SH", "399006.SZ"]


@pytest.mark.parametrize("text", ["通信", "801770.SI", "801770", " 801770.si "])
def test_resolve_industry_by_name_code_or_number(text: str) -> None:
    assert sw2021().resolve_industry(text).code == "801770.SI"


def test_unknown_industry_names_the_input() -> None:
    with pytest.raises(UsageError, match="半导体"):
        sw2021().resolve_industry("半导体")


def test_every_written_form_of_a_benchmark_has_one_canonical_name() -> None:
    from sectorbrief.taxonomy.aliases import index_name

    assert {index_name(w) for w in ("沪指", "上证综指", "上证综合指数", "上证指数")} == {"上证指数"}
    assert {index_name(w) for w in ("恒指", "恒生指数")} == {"恒生指数"}
    assert {index_name(w) for w in ("国指", "国企指数", "恒生中国企业指数")} == {"恒生中国企业指数"}
    assert {index_name(w) for w in ("道指", "道琼斯指数", "道琼斯工业平均指数")} == {"道琼斯工业指数"}
    assert {index_name(w) for w in ("纳指", "纳斯达克指数")} == {"纳斯达克"}
    # not a benchmark: as written
    assert index_name("电子") == "电子" and index_name("某某指数") == "某某指数"
