"""manifest.json: per report of a batch folder, the fingerprint of its inputs and its summary row.

A report whose fingerprint matches and whose folder is complete is not built again. The manifest is
rewritten atomically after every report, so a run killed at any moment leaves a manifest that is
true of what is on disk (a report placed but not yet recorded is simply built again).
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sectorbrief.batch.names import MANIFEST_FILE
from sectorbrief.batch.summary import Row
from sectorbrief.errors import DataError
from sectorbrief.pipeline.stages import FACTS_FILE

log = logging.getLogger(__name__)

SCHEMA = "sectorbrief.batch-manifest/1"


@dataclass
class Entry:
    fingerprint: str
    row: Row


@dataclass
class Manifest:
    path: Path
    entries: dict[str, Entry] = field(default_factory=dict)

    @classmethod
    def load(cls, out: Path) -> Manifest:
        """The manifest of the batch folder ``out``; empty when there is none yet."""
        path = out / MANIFEST_FILE
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls(path)
        except (OSError, ValueError) as exc:
            raise DataError(
                f"{path}: not a batch manifest ({exc}); remove it to rebuild every report"
            ) from None
        if not isinstance(raw, dict) or raw.get("schema") != SCHEMA:
            raise DataError(f"{path}: not a {SCHEMA} file; remove it to rebuild every report")
        entries = {
            key: Entry(value["fingerprint"], Row.from_dict(value["row"]))
            for key, value in raw["reports"].items()
        }
        return cls(path, entries)

    def is_done(self, key: str, fingerprint: str) -> bool:
        """True when ``key`` was built with this fingerprint and its folder is still there."""
        entry = self.entries.get(key)
        return (
            entry is not None
            and entry.row.ok
            and entry.fingerprint == fingerprint
            and (self.path.parent / key / FACTS_FILE).is_file()
        )

    def record(self, fingerprint: str, row: Row) -> None:
        """Record one report's outcome and write the manifest (atomically)."""
        self.entries[row.key] = Entry(fingerprint, row)
        self.save()

    def save(self) -> None:
        data: dict[str, Any] = {
            "schema": SCHEMA,
            "reports": {
                key: {"fingerprint": entry.fingerprint, "row": entry.row.to_dict()}
                for key, entry in sorted(self.entries.items())
            },
        }
        tmp = self.path.with_name(f".{MANIFEST_FILE}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        os.replace(tmp, self.path)
