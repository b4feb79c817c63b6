"""One exception hierarchy; the CLI prints any of these as one line and exits 2."""

from __future__ import annotations


class SectorbriefError(Exception):
    """Base of every error sectorbrief raises on purpose (bad input, bad config, failed render)."""

    exit_code = 2


class DataError(SectorbriefError):
    """Market data or news input that cannot be used: names the file, row or field."""


class ConfigError(SectorbriefError):
    """A configuration or house-style file that does not validate."""


class RenderError(SectorbriefError):
    """A report format that could not be written."""


class UsageError(SectorbriefError):
    """Options that do not fit together (unknown industry, as-of outside the data...)."""
