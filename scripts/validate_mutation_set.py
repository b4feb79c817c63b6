#!/usr/bin/env python3
"""Validate a mutation set, tests/check/corpus/holdout_<SET>_mutations.jsonl, without running the checker.

Usage: python3 scripts/validate_mutation_set.py SET [RESERVED_LIST]
  SET: m24, m25 or m26 (the sets written to this contract).
  RESERVED_LIST: file of "FILE ID" lines (default /work/wt/reserved_<SET>.txt).

Checks: every line parses; ids unique; 45 rows, 9 of each kind; one error per row;
every evidence string (4-20 chars) occurs verbatim in the mutated text, and the first
one does not occur in the original (so it holds the changed characters); each
mutation_of is a reserved id, used once here, once per URL, and by no other
*mutations*.jsonl file (only that field of the other files is read); the mutated
text equals the original (from holdout_<SET>_originals.jsonl) with `change` applied
once (OLD occurs, replacing its first occurrence gives the text); the originals
file has the same 45 ids with errors [] and the right split, and each original equals
its reserved source row (text, url, industry, excess_stated, note); no source id is
an id of any other *originals*.jsonl file; ids are <SET>-NN-<mutation_of> with NN
01..45. No third-party imports.
"""

import glob
import json
import os
import sys
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "tests", "check", "corpus")
SETS = ("m24", "m25", "m26")
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


def source_row(file_name, sid):
    """The reserved source row `sid` from tests/check/corpus/FILE, or None."""
    path = os.path.join(CORPUS, file_name)
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                if r.get("id") == sid:
                    return r
    return None


