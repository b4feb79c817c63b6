"""c25 survey: every rank or ordered-list construct in the checker's development rows, and whether it is read.

Usage: python scripts/survey_ranks_order.py [KIND:SHAPE [N]]   (KIND:SHAPE prints up to N unread examples)
Development rows (session 2026-12-03): corpus rows in pool B (sha1(id) odd) or with a mutation_of or a labelled
error, never a row listed in $RESERVED (default /work/wt/reserved_m23.txt, every row reserved before m23 and m24 were written), never dev_c25_mutations (c25's own).

Rank construct read: a RankClaim in the sentence spanning the construct; 'full' when it has a subject, a
universe (or classification) and a period. Order construct read: an ordered list (order.ordered_lists), a
chain (chains.chains) or a leader + followers (runner_up) spanning the construct, with >= 2 figured items.
"""

import collections
import hashlib
import json
import os
import pathlib
import re
import sys
import types

from sectorbrief.check.claims import extract
from sectorbrief.check.read import read_plain
from sectorbrief.check.rules import chains as chains_mod
from sectorbrief.check.rules import order as order_mod
from sectorbrief.check.rules import runner_up as ru
from sectorbrief.check.rules import superlatives as sup
from sectorbrief.check.rules.order import listed_items

CORPUS = pathlib.Path(__file__).resolve().parents[1] / "tests" / "check" / "corpus"
RESERVED = {
    tuple(line.split())
    for line in pathlib.Path(os.environ.get("RESERVED", "/work/wt/reserved_m23.txt")).read_text().splitlines()
    if line.strip()
}


def pool(i):
    return "A" if int(hashlib.sha1(i.encode()).hexdigest(), 16) % 2 == 0 else "B"


def all_rows():
    for f in sorted(CORPUS.glob("*.jsonl")):
        for line in f.open(encoding="utf-8"):
            r = json.loads(line)
            yield f.name, r


def dev_rows():
    for name, r in all_rows():
        if (name, r["id"]) in RESERVED or name == "dev_c25_mutations.jsonl":
            continue
        if pool(r["id"]) == "B" or r.get("mutation_of") or r.get("errors"):
            yield name, r


def is_reserved(name, r):
    return (name, r["id"]) in RESERVED


rows = types.SimpleNamespace(dev_rows=dev_rows)

CN = "一二两三四五六七八九十"
RANK_SHAPES = [
    ("倒数第N", rf"倒数第\s?[\d{CN}]+"),
    ("排名N/M", r"(?:排名|排序|位列|位居|排)\s?(?:第\s?)?\d+\s?/\s?\d+"),
    ("rank list 第a、b", r"第\s?\d+\s?(?:位|名)?\s?(?:、|和|与|及)\s?第?\s?\d+"),
    ("排名第N", rf"(?:排名|排序|排行)(?:[^，,。；;]{{0,12}}?)第\s?[\d{CN}]+"),
    ("居/位居/位列/位于/处于/列/排在 第N", rf"(?:位居|位列|位于|处于|居于|居|列|排在|排|名列)第\s?[\d{CN}]+"),
    ("排名N (no 第)", r"排名\s?\d+\s?(?:位|名)?(?![\d/.%])"),
    ("第N名/位 (other)", rf"第\s?[\d{CN}]+\s?(?:名|位)"),
    ("末位/垫底/居末", r"末位|垫底|居末|最后一位|倒数第一"),
    ("首位/居首/榜首/第一", r"居首|首位|榜首|位居第一|排名第一"),
]
ORDER_SHAPES = [
    ("> chain", r"[\u4e00-\u9fffA-Za-z)）%]\s*[>＞]\s*[\u4e00-\u9fffA-Za-z]"),
    ("依次", r"依次"),
    ("从高到低/由大到小", r"[从由](?:高到低|大到小|低到高|小到大)|降序|升序"),
    ("涨幅前N/跌幅前N", rf"(?:涨跌幅|涨幅|跌幅|收益|收益率)(?:排名|排行|居|列)?前[\d{CN}]+"),
    ("后N/倒数前N", rf"(?:涨跌幅|涨幅|跌幅|收益|排名)(?:排名)?后[\d{CN}]+|倒数前[\d{CN}]+"),
    ("前N名/前N位 (other)", rf"前[\d{CN}]+(?:名|位|大)"),
    ("居前/靠前/居后/靠后", r"居前|靠前|居后|靠后|前列"),
    ("领涨/领跌", r"领涨|领跌"),
    ("其次/再次/紧随其后/次之", r"其次|再次|紧随其后|紧跟其后|次之|随后是|随后为"),
    ("最好的N/最差的N", rf"最(?:好|佳|差|高|大|低)的(?:前)?[\d{CN}]+"),
]
RANK_RES = [(n, re.compile(p)) for n, p in RANK_SHAPES]
ORDER_RES = [(n, re.compile(p)) for n, p in ORDER_SHAPES]


