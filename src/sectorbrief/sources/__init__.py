"""Where market data comes from: the bundled demo, user files, live fetches."""
