"""One event from several outlets becomes one item: MinHash over character 3-grams with LSH banding,
plus a second look at items of one theme that share two or more figures (150亿美元, 1.4GW). Pairs
are confirmed on the estimated Jaccard similarity and grouped with union-find."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence

import numpy as np

from sectorbrief.news.figures import figures

PERMUTATIONS = 63
BANDS = 21
ROWS = PERMUTATIONS // BANDS
TEXT_CHARS = 400
SAME_TEXT = 0.4
"""Estimated Jaccard of 3-grams above which two items are one event."""
SAME_FIGURES = 0.2
"""A lower bar for items of one theme that share two figures."""
MAX_BUCKET = 64
MAX_FIGURE_BUCKET = 8
"""A figure shared by more items of one theme than this marks no single event (10%, 5G)."""
CHUNK = 20_000

_SKIP = re.compile(r"[\s\W_]+")
_rng = np.random.default_rng(20260706)
_A = _rng.integers(1, 2**63, PERMUTATIONS, dtype=np.uint64) | np.uint64(1)
_B = _rng.integers(0, 2**63, PERMUTATIONS, dtype=np.uint64)


def signature(text: str) -> np.ndarray:
    """The MinHash signature (uint64 × PERMUTATIONS) of the character 3-grams of ``text``."""
    chars = np.frombuffer(
        _SKIP.sub("", text[: 2 * TEXT_CHARS])[:TEXT_CHARS].encode("utf-32-le"), dtype=np.uint32
    ).astype(np.uint64)
    if len(chars) < 3:
        chars = np.concatenate([chars, np.zeros(3 - len(chars), dtype=np.uint64)])
    with np.errstate(over="ignore"):
        grams = np.unique(
            (chars[:-2] * np.uint64(1_000_003) + chars[1:-1]) * np.uint64(1_000_003) + chars[2:]
        )
        hashed = (_A[:, None] * grams[None, :] + _B[:, None]) >> np.uint64(16)
    return hashed.min(axis=1)


def similar(sigs: np.ndarray, i: int, j: int) -> float:
    """Estimated Jaccard similarity of items ``i`` and ``j``."""
    return float(np.mean(sigs[i] == sigs[j]))


def _lsh_pairs(sigs: np.ndarray, groups: Sequence[str]) -> Iterable[tuple[int, int]]:
    for band in range(BANDS):
        buckets: dict[tuple[str, bytes], list[int]] = defaultdict(list)
        block = sigs[:, band * ROWS : (band + 1) * ROWS]
        for i, row in enumerate(block):
            buckets[(groups[i], row.tobytes())].append(i)
        for members in buckets.values():
            # star, not all pairs: each member against the bucket's first; union-find does the rest
            yield from ((members[0], other) for other in members[1:])


def _figure_pairs(texts: Sequence[str], groups: Sequence[str]) -> Iterable[tuple[int, int]]:
    index: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, text in enumerate(texts):
        for figure in figures(text[: 2 * TEXT_CHARS]):
            index[(groups[i], figure)].append(i)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for members in index.values():
        if len(members) > MAX_FIGURE_BUCKET:
            continue
        for pair in _pairs(members):
            shared[pair] += 1
    return (pair for pair, n in shared.items() if n >= 2)


def _confirmed(sigs: np.ndarray, pairs: set[tuple[int, int]], bar: float) -> list[tuple[int, int]]:
    """The pairs whose estimated Jaccard similarity reaches ``bar``, checked in one vector pass."""
    if not pairs:
        return []
    index = np.array(list(pairs), dtype=np.int64)
    kept: list[tuple[int, int]] = []
    for start in range(0, len(index), CHUNK):
        part = index[start : start + CHUNK]
        score = (sigs[part[:, 0]] == sigs[part[:, 1]]).mean(axis=1)
        kept.extend((int(i), int(j)) for i, j in part[score >= bar])
    return sorted(kept)


def _pairs(members: list[int]) -> Iterable[tuple[int, int]]:
    if 1 < len(members) <= MAX_BUCKET:
        for a in range(len(members)):
            for b in range(a + 1, len(members)):
                yield members[a], members[b]


def clusters(texts: Sequence[str], groups: Sequence[str] | None = None) -> list[list[int]]:
    """Indices of ``texts`` grouped by event (only texts of one group, e.g. theme, can merge), each
    cluster in input order, clusters ordered by their first member."""
    keys = list(groups) if groups is not None else [""] * len(texts)
    if not texts:
        return []
    sigs = np.stack([signature(t) for t in texts])
    parent = list(range(len(texts)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for bar, pairs in ((SAME_TEXT, _lsh_pairs(sigs, keys)), (SAME_FIGURES, _figure_pairs(texts, keys))):
        for i, j in _confirmed(sigs, set(pairs), bar):
            if find(i) != find(j):
                parent[find(j)] = find(i)
    grouped: dict[int, list[int]] = defaultdict(list)
    for i in range(len(texts)):
        grouped[find(i)].append(i)
    return sorted(grouped.values(), key=lambda c: c[0])
