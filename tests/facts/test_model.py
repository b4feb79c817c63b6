import json
from pathlib import Path

from sectorbrief.facts import SCHEMA, Facts, Series
from sectorbrief.facts.model import dumps
from tests.factories import make_facts


def test_json_keeps_the_contract_keys_and_the_schema_alias() -> None:
    data = make_facts().to_json_dict()
    assert data["schema"] == SCHEMA
    assert {"industry", "as_of", "end_session", "periods", "valuation", "provenance"} <= set(data)
    assert data["periods"]["weekly"]["industry_pct"] == -9.1749  # unrounded
    assert data["as_of"] == "2026-07-05"


def test_chart_series_are_compact_and_round_trip(tmp_path: Path) -> None:
    facts = make_facts()
    series = Series(dates=facts.weekly.sessions, values=[1.5, 2.25, 3.0, 4.0, 5.125])
    facts = facts.model_copy(update={"series": facts.series.model_copy(update={"pe_ttm": series})})
    text = facts.to_json()
    assert '"values": [1.5, 2.25, 3.0, 4.0, 5.125]' in text
    assert json.loads(text) == facts.to_json_dict()
    facts.write(tmp_path / "facts.json")
    assert Facts.read(tmp_path / "facts.json") == facts


def test_dumps_indents_objects_and_keeps_flat_lists_on_one_line() -> None:
    assert dumps({"a": [1, 2], "b": {"c": "通信"}, "d": [{"e": []}], "f": {}}) == (
        '{\n  "a": [1, 2],\n  "b": {\n    "c": "通信"\n  },\n  "d": [\n    {\n      "e": []\n    }\n  ],\n  "f": {}\n}'
    )


def test_with_provenance_adds_entries_and_leaves_the_original() -> None:
    facts = make_facts()
    checked = facts.with_provenance(check={"errors": 0})
    assert checked.provenance.model_extra == {"check": {"errors": 0}}
    assert facts.provenance.model_extra == {}
    assert checked.weekly is checked.periods["weekly"] and checked.ytd.rank == 2
