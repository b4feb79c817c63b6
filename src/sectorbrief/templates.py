"""Compiled Jinja templates kept in sectorbrief's cache folder, so a build does not compile the same
templates again: the md, html and narrative templates are the same for every report.

Jinja keys each file by the template's name and checks it against the template's source and Python's
version when reading it: an edited template or another Python compiles afresh. A file that is missing,
unreadable or damaged is only a miss; one that cannot be written is not kept.
"""

from __future__ import annotations

import io
from pathlib import Path

import jinja2
from jinja2.bccache import Bucket

from sectorbrief.home import cache_path, write_cache_bytes


class CompiledTemplates(jinja2.BytecodeCache):
    """A Jinja bytecode cache under the sectorbrief home (``cache/templates/``)."""

    def load_bytecode(self, bucket: Bucket) -> None:
        try:
            data = self.path(bucket).read_bytes()
        except OSError:
            return
        try:
            bucket.load_bytecode(io.BytesIO(data))  # a stale file is reset (compiled afresh) there
        except Exception:  # damaged bytes: pickle and marshal raise several kinds
            bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        write_cache_bytes(self.path(bucket), bucket.bytecode_to_string())

    @staticmethod
    def path(bucket: Bucket) -> Path:
        return cache_path(f"templates/{bucket.key}.jinja")
