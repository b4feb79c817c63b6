"""The c16 rule families on any mix of their own trigger words and figures: findings, never an exception."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sectorbrief.check import check_text
from sectorbrief.check.report import Finding

# the words and figures the c16 rules read, so random texts reach their arithmetic (zeros, commas, 兆 …)
TOKENS = [
    "从",
    "由",
    "较",
    "的",
    "至",
    "降至",
    "增至",
    "减少",
    "增加",
    "缩量",
    "放量",
    "降幅",
    "增幅",
    "或",
    "约",
    "近",
    "超",
    "只",
    "家",
    "个股",
    "上涨",
    "下跌",
    "占比",
    "涨跌比",
    "跌涨比",
    ":",
    "1",
    "0",
    "00",
    "0.0",
    "7.95",
    "万亿元",
    "亿元",
    "万元",
    "%",
    "个百分点",
    "pct",
    "，",
    "；",
    "。",
    "领涨",
    "领跌",
    "其次为",
    "紧随其后",
    "(+",
    ")",
    "、",
    "和",
    "成交量",
    "万手",
    "居首",
    "最高",
    "为全板块最高",
    "流通市值",
    "缩水",
    "两市",
    "沪深京",
    "全市场",
    "排名第",
    "个行业中",
    "本周",
    "周一",
    "涨幅榜首位",
    "2320",
    "217",
    "4596",
    "588",
    "3.18",
    "2.32",
    "8113",
    "-",
    "12,3",
    "兆",
] + ["\n"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(TOKENS), max_size=40), st.text(max_size=20))
def test_any_mix_of_trigger_words_gives_clean_findings(tokens: list[str], noise: str) -> None:
    report = check_text("".join(tokens) + noise)
    assert all(isinstance(f, Finding) and f.severity in ("error", "warning") for f in report.findings)
