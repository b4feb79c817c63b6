from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
REPO = Path(__file__).resolve().parents[2]
# In CI the repository is cloned with shared/ beside it; a worktree under wt/ has it one more level up.
SEEDS = [base / "shared" / "seed" / "000_14bb5f7e9168e843.txt" for base in (REPO / "..", REPO / ".." / "..")]


@pytest.fixture
def demo_text() -> str:
    return (DATA / "demo_report.md").read_text(encoding="utf-8")


@pytest.fixture
def seed_path() -> Path:
    for seed in SEEDS:
        if seed.is_file():
            return seed
    pytest.skip("shared/seed is not beside the repository")
