"""The news package imports in one direction: no module reaches back to one that imports it, not
even through a deferred (function-level) import."""

from __future__ import annotations

import ast
from pathlib import Path

import sectorbrief.news

PACKAGE = Path(sectorbrief.news.__file__).parent


def import_graph() -> dict[str, set[str]]:
    """Each news module's imports of other news modules, at any depth of its code."""
    graph: dict[str, set[str]] = {}
    for path in PACKAGE.glob("*.py"):
        if path.stem == "__init__":
            continue
        targets: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module, *(f"{node.module}.{a.name}" for a in node.names)]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            else:
                continue
            for name in names:
                if name.startswith("sectorbrief.news.") and (PACKAGE / f"{name.split('.')[2]}.py").exists():
                    targets.add(name.split(".")[2])
        graph[path.stem] = targets - {path.stem}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every cycle found by depth-first search, as the path that closes it."""
    found: list[list[str]] = []
    state: dict[str, int] = {}

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                found.append([*path[path.index(nxt) :], nxt])
            elif nxt not in state:
                visit(nxt, [*path, nxt])
        state[node] = 2

    for start in sorted(graph):
        if start not in state:
            visit(start, [start])
    return found


def test_the_cycle_finder_sees_a_cycle() -> None:
    assert cycles({"a": {"b"}, "b": {"a"}, "c": set()}) == [["a", "b", "a"]]


def test_news_has_no_import_cycles() -> None:
    graph = import_graph()
    assert {"ingest", "documents", "models", "digest"} <= set(graph)
    assert cycles(graph) == []
