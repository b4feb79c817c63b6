"""Time the checker on a generated 60-page Chinese PDF report: `python scripts/bench_check.py`.

`bench_check() -> dict[str, float]` returns the seconds spent generating the PDF (typst) and
checking it (read + extract + rules), and the page count; `make bench` calls it.
"""

from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path

import pylopdf_fonts_zh_cn

from sectorbrief.check import check_file

DEMO = Path(__file__).resolve().parents[1] / "tests" / "check" / "data" / "demo_report.md"
PAGES = "check: PDF pages"
CHECK_S = "check: read + check the PDF, s"
FONT_DIR = Path(pylopdf_fonts_zh_cn.__file__).parent


def _typst_source(markdown: str, pages: int) -> str:
    """The demo report's paragraphs repeated over ``pages`` pages, one page break between copies."""
    paragraphs = [p.strip().lstrip("#").strip() for p in markdown.split("\n\n") if p.strip()]
    body = "\n\n".join(
        p.replace("#", "\\#")
        .replace("*", "\\*")
        .replace("$", "\\$")
        .replace("@", "\\@")
        .replace("<", "\\<")
        .replace("_", "\\_")
        for p in paragraphs
    )
    head = '#set page(paper: "a4", margin: 2cm)\n#set text(font: "Noto Sans SC", size: 10.5pt, lang: "zh")\n'
    return head + "\n#pagebreak()\n".join([body] * pages)


def make_pdf(path: Path, pages: int = 60) -> int:
    """Write a CJK PDF of about ``pages`` pages (the demo report repeated); returns its page count."""
    import pypdfium2 as pdfium
    import typst

    copies = max(1, pages // 2)
    pdf = typst.compile(
        _typst_source(DEMO.read_text(encoding="utf-8"), copies).encode("utf-8"),
        format="pdf",
        font_paths=[str(FONT_DIR)],
    )
    path.write_bytes(pdf)
    document = pdfium.PdfDocument(str(path))
    try:
        return len(document)
    finally:
        document.close()


def bench_check(pages: int = 60) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "report.pdf"
        started = time.perf_counter()
        count = make_pdf(pdf, pages)
        generated = time.perf_counter()
        report = check_file(pdf)
        checked = time.perf_counter()
    return {
        PAGES: float(count),
        CHECK_S: checked - generated,
        "check: typst PDF generation, s": generated - started,
        "check: claims found in the PDF": float(report.claims),
        "check: findings (0 = clean)": float(len(report.findings)),
    }


if __name__ == "__main__":
    print(json.dumps(bench_check(), indent=2))
