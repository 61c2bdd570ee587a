"""Every Shared Data operation answers, and its JSON validates against the corrected spec (openapi-core)."""

from __future__ import annotations

import json
import re
from typing import Any

import httpx
import pytest
from openapi_core import Config, OpenAPI
from openapi_core.exceptions import OpenAPIError
from openapi_core.testing import MockRequest, MockResponse

from immport.sandbox import SandboxConfig
from immport.sandbox.spec_ops import operations, schema_properties
from immport.spec import load_spec

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
        path = _concrete(op.path, values)
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
        path = _concrete(op.path, values)
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


# ---- every answer, JSON and TSV, 200 and 401/403, against the corrected spec (issue 17) ----------------

TSV = "text/tab-separated-values"


def _validator(kind: str) -> OpenAPI:
    # openapi-core knows JSON; a TSV body is UTF-8 text, as the spec's string schema says
    text = {TSV: lambda body: body.decode("utf-8")}
    config = Config(spec_validator_cls=None, extra_media_type_deserializers=text)
    return OpenAPI.from_dict(load_spec(kind), config=config)


def _validate(openapi: OpenAPI, path: str, response: httpx.Response) -> None:
    content_type = response.headers["content-type"].split(";")[0]
    openapi.validate_response(
        MockRequest(SPEC_HOST, "get", "/data/query" + path),
        MockResponse(response.content, status_code=response.status_code, content_type=content_type),
    )


def _tsv_operations(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """operationId -> its TSV body schema, read from the spec itself."""
    return {
        op["operationId"]: op["responses"]["200"]["content"][TSV]["schema"]
        for item in spec["paths"].values()
        for op in item.values()
        if TSV in op["responses"]["200"].get("content", {})
    }


def _concrete(template: str, values: dict[str, str]) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: values[m.group(1)], template)


def test_every_tsv_answer_validates_and_its_header_is_the_row_schema() -> None:
    sandbox = Sandbox(SandboxConfig(rows=3, file_size=2048))
    spec, openapi, values = load_spec("corrected"), _validator("corrected"), _path_values(sandbox)
    tsv_schemas = _tsv_operations(spec)
    assert len(tsv_schemas) == 83  # 81 study/result/lookup operations + the two searches
    paths = {op["operationId"]: path for path, item in spec["paths"].items() for op in item.values()}
    for operation_id, schema in tsv_schemas.items():
        path = _concrete(paths[operation_id], values)
        response = sandbox.get(path, {"format": "tsv"})
        assert response.status_code == 200, (operation_id, response.text)
        assert response.headers["content-type"].startswith(TSV), operation_id
        _validate(openapi, path, response)
        header = response.text.split("\n", 1)[0].split("\t")
        json_schema = spec["paths"][paths[operation_id]]["get"]["responses"]["200"]["content"][
            "application/json"
        ]["schema"]
        if schema["x-immport-tsv-columns"] == "row-schema":
            row_ref = json_schema.get("items", json_schema)["$ref"].rsplit("/", 1)[1]
            assert header == list(spec["components"]["schemas"][row_ref]["properties"]), operation_id
        else:
            assert schema["x-immport-tsv-columns"] == "source-fields"
            assert "study_accession" in header, operation_id
    # the upstream spec called the same text an array: the correction is what makes it valid
    elisa = sandbox.get("/result/elisa", {"format": "tsv", "studyAccession": "SDY2"})
    with pytest.raises(OpenAPIError):
        _validate(_validator("upstream"), "/result/elisa", elisa)


def _secured_operations(spec: dict[str, Any]) -> dict[str, str]:
    return {
        op["operationId"]: path
        for path, item in spec["paths"].items()
        for op in item.values()
        if op.get("security")
    }


def test_every_secured_operation_declares_and_answers_401_and_403() -> None:
    sandbox = Sandbox(SandboxConfig(rows=3, file_size=2048))
    spec, openapi, values = load_spec("corrected"), _validator("corrected"), _path_values(sandbox)
    secured = _secured_operations(spec)
    assert len(secured) == 39
    assert {"getRestrictedStudyAccessions", "getStudySummary", "getElisaResult"} <= set(secured)
    expired = {"Authorization": f"bearer {sandbox.token(lifetime=-5)}"}
    for operation_id, template in secured.items():
        path = _concrete(template, values)
        missing = sandbox.http.get(Q + path)
        assert missing.status_code == 403, operation_id
        assert missing.json()["message"] == "Not Authorized, must include Token"
        _validate(openapi, path, missing)
        stale = sandbox.http.get(Q + path, headers=expired)
        assert stale.status_code == 401, operation_id
        assert stale.json()["message"] == "Token expired"
        _validate(openapi, path, stale)
    # an error body of the wrong shape is refused, so the checks above can fail
    with pytest.raises(OpenAPIError):
        openapi.validate_response(
            MockRequest(SPEC_HOST, "get", "/data/query/result/elisa"),
            MockResponse(b'{"status": "forbidden", "message": 3}', status_code=403),
        )
