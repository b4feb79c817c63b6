"""Where sectorbrief keeps its files: $SECTORBRIEF_HOME, else ~/.sectorbrief."""

from __future__ import annotations

import os
from pathlib import Path

HOME_VARIABLE = "SECTORBRIEF_HOME"


def sectorbrief_home() -> Path:
    """The folder for the store and caches (not created here)."""
    home = os.environ.get(HOME_VARIABLE)
    return Path(home).expanduser() if home else Path.home() / ".sectorbrief"
