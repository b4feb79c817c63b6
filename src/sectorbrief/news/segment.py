"""Chinese segmentation with the industry's user dictionary, in a private jieba tokenizer.

jieba builds its prefix dictionary on first use (about a second), so the tokenizer is made once per
process and word set, and jieba itself is imported only when a tokenizer is first needed.
"""

from __future__ import annotations

import logging
import time
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import jieba

log = logging.getLogger(__name__)


@cache
def tokenizer(words: frozenset[str]) -> jieba.Tokenizer:
    """A jieba tokenizer that keeps every word of ``words`` whole (中际旭创, 沪深300, 光模块)."""
    import jieba

    started = time.perf_counter()
    jieba.setLogLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    tok.initialize()
    for word in sorted(words):
        tok.add_word(word, freq=max(tok.suggest_freq(word), 1000))
    log.info("jieba tokenizer ready in %.2f s (%d user words)", time.perf_counter() - started, len(words))
    return tok


def segment(text: str, words: frozenset[str]) -> list[str]:
    """``text`` as words, the user dictionary's words kept whole."""
    return tokenizer(words).lcut(text, HMM=False)


def boundaries(text: str, words: frozenset[str]) -> set[int]:
    """The character offsets in ``text`` where one word ends and the next begins (0 and len included)."""
    offsets = {0}
    position = 0
    for token in segment(text, words):
        position += len(token)
        offsets.add(position)
    return offsets
