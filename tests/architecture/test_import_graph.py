"""Issue 14.5: no import cycles inside ``immport/``.

The graph comes from the source (``import_graph.py``): every import, inside functions too, except under
``if TYPE_CHECKING:``; importing ``a.b.c`` also runs the packages ``a.b`` and ``a``. Each cycle group (a
strongly connected component) is printed with its shortest cycles.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import immport

from .import_graph import Graph, cycle_groups, import_graph, simple_cycles

PACKAGE = Path(immport.__file__).parent


def _describe(graph: Graph, groups: list[list[str]]) -> str:
    lines = []
    for group in groups:
        cycles = sorted(simple_cycles(graph, group), key=lambda c: (len(c), c))
        lines.append(f"{len(group)} modules, {len(cycles)} cycles: {', '.join(group)}")
        lines += [f"    {' -> '.join(cycle)}" for cycle in cycles[:10]]
    return "\n".join(lines)


def test_immport_has_no_import_cycles() -> None:
    graph = import_graph(PACKAGE, "immport")
    groups = cycle_groups(graph)
    print(_describe(graph, groups))  # every cycle group found, with its cycles (pytest -s shows it)
    assert not groups, "import cycles:\n" + _describe(graph, groups)


def test_the_graph_counts_lazy_and_package_imports_but_not_type_checking_ones() -> None:
    graph = import_graph(PACKAGE, "immport")
    operations = graph["immport.operations"]
    assert "immport.operations._prepare" in operations  # a plain module-level import
    assert "immport.streaming" in operations  # imported inside stream_decoder()
    assert "immport.tsv" in operations  # inside parse_tsv()
    # streaming imports immport._http.mapping: that initialises the package immport._http as well
    assert {"immport._http", "immport._http.mapping"} <= graph["immport.streaming"]
    # the generated groups name TsvTable in annotations only (under TYPE_CHECKING): no edge
    assert "immport.tsv" not in graph["immport._generated.results"]
    assert "immport._group" in graph["immport._generated.results"]


def _write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    return root


def test_a_cycle_through_a_package_init_and_a_relative_import_is_found(tmp_path: Path) -> None:
    root = _write(
        tmp_path / "pkg",
        {
            "__init__.py": "",
            "filters.py": "from pkg.ops._types import Op\n",
            "ops/__init__.py": "from ._prepare import prepare\n",
            "ops/_types.py": "Op = object\n",
            "ops/_prepare.py": "def prepare():\n    from .. import filters\n",
            "leaf.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg import filters\n",
        },
    )
    graph = import_graph(root, "pkg")
    assert graph["pkg.filters"] == {"pkg.ops", "pkg.ops._types"}
    assert graph["pkg.leaf"] == set()
    assert cycle_groups(graph) == [["pkg.filters", "pkg.ops", "pkg.ops._prepare"]]
    assert simple_cycles(graph, ["pkg.filters", "pkg.ops", "pkg.ops._prepare"]) == [
        ["pkg.filters", "pkg.ops", "pkg.ops._prepare", "pkg.filters"]
    ]


@pytest.mark.parametrize("module", ["immport._operation", "immport._version"])
def test_leaf_modules_import_nothing_from_immport(module: str) -> None:
    assert import_graph(PACKAGE, "immport")[module] == set()
