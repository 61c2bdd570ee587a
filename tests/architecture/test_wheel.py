"""Issue 14.3/14.5: the built wheel holds the runtime package, its generated layer and spec data, and no
build-time code (``codegen/``, anything importing the codegen toolchain).

Built once per run, offline, by pip with the installed hatchling (``--no-build-isolation``): under a second.
"""

from __future__ import annotations

import ast
import email
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from immport._version import __version__

ROOT = Path(__file__).resolve().parents[2]
# distributions only the build uses (the dev extra); shipped code must never import them
BUILD_TOOLS = ("openapi_python_client", "oas_patch", "codegen")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Iterator[zipfile.ZipFile]:
    pytest.importorskip("hatchling", reason="the dev extra's build backend builds the wheel offline")
    out = tmp_path_factory.mktemp("wheel")
    command = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index"]
    done = subprocess.run(
        [*command, "-q", "-w", str(out), str(ROOT)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    (built,) = out.glob("immport-*.whl")
    with zipfile.ZipFile(built) as archive:
        yield archive


def _imported_roots(source: bytes) -> set[str]:
    roots = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            roots |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            roots.add(node.module.split(".")[0])
    return roots


def test_the_wheel_holds_no_build_time_module(wheel: zipfile.ZipFile) -> None:
    names = wheel.namelist()
    assert {name.split("/")[0] for name in names} == {"immport", "immport_api_client", wheel_info(wheel)}
    assert not [n for n in names if n.startswith("codegen/") or n.endswith("/_build.py")]
    importing_tools = {
        name: sorted(_imported_roots(wheel.read(name)) & set(BUILD_TOOLS))
        for name in names
        if name.endswith(".py")
    }
    assert {name: tools for name, tools in importing_tools.items() if tools} == {}


def test_the_wheel_ships_every_runtime_file_with_the_generated_layer_and_spec(wheel: zipfile.ZipFile) -> None:
    names = set(wheel.namelist())
    on_disk = {
        str(path.relative_to(base)).replace("\\", "/")
        for base, package in ((ROOT, "immport"), (ROOT / "generated_client", "immport_api_client"))
        for path in (base / package).rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }
    assert sorted(on_disk - names) == []
    generated = {
        "operations.py",
        "rows.py",
        "search.py",
        "studies.py",
        "results.py",
        "lookups.py",
        "files.py",
    }
    assert {f"immport/_generated/{name}" for name in generated} <= names
    for which in ("upstream", "corrected"):
        shipped = wheel.read(f"immport/_generated/spec/{which}.openapi.json")
        assert shipped == (ROOT / f"immport/_generated/spec/{which}.openapi.json").read_bytes()
    assert {"immport/py.typed", "immport_api_client/py.typed"} <= names


def test_the_wheel_version_is_the_package_version(wheel: zipfile.ZipFile) -> None:
    metadata = email.message_from_bytes(wheel.read(f"{wheel_info(wheel)}/METADATA"))
    assert (metadata["Name"], metadata["Version"]) == ("immport", __version__)


def wheel_info(wheel: zipfile.ZipFile) -> str:
    return next(n.split("/")[0] for n in wheel.namelist() if n.split("/")[0].endswith(".dist-info"))
