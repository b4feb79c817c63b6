from sectorbrief.check import check_text

_SOLAR = (
    "整体：本周，沪深300上涨2.29%，申万一级28个行业中的19个上涨，电气设备行业{}，在申万一级行业中排名第{}，"
    "光伏指数上涨0.48%。"
)


def test_a_riser_ranked_after_the_risers_is_an_error() -> None:
    """5eb8840448 (holdout4b, real, Traditional in the source) and its mutation m4b-06 (19 -> 21)."""
    assert check_text(_SOLAR.format("上涨0.24%", 19)).errors == ()
    findings = check_text(_SOLAR.format("上涨0.24%", 21)).errors
    assert [f.kind for f in findings] == ["rank"] and "between 1 and 19" in findings[0].message


def test_a_faller_ranked_among_the_risers_is_an_error() -> None:
    assert check_text(_SOLAR.format("下跌3.32%", 28)).errors == ()
    assert len(check_text(_SOLAR.format("下跌3.32%", 12)).errors) == 1


def test_risers_and_fallers_both_stated() -> None:
    """79c8ee14bb (real): 6 rose and 25 fell; 通信 fell and ranks 12th, after the six risers."""
    text = "沪深300指数上涨0.07%，申万一级31个行业6个上涨，25个下跌。通信行业上周整体走势弱于大盘，下跌1.1%，排名第12名。"
    assert check_text(text).errors == ()


def test_a_rank_of_another_ranking_or_period_is_not_compared() -> None:
    for text in (
        "本周申万一级28个行业中的19个上涨，年初至今电气设备行业上涨0.24%，在申万一级行业中排名第21。",
        "本周申万一级28个行业中的19个上涨，电气设备行业上涨0.24%，在申万二级行业中排名第40。",
        "本周申万一级28个行业中的19个上涨，电气设备行业上涨0.24%，跌幅排名第21。",
    ):
        assert check_text(text).errors == (), text
