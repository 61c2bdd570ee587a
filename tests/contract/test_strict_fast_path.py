"""Strict mode's fast path (a complete msgspec decoder): it takes only bodies the full strict check finds
nothing wrong in, returns the same models as strict mode off, and leaves every other body to the full
check, whose report and exception stay exactly as they were."""

from __future__ import annotations

import copy
import json
import random
import warnings
from collections.abc import Iterator
from typing import Any

import httpx
import msgspec
import orjson
import pytest

import immport
from immport._parse import decode_document
from immport.contract import _exact, _strict_schema, strict
from immport.contract._resolve import Resolver
from immport.contract.strict import check_document
from immport.contract.violations import policy_for
from immport.errors import ContractViolation
from immport.operations import OPERATIONS, row_schema

from .samples import SPEC, record_columns

ELISA = "getElisaResult"
FLAT_LIST_OPS = sorted(
    op.operation_id
    for op in OPERATIONS.values()
    if op.returns_list and (schema := row_schema(op)) is not None and schema.flat
)


def conforming_rows(operation_id: str, count: int) -> list[dict[str, Any]]:
    """Rows with every field of the spec's record, of its type; some nulls (all fields are nullable)."""
    columns = record_columns(operation_id)
    rows = []
    for i in range(count):
        row: dict[str, Any] = {}
        for k, (name, kind) in enumerate(columns.items()):
            value = {"string": f"S{i}", "integer": i, "number": i + 0.25, "boolean": i % 2 == 0}[kind]
            row[name] = None if (i + k) % 7 == 0 else value
        rows.append(row)
    return rows


def client(body: bytes, strict_mode: str) -> immport.Client:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers={"content-type": "application/json"})

    return immport.Client(token="t0ken", strict=strict_mode, env={}, transport=httpx.MockTransport(answer))


def elisa(body: bytes, strict_mode: str) -> Any:
    with client(body, strict_mode) as c:
        return c.results.elisa(study_accession="SDY1")


@pytest.fixture
def full_checks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the full strict checks run (``check_document`` calls made by strict mode)."""
    calls: list[int] = []

    def counted(operation_id: str, document: Any, report: Any = None) -> Any:
        calls.append(1)
        return check_document(operation_id, document, report)

    monkeypatch.setattr(strict, "check_document", counted)
    return calls


def no_fast_path(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(strict.ResponseCheck, "exact_decoder", property(lambda self: None))


def outcome(body: bytes) -> tuple[Any, ...]:
    """What strict="error" does with an ELISA body: the exception (text, violations, counts) and warnings."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            elisa(body, "error")
        except ContractViolation as exc:
            return "raised", str(exc), exc.violations, exc.counts, [str(w.message) for w in caught]
    return "warned", [str(w.message) for w in caught]


# ---- (a) a conforming body takes the fast path, with the same models ---------------------------------------
def test_a_conforming_20k_row_elisa_body_takes_the_fast_path_with_the_same_models(
    full_checks: list[int],
) -> None:
    rows = conforming_rows(ELISA, 20_000)
    body = orjson.dumps(rows)
    plain = elisa(body, "off")
    checked = elisa(body, "error")
    assert full_checks == []  # strict mode never ran the full check: the fast path decided
    assert len(checked) == 20_000
    assert checked == plain
    assert [type(r) for r in checked[:50]] == [type(r) for r in plain[:50]]
    for model, row in zip(checked[:20], rows, strict=False):  # the body's values, nulls kept
        assert (model.result_id, model.age_event, model.value_preferred) == (
            row["resultId"],
            row["ageEvent"],
            row["valuePreferred"],
        )


def test_without_the_fast_path_the_same_body_runs_the_full_check(
    monkeypatch: pytest.MonkeyPatch, full_checks: list[int]
) -> None:
    body = orjson.dumps(conforming_rows(ELISA, 30))
    no_fast_path(monkeypatch)
    assert elisa(body, "error") == elisa(body, "off")
    assert full_checks == [1]


