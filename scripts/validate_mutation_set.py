#!/usr/bin/env python3
"""Validate a writer's mutation set, tests/check/corpus/holdout_<SET>_mutations.jsonl, without running the checker.

Usage: python3 scripts/validate_mutation_set.py SET [SET ...]    (SET: m21 … m26, or all)

Checks, from the corpus files alone (no third-party imports, nothing outside the repository):
- every line parses; keys in order; ids unique and <SET>-NN-<mutation_of> with NN 01..45; 45 rows, 9 of each kind;
  one error per row; the note one non-empty line;
- each source (`mutation_of`) is a consistent row (errors []) of a corpus file that is not a mutation or originals
  file, in pool A (sha1(id) even: the rows kept from the checker's authors for the writers), used once here, once
  per URL, and by no other *mutations*.jsonl (its `mutation_of`) or *originals*.jsonl (its ids);
- the originals file holds each source under the mutation's id (m24 on) or the source's id (m21–m23), with
  errors [] and its own split, equal to the source row (text, url, industry, excess_stated, note);
- each text is its original with `change` (OLD -> NEW) applied once; every evidence string occurs verbatim in the
  mutated text and the first does not occur in the original (it holds the changed characters).
From m24 on (the sets written to this script's contract) also: the error's note starts with the change, each
evidence string has 4-20 characters, the row's note is one non-empty line; m21–m23 were written before those rules.
"""

import glob
import hashlib
import json
import os
import sys
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "tests", "check", "corpus")
SETS = ("m21", "m22", "m23", "m24", "m25", "m26")
KINDS = ("arithmetic", "direction", "contradiction", "rank", "order")
MUT_KEYS = [
    "id",
    "split",
    "url",
    "industry",
    "text",
    "errors",
    "excess_stated",
    "note",
    "mutation_of",
    "change",
]
ORIG_KEYS = ["id", "split", "url", "industry", "text", "errors", "excess_stated", "note"]
SOURCE_FIELDS = ("text", "url", "industry", "excess_stated", "note")
CONTRACT_FROM = "m24"  # the first set written to the note, evidence-length and one-line rules


