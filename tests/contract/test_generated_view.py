"""The generated-code view: griffe compares the public API of two generated packages; each API change is
traced to the spec changes that caused it; both views land in one report."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path
from typing import Any

import pytest

from immport.contract import ApiChange, Change, DiffReport, GeneratedView, exit_code, judge, render_json
from immport.contract.generated import compare_packages, generated_view
from immport.spec import load_spec

griffe = pytest.importorskip("griffe")

OLD_MODULE = """
    from enum import Enum


    class Colour(str, Enum):
        RED = "red"
        BLUE = "blue"


    class Row:
        value: float | None
        name: str


    def fetch(*, study: str, limit: int = 10, code: str | None = None) -> list[Row] | None: ...


    def gone() -> None: ...
"""
NEW_MODULE = """
    from enum import Enum


    class Colour(str, Enum):
        RED = "red"
        GREEN = "green"


    class Row:
        value: float | None | str
        name: str


    def fetch(*, study: str | list[str], limit: int = 10, code: str) -> list[Row] | str | None: ...


    def added() -> None: ...
"""


def package(root: Path, module: str) -> Path:
    (root / "pkg").mkdir(parents=True)
    (root / "pkg/__init__.py").write_text("")
    (root / "pkg/things.py").write_text(textwrap.dedent(module))
    return root


def test_griffe_finds_removals_required_parameters_and_annotation_changes(tmp_path: Path) -> None:
    changes = compare_packages(
        package(tmp_path / "old", OLD_MODULE), package(tmp_path / "new", NEW_MODULE), "pkg"
    )
    assert sorted((c.kind, c.path, c.breaking) for c in changes) == [
        ("attribute-annotation-changed", "pkg.things.Row.value", True),  # what a caller reads widened
        ("object-added", "pkg.things.Colour.GREEN", False),
        ("object-added", "pkg.things.added", False),
        ("object-removed", "pkg.things.Colour.BLUE", True),
        ("object-removed", "pkg.things.gone", True),
        ("parameter-annotation-changed", "pkg.things.fetch(code)", True),  # None no longer accepted
        ("parameter-annotation-changed", "pkg.things.fetch(study)", False),  # accepts more: fine
        ("parameter-changed-required", "pkg.things.fetch(code)", True),
        ("return-annotation-changed", "pkg.things.fetch", True),
    ]
    values = {(c.kind, c.path): (c.old, c.new) for c in changes}
    assert values[("return-annotation-changed", "pkg.things.fetch")] == (
        "list[Row] | None",
        "list[Row] | str | None",
    )
    assert values[("object-removed", "pkg.things.Colour.BLUE")] == ("attribute", None)
    assert values[("parameter-changed-required", "pkg.things.fetch(code)")] == (
        "code: str | None",
        "code: str",
    )


def test_a_breaking_api_change_alone_fails_the_diff() -> None:
    api = ApiChange("object-removed", "immport_api_client.api.x.y", True)
    report = DiffReport((), GeneratedView(checked=True, changes=(api,)))
    assert exit_code(report) == 1
    cosmetic = DiffReport(
        (Change("changed-description", "/info/description"),),
        GeneratedView(checked=True, changes=(ApiChange("object-added", "p.q", False),)),
    )
    assert (exit_code(cosmetic), exit_code(cosmetic, "any")) == (0, 1)


def test_fast_skips_regeneration_and_says_so() -> None:
    upstream = load_spec("upstream")
    edited = json.loads(json.dumps(upstream))
    edited["paths"]["/result/elisa"]["get"]["tags"] = ["Study Results"]
    report = judge(upstream, edited, fast=True)
    assert report.generated == GeneratedView(checked=False, note="--fast")
    assert json.loads(render_json(report))["generated"] == {
        "checked": False, "note": "--fast", "summary": {"total": 0, "breaking": 0}, "changes": [],
    }  # fmt: skip


def _edited_upstream() -> tuple[dict[str, Any], dict[str, Any]]:
    old = load_spec("upstream")
    new = json.loads(json.dumps(old))
    new["paths"]["/result/elisa"]["get"]["tags"] = ["Study Results"]  # the module moves
    pcr = new["paths"]["/result/pcr"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    pcr["items"] = json.loads(json.dumps(new["components"]["schemas"]["VPcrResult"]))  # $ref -> inline
    new["components"]["schemas"]["VElisaResult"]["properties"]["resultId"]["format"] = "int64"  # no effect
    return old, new


ELISA_TAGS = "/paths/~1result~1elisa/get/tags"
PCR_ITEMS = "/paths/~1result~1pcr/get/responses/200/content/application~1json/schema/items"


def test_regenerated_clients_show_each_api_change_with_its_spec_cause() -> None:
    old, new = _edited_upstream()
    report = judge(old, new)
    view = report.generated
    assert view is not None
    if not view.checked:
        pytest.skip(f"codegen tools unavailable: {view.note}")
    by_path = {(c.kind, c.path): c for c in view.changes}
    moved = by_path[("object-removed", "immport_api_client.api.study_result.get_elisa_result")]
    assert (moved.breaking, moved.causes) == (True, (ELISA_TAGS,))
    assert by_path[("object-added", "immport_api_client.api.study_results")].causes == (ELISA_TAGS,)
    returned = by_path[
        ("return-annotation-changed", "immport_api_client.api.study_result.get_pcr_result.sync")
    ]
    assert (returned.old, returned.new, returned.causes) == (
        "ErrorBody | list[VPcrResult] | None",
        "ErrorBody | list[GetPcrResultResponse200Item] | None",
        (PCR_ITEMS,),
    )
    new_class = by_path[("object-added", "immport_api_client.models.get_pcr_result_response_200_item")]
    assert new_class.causes == (PCR_ITEMS,)
    # int64 on an integer changes no generated code: no API change is traced to it
    assert not any("resultId/format" in cause for change in view.changes for cause in change.causes)
    assert all(change.causes for change in view.changes)
    assert {c.kind for c in report.changes} == {
        "changed-tag",
        "changed-schema-ref",
        "changed-format-same-type",
    }


def test_without_codegen_tools_the_view_is_skipped_with_the_reason(monkeypatch: pytest.MonkeyPatch) -> None:
    from immport.contract import generated

    monkeypatch.setenv("IMMPORT_VENV", "/nonexistent-venv")
    old, new = _edited_upstream()
    view = generated_view(old, new, DiffReport(()))
    assert not view.checked
    assert view.note == "openapi-python-client is not installed in /nonexistent-venv (run ./dev setup)"
    assert generated.CODEGEN.name == "codegen.sh"
