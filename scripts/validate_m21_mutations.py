"""Check holdout_m21_mutations.jsonl against its originals (plain python3, no checker).

Every line parses; ids are unique; nine errors of each kind; each evidence string occurs
verbatim in its text; mutation_of is reserved for m21 and used by no other mutation set;
the text is its original with exactly the `change` applied once.
"""

import collections
import json
import pathlib
import sys

CORPUS = pathlib.Path(__file__).resolve().parent.parent / "tests" / "check" / "corpus"
KINDS = ("arithmetic", "direction", "contradiction", "rank", "order")


def read(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def main(reserved_path):
    lines = pathlib.Path(reserved_path).read_text(encoding="utf-8").splitlines()
    reserved = {tuple(line.split()) for line in lines if line.strip()}
    reserved_ids = {i for _, i in reserved}
    sources = {}
    for name, oid in reserved:
        for row in read(CORPUS / name):
            if row["id"] == oid:
                sources.setdefault(oid, []).append(row)
    muts = read(CORPUS / "holdout_m21_mutations.jsonl")
    origs = {row["id"]: row for row in read(CORPUS / "holdout_m21_originals.jsonl")}
    problems = []
    ids = [m["id"] for m in muts]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids")
    kinds = collections.Counter(e["kind"] for m in muts for e in m["errors"])
    if any(kinds[k] != 9 for k in KINDS) or sum(kinds.values()) != 45:
        problems.append(f"kinds {dict(kinds)}")
    used_elsewhere = set()
    for path in CORPUS.glob("*.jsonl"):
        if not path.name.startswith("holdout_m21_"):
            used_elsewhere |= {r.get("mutation_of") for r in read(path)}
    for m in muts:
        oid = m["mutation_of"]
        if m["split"] != "holdout_m21_mutations" or not m["id"].endswith(oid):
            problems.append(f"{m['id']}: split or id")
        if oid not in reserved_ids:
            problems.append(f"{m['id']}: {oid} not reserved for m21")
        if oid in used_elsewhere:
            problems.append(f"{m['id']}: {oid} mutated by another set")
        orig = origs.get(oid)
        if orig is None or orig["errors"] != [] or orig["split"] != "holdout_m21_originals":
            problems.append(f"{m['id']}: original missing or not clean")
            continue
        if not any({**s, "split": orig["split"]} == orig for s in sources.get(oid, [])):
            problems.append(f"{m['id']}: original differs from its source row")
        old, new = m["change"].split(" -> ")
        if orig["text"].count(old) != 1 or orig["text"].replace(old, new) != m["text"]:
            problems.append(f"{m['id']}: text is not the original with the change applied once")
        if any(m[k] != orig[k] for k in ("url", "industry", "excess_stated")):
            problems.append(f"{m['id']}: url/industry/excess_stated differ from the original")
        for err in m["errors"]:
            for ev in err["evidence"]:
                if ev not in m["text"]:
                    problems.append(f"{m['id']}: evidence not verbatim: {ev}")
            if err["evidence"][0] not in new and new not in err["evidence"][0]:
                problems.append(f"{m['id']}: first evidence is not the changed text")
    for p in problems:
        print(p)
    print(
        f"{len(muts)} mutations, {len(origs)} originals, kinds {dict(kinds)}, "
        f"{len({o['industry'] for o in origs.values()})} industries, {len({o['url'] for o in origs.values()})} urls: "
        f"{'OK' if not problems else f'{len(problems)} problems'}"
    )
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "/work/wt/reserved_m21.txt"))