def load(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as e:
                    sys.exit(f"FAIL {os.path.basename(path)}:{n} does not parse: {e}")
    return rows


def pool_a(row_id):
    return int(hashlib.sha1(str(row_id).encode()).hexdigest(), 16) % 2 == 0


def corpus_rows():
    """Source rows by id (a list: an id may stand in two files) and ids used by each mutation or originals file."""
    sources, used_by = {}, {}
    for path in sorted(glob.glob(os.path.join(CORPUS, "*.jsonl"))):
        name = os.path.basename(path)
        rows = load(path)
        if "mutations" in name:
            used_by[name] = {r["mutation_of"] for r in rows if r.get("mutation_of")}
        elif "originals" in name:
            ids = {str(r.get("id")) for r in rows}
            used_by[name] = ids | {i.rsplit("-", 1)[1] for i in ids if i.count("-") == 2}
        else:
            for r in rows:
                if "mutation_of" not in r:
                    sources.setdefault(r.get("id"), []).append(r)
    return sources, used_by


def validate(name, sources, used_by):
    mut_name, orig_name = f"holdout_{name}_mutations.jsonl", f"holdout_{name}_originals.jsonl"
    muts = load(os.path.join(CORPUS, mut_name))
    origs = load(os.path.join(CORPUS, orig_name))
    others = Counter(i for f, ids in used_by.items() if f not in (mut_name, orig_name) for i in ids)
    strict = name >= CONTRACT_FROM
    problems = []
    orig_by_id = {}
    for o in origs:
        if o.get("split") != f"holdout_{name}_originals":
            problems.append(f"original {o.get('id')}: split {o.get('split')!r}")
        if o.get("errors") != []:
            problems.append(f"original {o.get('id')}: errors not []")
        if o.get("id") in orig_by_id:
            problems.append(f"original {o.get('id')}: duplicate")
        orig_by_id[o.get("id")] = o
        if list(o) != ORIG_KEYS:
            problems.append(f"original {o.get('id')}: keys {list(o)} (want {ORIG_KEYS})")

    for i, c in Counter(r.get("id") for r in muts).items():
        if c > 1:
            problems.append(f"id {i} used {c} times")
    kinds, numbers = Counter(), []
    of_count = Counter(r.get("mutation_of") for r in muts)
    url_count = Counter(r.get("url") for r in muts)
    for r in muts:
        problems += [
            f"{r.get('id')}: {p}" for p in _row_problems(name, r, strict, kinds, numbers, of_count, url_count)
        ]
        src = r.get("mutation_of")
        if others[src]:
            problems.append(
                f"{r.get('id')}: mutation_of {src} already used by another mutations or originals file"
            )
        o = orig_by_id.get(r.get("id")) or orig_by_id.get(src)
        if o is None:
            problems.append(f"{r.get('id')}: no original under {r.get('id')} or {src} in {orig_name}")
            continue
        problems += [f"{r.get('id')}: {p}" for p in _against_original(r, o, sources.get(src, []), strict)]
    if len(muts) != 45:
        problems.append(f"{len(muts)} mutation rows (want 45)")
    problems += [f"kind {k}: {kinds[k]} rows (want 9)" for k in KINDS if kinds[k] != 9]
    if sorted(numbers) != [f"{n:02d}" for n in range(1, 46)]:
        problems.append("id numbers are not 01..45, each once")
    if len(orig_by_id) != len(muts):
        problems.append(f"{len(orig_by_id)} originals for {len(muts)} mutations")
    print(
        f"{name}: rows {len(muts)}, originals {len(origs)}, kinds "
        + ", ".join(f"{k} {kinds[k]}" for k in KINDS)
    )
    return problems


def _row_problems(name, r, strict, kinds, numbers, of_count, url_count):
    """The problems of one mutation row on its own (its keys, id, error and source's place in the pool)."""
    out = []
    if list(r) != MUT_KEYS:
        out.append(f"keys {list(r)} (want {MUT_KEYS})")
    if r.get("split") != f"holdout_{name}_mutations":
        out.append(f"split {r.get('split')!r}")
    errs = r.get("errors") or []
    if len(errs) != 1:
        return out + [f"{len(errs)} errors (want 1)"]
    kinds[errs[0].get("kind")] += 1
    if errs[0].get("kind") not in KINDS:
        out.append(f"unknown kind {errs[0].get('kind')!r}")
    src = r.get("mutation_of")
    if not pool_a(src):
        out.append(f"mutation_of {src} is not a pool-A row (sha1 of its id is odd)")
    if of_count[src] > 1:
        out.append(f"mutation_of {src} used {of_count[src]} times here")
    if url_count[r.get("url")] > 1:
        out.append(f"url used {url_count[r.get('url')]} times")
    parts = str(r.get("id")).split("-")
    if len(parts) != 3 or parts[0] != name or parts[2] != src:
        out.append(f"id is not {name}-NN-<mutation_of>")
    else:
        numbers.append(parts[1])
    note = r.get("note")
    if strict and (not isinstance(note, str) or not note.strip() or "\n" in note):
        out.append("note is not one non-empty line")
    return out


def _against_original(r, o, sources, strict):
    """The problems of a mutation row against its original and the original against its source row."""
    out = [
        f"field {f} differs from the original"
        for f in ("url", "industry", "excess_stated")
        if r.get(f) != o.get(f)
    ]
    consistent = [s for s in sources if not s.get("errors")]
    if not consistent:
        out.append(f"source {r.get('mutation_of')} is not a consistent row of a corpus file")
    elif not any(all(o.get(f) == s.get(f) for f in SOURCE_FIELDS) for s in consistent):
        out.append(f"original differs from source row {r.get('mutation_of')}")
    change = r.get("change", "")
    if " -> " not in change:
        return out + ['change has no " -> "']
    old, new = change.split(" -> ", 1)
    if old not in o["text"]:
        out.append("OLD not in original text")
    elif o["text"].replace(old, new, 1) != r.get("text"):
        out.append("text != original with change applied once")
    error = r["errors"][0]
    if strict and not error.get("note", "").startswith(f"mutation: {old} -> {new}"):
        out.append("error note does not start with the change")
    evidence = error.get("evidence") or []
    if not evidence:
        out.append("no evidence")
    for s in evidence:
        if s not in r.get("text", ""):
            out.append(f"evidence {s!r} not in text")
        if strict and not 4 <= len(s) <= 20:
            out.append(f"evidence {s!r} length {len(s)} outside 4-20")
    if evidence and evidence[0] in o["text"]:
        out.append(f"first evidence {evidence[0]!r} also in the original (does not hold the change)")
    return out


def main():
    names = SETS if sys.argv[1:] == ["all"] else sys.argv[1:]
    if not names or any(n not in SETS for n in names):
        sys.exit(f"usage: validate_mutation_set.py {{{'|'.join(SETS)}}} ... | all")
    sources, used_by = corpus_rows()
    failed = False
    for name in names:
        for p in validate(name, sources, used_by):
            print("FAIL", p)
            failed = True
    if failed:
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
