"""Every Shared Data operation answers, and its JSON validates against the corrected spec (openapi-core)."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from openapi_core import Config, OpenAPI
from openapi_core.exceptions import OpenAPIError
from openapi_core.testing import MockRequest, MockResponse

from immport._spec import load_spec
from immport.sandbox import SandboxConfig
from immport.sandbox.spec_ops import operations, schema_properties

from .conftest import Q, Sandbox

SPEC_HOST = "https://immport.org"  # the spec's server is https://immport.org/data/query


def _path_values(sandbox: Sandbox) -> dict[str, str]:
    manifest = sandbox.get("/api/study/manifest/SDY1").json()
    return {"studyAccession": "SDY269", "accessMethod": "s3", "fileUUID": manifest[0]["fileUUID"]}


def test_all_spec_operations_answer_and_validate() -> None:
    sandbox = Sandbox(SandboxConfig(rows=5, file_size=2048))
    spec = load_spec("corrected")
    # strict: no undocumented properties (presence of every documented one is asserted below)
    config = Config(spec_validator_cls=None, additional_properties_default_policy="forbid")
    openapi = OpenAPI.from_dict(spec, config=config)
    values = _path_values(sandbox)
    spec_ops = {op["operationId"]: path for path, item in spec["paths"].items() for op in item.values()}
    validated: set[str] = set()
    empty: list[str] = []
    for op in operations():
        path = re.sub(r"\{(\w+)\}", lambda m: values[m.group(1)], op.path)
        response = sandbox.get(path)
        assert response.status_code == 200, (op.operation_id, response.text)
        body: Any = response.json()
        if isinstance(body, list) and not body:
            empty.append(op.operation_id)
        openapi.validate_response(
            MockRequest(SPEC_HOST, "get", "/data/query" + path),
            MockResponse(response.content, status_code=200, content_type="application/json"),
        )
        if op.row_schema is not None:
            props = {name for name, _ in schema_properties(op.row_schema)}
            for row in body if isinstance(body, list) else [body]:
                assert set(row) == props, op.operation_id
        validated.add(op.operation_id)
    # the validator is strict: a row with an extra property, or a wrongly typed one, is refused
    rows = sandbox.get("/api/study/arm/SDY1").json()
    for broken in ({**rows[0], "name": 5}, {**rows[0], "extra": 1}):
        with pytest.raises(OpenAPIError):
            openapi.validate_response(
                MockRequest(SPEC_HOST, "get", "/data/query/api/study/arm/SDY1"),
                MockResponse(json.dumps([broken]).encode(), status_code=200),
            )
    assert validated == set(spec_ops)
    assert len(validated) == 86
    # SDY269 has no data for some assays; every other operation must return rows
    assert set(empty) <= {
        "getMbaaResult",
        "getPcrResult",
        "getKirTypingResult",
        "getMassSpectrometryResult",
    }, empty


def test_rows_carry_exactly_the_schema_properties_in_order(sandbox: Sandbox) -> None:
    for op in operations():
        if not op.returns_list or op.row_schema is None or "{" in op.path:
            continue
        rows = sandbox.get(op.path).json()
        assert rows, op.operation_id
        assert list(rows[0]) == [name for name, _ in schema_properties(op.row_schema)], op.operation_id


def test_tsv_header_matches_schema_for_every_tsv_operation(sandbox: Sandbox) -> None:
    values = {"studyAccession": "SDY1", "accessMethod": "s3", "fileUUID": "x"}
    checked = 0
    for op in operations():
        if (
            op.row_schema is None
            or not op.returns_list
            or op.operation_id in ("studySearch", "subjectSearch")
        ):
            continue
        path = re.sub(r"\{(\w+)\}", lambda m: values[m.group(1)], op.path)
        response = sandbox.get(path, {"format": "tsv"})
        assert response.headers["content-type"].startswith("text/tab-separated-values"), op.operation_id
        header = response.text.split("\n", 1)[0]
        assert header.split("\t") == [name for name, _ in schema_properties(op.row_schema)], op.operation_id
        checked += 1
    assert checked == 81


def test_unknown_route_is_a_json_404(sandbox: Sandbox) -> None:
    response = sandbox.http.get(Q + "/api/nothing/here")
    assert response.status_code == 404
    assert response.json()["status"] == 404
