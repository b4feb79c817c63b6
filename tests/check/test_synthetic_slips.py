"""scripts/synthetic_slips.py: its mutants change one place, and it never reads a protected row."""

import hashlib
import importlib.util
import json
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "synthetic_slips.py"
_spec = importlib.util.spec_from_file_location("synthetic_slips", SCRIPT)
slips = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(slips)


def test_a_number_mutant_misprints_one_figure_and_quotes_it() -> None:
    row = {"id": "x1", "text": "电子行业上涨3.20%，沪深300指数上涨1.46%，跑赢1.74个百分点。"}
    for text, old, quote in slips.number_mutants(row):
        assert old in row["text"] and text != row["text"]
        assert len(text) == len(row["text"])
        assert sum(a != b for a, b in zip(text, row["text"], strict=True)) in (1, 2)
        assert quote[:-1] in text and quote[:-1] != old


def test_a_word_mutant_flips_the_first_direction_word() -> None:
    text, old, new = slips.word_mutant({"id": "x2", "text": "本周医药下跌1.2%，跑输沪深300。"})
    assert (old, new) == ("下跌", "上涨") and text == "本周医药上涨1.2%，跑输沪深300。"


def test_no_untuned_source_or_protected_row_is_read() -> None:
    corpus = SCRIPT.parents[1] / "tests" / "check" / "corpus"
    untuned_sources = {
        json.loads(line)["mutation_of"]
        for path in corpus.glob("holdout_m2[23456]_mutations.jsonl")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
    visible = slips.visible_rows()
    ids = {r["id"] for r in visible}
    assert visible and not ids & untuned_sources
    pool_a = [i for i in ids if int(hashlib.sha1(i.encode()).hexdigest(), 16) % 2 == 0]
    assert len(pool_a) < len(ids)  # pool A only where a visible set already used the row
