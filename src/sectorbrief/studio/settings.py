"""What the studio's routes share: its settings, the engine and the drafts."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sectorbrief.studio.drafts import DraftStore
from sectorbrief.studio.engine import Engine, Sources


@dataclass(frozen=True)
class Settings:
    """How the studio runs: its home folder, where it listens, and its market and news."""

    home: Path
    host: str = "127.0.0.1"
    port: int = 8765
    sources: Sources = field(default_factory=Sources)
    token: str | None = None
    """Required on every request when set (the server listens beyond loopback)."""
    warm: bool = True
    """Compute the default week (通信, the demo as-of) as the server starts."""


@dataclass
class Studio:
    """What the routes share: settings, the engine and the drafts."""

    settings: Settings
    engine: Engine
    drafts: DraftStore

    @property
    def home(self) -> Path:
        return self.settings.home
