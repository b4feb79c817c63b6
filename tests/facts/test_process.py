import subprocess
import sys
import textwrap
from pathlib import Path

# Forking is only safe in a single-threaded process: the facts process is started in a fresh one.
SCRIPT = textwrap.dedent(
    """
    import datetime as dt, sys
    from pathlib import Path
    from sectorbrief.facts.process import FactsProcess, FactsRequest

    def request(**changes):
        fields = dict(data=None, use_store=False, store=None, industry="通信", as_of=dt.date(2026, 7, 5))
        return FactsRequest(**{**fields, **changes})

    with FactsProcess.start() as process:  # before anything heavy, as sectorbrief.launch does
        process.send(request())
        assert "pandas" not in sys.modules  # it is imported there
        there = process.result()
    from sectorbrief.pipeline import BuildOptions, stages

    here = stages.facts(stages.load(BuildOptions()), "通信", dt.date(2026, 7, 5))
    print("same", there.to_json() == here.to_json())
    with FactsProcess.start() as process:
        process.send(request(data=(Path(sys.argv[1]),)))
        try:
            process.result()
        except Exception as exc:  # the loading's error, raised here
            print("raised", type(exc).__name__, sys.argv[1] in str(exc))
    process = FactsProcess.start()
    process.close()  # never asked: its connection closes and it ends
    print("alive after close", process._process.is_alive())
    """
)


def test_the_facts_process_computes_the_facts_of_here_and_sends_errors_back(tmp_path: Path) -> None:
    missing = tmp_path / "missing.csv"
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(missing)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:3] == ["same True", "raised DataError True", "alive after close False"]


PROGRAM = textwrap.dedent(
    """
    import atexit, gc, sys
    from sectorbrief.launch import main

    atexit.register(lambda: print("pandas", "pandas" in sys.modules, "pyarrow", "pyarrow" in sys.modules, "gc", gc.isenabled()))
    sys.argv = ["sectorbrief", "build", "--out", sys.argv[1], "--formats", "md"]
    main()
    """
)


def test_a_build_through_the_program_leaves_pandas_to_the_facts_process_and_no_gc(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROGRAM, str(tmp_path / "out")], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert (
        done.stdout.strip() == "pandas False pyarrow False gc False"
    )  # a build runs without the cycle collector
    assert (tmp_path / "out" / "report.md").exists()