# ---- (b) a violating body is refused and reported exactly as before ---------------------------------------
def _mutated(change: str) -> bytes:
    rows = conforming_rows(ELISA, 12)
    if change == "unknown field":
        rows[3]["geneSymbol"] = "IL6"
    elif change == "missing field":
        del rows[5]["valuePreferred"]
    elif change == "wrong type":
        rows[2]["valuePreferred"] = "1.5"
    return orjson.dumps(rows)


@pytest.mark.parametrize(
    ("change", "pointer", "kind", "verdict"),
    [
        ("unknown field", "/3/geneSymbol", "unknown field", "raised"),
        ("missing field", "/5/valuePreferred", "missing field", "warned"),  # the default policy warns
        ("wrong type", "/2/valuePreferred", "wrong type", "raised"),
    ],
)
def test_a_violating_elisa_body_is_refused_and_reported_as_by_the_full_path(
    monkeypatch: pytest.MonkeyPatch,
    full_checks: list[int],
    change: str,
    pointer: str,
    kind: str,
    verdict: str,
) -> None:
    body = _mutated(change)
    decoder = strict.ResponseCheck(ELISA, policy_for("error")).exact_decoder
    assert decoder is not None
    with pytest.raises(msgspec.MsgspecError):
        decoder(body)
    fast = outcome(body)
    assert full_checks == [1]  # refused, so the full check ran
    no_fast_path(monkeypatch)
    assert fast == outcome(body)
    assert fast[0] == verdict
    assert f"{kind} {pointer.rsplit('/', 1)[1]}: first at {pointer}" in str(fast)


