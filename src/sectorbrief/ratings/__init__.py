"""Ratings that keep score (verify past ratings against the market) and what changed since last week.

verify.py and summary.py are pure (frames and sessions in, frames and dicts out); read.py reads
ratings files and built reports; output.py formats; chart.py draws; diff.py compares two builds.
"""
