import re

from sectorbrief.pipeline import BuildResult


def test_html_is_self_contained(built_report: BuildResult) -> None:
    html = (built_report.out / "report.html").read_text(encoding="utf-8")
    sources = re.findall(r'(?:src|href)="([^"]*)"', html)
    assert sources
    for target in sources:
        assert target.startswith(("data:", "#")), target
    assert html.count('src="data:image/png;base64,') == len(built_report.facts.periods) + 2
    assert "@media print" in html and 'name="viewport"' in html
