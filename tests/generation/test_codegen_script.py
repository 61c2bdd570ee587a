"""codegen.sh: pins, corrections-as-data, determinism, drift check and --fetch."""

from __future__ import annotations

import hashlib
import http.server
import json
import os
import re
import shutil
import socket
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonpath_ng.ext import parse as jsonpath
from oas_patch.overlay import apply_overlay

from codegen.mark_required import mark_required
from immport.spec import load_spec

ROOT = Path(__file__).resolve().parents[2]


VENV = Path(os.environ.get("IMMPORT_VENV", ROOT / ".venv"))


def run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "IMMPORT_VENV": str(VENV)}
    env.pop("VIRTUAL_ENV", None)
    env["PATH"] = "/usr/bin:/bin"  # prove the venv need not be active: no ruff on PATH
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


@pytest.fixture
def repo_copy(tmp_path: Path) -> Path:
    """The parts of the repo codegen.sh reads and writes, copied so tests never touch the real tree."""
    for name in ("codegen.sh", "dev", "pyproject.toml"):
        shutil.copy2(ROOT / name, tmp_path / name)
    for name in ("openapi", "codegen", "generated_client", "immport"):
        shutil.copytree(ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
    return tmp_path


def tree_digest(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def test_pinned_versions_agree_with_pyproject() -> None:
    script = (ROOT / "codegen.sh").read_text()
    pyproject = (ROOT / "pyproject.toml").read_text()
    for var, dist in (
        ("OPENAPI_PYTHON_CLIENT_VERSION", "openapi-python-client"),
        ("RUFF_VERSION", "ruff"),
        ("OAS_PATCH_VERSION", "oas-patch"),
    ):
        match = re.search(rf'^{var}="([^"]+)"', script, re.M)
        assert match, var
        assert f'"{dist}=={match.group(1)}"' in pyproject, dist
    assert "--fail-on-warning" in script


def test_vendored_spec_matches_lock() -> None:
    lock = json.loads((ROOT / "openapi/spec.lock.json").read_text())
    body = (ROOT / "openapi" / lock["file"]).read_bytes()
    assert hashlib.sha256(body).hexdigest() == lock["sha256"]
    assert lock["source_url"] == "https://www.immport.org/data/query/v3/api-docs"
    assert (ROOT / "immport/_generated/spec/upstream.openapi.json").read_bytes() == body


def _leaf_paths(doc: Any, prefix: tuple[Any, ...] = ()) -> dict[tuple[Any, ...], Any]:
    if isinstance(doc, dict):
        out: dict[tuple[Any, ...], Any] = {}
        for key, value in doc.items():
            out.update(_leaf_paths(value, (*prefix, key)))
        return out or {prefix: {}}
    if isinstance(doc, list):
        out = {}
        for index, value in enumerate(doc):
            out.update(_leaf_paths(value, (*prefix, index)))
        return out or {prefix: []}
    return {prefix: doc}


def _match_path(match: Any) -> tuple[Any, ...]:
    parts: list[Any] = []
    while match is not None and match.context is not None:
        path = match.path
        parts.append(path.fields[0] if hasattr(path, "fields") else path.indices[0])
        match = match.context
    return tuple(reversed(parts))


def test_corrections_change_exactly_what_the_overlay_says() -> None:
    overlay = yaml.safe_load((ROOT / "openapi/corrections.overlay.yaml").read_text())
    upstream = load_spec("upstream")
    corrected = load_spec("corrected")

    # the shipped corrected spec is exactly the overlay applied to the vendored spec, plus the
    # x-immport-always-sent marks expanded to `required` lists
    patched = apply_overlay(load_spec("upstream"), overlay)
    assert mark_required(patched) == len(corrected["components"]["schemas"]) - 1  # all but SearchHit
    assert patched == corrected

    # every action explains itself and changes something
    targeted: set[tuple[Any, ...]] = set()
    for action in overlay["actions"]:
        assert action.get("description", "").strip(), action["target"]
        matches = jsonpath(action["target"]).find(upstream) or jsonpath(action["target"]).find(corrected)
        assert matches, f"target matches nothing: {action['target']}"
        targeted.update(_match_path(m) for m in matches)

    # every changed leaf lies under some action's target: nothing else moved
    before, after = _leaf_paths(upstream), _leaf_paths(corrected)
    changed = {p for p in before.keys() | after.keys() if before.get(p, object()) != after.get(p, object())}
    assert changed
    for path in changed:
        assert any(path[: len(t)] == t for t in targeted), f"change not explained by the overlay: {path}"

    # and the headline corrections are really there
    elisa = corrected["components"]["schemas"]["VElisaResult"]
    assert all(prop.get("nullable") for prop in elisa["properties"].values())
    assert sorted(elisa["required"]) == sorted(elisa["properties"])
    search = corrected["paths"]["/api/search/study"]["get"]
    assert search["responses"]["200"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/SearchResponse"
    }
    params = {p["name"]: p["schema"] for p in search["parameters"]}
    assert params["format"]["enum"] == ["json", "tsv"]
    assert params["sortFieldDirection"]["enum"] == ["asc", "desc"]
    assert params["fromRecord"]["type"] == params["pageSize"]["type"] == "integer"


def test_generated_client_has_86_operation_modules() -> None:
    api = ROOT / "generated_client/immport_api_client/api"
    modules = [p for p in api.rglob("*.py") if p.name != "__init__.py"]
    assert len(modules) == 86
    for module in modules:
        text = module.read_text()
        for func in ("def sync(", "def sync_detailed(", "async def asyncio(", "async def asyncio_detailed("):
            assert func in text, (module.name, func)
    assert not list((ROOT / "generated_client").rglob(".ruff_cache"))


def test_check_passes_on_the_committed_tree() -> None:
    result = run(["bash", str(ROOT / "codegen.sh"), "--check"], ROOT)
    assert result.returncode == 0, result.stderr
    assert "match" in result.stdout and "drift" not in result.stdout


def drift_report(repo_copy: Path, relative: str, old: str, new: str) -> str:
    """Edit one generated file by hand: ``codegen.sh --check`` must fail; its report (stderr)."""
    target = repo_copy / relative
    target.write_text(target.read_text().replace(old, new, 1))
    result = run(["bash", "codegen.sh", "--check"], repo_copy)
    assert result.returncode == 1
    return result.stderr


def test_check_fails_after_a_one_character_edit_and_regeneration_is_deterministic(repo_copy: Path) -> None:
    model = "generated_client/immport_api_client/models/v_elisa_result.py"
    report = drift_report(repo_copy, model, "resultId", "resultID")
    assert "v_elisa_result.py" in report and "drifted" in report

    first = run(["bash", "codegen.sh"], repo_copy)
    assert first.returncode == 0, first.stderr
    digest_one = tree_digest(repo_copy / "generated_client")
    second = run(["bash", "codegen.sh"], repo_copy)
    assert second.returncode == 0, second.stderr
    assert tree_digest(repo_copy / "generated_client") == digest_one
    assert digest_one == tree_digest(ROOT / "generated_client")
    assert tree_digest(repo_copy / "immport/_generated") == tree_digest(ROOT / "immport/_generated")
    assert run(["bash", "codegen.sh", "--check"], repo_copy).returncode == 0


def test_check_fails_when_the_shipped_spec_copy_drifts(repo_copy: Path) -> None:
    spec_copy = "immport/_generated/spec/corrected.openapi.json"
    report = drift_report(repo_copy, spec_copy, '"openapi"', '"openapi" ')
    assert "spec/corrected.openapi.json" in report and "drifted" in report


@pytest.fixture
def spec_server(tmp_path: Path) -> Iterator[str]:
    spec = load_spec("upstream")
    spec["paths"]["/api/new/thing"] = {
        "get": {
            "operationId": "getNewThing",
            "tags": ["Study Data"],
            "responses": {
                "200": {"description": "OK", "content": {"application/json": {"schema": {"type": "string"}}}}
            },
        }
    }
    del spec["paths"]["/api/lookup/lkPlateType"]
    del spec["components"]["schemas"]["LkPlateType"]
    served = tmp_path / "served"
    served.mkdir()
    (served / "api-docs").write_text(json.dumps(spec, indent=2))

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, directory=str(served), **kwargs)

        def log_message(self, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/api-docs"
    server.shutdown()


def test_fetch_updates_spec_lock_and_reports_changes(repo_copy: Path, spec_server: str) -> None:
    result = run(["bash", "codegen.sh", "--fetch", spec_server], repo_copy)
    assert result.returncode == 0, result.stderr
    assert "/api/new/thing" in result.stdout
    assert "lkPlateType" in result.stdout or "LkPlateType" in result.stdout
    lock = json.loads((repo_copy / "openapi/spec.lock.json").read_text())
    body = (repo_copy / "openapi/immport-shared-data-api.openapi.json").read_bytes()
    assert lock["source_url"] == spec_server
    assert lock["sha256"] == hashlib.sha256(body).hexdigest()
    assert (repo_copy / "generated_client/immport_api_client/api/study_data/get_new_thing.py").exists()
    assert not (
        repo_copy
        / "generated_client/immport_api_client/api/lookup_or_controlled_vocabulary/get_lk_plate_type.py"
    ).exists()


def test_fetch_offline_fails_clearly_and_changes_nothing(repo_copy: Path) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    before = tree_digest(repo_copy / "openapi")
    result = run(["bash", "codegen.sh", "--fetch", f"http://127.0.0.1:{port}/v3/api-docs"], repo_copy)
    assert result.returncode != 0
    assert "cannot reach" in result.stderr + result.stdout
    assert "Traceback" not in result.stderr
    assert tree_digest(repo_copy / "openapi") == before
