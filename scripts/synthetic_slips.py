"""A coverage gauge: synthetic one-place slips in the visible consistent corpus rows, and how many the checker catches.

Usage: python scripts/synthetic_slips.py [--rows N] [--list]

For each visible consistent real excerpt (not a mutation, not in a holdout_m22 … m26 file, not protected), two
numbers are changed one at a time (the last digit +3 mod 10, or the last two digits swapped) and the first direction
word found is flipped (上涨 -> 下跌, 跑赢 -> 跑输, 高于 -> 低于 …). A mutant is caught when an error finding quotes the
changed number or the flipped word. Most mutants are not provable from their own text, so the rate is no recall:
it compares checker versions on the same sample, nothing more.

Protected rows are never read: pool-A (sha1(id) even) consistent excerpts that no visible mutation set or originals
file uses, which are the reserved rows and the sources of the untuned sets (tests/check/corpus/README.md).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
from pathlib import Path

from opencc import OpenCC

from sectorbrief.check import check_text
from sectorbrief.check.normalise import normalise

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "check" / "corpus"
UNTUNED = ("holdout_m22", "holdout_m23", "holdout_m24", "holdout_m25", "holdout_m26")
NUMBER = re.compile(
    r"(?<![\d.])(\d+\.\d+|\d{2,})(?=\s*(?:%|％|个百分点|個百分點|pct|bp|点|點|亿|億|万|萬|倍|元|美元|名|位))"
)
FLIPS = (
    ("上涨", "下跌"), ("下跌", "上涨"), ("跑赢", "跑输"), ("跑输", "跑赢"), ("高于", "低于"), ("低于", "高于"),
    ("领先", "落后"), ("增加", "减少"), ("减少", "增加"), ("上升", "下降"), ("下降", "上升"), ("净流入", "净流出"),
    ("净流出", "净流入"), ("强于", "弱于"), ("弱于", "强于"), ("最高", "最低"), ("最低", "最高"), ("第一", "第三"),
    ("上漲", "下跌"), ("跑贏", "跑輸"), ("跑輸", "跑贏"), ("高開", "低開"), ("高开", "低开"), ("低开", "高开"),
    ("收涨", "收跌"), ("收跌", "收涨"),
)  # fmt: skip


def digest(text: str) -> int:
    return int(hashlib.sha1(text.encode()).hexdigest(), 16)


def visible_rows() -> list[dict]:
    """Consistent real excerpts outside the untuned files and the protected pool-A rows, in a fixed order."""
    used: set[str] = set()
    rows: dict[str, dict] = {}
    for path in sorted(CORPUS.glob("*.jsonl")):
        untuned = path.name.startswith(UNTUNED)
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            if "mutation_of" in row:
                used |= set() if untuned else {row["mutation_of"]}
            elif "originals" in path.name:
                used |= set() if untuned else {row["id"]}
            elif not untuned and not row["errors"]:
                rows.setdefault(row["id"], row)
    visible = [r for i, r in rows.items() if digest(i) % 2 == 1 or i in used]
    return sorted(visible, key=lambda r: hashlib.sha1(r["id"].encode()).hexdigest())


def number_mutants(row: dict) -> list[tuple[str, str, str]]:
    """Up to two (mutated text, old figure, quote a finding must hold) with one figure misprinted."""
    text, found = row["text"], list(NUMBER.finditer(row["text"]))
    mutants = []
    for k in range(min(2, len(found))):
        m = found[digest(row["id"] + str(k)) % len(found)]
        old = m.group(1)
        digits = [i for i, c in enumerate(old) if c.isdigit()]
        i, j = digits[-2:] if len(digits) >= 2 else (None, digits[-1])
        if digest(row["id"] + "s" + str(k)) % 2 and i is not None and old[i] != old[j]:
            new = old[:i] + old[j] + old[i + 1 : j] + old[i] + old[j + 1 :]
        else:
            new = old[:j] + str((int(old[j]) + 3) % 10) + old[j + 1 :]
        mutants.append(
            (text[: m.start(1)] + new + text[m.end(1) :], old, new + text[m.end(1) : m.end(1) + 1])
        )
    return mutants


def word_mutant(row: dict) -> tuple[str, str, str] | None:
    text = row["text"]
    for old, new in FLIPS:
        if old in text:
            i = text.index(old)
            return text[:i] + new + text[i + len(old) :], old, new
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--rows", type=int, default=5000, help="how many visible rows to sample (default all)"
    )
    parser.add_argument(
        "--list", action="store_true", help="print every mutant: id, kind, old, quote, caught"
    )
    args = parser.parse_args()
    t2s = OpenCC("t2s")
    tally = {"number": [0, 0], "word": [0, 0]}
    for row in visible_rows()[: args.rows]:
        if check_text(row["text"]).errors:
            continue
        word = word_mutant(row)
        mutants = [("number", m) for m in number_mutants(row)] + ([("word", word)] if word else [])
        for kind, (text, old, quote) in mutants:
            wanted = t2s.convert(normalise(quote))
            caught = any(wanted in f.message + f.snippet for f in check_text(text).errors)
            tally[kind][0] += 1
            tally[kind][1] += caught
            if args.list:
                print(row["id"], kind, old, quote, caught, sep="\t")
    for kind, (made, caught) in tally.items():
        print(f"{kind}: caught {caught}/{made} = {caught / max(made, 1):.2f}")


if __name__ == "__main__":
    main()
