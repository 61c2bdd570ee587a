"""prepare() encodes every call from the generated operation table exactly as the generated client would.

Oracle: each operation's generated ``_get_kwargs`` (openapi-python-client's request builder), turned into a
URL by httpx, for the same checked arguments: with every parameter given, with only the required ones (the
defaults the generated client sends), and in TSV form. The facade itself never calls ``_get_kwargs``.
"""

from __future__ import annotations

import enum
import typing
from typing import Any

import httpx
import pytest

from immport.operations import OPERATIONS, Operation, Param, prepare

from .spec_samples import SpecOperation, argument_for, operations

BASE = "https://www.immport.org/data/query"
SPEC_OPERATIONS = {op.operation_id: op for op in operations()}
# every value a filter takes, in a form that survives the facade's checks
ACCESSIONS = {"studyAccession": "SDY12", "subjectAccession": "SUB1234.12", "armAccession": "ARM3"}
ACCESSIONS |= {"experimentAccession": "EXP45", "biosampleAccession": "BS6", "expsampleAccession": "ES78"}
ACCESSIONS |= {"plannedVisitAccession": "PV9"}


def _param(op: Operation, wire_name: str) -> Param:
    return next(p for p in op.params if p.wire_name == wire_name)


def _argument(spec_param: dict[str, Any], op: Operation) -> Any:
    name = spec_param["name"]
    if name in ACCESSIONS:
        schema = spec_param["schema"]
        comma = _param(op, name).comma_list
        return (
            [ACCESSIONS[name], ACCESSIONS[name]]
            if schema.get("type") == "array" or comma
            else ACCESSIONS[name]
        )
    value, _ = argument_for(spec_param)
    return value


def _generated_url(spec_op: SpecOperation, values: dict[str, Any]) -> httpx.URL:
    """The URL the generated client sends for already-checked ``values`` (enums as its Enum types)."""
    builder = spec_op.module._get_kwargs
    hints = typing.get_type_hints(builder)
    kwargs = {}
    for name, value in values.items():
        enum_type = next(
            (a for a in typing.get_args(hints[name]) if isinstance(a, type) and issubclass(a, enum.Enum)),
            None,
        )
        kwargs[name] = enum_type(value) if enum_type else value
    wire = builder(**kwargs)
    return httpx.Request(wire["method"], BASE + wire["url"], params=wire.get("params")).url


def _prepared_url(op: Operation, arguments: dict[str, Any], *, tsv: bool = False) -> httpx.URL:
    call = prepare(op, arguments, tsv=tsv)
    return httpx.Request(call.method, BASE + call.path, params=call.params).url


def _cases() -> list[tuple[str, str]]:
    cases = [(op_id, "all") for op_id in sorted(OPERATIONS)] + [
        (op_id, "required") for op_id in sorted(OPERATIONS)
    ]
    return cases + [(op_id, "tsv") for op_id in sorted(OPERATIONS) if OPERATIONS[op_id].supports_tsv]


@pytest.mark.parametrize(("operation_id", "given"), _cases())
def test_prepared_url_equals_the_generated_clients(operation_id: str, given: str) -> None:
    op, spec_op = OPERATIONS[operation_id], SPEC_OPERATIONS[operation_id]
    arguments = {
        _param(op, raw["name"]).python_name: _argument(raw, op)
        for raw in spec_op.parameters
        if raw["name"] != "format" and (given == "all" or raw.get("required"))
    }
    # what the generated builder takes: lists for arrays, search facets comma-joined (values already valid)
    values = {
        name: ",".join(value) if isinstance(value, list) and op.param(name).comma_list else value  # type: ignore[union-attr]
        for name, value in arguments.items()
    }
    if given == "tsv":
        values["format_"] = "tsv"
    expected = _generated_url(spec_op, values)
    actual = _prepared_url(op, arguments, tsv=given == "tsv")
    assert actual.raw_path == expected.raw_path  # same path, same query string, same order
    assert str(actual) == str(expected)


def test_the_oracle_sees_repeated_keys_defaults_and_escaped_paths() -> None:
    """The comparison above is not vacuous: the generated URLs carry each encoding rule."""
    elisa = SPEC_OPERATIONS["getElisaResult"]
    url = _generated_url(elisa, {"study_accession": ["SDY1", "SDY2"]})
    assert url.params.get_list("studyAccession") == ["SDY1", "SDY2"]
    manifest = SPEC_OPERATIONS["getFileDetails"]
    url = _generated_url(manifest, {"study_accession": "SDY1"})
    assert (url.path, url.params.get("fileType"), url.params.get("format")) == (
        "/data/query/api/study/manifest/SDY1",
        "all",
        "json",
    )
    drs = SPEC_OPERATIONS["getUrlFromDrs"]
    assert _generated_url(drs, {"file_uuid": "a b/c", "access_method": "s3"}).raw_path == (
        b"/data/query/drs/download/s3/a%20b%2Fc"
    )


def test_path_values_are_percent_encoded_like_the_generated_client() -> None:
    values = {"file_uuid": "a b/c?d", "access_method": "stream"}
    expected = _generated_url(SPEC_OPERATIONS["getUrlFromDrs"], values)
    assert _prepared_url(OPERATIONS["getUrlFromDrs"], values).raw_path == expected.raw_path