@pytest.fixture
def elisa_with_enum(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No flat record in the spec has an enum or a non-nullable field: this copy of the spec makes ELISA's
    ``unitPreferred`` a non-nullable enum (as an overlay could), and the contracts are rebuilt from it."""
    spec = copy.deepcopy(SPEC)
    spec["components"]["schemas"]["VElisaResult"]["properties"]["unitPreferred"] = {
        "type": "string",
        "enum": ["ug/mL", "pg/mL"],
    }
    monkeypatch.setattr(_strict_schema, "_corrected", lambda: Resolver(spec))
    caches = (_strict_schema.contract_for, _exact.exact_decoder)
    for cached in caches:
        cached.cache_clear()
    yield
    for cached in caches:
        cached.cache_clear()


@pytest.mark.parametrize(
    ("value", "kind"),
    [("ng/mL", "unknown enum value"), (None, "null in a non-nullable field")],
)
def test_an_unknown_enum_value_or_a_null_in_a_non_nullable_field_is_refused_and_reported_as_before(
    monkeypatch: pytest.MonkeyPatch, elisa_with_enum: None, value: Any, kind: str
) -> None:
    rows = conforming_rows(ELISA, 8)
    for row in rows:
        row["unitPreferred"] = "pg/mL"
    decoder = _exact.exact_decoder(ELISA)
    assert decoder is not None
    assert [r.unit_preferred for r in decoder(orjson.dumps(rows))] == ["pg/mL"] * 8
    rows[4]["unitPreferred"] = value
    body = orjson.dumps(rows)
    with pytest.raises(msgspec.ValidationError):
        decoder(body)
    fast = outcome(body)
    no_fast_path(monkeypatch)
    assert fast == outcome(body)
    assert f"{kind} unitPreferred" in str(fast) and "first at /4/unitPreferred" in str(fast)


def test_schemas_beyond_msgspec_get_no_fast_path() -> None:
    fields = OPERATIONS[ELISA]
    schema = row_schema(fields)
    assert schema is not None
    record = _strict_schema.contract_for(ELISA).schema["items"]  # type: ignore[index]
    assert _exact.field_types(record, schema.fields) is not None
    for extra in ({"format": "uuid"}, {"pattern": "^S"}, {"maxLength": 3}, {"minimum": 0}):
        changed = copy.deepcopy(record)
        changed["properties"]["unitPreferred"].update(extra)
        assert _exact.field_types(changed, schema.fields) is None, extra
    loose = {**record, "additionalProperties": True}
    partly_required = {**record, "required": ["resultId"]}
    for changed in (loose, partly_required):
        assert _exact.field_types(changed, schema.fields) is None


# ---- (c) every flat list operation: the fast path takes a body iff the full check finds nothing --------
def _sandbox_bodies() -> dict[str, bytes]:
    with warnings.catch_warnings():  # Starlette suggests httpx2 for its TestClient; the tests use httpx
        warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient` is deprecated")
        from starlette.testclient import TestClient

    from immport.sandbox import SandboxConfig
    from immport.sandbox.app import build_app
    from immport.sandbox.auth import issue_token
    from immport.sandbox.spec_ops import operations
    from immport.sandbox.state import SandboxState

    state = SandboxState.create(SandboxConfig(rows=6))
    headers = {"Authorization": f"bearer {issue_token(state, state.config.username)}"}
    bodies = {}
    with TestClient(build_app(state)) as http:
        for op in operations():
            if op.operation_id not in FLAT_LIST_OPS:
                continue
            required = {p.name: "SDY4" for p in op.params if p.required}
            path = op.path.format(**required)
            query = {k: v for k, v in required.items() if "{" + k + "}" not in op.path}
            response = http.get("/data/query" + path, params=query, headers=headers)
            assert response.status_code == 200, (op.operation_id, response.text[:200])
            bodies[op.operation_id] = response.content
    return bodies


def _mutations(rows: list[dict[str, Any]], rng: random.Random) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    yield "as sent", rows
    if not rows:
        return
    i = rng.randrange(len(rows))
    name = rng.choice(sorted(rows[i]))
    wrong = {str: 5, int: "5", float: "5.5", type(None): ["x"], bool: "yes"}
    for label, change in [
        ("unknown field", lambda r: r.update(geneSymbol="IL6")),
        ("missing field", lambda r: r.pop(name)),
        ("wrong type", lambda r: r.update({name: wrong[type(r[name])]})),
        ("null", lambda r: r.update({name: None})),
        ("object", lambda r: r.update({name: {"a": 1}})),
        ("row not an object", lambda r: r.clear()),
    ]:
        changed = copy.deepcopy(rows)
        change(changed[i])
        yield label, changed
    yield "wrapped", {"content": rows}  # type: ignore[misc]


@pytest.mark.parametrize("operation_id", FLAT_LIST_OPS)
def test_every_flat_list_operation_has_a_fast_path(operation_id: str) -> None:
    assert _exact.exact_decoder(operation_id) is not None


def test_the_fast_path_takes_a_sandbox_body_iff_the_full_check_finds_nothing() -> None:
    """Each operation's sandbox body as sent and mutated (seeded); the one exception is a conforming body in
    a ``{"content": [...]}`` wrapper, which the fast path leaves to the full check."""
    bodies = _sandbox_bodies()
    assert sorted(bodies) == FLAT_LIST_OPS
    rng = random.Random(13)
    accepted = refused = 0
    for operation_id, body in sorted(bodies.items()):
        decoder = _exact.exact_decoder(operation_id)
        assert decoder is not None
        assert json.loads(body), operation_id  # the sandbox answers rows for SDY4
        for label, document in _mutations(orjson.loads(body), rng):
            content = orjson.dumps(document)
            clean = not check_document(operation_id, document).violations
            try:
                models = decoder(content)
            except msgspec.MsgspecError:
                # a wrapped body conforms, but only the full path unwraps it: refused, then checked in full
                assert not clean or label == "wrapped", (operation_id, label)
                refused += 1
            else:
                assert clean and label != "wrapped", (operation_id, label)
                assert models == decode_document(OPERATIONS[operation_id], document)
                accepted += 1
    assert accepted >= len(FLAT_LIST_OPS) and refused >= 5 * len(FLAT_LIST_OPS)
