"""Charts of the weekly report: matplotlib's object-oriented API, styled inside ``chart_style()``."""
