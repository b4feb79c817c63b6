"""The import rules of the package, read from the source: imports go one way.

- no import cycle among the modules of src/sectorbrief;
- charts/, narrative/ and render/ import nothing from market.py, store.py or sources/;
- analytics/ imports no I/O, matplotlib or DuckDB.
Imports under ``if TYPE_CHECKING:`` count too: a cycle there is still a knot in the design.
"""

from __future__ import annotations

import ast
import graphlib
from pathlib import Path

import pytest

import sectorbrief

ROOT = Path(sectorbrief.__file__).parent


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported(path: Path) -> set[str]:
    """Every module ``path`` imports, absolute and resolved from relative imports."""
    package = module_name(path) if path.name == "__init__.py" else module_name(path).rpartition(".")[0]
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(
                    [*package.split(".")[: len(package.split(".")) - node.level + 1], base]
                ).strip(".")
            names.add(base)
            names.update(f"{base}.{alias.name}" for alias in node.names)
    return names


def graph() -> dict[str, set[str]]:
    """Module -> the package modules it imports."""
    modules = {module_name(p): p for p in ROOT.rglob("*.py")}
    return {name: {t for t in imported(path) if t in modules and t != name} for name, path in modules.items()}


GRAPH = graph()


def imports_of(prefix: str) -> dict[str, set[str]]:
    return {m: targets for m, targets in GRAPH.items() if m == prefix or m.startswith(prefix + ".")}


def test_no_import_cycles() -> None:
    """A package's __init__ importing its own modules is not a cycle."""
    edges = {
        module: {t for t in targets if not t.startswith(module + ".")} for module, targets in GRAPH.items()
    }
    try:
        tuple(graphlib.TopologicalSorter(edges).static_order())
    except graphlib.CycleError as exc:
        pytest.fail(f"import cycle: {' -> '.join(exc.args[1])}")


@pytest.mark.parametrize("layer", ["sectorbrief.charts", "sectorbrief.narrative", "sectorbrief.render"])
def test_presentation_layers_never_read_the_market(layer: str) -> None:
    banned = ("sectorbrief.market", "sectorbrief.store", "sectorbrief.sources")
    found = {
        m: sorted(t for t in targets if t.startswith(banned)) for m, targets in imports_of(layer).items()
    }
    assert {m: t for m, t in found.items() if t} == {}


def test_analytics_is_pure() -> None:
    banned = (
        "matplotlib",
        "duckdb",
        "pathlib",
        "os",
        "io",
        "shutil",
        "tempfile",
        "requests",
        "sectorbrief.store",
    )
    found = {}
    for module in imports_of("sectorbrief.analytics"):
        path = ROOT.parent / Path(*module.split("."))
        path = path / "__init__.py" if path.is_dir() else path.with_suffix(".py")
        bad = sorted(n for n in imported(path) if n.split(".")[0] in banned or n.startswith(banned))
        if bad:
            found[module] = bad
    assert found == {}
