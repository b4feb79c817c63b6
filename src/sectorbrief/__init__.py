"""sectorbrief: Chinese sell-side industry weekly tracking reports, end to end."""

__version__ = "0.1.0"
