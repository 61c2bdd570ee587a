"""Every operation in the spec: the generated client sends the right request and decodes the response."""

from __future__ import annotations

import json
import random
from typing import Any

import httpx
import pytest
from immport_api_client import AuthenticatedClient
from pytest_httpx import HTTPXMock

from .spec_samples import SpecOperation, argument_for, operations, python_names, resolve, sample

BASE = "https://www.immport.org/data/query"
OPERATIONS = sorted(operations(), key=lambda op: op.operation_id)


def test_spec_has_86_operations() -> None:
    assert len(OPERATIONS) == 86
    assert len({op.operation_id for op in OPERATIONS}) == 86


def _json_schema(op: SpecOperation) -> dict[str, Any]:
    return op.responses["200"]["content"]["application/json"]["schema"]  # type: ignore[no-any-return]


def _assert_model_tree(value: Any) -> None:
    """Every decoded attrs model, at any depth, kept no unknown properties."""
    if isinstance(value, list):
        for item in value:
            _assert_model_tree(item)
    elif hasattr(value, "additional_properties") and hasattr(value, "to_dict"):
        if type(value).__name__.endswith(
            ("SourceType0", "HighlightType0")
        ):  # free-form maps: all keys are extra
            return
        assert value.additional_properties == {}, type(value).__name__
        for name in type(value).__attrs_attrs__:  # type: ignore[attr-defined]
            if name.name != "additional_properties":
                _assert_model_tree(getattr(value, name.name))


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.operation_id)
def test_operation_request_and_decoding(op: SpecOperation, httpx_mock: HTTPXMock) -> None:
    module = op.module
    for variant in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
        assert callable(getattr(module, variant)), variant

    names = python_names(module.sync_detailed)
    kwargs: dict[str, Any] = {}
    expected_query: list[tuple[str, str]] = []
    path = op.path
    for param in op.parameters:
        value, wire = argument_for(param)
        py_name = names[param["name"].replace("_", "").lower()]
        if py_name.rstrip("_") != py_name:  # `format` becomes `format_` in python
            assert param["name"] == py_name.rstrip("_")
        enum_type = None
        if "enum" in param["schema"]:
            annotation = str(module._get_kwargs.__annotations__.get(py_name, ""))
            enum_type = annotation
        if enum_type:
            enum_cls = next(
                c
                for c in vars(module).values()
                if isinstance(c, type) and c.__name__ in enum_type and hasattr(c, "__members__")
            )
            value = enum_cls(value)
        kwargs[py_name] = value
        if param["in"] == "path":
            path = path.replace("{" + param["name"] + "}", wire[0])
        else:
            expected_query += [(param["name"], w) for w in wire]

    rng = random.Random(op.operation_id)
    schema = _json_schema(op)
    body = sample(schema, rng)
    httpx_mock.add_response(method=op.method, json=body)

    client = AuthenticatedClient(base_url=BASE, token="t", raise_on_unexpected_status=True)
    response = module.sync_detailed(client=client, **kwargs)

    request = httpx_mock.get_request()
    assert request is not None
    assert request.method == op.method
    assert request.url.path == "/data/query" + path
    sent = sorted(request.url.params.multi_items())
    # the generated defaults (search fromRecord/pageSize/...) may add keys; everything we set is sent as-is
    for item in expected_query:
        assert item in sent, (item, sent)
    assert all(not key.endswith("_") for key, _ in sent)

    assert response.status_code == 200
    parsed = response.parsed
    resolved = resolve(schema)
    if resolved.get("type") == "array":
        assert isinstance(parsed, list) and len(parsed) == len(body)
        item_schema = schema["items"]
        if "$ref" in item_schema:
            model_name = item_schema["$ref"].rsplit("/", 1)[1]
            assert all(type(item).__name__.lower() == model_name.lower() for item in parsed)
        else:
            assert parsed == body
    else:
        model_name = schema["$ref"].rsplit("/", 1)[1]
        assert type(parsed).__name__.lower() == model_name.lower()
    _assert_model_tree(parsed)
    # the decoded models round-trip to the same JSON (nulls kept, nothing dropped)
    redone = (
        [p.to_dict() for p in parsed]
        if isinstance(parsed, list) and parsed and hasattr(parsed[0], "to_dict")
        else (parsed.to_dict() if hasattr(parsed, "to_dict") else parsed)
    )
    assert json.loads(json.dumps(redone)) == body


def test_array_filters_are_repeated_keys(httpx_mock: HTTPXMock) -> None:
    from immport_api_client.api.study_result import get_elisa_result

    httpx_mock.add_response(json=[])
    client = AuthenticatedClient(base_url=BASE, token="t")
    get_elisa_result.sync(client=client, study_accession=["SDY2", "SDY4"], format_="tsv")
    request = httpx_mock.get_request()
    assert request is not None
    assert request.url.params.get_list("studyAccession") == ["SDY2", "SDY4"]
    assert request.url.params["format"] == "tsv"


def test_nulls_in_every_field_decode(httpx_mock: HTTPXMock) -> None:
    """ImmPort-shaped records with null in any field (string, number, date, nested) do not raise."""
    from immport_api_client import models

    spec_schemas = __import__("immport.spec", fromlist=["load_spec"]).load_spec("corrected")["components"][
        "schemas"
    ]
    checked = 0
    for name, schema in spec_schemas.items():
        cls = getattr(models, name, None) or getattr(models, name.replace("URL", "Url"), None)
        if cls is None:
            continue
        record = {prop: None for prop in schema.get("properties", {})}
        decoded = cls.from_dict(record)
        assert all(
            getattr(decoded, attr.name) is None
            for attr in cls.__attrs_attrs__
            if attr.name != "additional_properties"
        )
        checked += 1
    assert checked >= 86


def test_unexpected_status_raises_instead_of_returning_none(httpx_mock: HTTPXMock) -> None:
    from immport_api_client.api.study_result import get_elisa_result
    from immport_api_client.errors import UnexpectedStatus

    httpx_mock.add_response(status_code=502, text="<html>bad gateway</html>")
    client = AuthenticatedClient(base_url=BASE, token="t", raise_on_unexpected_status=True)
    with pytest.raises(UnexpectedStatus):
        get_elisa_result.sync(client=client, study_accession=["SDY2"])


@pytest.mark.asyncio
async def test_async_variant_sends_the_same_request(httpx_mock: HTTPXMock) -> None:
    from immport_api_client.api.lookup_or_controlled_vocabulary import get_lk_disease

    httpx_mock.add_response(
        json=[{"name": "asthma", "description": None, "link": None, "diseaseOntologyId": "DOID:2841"}]
    )
    client = AuthenticatedClient(base_url=BASE, token="t")
    rows = await get_lk_disease.asyncio(client=client, format_="json")
    assert rows is not None and not isinstance(rows, httpx.Response)
    assert rows[0].name == "asthma" and rows[0].description is None
