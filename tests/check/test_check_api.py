"""The public API on the reference report, our demo report and mutations of it."""

from __future__ import annotations

from pathlib import Path

import pytest

from sectorbrief.check import check_file, check_text


def test_seed_reports_the_2028_market_size_and_the_cp0_typos(seed_path: Path) -> None:
    report = check_file(seed_path)
    kinds = [f.kind for f in report.findings]
    contradictions = [f for f in report.findings if f.kind == "contradiction"]
    assert len(contradictions) == 1
    assert "2028" in contradictions[0].message and "100亿美元" in contradictions[0].message
    assert contradictions[0].location == "line 18"
    assert sum(1 for f in report.findings if "'CP0'" in f.message) == 5
    assert "arithmetic" not in kinds and "rank" not in kinds
    assert report.has_errors


def test_demo_report_checks_clean(demo_text: str) -> None:
    report = check_text(demo_text)
    assert report.findings == ()
    assert report.claims >= 20


MUTATIONS = [
    ("changed return", "申万通信行业指数下跌9.17%，分别", "申万通信行业指数下跌9.71%，分别", 1, "arithmetic"),
    (
        "flipped direction",
        "分别跑赢沪深300和创业板指49.92",
        "分别跑输沪深300和创业板指49.92",
        1,
        "arithmetic",
    ),
    ("changed rank", "在申万31个一级行业中排名第2位", "在申万31个一级行业中排名第5位", 1, "rank"),
    (
        "rank beyond universe",
        "周涨跌幅位于申万31个一级行业第31位",
        "周涨跌幅位于申万31个一级行业第32位",
        1,
        "rank",
    ),
    (
        "summary figure",
        "我们预计全球光互连市场规模2028年将达到920亿美元",
        "我们预计全球光互连市场规模2028年将达到820亿美元",
        1,
        "contradiction",
    ),
    (
        "summary valuation",
        "行业估值：申万通信行业2026年7月5日PE-TTM为34.48倍",
        "行业估值：申万通信行业2026年7月5日PE-TTM为36.48倍",
        1,
        "contradiction",
    ),
    ("injected typo", "CPO 与 NPO 产业化", "CP0 与 NPO 产业化", 1, "typo"),
    ("slash repeat", "800G 与 1.6T 光模块", "800G/800G 与 1.6T 光模块", 1, "typo"),
]


@pytest.mark.parametrize("name, old, new, count, kind", MUTATIONS, ids=[m[0] for m in MUTATIONS])
def test_each_mutation_is_caught_with_the_right_kind(
    demo_text: str, name: str, old: str, new: str, count: int, kind: str
) -> None:
    assert old in demo_text, name
    report = check_text(demo_text.replace(old, new, count))
    assert report.findings, name
    assert kind in {f.kind for f in report.findings}, [f.message for f in report.findings]
    assert all(f.kind in (kind, "contradiction") for f in report.findings), [
        f.message for f in report.findings
    ]


def test_another_brokers_weekly_checks_clean_and_its_mutations_are_caught() -> None:
    text = (Path(__file__).parent / "data" / "other_broker.md").read_text(encoding="utf-8")
    assert check_text(text).findings == ()
    body = "电子板块相对沪深300超额收益16.77个百分点"
    kinds = sorted(f.kind for f in check_text(text.replace(body, body.replace("16.77", "17.67"))).findings)
    assert kinds == ["arithmetic", "contradiction"]  # wrong sum, and disagrees with the summary
    assert {f.kind for f in check_text(text.replace("排名第17位。年初", "排名第71位。年初")).findings} == {
        "rank"
    }
    changed = text.replace(
        "2027年HBM市场规模将达到580亿美元",
        "2027年HBM市场规模将达到580亿美元。2027年HBM市场规模将达到850亿美元",
    )
    assert [f.kind for f in check_text(changed).findings] == ["contradiction"]


def _blocks(text: str) -> list[str]:
    return [b.strip().lstrip("#").strip() for b in text.split("\n\n") if b.strip()]


@pytest.mark.parametrize("suffix", [".docx", ".html"])
def test_demo_report_as_docx_and_html_checks_clean_and_locates_by_paragraph(
    demo_text: str, tmp_path: Path, suffix: str
) -> None:
    import docx

    def write(text: str) -> Path:
        path = tmp_path / f"r{suffix}"
        if suffix == ".docx":
            document = docx.Document()
            for block in _blocks(text):
                document.add_paragraph(block)
            document.save(str(path))
        else:
            body = "".join(f"<p>{block}</p>" for block in _blocks(text))
            path.write_text(f"<html><body><h1>报告</h1>{body}</body></html>", encoding="utf-8")
        return path

    assert check_file(write(demo_text)).findings == ()
    report = check_file(write(demo_text.replace("CPO 与 NPO 产业化", "CP0 与 NPO 产业化")))
    assert [(f.kind, f.location.split()[0]) for f in report.findings] == [("typo", "paragraph")]
