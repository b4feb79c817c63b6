"""The bundled CJK typefaces every output uses (charts, PDF, HTML, Word): the pip-installed
Noto Sans SC / Noto Serif SC files. The bottom layer: no imports from the rest of sectorbrief."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

FONT_PACKAGE = "pylopdf_fonts_zh_cn"
SANS_FILE = "NotoSansSC-Regular.otf"
SERIF_FILE = "NotoSerifSC-Regular.otf"


def font_dir() -> Path:
    """The folder holding the pip-installed Noto Sans SC / Noto Serif SC files."""
    return Path(str(resources.files(FONT_PACKAGE)))