def order_spans(sentence):
    spans = []
    for o in order_mod.ordered_lists(sentence):
        if len(o.items) >= 2:
            spans.append((min(i[2] for i in o.items), max(i[3] for i in o.items), len(o.items)))
    for links in chains_mod.chains(sentence):
        if len(links) >= 2:
            spans.append((min(k.start for k in links), max(k.end for k in links), len(links)))
    for move, _top in sup.superlatives(sentence):
        spans.append((move.start, move.end, 1))
    text = sentence.text
    for after in ru._NEXT.finditer(text):
        if list(ru._LEAD.finditer(text, 0, after.start())):
            items = listed_items(text, after.end()) or (
                order_mod.names_then_values(text, after.end())
                if hasattr(order_mod, "names_then_values")
                else []
            )
            if items:
                spans.append((after.start(), items[-1][3], len(items) + 1))
    return spans


OTHER = re.compile(
    r"成交|资金|净流入|净流出|票房|市值|换手|周转率|权重|贡献|基金|估值|PE|市盈率|份额|产出|销量|成份股|分位"
)


def in_scope(text, m):
    """A ranking or order of returns (not of an amount, a flow, a weight or a valuation)."""
    window = text[max(0, m.start() - 30) : m.end() + 30]
    return OTHER.search(window) is None


def shape_of(res, text, pos_taken):
    out = []
    for name, rx in res:
        for m in rx.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in pos_taken):
                continue
            pos_taken.append((m.start(), m.end()))
            out.append((name, m))
    return out


def main(verbose_shape=None, limit=30):
    tally = collections.defaultdict(lambda: [0, 0, 0])  # constructs, read (any), read full
    examples = collections.defaultdict(list)
    for fname, row in rows.dev_rows():
        claims = extract(read_plain(row["text"]))
        ranks_by = collections.defaultdict(list)
        for k in claims.ranks:
            ranks_by[id(k.sentence)].append(k)
        for s in claims.sentences:
            text = s.text
            for name, m in shape_of(RANK_RES, text, []):
                ks = [
                    k
                    for k in ranks_by[id(s)]
                    if k.start <= m.end() and m.start() < max(k.end, m.start() + 1) + 2
                ]
                ks = [k for k in ranks_by[id(s)] if not (k.end <= m.start() or k.start >= m.end())] or ks
                full = any(k.subject and (k.universe or k.classification) and k.period for k in ks)
                t = tally[("rank", name)]
                t[0] += 1
                t[1] += bool(ks)
                t[2] += full
                if in_scope(text, m):
                    t = tally[("rank-returns", name)]
                    t[0] += 1
                    t[1] += bool(ks)
                    t[2] += full
                miss = (
                    ""
                    if full
                    else (
                        "none"
                        if not ks
                        else ",".join(
                            sorted(
                                {
                                    f
                                    for k in ks
                                    for f, v in (
                                        ("subject", k.subject),
                                        ("universe", k.universe or k.classification),
                                        ("period", k.period),
                                    )
                                    if not v
                                }
                            )
                        )
                    )
                )
                tally[("rankmiss", name + ":" + miss)][0] += 1
                examples[("rank", name)].append(
                    (
                        fname,
                        row["id"],
                        bool(ks),
                        full,
                        ("" if in_scope(text, m) else "OTHER ")
                        + miss
                        + " | "
                        + text[max(0, m.start() - 50) : m.end() + 30],
                    )
                )
            if not re.search(r"\d(?:\.\d+)?%", text):
                continue  # an order claim with no figures cannot be checked; count only figured sentences
            spans = order_spans(s)
            for name, m in shape_of(ORDER_RES, text, []):
                hit = [sp for sp in spans if sp[0] - 60 <= m.start() <= sp[1] + 5]
                t = tally[("order", name)]
                t[0] += 1
                t[1] += bool(hit)
                t[2] += bool(hit)
                if in_scope(text, m):
                    t = tally[("order-returns", name)]
                    t[0] += 1
                    t[1] += bool(hit)
                    t[2] += bool(hit)
                examples[("order", name)].append(
                    (
                        fname,
                        row["id"],
                        bool(hit),
                        bool(hit),
                        ("" if in_scope(text, m) else "OTHER ") + text[max(0, m.start() - 40) : m.end() + 80],
                    )
                )
    print(f"{'kind':6} {'shape':40} constructs  read  full")
    for key in sorted(tally, key=lambda k: (k[0], -tally[k][0])):
        c, r, f = tally[key]
        print(f"{key[0]:6} {key[1]:40} {c:6} {r:6} {f:6}")
    tot = collections.Counter()
    for (kind, _), (c, r, f) in tally.items():
        tot[kind, "c"] += c
        tot[kind, "r"] += r
        tot[kind, "f"] += f
    for kind in ("rank", "rank-returns", "order", "order-returns"):
        print(kind, "total", tot[kind, "c"], "read", tot[kind, "r"], "full", tot[kind, "f"])
    if verbose_shape:
        kind, shape = verbose_shape.split(":", 1)
        n = 0
        for ex in examples[(kind, shape)]:
            if not ex[3] and n < limit:
                n += 1
                print(ex[0], ex[1], "read" if ex[2] else "UNREAD", "|", ex[4].replace("\n", " "))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else None, int(sys.argv[2]) if len(sys.argv) > 2 else 30)
