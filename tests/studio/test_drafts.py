"""Draft storage: atomic writes, revisions, a conflict for a stale revision even between threads."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest

from sectorbrief.errors import DataError
from sectorbrief.studio.drafts import Conflict, Draft, DraftEdit, DraftStore, NewsChoice, write_atomic

AS_OF = dt.date(2026, 7, 5)


def draft() -> Draft:
    news = [NewsChoice(id=f"n{i}", title=f"标题{i}", theme="光通信", order=i) for i in range(3)]
    return Draft(
        code="801770.SI",
        as_of=AS_OF,
        headline="标题",
        view="正文。",
        rating="同步大市",
        rating_change="维持",
        report_date=dt.date(2026, 7, 6),
        news=news,
    )


def test_revisions_and_conflict(tmp_path: Path) -> None:
    store = DraftStore(tmp_path)
    assert store.load("801770.SI", AS_OF) is None
    first = store.save(draft(), 0)
    second = store.save(DraftEdit(version=1, headline="新").apply(first), 1)
    assert (first.version, second.version) == (1, 2)
    with pytest.raises(Conflict):
        store.save(draft(), 1)
    loaded = store.load("801770.SI", AS_OF)
    assert loaded is not None and loaded.headline == "新" and loaded.version == 2
    assert [p.name for p in store.path("801770.SI", AS_OF).parent.iterdir()] == ["2026-07-05.json"]


def test_two_tabs_saving_at_once_one_wins(tmp_path: Path) -> None:
    store = DraftStore(tmp_path)
    outcomes: list[str] = []

    def tab(name: str) -> None:
        try:
            store.save(draft().model_copy(update={"headline": name}), 0)
            outcomes.append("saved")
        except Conflict:
            outcomes.append("conflict")

    threads = [threading.Thread(target=tab, args=(f"tab{i}",)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes) == ["conflict"] * 3 + ["saved"]


def test_news_edits_reorder_and_unknown_ids(tmp_path: Path) -> None:
    edit = DraftEdit.model_validate(
        {"version": 0, "news": [{"id": "n2", "order": 0}, {"id": "n0", "order": 2}]}
    )
    assert [n.id for n in edit.apply(draft()).news] == ["n2", "n1", "n0"]
    with pytest.raises(DataError, match="unknown item id"):
        DraftEdit.model_validate({"version": 0, "news": [{"id": "zz"}]}).apply(draft())


def test_a_damaged_draft_is_a_clear_error(tmp_path: Path) -> None:
    store = DraftStore(tmp_path)
    path = store.path("801770.SI", AS_OF)
    write_atomic(path, b"{not json")
    with pytest.raises(DataError, match="cannot read"):
        store.load("801770.SI", AS_OF)
    write_atomic(path, b'{"code": 1}')
    with pytest.raises(DataError, match="not a studio draft"):
        store.load("801770.SI", AS_OF)
