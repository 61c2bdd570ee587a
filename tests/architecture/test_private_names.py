"""Issue 14.5: no module uses a private name (``_x``) of a module in another package.

Read from the source: ``from a.b import _x`` and ``module._x`` where the module is another package's, and
``obj._x`` on anything but ``self``/``cls`` when every module that defines ``_x`` (``def _x``, ``class _x``,
``_x = ...``, ``self._x = ...``) lies in another package. Packages are directories: ``immport/upload/api.py``
is in ``immport.upload``. Dunder names are not private.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import immport

PACKAGE = Path(immport.__file__).parent


def _module(path: Path) -> str:
    parts = ["immport", *path.relative_to(PACKAGE).with_suffix("").parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _package(path: Path) -> str:
    return ".".join(["immport", *path.relative_to(PACKAGE).parent.parts])


def _private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def _sources() -> dict[Path, ast.Module]:
    return {path: ast.parse(path.read_text(), str(path)) for path in sorted(PACKAGE.rglob("*.py"))}


def _definers(trees: dict[Path, ast.Module]) -> dict[str, set[str]]:
    """private name -> packages of the modules defining it."""
    found: dict[str, set[str]] = defaultdict(set)
    for path, tree in trees.items():
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                names.append(node.name)
            elif isinstance(node, ast.Assign | ast.AnnAssign):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for target in targets:
                    if isinstance(target, ast.Name):
                        names.append(target.id)
                    elif isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name):
                        names.append(target.attr)  # self._x = ..., cls._x = ...
            elif isinstance(node, ast.arg):
                names.append(node.arg)  # attrs fields become attributes named after __init__ arguments
            found.update({n: found[n] | {_package(path)} for n in names if _private(n)})
    return found


def violations() -> list[str]:
    trees = _sources()
    definers = _definers(trees)
    found = []
    for path, tree in trees.items():
        here, where = _package(path), path.relative_to(PACKAGE.parent)
        imported_modules: dict[str, str] = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                source = node.module
                for alias in node.names:
                    owner = source if not _is_module(source + "." + alias.name) else source + "." + alias.name
                    if _private(alias.name) and _owner_package(source) != here:
                        found.append(f"{where}:{node.lineno}: from {source} import {alias.name}")
                    if _is_module(source + "." + alias.name):
                        imported_modules[alias.asname or alias.name] = owner
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.asname:
                        imported_modules[alias.asname] = alias.name
            elif isinstance(node, ast.Attribute) and _private(node.attr):
                value = node.value
                if isinstance(value, ast.Name) and value.id in ("self", "cls"):
                    continue
                if (
                    isinstance(value, ast.Call)
                    and isinstance(value.func, ast.Name)
                    and value.func.id == "super"
                ):
                    continue
                if isinstance(value, ast.Name) and value.id in imported_modules:
                    if _owner_package(imported_modules[value.id]) != here:
                        found.append(f"{where}:{node.lineno}: {value.id}.{node.attr}")
                    continue
                owners = definers.get(node.attr, set())
                if owners and here not in owners:
                    found.append(
                        f"{where}:{node.lineno}: .{node.attr} (defined in {', '.join(sorted(owners))})"
                    )
    return found


def _is_module(dotted: str) -> bool:
    if not dotted.startswith("immport"):
        return False
    relative = Path(*dotted.split(".")[1:])
    return (PACKAGE / relative).with_suffix(".py").is_file() or (PACKAGE / relative / "__init__.py").is_file()


def _owner_package(dotted: str) -> str:
    """The package a module's private names belong to (outside immport: foreign, never ours)."""
    if not dotted.startswith("immport"):
        return f"<foreign {dotted}>"
    relative = Path(*dotted.split(".")[1:])
    if (PACKAGE / relative / "__init__.py").is_file():
        return dotted
    return dotted.rsplit(".", 1)[0]


def test_no_module_uses_a_private_name_of_another_package() -> None:
    found = violations()
    assert not found, "private names used across packages:\n" + "\n".join(found)


def test_the_check_sees_a_private_import_and_a_private_attribute(tmp_path: Path) -> None:
    sample = ast.parse("from immport._http.clients import _transports\nx = client._lazy_lock\n")
    names = [n for n in ast.walk(sample) if isinstance(n, ast.ImportFrom | ast.Attribute)]
    assert any(isinstance(n, ast.ImportFrom) and _private(n.names[0].name) for n in names)
    assert any(isinstance(n, ast.Attribute) and _private(n.attr) for n in names)
    assert _owner_package("immport._http.clients") == "immport._http"
    assert _owner_package("immport.files") == "immport.files"
    assert _owner_package("httpx._utils").startswith("<foreign")
