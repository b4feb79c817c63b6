"""The checker on real broker market reviews (see corpus/README.md for the labels and the split)."""

from __future__ import annotations

import time

import pytest

from sectorbrief.check import check_text
from tests.check.corpus_score import rows, score, split_of


def test_corpus_is_real_broad_and_split_by_url() -> None:
    real = rows("real.jsonl")
    assert len(real) >= 80
    assert len({r["industry"] for r in real}) >= 15
    assert all(r["url"].startswith("http") and r["text"] for r in real)
    assert all(r["split"] == split_of(r["url"]) for r in real)
    assert sum(bool(r["errors"]) for r in real) >= 6
    assert all(m["mutation_of"] in {r["id"] for r in real} for m in rows("mutations.jsonl"))


@pytest.mark.parametrize("split", ["dev", "holdout"])
def test_error_level_precision_and_recall(split: str) -> None:
    items = [r for r in rows("real.jsonl") + rows("mutations.jsonl") if r["split"] == split]
    result = score(items)
    assert result.precision >= 0.9, result
    assert result.recall >= 0.8, result


def test_excess_claims_with_both_returns_stated_are_verified() -> None:
    result = score(rows("real.jsonl"))
    assert result.stated >= 20
    assert result.verified >= 0.8 * result.stated, result


def test_a_hundred_excerpts_check_in_under_two_seconds() -> None:
    texts = [r["text"] for r in rows("real.jsonl") + rows("mutations.jsonl")][:100]
    check_text(texts[0])  # tables and patterns load once per process
    start = time.process_time()
    for text in texts:
        check_text(text)
    assert len(texts) >= 90
    assert time.process_time() - start < 2.0
