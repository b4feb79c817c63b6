"""report.docx through python-docx: heading styles, a contents field, charts as pictures, Word tables."""

from __future__ import annotations

import io
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.table import _Cell
from docx.text.paragraph import Paragraph

from sectorbrief.charts.assets import ChartImage
from sectorbrief.render.context import Chart, ReportContext, Section
from sectorbrief.render.docx_fonts import embed_fonts
from sectorbrief.render.docx_parts import (
    AFTER_UPDATEFIELDS,
    add_field,
    add_rich,
    add_run,
    bookmark,
    bottom_rule,
    contents_field,
    insert_in_order,
    no_borders,
    page_break,
    rgb,
    set_fonts,
    shade,
)
from sectorbrief.render.fonts import report_fonts

if TYPE_CHECKING:
    from sectorbrief.render.pdf import Pages

Container = DocumentObject | _Cell


class Writer:
    """Appends the report's parts to a python-docx Document in the house fonts and colours."""

    def __init__(
        self, context: ReportContext, charts: Mapping[str, ChartImage], pages: Pages | None = None
    ) -> None:
        self.r = context
        self.charts = charts
        self.pages = pages
        self.serif = context.fonts["serif"]
        self.sans = context.fonts["sans"]
        self.primary = context.colors["primary"]
        self.doc = Document()
        self.sections = section_entries(context)
        self.bookmarks = {text: f"_Toc{i}" for i, text in enumerate(self.sections, start=1)}
        self.style_ids: dict[str, str | None] = {}

    def styles(self) -> None:
        styles = self.doc.styles
        normal = styles["Normal"]
        set_fonts(normal, self.serif)
        normal.font.size = Pt(10.5)
        normal.paragraph_format.space_after = Pt(6)
        normal.paragraph_format.line_spacing = 1.3
        for level, size in ((1, 14), (2, 12), (3, 11)):
            style = styles[f"Heading {level}"]
            set_fonts(style, self.sans)
            style.font.size = Pt(size)
            style.font.bold = level == 1
            style.font.italic = False
            style.font.color.rgb = rgb(self.primary)
        caption = styles["Caption"]
        set_fonts(caption, self.sans)
        caption.font.size = Pt(9)
        caption.font.italic = False
        caption.font.color.rgb = rgb(self.primary)
        for level in (1, 2):
            toc = styles.add_style(f"TOC {level}", WD_STYLE_TYPE.PARAGRAPH)
            toc.base_style = normal
            toc.paragraph_format.left_indent = Cm(0.8 * (level - 1))
            toc.paragraph_format.space_after = Pt(2)
            toc.paragraph_format.tab_stops.add_tab_stop(Cm(17.2), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        settings = self.doc.settings.element
        update = OxmlElement("w:updateFields")
        update.set(qn("w:val"), "true")
        insert_in_order(settings, update, AFTER_UPDATEFIELDS)

    def page(self) -> None:
        section = self.doc.sections[0]
        section.page_width, section.page_height = Cm(21), Cm(29.7)
        section.left_margin = section.right_margin = Cm(1.9)
        section.top_margin, section.bottom_margin = Cm(2.3), Cm(2.0)
        header = section.header.paragraphs[0]
        add_run(header, f"{self.r.firm} | {self.r.series}\t\t{self.r.report_date}", self.sans, size=8)
        bottom_rule(header, self.primary, 6)
        footer = section.footer.paragraphs[0]
        add_run(footer, "请务必阅读正文之后的免责声明部分\t\t第 ", self.sans, size=8)
        add_field(footer, "PAGE", self.sans, "1")
        add_run(footer, " 页 共 ", self.sans, size=8)
        add_field(footer, "NUMPAGES", self.sans, "1")
        add_run(footer, " 页", self.sans, size=8)

    def styled(self, style: str) -> Paragraph:
        """A new body paragraph in the paragraph style named ``style``: what ``add_paragraph(style=style)``
        makes, with the style's id looked up once per document (python-docx reads every style's XML to
        find the default style again for each paragraph it styles)."""
        if style not in self.style_ids:
            styles = self.doc.styles
            found = styles[style]
            default = styles.default(WD_STYLE_TYPE.PARAGRAPH)
            self.style_ids[style] = None if found == default else found.style_id
        paragraph = self.doc.add_paragraph()
        paragraph._p.style = self.style_ids[style]
        return paragraph

    def para(self, where: Container, text: str = "", *, rich: bool = True) -> Paragraph:
        paragraph = where.add_paragraph()
        if rich:
            add_rich(paragraph, text, self.serif, self.sans, self.primary)
        else:
            add_run(paragraph, text, self.serif)
        return paragraph

    def lead(self, where: Container, label: str, text: str) -> Paragraph:
        paragraph = where.add_paragraph()
        add_run(paragraph, label, self.sans, bold=True, colour=self.primary)
        add_rich(paragraph, text, self.serif, self.sans, self.primary)
        return paragraph

    def heading(self, text: str, level: int) -> Paragraph:
        paragraph = self.styled(f"Heading {level}")  # as add_heading(level=level) makes it
        add_run(paragraph, text, self.sans)
        if text in self.bookmarks:
            bookmark(
                paragraph, self.bookmarks[text], len(self.bookmarks) + 100 + list(self.bookmarks).index(text)
            )
        if level == 1:
            bottom_rule(paragraph, self.primary)
        return paragraph

    def label(self, where: Container, text: str, size: float = 10.5) -> Paragraph:
        paragraph = where.add_paragraph()
        add_run(paragraph, text, self.sans, bold=True, colour=self.primary, size=size)
        return paragraph

    def picture(self, where: Container, chart: Chart, width: Cm) -> None:
        paragraph = where.add_paragraph()
        shape = paragraph.add_run().add_picture(io.BytesIO(self.charts[chart.key].png), width=width)
        for name in shape._inline.iter(qn("pic:cNvPr")):
            name.set("name", Path(chart.png).name)  # as python-docx names a picture read from a file

    def figure(self, key: str) -> None:
        chart = self.r.chart(key)
        if chart is None:
            return
        caption = self.styled("Caption")
        caption.paragraph_format.keep_with_next = True
        add_run(caption, "图表", self.sans)
        add_field(caption, "SEQ 图表 \\* ARABIC", self.sans, str(chart.number))
        add_run(caption, f"：{chart.title}", self.sans)
        bookmark(caption, f"_TocFigure{chart.number}", 300 + (chart.number or 0))
        self.picture(self.doc, chart, Cm(16))
        add_run(self.doc.add_paragraph(), chart.source, self.sans, colour=self.r.colors["muted"], size=8)

    def front_page(self) -> None:
        table = self.doc.add_table(rows=1, cols=2)
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        no_borders(table)
        main, side = table.rows[0].cells
        main.width, side.width = Cm(11.9), Cm(5.3)
        self.main_column(main)
        self.side_column(side)

    def main_column(self, cell: _Cell) -> None:
        r = self.r
        title = cell.paragraphs[0]
        add_run(title, r.title, self.sans, bold=True, colour=self.primary, size=17)
        series = cell.add_paragraph()
        series.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        add_run(series, f"——{r.series}", self.sans, colour=r.colors["muted"])
        self.label(cell, "核心观点（草稿）" if r.view_is_draft else "核心观点", 12)
        for text in r.core_view:
            self.para(cell, text)
        self.label(cell, "投资要点", 12)
        news = " ".join(r.news_points) if r.news_points else (r.news_missing or "")
        self.lead(cell, "产业动态：", news)
        self.lead(cell, "行业估值：", r.valuation_point)
        self.lead(cell, "风险提示：", "；".join(r.risks) + "。")

    def side_column(self, cell: _Cell) -> None:
        r = self.r
        rating = cell.paragraphs[0]
        add_run(rating, f"{r.rating}（{r.rating_change}）", self.sans, bold=True, colour="#FFFFFF", size=13)
        shade(rating, self.primary)
        add_run(cell.add_paragraph(), r.report_date, self.sans)
        relative = r.chart(r.front_chart) if r.front_chart else None
        if relative is not None:
            self.label(cell, relative.title, 9)
            self.picture(cell, relative, Cm(5.0))
            add_run(cell.add_paragraph(), relative.source, self.sans, colour=r.colors["muted"], size=7.5)
        if r.related_research:
            self.label(cell, "相关研究", 9)
            for item in r.related_research:
                add_run(cell.add_paragraph(), item, self.serif, size=8.5)
        self.label(cell, "分析师", 9)
        for a in r.analysts:
            paragraph = cell.add_paragraph()
            add_run(paragraph, a.name, self.sans, bold=True, size=9)
            lines = [f"执业证书编号：{a.licence}"]
            lines += [f"电话：{a.phone}"] if a.phone else []
            lines += [f"邮箱：{a.email}"] if a.email else []
            for line in lines:
                paragraph.add_run().add_break()
                add_run(paragraph, line, self.serif, size=8.5)

    def contents(self) -> None:
        """正文目录 and 图表目录 as TOC fields; the cached page numbers come from the PDF layout
        (both formats break pages at the same places), and Word refreshes them on opening."""
        section_pages, figure_pages = self.pages or self.layout()
        page_break(self.doc.add_paragraph())
        self.label(self.doc, "正文目录", 14)
        entries = [(t, self.bookmarks[t], p) for t, p in zip(self.sections, section_pages, strict=True)]
        paragraphs = [self.styled("TOC 2" if "." in t.split()[0] else "TOC 1") for t in self.sections]
        contents_field(paragraphs, entries, 'TOC \\o "1-2" \\h \\z \\u', self.serif)
        self.label(self.doc, "图表目录", 14)
        figures = sorted((c for c in self.r.charts.values() if c.number), key=lambda c: c.number or 0)
        paragraphs = [self.styled("TOC 1") for _ in figures]
        contents_field(
            paragraphs,
            [(c.caption, f"_TocFigure{c.number}", p) for c, p in zip(figures, figure_pages, strict=True)],
            'TOC \\h \\z \\c "图表"',
            self.serif,
        )
        page_break(self.doc.add_paragraph())

    def layout(self) -> Pages:
        """The PDF layout's pages, from Typst (imported only here: a caller may pass them in)."""
        from sectorbrief.render.pdf import layout_pages

        return layout_pages(self.r, self.charts)

    def body(self) -> None:
        """The numbered sections, as the outline declares them."""
        for section in self.r.sections:
            self.heading(section.title, 1)
            getattr(self, f"{section.kind}_section")(section)

    def view_section(self, section: Section) -> None:
        for text in self.r.weekly_view:
            self.para(self.doc, text)

    def market_section(self, section: Section) -> None:
        for part in section.parts:
            self.lead(self.doc, part.headline, part.body)
            self.figure(part.chart)

    def news_section(self, section: Section) -> None:
        if not self.r.news:
            self.para(self.doc, self.r.news_missing or "", rich=False)
        for item in self.r.news:
            self.heading(f"{item.number} {item.heading}", 2)
            for i, text in enumerate(item.paragraphs):
                self.para(self.doc, text + (item.source_line if i == len(item.paragraphs) - 1 else ""))

    def risks_section(self, section: Section) -> None:
        self.para(self.doc, "；".join(self.r.risks) + "。", rich=False)

    def back_matter(self) -> None:
        r = self.r
        self.heading("行业投资评级", 3)
        table = self.doc.add_table(rows=0, cols=2)
        table.style = self.doc.styles["Table Grid"]
        table.autofit = False
        for name, text in r.rating_definitions:
            cells = table.add_row().cells
            cells[0].width, cells[1].width = Cm(2.6), Cm(14.6)
            add_run(cells[0].paragraphs[0], name, self.sans, bold=True, size=9)
            add_run(cells[1].paragraphs[0], text, self.serif, size=9)
        small = 9.0
        add_run(
            self.doc.add_paragraph(),
            f"基准指数：{r.rating_benchmark}。{r.rating_note}",
            self.serif,
            size=small,
        )
        self.heading("分析师声明", 3)
        add_run(self.doc.add_paragraph(), r.analyst_statement, self.serif, size=small)
        self.heading("免责声明", 3)
        for text in r.disclaimer:
            add_run(self.doc.add_paragraph(), text, self.serif, size=small)
        firm = self.doc.add_paragraph()
        firm.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        add_run(firm, r.firm, self.sans, bold=True, colour=self.primary)

    def build(self) -> DocumentObject:
        self.styles()
        self.page()
        self.doc.core_properties.title = self.r.title
        self.doc.core_properties.author = self.r.firm
        self.front_page()
        self.contents()
        self.body()
        self.back_matter()
        return self.doc


def section_entries(context: ReportContext) -> list[str]:
    """The numbered headings of the body, in order: what 正文目录 lists."""
    entries = []
    for section in context.sections:
        entries.append(section.title)
        if section.kind == "news":
            entries += [f"{item.number} {item.heading}" for item in context.news]
    return entries


def text_by_role(doc: DocumentObject, fonts: dict[str, str]) -> dict[str, str]:
    """The text of the body, headers and footers, by the role ("serif"/"sans") of each run's
    East Asian font; runs in another font count as serif (the body face)."""
    roles = {family: role for role, family in fonts.items()}
    parts = [
        doc.element,
        *(s.header._element for s in doc.sections),
        *(s.footer._element for s in doc.sections),
    ]
    found: dict[str, list[str]] = {role: [] for role in fonts}
    for part in parts:
        for run in part.iter(qn("w:r")):
            names = run.find(f"{qn('w:rPr')}/{qn('w:rFonts')}")
            family = names.get(qn("w:eastAsia")) if names is not None else None
            found[roles.get(family or "", "serif")].extend(t.text or "" for t in run.iter(qn("w:t")))
    return {role: "".join(texts) for role, texts in found.items()}


def docx_bytes(context: ReportContext, charts: Mapping[str, ChartImage], pages: Pages | None = None) -> bytes:
    """report.docx's bytes: the charts as pictures, the subset fonts embedded. ``pages`` are the PDF
    layout's page numbers when the caller has them (laid out beside the PDF), else Typst lays it out here."""
    doc = Writer(context, charts, pages).build()
    embed_fonts(doc, report_fonts(context, text_by_role(doc, context.fonts)))
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
