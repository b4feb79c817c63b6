import json

from sectorbrief.check.report import CheckReport, Finding, snippet_around


def test_json_has_the_contract_keys() -> None:
    report = CheckReport("r.md", 3, (Finding("warning", "typo", "m", "s", "line 2"),))
    data = json.loads(json.dumps(report.to_json_dict()))
    assert data == {
        "schema": "sectorbrief.check/1",
        "file": "r.md",
        "claims": 3,
        "findings": [
            {"severity": "warning", "kind": "typo", "message": "m", "snippet": "s", "location": "line 2"}
        ],
        "extracted": [],
    }
    assert not report.has_errors and report.errors == ()


def test_text_lists_each_finding_with_its_place() -> None:
    report = CheckReport("r.md", 1, (Finding("error", "rank", "rank 33 of 31", "排名第33位", "page 4"),))
    assert report.has_errors
    assert "page 4: error [rank] rank 33 of 31" in report.to_text()
    assert "「排名第33位」" in report.to_text()


def test_snippet_is_ellipsised_around_the_match() -> None:
    text = "甲" * 100 + "CP0" + "乙" * 100
    snippet = snippet_around(text, 100, 103, width=5)
    assert snippet == "…甲甲甲甲甲CP0乙乙乙乙乙…"


def test_json_lists_extracted_claims_and_text_ends_with_coverage() -> None:
    from sectorbrief.check import check_text

    report = check_text("本周申万通信指数上涨2.11%，沪深300下跌2.23%，通信跑赢沪深300指数4.34个百分点。")
    data = report.to_json_dict()
    kinds = [(e["kind"], e["subject"], e["period"], e["value"], e["verified"]) for e in data["extracted"]]
    assert ("return", "申万通信", "week", 2.11, True) in kinds
    assert ("excess", "通信 vs 沪深300", "week", 4.34, True) in kinds  # the name written in its clause
    assert set(data["extracted"][0]) == {"kind", "subject", "period", "value", "line", "verified"}
    assert report.to_text().splitlines()[-1].startswith("3 of 3 claims verified")
