"""Chinese segmentation with the industry's user dictionary, in a private jieba tokenizer.

Segmentation only decides whether a short Chinese term (卫星, 算力) stands as a whole word in the few
characters around it. The words that can decide that are the ones sharing a character with such a
term, so the tokenizer starts from only those entries of jieba's own dictionary, then adds the user
words, each at the frequency jieba suggests to keep it whole (at least 1,000). Building that costs
about a second (jieba cuts every user word to suggest its frequency), so the finished dictionary is
cached per jieba version and word set, sealed with a checksum (a cut or damaged file is built again;
where the cache cannot be written, the same dictionary is built in memory). A few word sets are kept,
the most recently used; writing another removes the oldest.

The cache holds the dictionary's total and its entries grouped by first character, and a Segmenter
loads a group only when a text to cut has that character: jieba looks up only the text's substrings,
which all start with one of its characters, so the cuts are those of the whole dictionary, while a
week's news reads a small part of its 400,000 entries (about 60 MB in memory when all are loaded).
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib
import io
import logging
import marshal
import sys
import threading
import time
import zlib
from collections.abc import Iterable
from functools import cache
from importlib.metadata import version
from pathlib import Path
from typing import TYPE_CHECKING

from sectorbrief.home import cache_path, read_sealed_cache_bytes, write_sealed_cache_bytes

if TYPE_CHECKING:
    import jieba

log = logging.getLogger(__name__)

CONFIRM_MAX_LEN = 2
"""Chinese terms this short are confirmed as whole words by the segmenter before they count."""
MIN_USER_FREQ = 1000
"""The least frequency a user word is given, whatever jieba suggests."""
STATE_FORMAT = 3
"""The layout of a cached dictionary state; a change makes new cache files."""
KEEP_DICTIONARIES = 4
"""Cached dictionaries kept, the most recently used first (one per word set: a firm's own themes make
another); older ones are removed when a new one is written."""
EARLIER_CACHE_FILES = ("jieba-*.txt", "jieba.u*.cache")
"""Cache files that sectorbrief releases before the sealed dictionary wrote (a user-word file and
jieba's own pickled dictionary); no release reads them any more."""

Dictionary = tuple[dict[str, int], int]
"""jieba's prefix dictionary (word or word prefix -> frequency, 0 for a bare prefix) and its total."""


def import_jieba() -> None:
    """Import jieba without pkg_resources when nothing has imported that yet.

    jieba 0.42 imports pkg_resources only to open its own data files, and opens them with ``open``
    when that import fails. pkg_resources scans every installed distribution as it loads (70 ms and
    14 MB), so it is hidden for that one import: sys.modules is as before once jieba is in."""
    if "jieba" not in sys.modules and "pkg_resources" not in sys.modules:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # None: "import fails"
        try:
            importlib.import_module("jieba")
        finally:
            del sys.modules["pkg_resources"]


def needs_confirming(term: str) -> bool:
    return len(term) <= CONFIRM_MAX_LEN and not term.isascii()


def focus_characters(words: Iterable[str]) -> frozenset[str]:
    """The characters of the short Chinese terms whose word boundaries segmentation decides."""
    return frozenset(ch for word in words if needs_confirming(word) for ch in word)


def reduced_entries(focus: frozenset[str]) -> list[str]:
    """jieba's dictionary lines (word, frequency, tag) whose word shares a character with ``focus``."""
    import_jieba()
    import jieba

    full = Path(jieba.__file__).with_name(jieba.DEFAULT_DICT_NAME)
    with full.open(encoding="utf-8") as lines:
        return [line for line in lines if not focus.isdisjoint(line.split(" ", 1)[0])]


def built_dictionary(words: frozenset[str]) -> Dictionary:
    """The reduced dictionary with ``words`` added in sorted order, each at max(jieba's suggestion,
    MIN_USER_FREQ): the suggestion reads the dictionary as the words before it left it."""
    import_jieba()
    import jieba

    entries = "".join(reduced_entries(focus_characters(words))).encode("utf-8")
    tok = tokenizer_of(jieba.Tokenizer.gen_pfdict(io.BytesIO(entries)))
    for word in sorted(words):
        tok.add_word(word, freq=max(tok.suggest_freq(word), MIN_USER_FREQ))
    return tok.FREQ, tok.total


def dictionary_cache(words: frozenset[str]) -> Path:
    """The cache file of the dictionary for ``words``: keyed on the words, jieba's version (its
    dictionary ships with it) and the layout."""
    key = "\n".join([*sorted(words), version("jieba"), str(marshal.version), str(STATE_FORMAT)])
    return cache_path(f"jieba-dictionary-{hashlib.sha256(key.encode()).hexdigest()[:20]}.marshal")


Shards = dict[str, bytes]
"""A dictionary's entries grouped by first character, each group a zlib-compressed marshal dump of
word -> frequency (a third of the size: the groups not yet read stay in memory)."""


def shards_of(freq: dict[str, int]) -> Shards:
    groups: dict[str, dict[str, int]] = {}
    for word, count in freq.items():
        groups.setdefault(word[:1], {})[word] = count
    return {first: zlib.compress(marshal.dumps(group), 1) for first, group in groups.items()}  # fastest level


def read_dictionary(path: Path) -> tuple[int, Shards] | None:
    """The total and shards cached at ``path``; None when missing, cut short, damaged or of another shape."""
    data = read_sealed_cache_bytes(path)
    if data is None:
        return None
    try:
        total, shards = marshal.loads(data)
    except (EOFError, ValueError, TypeError):
        return None
    if not isinstance(total, int) or not isinstance(shards, dict):
        return None
    if not all(isinstance(k, str) and isinstance(v, bytes) for k, v in shards.items()):
        return None
    return total, shards


def dictionary(words: frozenset[str]) -> tuple[int, Shards]:
    """The dictionary for ``words``, from the cache when a whole one is there, else built and cached."""
    path = dictionary_cache(words)
    cached = read_dictionary(path)
    if cached is not None:
        mark_used(path)
        return cached
    if path.exists():
        log.warning("segmenter cache %s is damaged: building it again", path)
    freq, total = built_dictionary(words)
    shards = shards_of(freq)
    if write_sealed_cache_bytes(path, marshal.dumps((total, shards))):  # unwritable: only slower next time
        evict_stale_dictionaries(path.parent, keep=KEEP_DICTIONARIES)
    return total, shards


def mark_used(path: Path) -> None:
    """Set ``path``'s modification time to now, which eviction reads as its last use."""
    with contextlib.suppress(OSError):  # a read-only cache is still read; only its eviction order is older
        path.touch()


def evict_stale_dictionaries(folder: Path, keep: int) -> list[Path]:
    """Remove all but the ``keep`` most recently used dictionaries in ``folder``, and the files of
    earlier releases; the removed paths. Only files of these names, which sectorbrief writes, are touched."""

    def last_used(path: Path) -> float:
        try:
            return path.stat().st_mtime
        except OSError:
            return 0.0

    dictionaries = sorted(folder.glob("jieba-dictionary-*.marshal"), key=last_used, reverse=True)
    earlier = [p for pattern in EARLIER_CACHE_FILES for p in folder.glob(pattern)]
    removed = []
    for path in [*dictionaries[keep:], *earlier]:
        try:
            path.unlink()
        except OSError as exc:
            log.debug("cache %s not removed: %s", path, exc)
            continue
        removed.append(path)
    return removed


def tokenizer_of(state: Dictionary) -> jieba.Tokenizer:
    """A jieba tokenizer reading ``state``, set as jieba's own ``initialize`` sets a loaded dictionary."""
    import_jieba()
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    tok.FREQ, tok.total = state
    tok.initialized = True  # never loads jieba's default dictionary
    return tok


class Segmenter:
    """jieba's cuts (no HMM) over a dictionary whose entries are loaded by first character, as the
    texts to cut need them (under a lock: a thread never cuts while another is loading its groups)."""

    def __init__(self, total: int, shards: Shards) -> None:
        self.tokenizer = tokenizer_of(({}, total))
        self.unread = dict(shards)
        self.loading = threading.Lock()

    @property
    def entries(self) -> int:
        """How many dictionary entries (words and word prefixes) are loaded."""
        return len(self.tokenizer.FREQ)

    def cut(self, text: str) -> list[str]:
        """``text`` as words: jieba's cut without HMM, the user words kept whole."""
        with self.loading:
            for first in self.unread.keys() & set(text):
                self.tokenizer.FREQ.update(marshal.loads(zlib.decompress(self.unread.pop(first))))
        return list(self.tokenizer.lcut(text, HMM=False))


@cache
def tokenizer(words: frozenset[str]) -> Segmenter:
    """A segmenter that keeps every word of ``words`` whole (中际旭创, 沪深300, 光模块)."""
    started = time.perf_counter()
    segmenter = Segmenter(*dictionary(words))
    log.info("jieba tokenizer ready in %.2f s (%d user words)", time.perf_counter() - started, len(words))
    return segmenter


def segment(text: str, words: frozenset[str]) -> list[str]:
    """``text`` as words, the user dictionary's words kept whole."""
    return tokenizer(words).cut(text)


def boundaries(text: str, words: frozenset[str]) -> set[int]:
    """The character offsets in ``text`` where one word ends and the next begins (0 and len included)."""
    offsets = {0}
    position = 0
    for token in segment(text, words):
        position += len(token)
        offsets.add(position)
    return offsets
