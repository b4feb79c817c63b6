"""Compiling the checker's patterns ahead, by checking a short review of our own.

The checker compiles each pattern at its first use (lazy_regex): about 0.2 s for what a weekly report
reaches, paid again by every process that checks. A build has idle time while its charts are drawn in
other processes, and forks its Typst process after: checking this text then compiles most of what the
report's own check will use, once, and the fork inherits it. The text is consistent, so it raises nothing.
"""

from __future__ import annotations

WARM_TEXT = """# 需求回暖带动板块修复——示例行业跟踪报告

## 核心观点

上周（3月2日至3月6日），沪深300上涨1.20%，创业板指上涨0.80%，申万机械设备行业指数上涨2.10%，分别跑赢沪深300和创业板指0.90和1.30个百分点，在申万31个一级行业中排名第5位，排名较上周上升3位。

年初至今，申万机械设备行业指数累计上涨6.40%，跑赢沪深300指数2.10个百分点。截至3月6日，行业PE-TTM为28.5倍，处于近5年62.3%分位。

## 市场行情回顾

本周涨幅前三的行业依次为电子（3.20%）、机械设备（2.10%）、汽车（1.90%），跌幅最大的为煤炭（-1.50%）。子板块中，工程机械上涨4.20%，领涨；通用设备下跌0.30%。

行业成交额为1520亿元，较上周增加120亿元，增幅8.57%。个股方面，甲公司以12.5%的涨幅居首，乙公司、丙公司分别上涨9.8%、7.6%。

## 产业动态

（1）工程机械：2月挖掘机销量1.2万台，同比增长15%，其中国内销量0.6万台，占比50%。
"""


def warm_up() -> None:
    """Check WARM_TEXT once, compiling the patterns a weekly report's check reaches."""
    from sectorbrief.check import check_text

    check_text(WARM_TEXT)
