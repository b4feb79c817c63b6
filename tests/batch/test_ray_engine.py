"""--engine ray on a real local Ray (2 CPUs, started here): the same reports as the local engine."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from sectorbrief.batch import BatchOptions, BatchSpec, run_batch
from sectorbrief.batch.plan import Job
from sectorbrief.batch.ray_engine import chunks

ray = pytest.importorskip("ray")

INDUSTRIES = "通信,电子,银行"


@pytest.fixture(scope="module")
def local_ray() -> Iterator[None]:
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()


def options(out: Path, engine: str) -> BatchOptions:
    return BatchOptions(
        spec=BatchSpec(formats=("md",)),
        out=out,
        industries=INDUSTRIES,
        weeks=2,
        engine=engine,
        progress=False,
    )


def test_ray_gives_facts_identical_to_the_local_engine(local_ray: None, tmp_path: Path) -> None:
    on_ray = run_batch(options(tmp_path / "ray", "ray"))
    local = run_batch(options(tmp_path / "local", "local"))
    assert on_ray.built == local.built == 6 and not on_ray.failed
    facts = sorted(p.relative_to(on_ray.out) for p in on_ray.out.glob("*/*/facts.json"))
    assert [str(p) for p in facts] == [
        f"{end}/{code}/facts.json"
        for end in ("2026-06-26", "2026-07-03")
        for code in ("801080.SI", "801770.SI", "801780.SI")
    ]
    for path in facts:
        assert (on_ray.out / path).read_bytes() == (local.out / path).read_bytes()
        assert (on_ray.out / path.parent / "report.md").read_bytes() == (
            local.out / path.parent / "report.md"
        ).read_bytes()
    assert [r.weekly_pct for r in on_ray.rows] == [r.weekly_pct for r in local.rows]
    assert run_batch(options(tmp_path / "ray", "ray")).built == 0  # resumable on Ray too


def test_tasks_are_per_week_and_industry_chunk() -> None:
    import datetime as dt

    jobs = [
        Job(end, f"80{i}", f"n{i}", end)
        for end in (dt.date(2026, 6, 26), dt.date(2026, 7, 3))
        for i in range(5)
    ]
    parts = chunks(jobs, 2)
    assert [len(part) for part in parts] == [2, 2, 1, 2, 2, 1]
    assert all(len({job.end for job in part}) == 1 for part in parts)
