from sectorbrief.check import new_errors_only
from sectorbrief.check.report import Finding


def _error(snippet: str, line: str = "line 1") -> Finding:
    return Finding("error", "arithmetic", "m", snippet, line)


def test_a_general_rule_is_silent_where_an_earlier_error_quotes_the_same_sentence() -> None:
    earlier = [_error("…本周电子指数上涨3.21%，跑赢沪深300指数1.2个百分点")]
    same = _error("电子指数上涨3.21%，跑赢沪深300指数1.2个百分点。")
    other_line = _error("电子指数上涨3.21%，跑赢沪深300指数1.2个百分点。", "line 2")
    other_sentence = _error("本周汽车板块下跌1.05%，排名第28位")
    warning = Finding("warning", "typo", "m", same.snippet, "line 1")
    assert new_errors_only([same, other_line, other_sentence, warning], earlier) == [
        other_line,
        other_sentence,
        warning,
    ]


def test_two_general_findings_on_one_sentence_are_one() -> None:
    a = _error("本周电子指数上涨3.21%，跑赢沪深300指数1.2个百分点")
    b = _error("…电子指数上涨3.21%，跑赢沪深300指数1.2个百分点。")
    assert new_errors_only([a, b], []) == [a]
