"""scripts/validate_mutation_set.py: the committed writers' sets pass, and a broken row is named."""

import importlib.util
import json
import shutil
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "validate_mutation_set.py"
_spec = importlib.util.spec_from_file_location("validate_mutation_set", SCRIPT)
validator = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(validator)


def test_every_committed_writers_set_passes() -> None:
    sources, used_by = validator.corpus_rows()
    for name in validator.SETS:
        assert validator.validate(name, sources, used_by) == [], name


def test_a_text_that_is_not_its_original_with_the_change_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(validator.CORPUS, corpus)
    path = corpus / "holdout_m26_mutations.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows[0]["text"] += "。"
    rows[1]["mutation_of"] = rows[2]["mutation_of"]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    monkeypatch.setattr(validator, "CORPUS", str(corpus))
    problems = validator.validate("m26", *validator.corpus_rows())
    assert any(p.startswith(rows[0]["id"]) and "change applied once" in p for p in problems)
    assert any(f"mutation_of {rows[2]['mutation_of']} used 2 times here" in p for p in problems)
