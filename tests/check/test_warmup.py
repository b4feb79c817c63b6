"""The warm-up text: consistent (no finding), and checking it compiles the patterns a weekly report reaches."""

import subprocess
import sys

from sectorbrief.check import check_text
from sectorbrief.check.warmup import WARM_TEXT

# In a fresh process: how many lazy patterns are still uncompiled before and after warm_up().
_COUNT = """
import gc
import sectorbrief.check
from sectorbrief.check.lazy_regex import _LazyPattern
from sectorbrief.check.warmup import warm_up
def pending():
    return sum(1 for o in gc.get_objects() if type(o) is _LazyPattern)
before = pending()
warm_up()
print(before, pending())
"""


def test_the_warm_up_text_is_consistent_and_read() -> None:
    report = check_text(WARM_TEXT)
    assert report.findings == ()
    assert report.claims >= 5 and report.verified >= 3


def test_warming_up_compiles_the_patterns_a_review_reaches() -> None:
    done = subprocess.run([sys.executable, "-c", _COUNT], capture_output=True, text=True, check=True)
    before, after = map(int, done.stdout.split())
    assert before > 300 and before - after >= 100, (before, after)
