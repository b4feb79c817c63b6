"""The analysts' studio: a local web app (and its /api) to review, edit, check and publish a week's report."""

from sectorbrief.studio.app import create_app
from sectorbrief.studio.engine import Sources
from sectorbrief.studio.settings import Settings

__all__ = ["Settings", "Sources", "create_app"]
