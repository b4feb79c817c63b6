"""Bar drawings (charts.report.BarDrawing) shared by the processes of one batch through a folder.

Each drawing is drawn once for all the processes: the first to want it claims it (a claim file made
atomically, naming its process), draws it and publishes it (written aside, renamed into place); the
others load it, waiting while its claimant is alive and has not published it yet. A claimant that dies
leaves a claim the others then ignore (they draw it themselves); one whose drawing fails withdraws it.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from sectorbrief.charts.report import BarDrawing

log = logging.getLogger(__name__)

POLL_SECONDS = 0.01
PATIENCE_SECONDS = 60.0
"""How long to wait for another process's drawing before drawing it here anyway (it never takes so long)."""


class BarFolder:
    """Drawings published in ``folder`` (made if missing), by the stem of their key."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder

    def _drawing(self, stem: str) -> Path:
        return self.folder / f"{stem}.npz"

    def _claim(self, stem: str) -> Path:
        return self.folder / f"{stem}.claim"

    def published(self, stem: str) -> BarDrawing | None:
        """The drawing if it has been published, else None."""
        try:
            with np.load(self._drawing(stem)) as data:
                bottom, top, low, high = (float(x) for x in data["frame"])
                return BarDrawing(
                    names=[str(name) for name in data["names"]],
                    plain=data["plain"],
                    lit=data["lit"],
                    plain_svg=data["plain_svg"].tobytes(),
                    lit_svg=data["lit_svg"].tobytes(),
                    frame=(bottom, top, low, high),
                )
        except FileNotFoundError:
            return None

    def claim(self, stem: str) -> bool:
        """Whether this process now draws ``stem``: False when it is published or another process claimed it."""
        if self._drawing(stem).exists():
            return False
        note = self.folder / f"{stem}.{os.getpid()}.pid"
        note.write_text(str(os.getpid()))
        try:
            os.link(note, self._claim(stem))  # atomic: fails when the claim exists
        except FileExistsError:
            return False
        finally:
            note.unlink()
        return True

    def publish(self, stem: str, draw: Callable[[], BarDrawing]) -> BarDrawing:
        """Draw ``stem`` (claimed by this process) and publish it; a failed drawing withdraws the claim."""
        try:
            drawing = draw()
        except BaseException:
            self._claim(stem).unlink(missing_ok=True)
            raise
        aside = self.folder / f"{stem}.{os.getpid()}.npz"
        np.savez(
            aside,
            names=np.array(drawing.names),
            plain=drawing.plain,
            lit=drawing.lit,
            plain_svg=np.frombuffer(drawing.plain_svg, np.uint8),
            lit_svg=np.frombuffer(drawing.lit_svg, np.uint8),
            frame=np.array(drawing.frame),
        )
        os.replace(aside, self._drawing(stem))
        return drawing

    def claimant_alive(self, stem: str) -> bool:
        """Whether the process that claimed ``stem`` still runs (True while the claim cannot be read)."""
        try:
            pid = int(self._claim(stem).read_text())
        except FileNotFoundError:
            return False
        except ValueError:
            return True
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        return True

    def fetch(self, stem: str, draw: Callable[[], BarDrawing]) -> BarDrawing:
        """``stem``'s drawing: loaded once published; drawn here (and published) when nobody has claimed
        it, when its claimant has died or withdrawn, or after ``PATIENCE_SECONDS``."""
        waited_since = time.monotonic()
        while True:
            drawing = self.published(stem)
            if drawing is not None:
                return drawing
            if self.claim(stem):
                return self.publish(stem, draw)
            if not self.claimant_alive(stem) or time.monotonic() - waited_since > PATIENCE_SECONDS:
                log.debug("bar drawing %s: its claimant is gone, drawn here", stem)
                return draw()
            time.sleep(POLL_SECONDS)
