"""Validate the untuned mutation set tests/check/corpus/holdout_m22_mutations.jsonl.

Checks the set's shape only; it never runs or imports the checker:
- every line of the mutations and originals files parses as a JSON object with the expected fields;
- ids are unique, follow ``m22-NN-<mutation_of>`` and each mutation comes from a different URL;
- each mutation carries one error, and each of the five kinds has the same count (9 by default);
- every evidence string occurs verbatim in its mutated text and the first one is new (not in the
  original), so it names the changed figure or word;
- ``mutation_of`` is listed in the reserved pool (file and id), and the originals file holds exactly
  that pool row (the longer one where an id occurs twice in its file), with errors [] and split
  ``holdout_m22_originals``;
- each mutated text is its original with ``change`` ("old -> new") applied once, ``old`` occurring
  exactly once in the original; url, industry and excess_stated are the original's.

    python3 scripts/validate_m22_mutations.py [--corpus DIR] [--reserved FILE] [--per-kind N]

Prints one line per problem and exits 1 if there is any, else prints a summary and exits 0.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

KINDS = ("arithmetic", "direction", "contradiction", "rank", "order")
MUTATION_FIELDS = {
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
}
ORIGINAL_FIELDS = {"id", "split", "url", "industry", "text", "errors", "excess_stated", "note"}
ROOT = Path(__file__).resolve().parent.parent


def read_jsonl(path: Path, problems: list[str]) -> list[dict]:
    """Rows of a JSONL file; a line that is not a JSON object is reported and skipped."""
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"{path.name}:{number}: not JSON ({exc})")
            continue
        if not isinstance(row, dict):
            problems.append(f"{path.name}:{number}: not a JSON object")
            continue
        rows.append(row)
    return rows


def read_reserved(path: Path) -> dict[str, str]:
    """Reserved pool as {id: corpus file name}, from lines 'FILE ID'."""
    pool = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            name, row_id = line.split()
            pool[row_id] = name
    return pool


def pool_row(corpus: Path, name: str, row_id: str) -> dict | None:
    """The row with this id in a corpus file, the longest text where the id occurs twice."""
    best = None
    for line in (corpus / name).read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row.get("id") == row_id and (best is None or len(row["text"]) > len(best["text"])):
            best = row
    return best


def check_original(row: dict, corpus: Path, pool: dict[str, str]) -> list[str]:
    """Problems of one row of the originals file."""
    where = f"original {row.get('id')}"
    problems = []
    if set(row) != ORIGINAL_FIELDS:
        problems.append(f"{where}: fields {sorted(set(row) ^ ORIGINAL_FIELDS)} differ from the source rows'")
    if row.get("split") != "holdout_m22_originals" or row.get("errors") != []:
        problems.append(f"{where}: split must be holdout_m22_originals and errors []")
    if row.get("id") not in pool:
        return [*problems, f"{where}: not in the reserved pool"]
    source = pool_row(corpus, pool[row["id"]], row["id"])
    if source is None:
        problems.append(f"{where}: not found in {pool[row['id']]}")
    elif {**source, "split": "holdout_m22_originals"} != row:
        problems.append(f"{where}: differs from its row in {pool[row['id']]}")
    return problems


def check_mutation(row: dict, original: dict | None, pool: dict[str, str]) -> list[str]:
    """Problems of one mutation against its original."""
    where = f"mutation {row.get('id')}"
    if set(row) != MUTATION_FIELDS:
        return [f"{where}: fields {sorted(set(row) ^ MUTATION_FIELDS)} differ from the expected ones"]
    problems = []
    source_id = row["mutation_of"]
    if not re.fullmatch(rf"m22-\d\d-{re.escape(source_id)}", row["id"]):
        problems.append(f"{where}: id is not m22-NN-{source_id}")
    if row["split"] != "holdout_m22_mutations":
        problems.append(f"{where}: split is {row['split']!r}")
    if source_id not in pool:
        problems.append(f"{where}: mutation_of {source_id} is not in the reserved pool")
    if len(row["errors"]) != 1 or row["errors"][0].get("kind") not in KINDS:
        return [*problems, f"{where}: needs exactly one error of a known kind"]
    error = row["errors"][0]
    evidence = error.get("evidence") or []
    if not error.get("note") or not evidence:
        problems.append(f"{where}: the error needs a note and evidence")
    problems += [
        f"{where}: evidence {text!r} not in the text" for text in evidence if text not in row["text"]
    ]
    if original is None:
        return [*problems, f"{where}: original {source_id} missing from the originals file"]
    if evidence and evidence[0] in original["text"]:
        problems.append(f"{where}: first evidence {evidence[0]!r} is already in the original")
    for field in ("url", "industry", "excess_stated"):
        if row[field] != original[field]:
            problems.append(f"{where}: {field} differs from the original's")
    old, sep, new = row["change"].partition(" -> ")
    if not sep or " -> " in new:
        return [*problems, f"{where}: change is not 'old -> new'"]
    if original["text"].count(old) != 1:
        problems.append(
            f"{where}: change's old text occurs {original['text'].count(old)} times in the original"
        )
    elif original["text"].replace(old, new, 1) != row["text"]:
        problems.append(f"{where}: text is not the original with the change applied once")
    return problems


def validate(corpus: Path, reserved: Path, per_kind: int) -> tuple[list[str], list[dict]]:
    """All problems of the set and its mutation rows."""
    problems: list[str] = []
    pool = read_reserved(reserved)
    mutations = read_jsonl(corpus / "holdout_m22_mutations.jsonl", problems)
    originals = read_jsonl(corpus / "holdout_m22_originals.jsonl", problems)
    by_id = {row.get("id"): row for row in originals}
    if len(by_id) != len(originals):
        problems.append("originals: ids are not unique")
    for row in originals:
        problems += check_original(row, corpus, pool)
    for row in mutations:
        problems += check_mutation(row, by_id.get(row.get("mutation_of")), pool)
    ids = Counter(row.get("id") for row in mutations)
    problems += [f"mutations: id {row_id} occurs {count} times" for row_id, count in ids.items() if count > 1]
    urls = Counter(row.get("url") for row in mutations)
    problems += [f"mutations: url {url} is used {count} times" for url, count in urls.items() if count > 1]
    kinds = Counter(error.get("kind") for row in mutations for error in row.get("errors", []))
    problems += [
        f"mutations: {kinds[kind]} of kind {kind}, want {per_kind}"
        for kind in KINDS
        if kinds[kind] != per_kind
    ]
    unused = set(by_id) - {row.get("mutation_of") for row in mutations}
    problems += [f"originals: {row_id} is not mutated" for row_id in sorted(unused)]
    return problems, mutations


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "tests" / "check" / "corpus")
    parser.add_argument("--reserved", type=Path, default=Path("/work/wt/reserved_m22.txt"))
    parser.add_argument("--per-kind", type=int, default=9)
    args = parser.parse_args()
    problems, mutations = validate(args.corpus, args.reserved, args.per_kind)
    for problem in problems:
        print(problem)
    if problems:
        return 1
    kinds = Counter(row["errors"][0]["kind"] for row in mutations)
    industries = Counter(row["industry"] for row in mutations)
    print(
        f"ok: {len(mutations)} mutations, "
        + ", ".join(f"{kind} {kinds[kind]}" for kind in KINDS)
        + f"; {len(industries)} industries; {len({row['url'] for row in mutations})} URLs"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
