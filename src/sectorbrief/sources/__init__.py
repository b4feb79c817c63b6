"""Where market data comes from: local files (files.py), later the bundled demo and live fetchers."""
