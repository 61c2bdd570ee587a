"""Rendering (text/json), exit codes, run_diff/run_check for the CLI, check_live against a local server."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from immport.contract import (
    Change,
    DiffReport,
    check_live,
    diff_specs,
    exit_code,
    render_json,
    render_text,
    run_check,
    run_diff,
)
from immport.errors import APIStatusError, DecodeError, InvalidRequestError, TransportError
from immport.spec import load_spec

from .spec_server import closed_port, serving

ELISA = "/paths/~1result~1elisa/get"
VALUE_PREFERRED = f"{ELISA}/responses/200/content/application~1json/schema/items/properties/valuePreferred"


def breaking_edit(spec: dict[str, Any]) -> dict[str, Any]:
    """The example live spec: ELISA lost studyAccession, valuePreferred was renamed, a new summary."""
    edited = json.loads(json.dumps(spec))
    op = edited["paths"]["/result/elisa"]["get"]
    op["parameters"] = [p for p in op["parameters"] if p["name"] != "studyAccession"]
    op["summary"] = "Retrieve ELISA results (v2)"
    props = edited["components"]["schemas"]["VElisaResult"]["properties"]
    props["valuePreferredNumeric"] = props.pop("valuePreferred")
    return edited


def cosmetic_edit(spec: dict[str, Any]) -> dict[str, Any]:
    edited = json.loads(json.dumps(spec))
    edited["paths"]["/result/elisa"]["get"]["description"] = "Now with a better description"
    return edited


@pytest.fixture
def specs(tmp_path: Path) -> dict[str, Path]:
    upstream = load_spec("upstream")
    files = {"old": upstream, "breaking": breaking_edit(upstream), "cosmetic": cosmetic_edit(upstream)}
    paths = {}
    for name, document in files.items():
        paths[name] = tmp_path / f"{name}.json"
        paths[name].write_text(json.dumps(document))
    return paths


# ---- rendering --------------------------------------------------------------------------------
def test_text_report_has_one_line_per_change_with_class_kind_and_pointer(specs: dict[str, Path]) -> None:
    text, code = run_diff(specs["old"], specs["breaking"], fast=True)
    lines = text.splitlines()
    assert (
        f"BREAKING removed-parameter {ELISA}/parameters/studyAccession  (parameter studyAccession removed)"
        in lines
    )
    renamed = "(property valuePreferred removed; renamed to valuePreferredNumeric?)"
    assert f"BREAKING removed-property {VALUE_PREFERRED}  {renamed}" in lines
    assert any(
        line.startswith(f"NON-BREAKING added-property {ELISA}/") and "valuePreferredNumeric" in line
        for line in lines
    )
    assert f"NON-BREAKING changed-summary {ELISA}/summary  (summary changed)" in lines
    report = diff_specs(load_spec("upstream"), breaking_edit(load_spec("upstream")))
    assert len(lines) == len(report.changes) + 2
    total, breaking = len(report.changes), len(report.breaking)
    assert lines[-2] == f"{total} changes: {breaking} breaking, {total - breaking} non-breaking"
    assert lines[-1] == "generated client: not compared (--fast)"
    assert code == 1


def test_json_report_for_ci(specs: dict[str, Path]) -> None:
    text, code = run_diff(specs["old"], specs["breaking"], fmt="json", fast=True)
    document = json.loads(text)
    assert code == 1
    summary = document["summary"]
    assert summary["total"] == len(document["changes"]) == summary["breaking"] + summary["non_breaking"]
    assert summary["kinds"]["removed-parameter"] == 1
    removed = next(c for c in document["changes"] if c["kind"] == "removed-parameter")
    assert removed == {
        "kind": "removed-parameter", "breaking": True, "pointer": f"{ELISA}/parameters/studyAccession",
        "operation": "GET /result/elisa", "detail": "parameter studyAccession removed",
        "old": None, "new": None,
    }  # fmt: skip


def test_no_changes_renders_and_exits_zero(specs: dict[str, Path]) -> None:
    assert run_diff(specs["old"], specs["old"]) == ("no changes\n", 0)
    assert json.loads(run_diff(specs["old"], specs["old"], fmt="json")[0])["summary"]["total"] == 0
    assert render_text(DiffReport(())) == "no changes\n"


@pytest.mark.parametrize(
    ("spec", "fail_on", "expected"),
    [("breaking", "breaking", 1), ("breaking", "any", 1), ("cosmetic", "breaking", 0), ("cosmetic", "any", 1),
     ("old", "breaking", 0), ("old", "any", 0)],
)  # fmt: skip
def test_exit_codes(specs: dict[str, Path], spec: str, fail_on: str, expected: int) -> None:
    assert run_diff(specs["old"], specs[spec], fail_on=fail_on, fast=True)[1] == expected


def test_summary_line_counts() -> None:
    one = DiffReport((Change("removed-operation", "/paths/~1x/get"),))
    two = DiffReport((*one.changes, Change("changed-description", "/info/description")))
    assert render_text(one).splitlines()[-1] == "1 change: 1 breaking, 0 non-breaking"
    assert render_text(two).splitlines()[-1] == "2 changes: 1 breaking, 1 non-breaking"


def test_exit_code_policy_on_hand_built_reports() -> None:
    cosmetic = DiffReport((Change("changed-description", "/info/description"),))
    breaking = DiffReport((Change("removed-operation", "/paths/~1x/get"),))
    assert (exit_code(cosmetic), exit_code(cosmetic, "any")) == (0, 1)
    assert (exit_code(breaking), exit_code(breaking, "any")) == (1, 1)
    with pytest.raises(InvalidRequestError, match="fail_on"):
        exit_code(breaking, "sometimes")


def test_render_json_is_valid_for_every_value(specs: dict[str, Path]) -> None:
    report = diff_specs(load_spec("upstream"), load_spec("corrected"))
    document = json.loads(render_json(report))
    assert len(document["changes"]) == len(report.changes) > 100
    restricted = [c for c in document["changes"] if c["kind"] == "removed-enum-value"]
    assert restricted and all(c["new"] for c in restricted)


@pytest.mark.parametrize(
    ("kwargs", "message"), [({"fmt": "xml"}, "format"), ({"fail_on": "never"}, "fail_on")]
)
def test_bad_options_are_rejected(specs: dict[str, Path], kwargs: dict[str, str], message: str) -> None:
    with pytest.raises(InvalidRequestError, match=message):
        run_diff(specs["old"], specs["old"], **kwargs)


def test_bad_spec_files_are_rejected(specs: dict[str, Path], tmp_path: Path) -> None:
    (tmp_path / "notjson.json").write_text("{oops")
    (tmp_path / "notopenapi.json").write_text('{"swagger": "2.0"}')
    with pytest.raises(InvalidRequestError, match="cannot read"):
        run_diff(tmp_path / "missing.json", specs["old"])
    with pytest.raises(InvalidRequestError, match="not valid JSON"):
        run_diff(specs["old"], tmp_path / "notjson.json")
    with pytest.raises(InvalidRequestError, match="not an OpenAPI 3 document"):
        run_diff(tmp_path / "notopenapi.json", specs["old"])
    with pytest.raises(InvalidRequestError, match="not an OpenAPI 3 document"):
        diff_specs({"openapi": "3.0.1"}, load_spec("upstream"))


def test_yaml_spec_files_are_read(specs: dict[str, Path], tmp_path: Path) -> None:
    yaml = pytest.importorskip("yaml")
    path = tmp_path / "new.yaml"
    path.write_text(yaml.safe_dump(breaking_edit(load_spec("upstream"))))
    assert run_diff(specs["breaking"], path) == ("no changes\n", 0)


# ---- live check -------------------------------------------------------------------------------
@pytest.fixture
def live() -> Iterator[str]:
    routes = {
        "/data/query/v3/api-docs": (
            200,
            json.dumps(breaking_edit(load_spec("upstream"))).encode(),
            "application/json",
        ),
        "/same": (200, json.dumps(load_spec("upstream")).encode(), "application/json"),
        "/html": (200, b"<html>maintenance</html>", "text/html"),
        "/broken": (500, b"internal error", "text/plain"),
        "/not-openapi": (200, b'{"hello": "world"}', "application/json"),
    }
    with serving(routes) as base:
        yield base


def test_check_live_diffs_the_vendored_spec_against_the_served_one(live: str) -> None:
    report = check_live(f"{live}/data/query/v3/api-docs", timeout=5)
    pointers = {(c.kind, c.pointer) for c in report.breaking}
    assert ("removed-parameter", f"{ELISA}/parameters/studyAccession") in pointers
    assert ("removed-property", VALUE_PREFERRED) in pointers
    assert check_live(f"{live}/same", timeout=5).changes == ()


def test_run_check_returns_text_and_exit_code(live: str) -> None:
    text, code = run_check(f"{live}/data/query/v3/api-docs", "json", "breaking", timeout=5, fast=True)
    assert code == 1 and json.loads(text)["summary"]["breaking"] >= 2
    assert run_check(f"{live}/same", timeout=5) == ("no changes\n", 0)


def test_check_live_offline_raises_a_clear_transport_error() -> None:
    url = f"http://127.0.0.1:{closed_port()}/data/query/v3/api-docs"
    with pytest.raises(TransportError, match="ImmPort could not be reached") as info:
        check_live(url, timeout=2)
    assert info.value.url == url
    with pytest.raises(TransportError, match="could not be reached"):
        run_check(url, timeout=2)


@pytest.mark.parametrize(
    ("path", "error"),
    [
        ("/html", DecodeError),
        ("/not-openapi", DecodeError),
        ("/broken", APIStatusError),
        ("/missing", APIStatusError),
    ],
)
def test_check_live_bad_answers_raise_typed_errors(live: str, path: str, error: type[Exception]) -> None:
    with pytest.raises(error):
        check_live(f"{live}{path}", timeout=5)


def test_the_documented_report_is_what_the_diff_prints() -> None:
    doc = (Path(__file__).resolve().parents[2] / "docs/contract-testing.md").read_text()
    documented = doc.split("reported separately:\n\n```text\n", 1)[1].split("```", 1)[0]
    assert documented == render_text(diff_specs(load_spec("upstream"), breaking_edit(load_spec("upstream"))))
