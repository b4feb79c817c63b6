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


def test_html_carries_fonts_that_cover_its_text(built_report: BuildResult) -> None:
    import base64
    import io

    import lxml.html
    from fontTools.ttLib import TTFont

    html = (built_report.out / "report.html").read_text(encoding="utf-8")
    faces = dict(
        re.findall(
            r'@font-face \{ font-family: "([^"]+)";.*?url\(data:font/otf;base64,([A-Za-z0-9+/=]+)\)', html
        )
    )
    assert set(faces) == {"Noto Serif SC", "Noto Sans SC"}
    cover = {
        family: {chr(c) for c in TTFont(io.BytesIO(base64.b64decode(data))).getBestCmap()}
        for family, data in faces.items()
    }
    assert 'font-family: "Noto Serif SC"' in html and 'font-family: "Noto Sans SC"' in html
    page = lxml.html.fromstring(html)
    body = {c for c in page.body.text_content() if not c.isspace()}
    classes = " or ".join(
        f"contains(concat(' ', @class, ' '), ' {c} ')" for c in ("label", "rating", "source", "running")
    )
    sans = page.xpath(f"//h1 | //h2 | //h3 | //figcaption | //*[{classes}]")  # the sans rule of the CSS
    assert len(sans) > 10
    sans_text = {c for e in sans for c in e.text_content() if not c.isspace()}
    assert body <= cover["Noto Serif SC"], body - cover["Noto Serif SC"]
    assert sans_text <= cover["Noto Sans SC"], sans_text - cover["Noto Sans SC"]
