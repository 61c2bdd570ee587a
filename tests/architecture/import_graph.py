"""The module import graph of a package, read from the source (AST), and the cycles in it.

Every ``import x`` / ``from x import y`` / relative import counts, inside functions too, except those under
``if TYPE_CHECKING:`` (never executed). Importing ``a.b.c`` also runs ``a/__init__`` and ``a/b/__init__``:
an import gets an edge to each package it initialises, except the importer's own enclosing packages (already
being initialised when it runs).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

Graph = dict[str, set[str]]


def module_names(root: Path, package: str) -> dict[str, Path]:
    """``{"immport.operations": .../operations/__init__.py, "immport.filters": .../filters.py, ...}``."""
    names = {}
    for path in sorted(root.rglob("*.py")):
        parts = [package, *path.relative_to(root).with_suffix("").parts]
        if parts[-1] == "__init__":
            parts.pop()
        names[".".join(parts)] = path
    return names


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(tree: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    """Every import statement that can run: all but the bodies of ``if TYPE_CHECKING:``."""
    stack: list[ast.AST] = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node
        elif isinstance(node, ast.If) and _is_type_checking(node.test):
            stack.extend(node.orelse)
        else:
            stack.extend(ast.iter_child_nodes(node))


def _ancestors(module: str) -> list[str]:
    parts = module.split(".")
    return [".".join(parts[:i]) for i in range(1, len(parts))]


def imported_modules(module: str, is_package: bool, tree: ast.AST, known: set[str]) -> set[str]:
    """The known modules ``module`` runs when imported: named targets plus the packages they initialise."""
    targets: set[str] = set()
    for node in _imports(tree):
        if isinstance(node, ast.Import):
            targets.update(alias.name for alias in node.names)
            continue
        if node.level:
            base_parts = module.split(".") if is_package else module.split(".")[:-1]
            base_parts = base_parts[: len(base_parts) - (node.level - 1)]
            base = ".".join([*base_parts, *([node.module] if node.module else [])])
        else:
            base = node.module or ""
        targets.add(base)
        targets.update(f"{base}.{alias.name}" for alias in node.names if f"{base}.{alias.name}" in known)
    own = {*_ancestors(module), module}
    out: set[str] = set()
    for target in targets:
        while target and target not in known:  # `import a.b.Name`-style leftovers: the module part
            target = target.rpartition(".")[0]
        out.update(m for m in (*_ancestors(target), target) if m in known and m not in own)
    return out


def import_graph(root: Path, package: str) -> Graph:
    names = module_names(root, package)
    known = set(names)
    return {
        module: imported_modules(module, path.name == "__init__.py", ast.parse(path.read_text()), known)
        for module, path in names.items()
    }


def cycle_groups(graph: Graph) -> list[list[str]]:
    """Strongly connected components with more than one module (each is one tangle of import cycles)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:  # Tarjan; the graph is small (< 300 modules), recursion is fine
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1 or node in graph.get(node, ()):
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(groups)


def simple_cycles(graph: Graph, group: list[str], limit: int = 1000) -> list[list[str]]:
    """Elementary cycles inside one group (each once, starting at its smallest module), at most ``limit``."""
    members = set(group)
    found: list[list[str]] = []
    for start in sorted(members):
        allowed = {m for m in members if m >= start}
        path, stack = [start], [iter(sorted(graph[start] & allowed))]
        while stack and len(found) < limit:
            nxt = next(stack[-1], None)
            if nxt is None:
                stack.pop()
                path.pop()
            elif nxt == start:
                found.append([*path, start])
            elif nxt not in path:
                path.append(nxt)
                stack.append(iter(sorted(graph[nxt] & allowed)))
    return found