def load(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                sys.exit(f"FAIL {os.path.basename(path)}:{n} does not parse: {e}")
    return rows


def main():
    if len(sys.argv) < 2 or sys.argv[1] not in SETS:
        sys.exit(f"usage: validate_mutation_set.py {{{'|'.join(SETS)}}} [RESERVED_LIST]")
    name = sys.argv[1]
    mut = os.path.join(CORPUS, f"holdout_{name}_mutations.jsonl")
    orig = os.path.join(CORPUS, f"holdout_{name}_originals.jsonl")
    reserved_path = sys.argv[2] if len(sys.argv) > 2 else f"/work/wt/reserved_{name}.txt"
    reserved = {}
    with open(reserved_path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2:
                reserved[parts[1]] = parts[0]

    other_used = Counter()
    for p in glob.glob(os.path.join(CORPUS, "*mutations*.jsonl")):
        if os.path.abspath(p) == os.path.abspath(mut):
            continue
        with open(p, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    m = json.loads(line).get("mutation_of")
                    if m:
                        other_used[m] += 1
    for p in glob.glob(os.path.join(CORPUS, "*originals*.jsonl")):
        if os.path.abspath(p) == os.path.abspath(orig):
            continue
        with open(p, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    oid = str(json.loads(line).get("id"))
                    other_used[oid] += 1
                    if oid.count("-") == 2:  # "mNN-NN-<source id>"
                        other_used[oid.rsplit("-", 1)[1]] += 1

    muts = load(mut)
    origs = load(orig)
    problems = []
    orig_by_id = {}
    for o in origs:
        if o.get("split") != f"holdout_{name}_originals":
            problems.append(f"original {o.get('id')}: split {o.get('split')!r}")
        if o.get("errors") != []:
            problems.append(f"original {o.get('id')}: errors not []")
        if o["id"] in orig_by_id:
            problems.append(f"original {o['id']}: duplicate")
        orig_by_id[o["id"]] = o
        if list(o) != ORIG_KEYS:
            problems.append(f"original {o.get('id')}: keys {list(o)} (want {ORIG_KEYS})")

    ids = Counter(r.get("id") for r in muts)
    for i, c in ids.items():
        if c > 1:
            problems.append(f"id {i} used {c} times")
    kinds = Counter()
    numbers = []
    of_count = Counter(r.get("mutation_of") for r in muts)
    url_count = Counter(r.get("url") for r in muts)
    for r in muts:
        rid = r.get("id")
        if list(r) != MUT_KEYS:
            problems.append(f"{rid}: keys {list(r)} (want {MUT_KEYS})")
        if r.get("split") != f"holdout_{name}_mutations":
            problems.append(f"{rid}: split {r.get('split')!r}")
        errs = r.get("errors") or []
        if len(errs) != 1:
            problems.append(f"{rid}: {len(errs)} errors (want 1)")
            continue
        e = errs[0]
        kinds[e.get("kind")] += 1
        if e.get("kind") not in KINDS:
            problems.append(f"{rid}: unknown kind {e.get('kind')!r}")
        src = r.get("mutation_of")
        if src not in reserved:
            problems.append(f"{rid}: mutation_of {src} not in {reserved_path}")
        if other_used[src]:
            problems.append(f"{rid}: mutation_of {src} already used by another mutations or originals file")
        if of_count[src] > 1:
            problems.append(f"{rid}: mutation_of {src} used {of_count[src]} times here")
        if url_count[r.get("url")] > 1:
            problems.append(f"{rid}: url used {url_count[r.get('url')]} times")
        if not str(rid).endswith(str(src)):
            problems.append(f"{rid}: id does not end with mutation_of")
        nn = str(rid).split("-")
        if len(nn) != 3 or nn[0] != name or nn[2] != src:
            problems.append(f"{rid}: id is not {name}-NN-<mutation_of>")
        else:
            numbers.append(nn[1])
        o = orig_by_id.get(rid)
        if o is None:
            problems.append(f"{rid}: original {rid} missing from {os.path.basename(orig)}")
            continue
        for fld in ("url", "industry", "excess_stated"):
            if r.get(fld) != o.get(fld):
                problems.append(f"{rid}: field {fld} differs from the original")
        note = r.get("note")
        if not isinstance(note, str) or not note.strip() or "\n" in note:
            problems.append(f"{rid}: note is not one non-empty line")
        if src in reserved:
            s = source_row(reserved[src], src)
            if s is None:
                problems.append(f"{rid}: source {src} not found in {reserved[src]}")
            else:
                if s.get("errors"):
                    problems.append(f"{rid}: source {src} has errors")
                for fld in SOURCE_FIELDS:
                    if o.get(fld) != s.get(fld):
                        problems.append(f"{rid}: original's {fld} differs from source {src}")
        ch = r.get("change", "")
        if " -> " not in ch:
            problems.append(f'{rid}: change has no " -> "')
            continue
        old, new = ch.split(" -> ", 1)
        if old not in o["text"]:
            problems.append(f"{rid}: OLD not in original text")
        elif o["text"].replace(old, new, 1) != r.get("text"):
            problems.append(f"{rid}: text != original with change applied once")
        if not e.get("note", "").startswith(f"mutation: {old} -> {new}"):
            problems.append(f"{rid}: error note does not start with the change")
        ev = e.get("evidence") or []
        if not ev:
            problems.append(f"{rid}: no evidence")
        for s in ev:
            if s not in r.get("text", ""):
                problems.append(f"{rid}: evidence {s!r} not in text")
            if not 4 <= len(s) <= 20:
                problems.append(f"{rid}: evidence {s!r} length {len(s)} outside 4-20")
        if ev and ev[0] in o["text"]:
            problems.append(
                f"{rid}: first evidence {ev[0]!r} also in the original (does not hold the change)"
            )
    if len(muts) != 45:
        problems.append(f"{len(muts)} mutation rows (want 45)")
    for k in KINDS:
        if kinds[k] != 9:
            problems.append(f"kind {k}: {kinds[k]} rows (want 9)")
    if sorted(numbers) != [f"{n:02d}" for n in range(1, 46)]:
        problems.append("id numbers are not 01..45, each once")
    if set(orig_by_id) != set(r.get("id") for r in muts):
        problems.append("originals ids != mutation ids")

    print(f"rows {len(muts)}, originals {len(origs)}, kinds " + ", ".join(f"{k} {kinds[k]}" for k in KINDS))
    print(
        "industries: "
        + ", ".join(f"{k} {v}" for k, v in Counter(r.get("industry") for r in muts).most_common())
    )
    if problems:
        for p in problems:
            print("FAIL", p)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
