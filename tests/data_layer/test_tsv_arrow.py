"""The pyarrow fast path of TsvTable.rows() gives exactly the Python path's rows, or steps aside for it."""

from __future__ import annotations

import datetime
import re
import sys
from typing import Any

import attrs
import pytest

from immport.errors import DecodeError
from immport.operations import OPERATIONS, Operation, get_operation, parse_tsv
from immport.sandbox import SandboxConfig
from immport.tsv import CONVERTERS, RowBuilder, TsvTable
from immport.tsv_arrow import arrow_rows
from tests.sandbox.conftest import Sandbox

pytest.importorskip("pyarrow")

ELISA = get_operation("results", "elisa")
TSV_ROW_OPS = sorted(
    op.operation_id
    for op in OPERATIONS.values()
    if op.supports_tsv and op.returns_list and op.model_ref is not None and op.group != "search"
)


@pytest.fixture(scope="module")
def sandbox() -> Any:
    box = Sandbox(SandboxConfig(rows=40, file_size=2048))
    with box.http:
        yield box


def python_rows(table: TsvTable[Any]) -> list[Any]:
    assert table.schema is not None
    return list(table.python_rows(RowBuilder(table.schema, table.columns, table.where)))


def fast_rows(table: TsvTable[Any]) -> list[Any] | None:
    assert table.schema is not None
    return arrow_rows(table._bytes(), table.schema, table.columns, CONVERTERS)


def sandbox_tsv(sandbox: Sandbox, op: Operation) -> bytes:
    manifest = sandbox.get("/api/study/manifest/SDY1").json()
    values = {"studyAccession": "SDY269", "accessMethod": "s3", "fileUUID": manifest[0]["fileUUID"]}
    path = re.sub(r"\{(\w+)\}", lambda m: values[m.group(1)], op.path)
    response = sandbox.get(path, {"format": "tsv"})
    assert response.status_code == 200, (op.operation_id, response.text[:200])
    return response.content


def assert_same_rows(body: bytes, op: Operation, expect_rows: bool = True) -> list[Any]:
    """The fast path takes the body and gives the Python path's rows, field for field, type for type."""
    table = parse_tsv(op, body)
    fast, slow = fast_rows(table), python_rows(table)
    assert fast is not None, "the fast path refused the body"
    assert fast == slow
    for a, b in zip(fast, slow, strict=True):
        assert [type(v) for v in attrs.astuple(a, recurse=False)] == [
            type(v) for v in attrs.astuple(b, recurse=False)
        ]
        assert a.additional_properties == b.additional_properties
    assert list(table.rows()) == slow
    if expect_rows:
        assert slow
    return fast


def edit(body: bytes, change: Any) -> bytes:
    """``change(header, rows)`` on the cells of a TSV body; returns the new body."""
    lines = body.decode().split("\n")
    header, rows = lines[0].split("\t"), [line.split("\t") for line in lines[1:] if line]
    change(header, rows)
    return ("\n".join("\t".join(r) for r in [header, *rows]) + "\n").encode()


@pytest.mark.parametrize("operation_id", TSV_ROW_OPS)
def test_fast_rows_equal_python_rows_on_sandbox_tsv(sandbox: Sandbox, operation_id: str) -> None:
    op = OPERATIONS[operation_id]
    body = sandbox_tsv(sandbox, op)
    assert_same_rows(body, op)

    def blank_every_other_cell(header: list[str], rows: list[list[str]]) -> None:
        for n, row in enumerate(rows):
            for i in range(n % 2, len(row), 2):
                row[i] = ""

    assert_same_rows(edit(body, blank_every_other_cell), op)

    def extra_and_missing(header: list[str], rows: list[list[str]]) -> None:
        del header[-1]
        header.append("notInTheModel")
        for n, row in enumerate(rows):
            row[-1] = f"x{n}" if n % 3 else ""

    assert_same_rows(edit(body, extra_and_missing), op)
    assert_same_rows(body.replace(b"\n", b"\r\n"), op)
    header_only = body.split(b"\n", 1)[0]
    assert_same_rows(header_only + b"\n", op, expect_rows=False)
    assert_same_rows(header_only + b"\r\n", op, expect_rows=False)


def test_fast_path_values_and_types() -> None:
    body = (
        b"resultId\tclinical\tstudyTimeCollected\tvaluePreferred\tnewColumn\r\n"
        b"89390.0\tY\t1.00\t\textra\r\n"
        b"\t\t-2\t3.5e2\t\r\n"
    )
    first, second = assert_same_rows(body, ELISA)
    assert (first.result_id, first.clinical, first.study_time_collected, first.value_preferred) == (
        89390,
        "Y",
        1.0,
        None,
    )
    assert type(first.result_id) is int and type(first.study_time_collected) is float
    assert first.additional_properties == {"newColumn": "extra"}
    assert (second.result_id, second.clinical, second.value_preferred) == (None, None, 350.0)
    assert second.additional_properties == {"newColumn": None}
    assert first.arm_accession is None  # a model field with no column


@pytest.mark.parametrize(
    "body", [b"resultId\n1\n\n2\n", b"resultId\n1\n\n", b"resultId\n\n", b"resultId\r\n\r\n3\r\n\r\n"]
)
def test_one_column_body_with_empty_lines_reads_them_as_null_rows(body: bytes) -> None:
    rows = assert_same_rows(body, ELISA)
    assert None in [r.result_id for r in rows]


def test_row_of_empty_cells_is_a_row_of_nulls_not_an_empty_line() -> None:
    rows = assert_same_rows(b"resultId\tclinical\n1\tY\n\t\n2\tN\n", ELISA)
    assert [(r.result_id, r.clinical) for r in rows] == [(1, "Y"), (None, None), (2, "N")]


def test_fast_path_parses_dates_as_the_python_path() -> None:
    op = next(
        op
        for op in (OPERATIONS[i] for i in TSV_ROW_OPS)
        if parse_tsv(op, b"x\n").schema is not None
        and any(f.kind == "date-time" for f in parse_tsv(op, b"x\n").schema.fields)  # type: ignore[union-attr]
    )
    schema = parse_tsv(op, b"x\n").schema
    assert schema is not None
    stamp = next(f.wire_name for f in schema.fields if f.kind == "date-time")
    body = (
        f"{stamp}\n2020-01-02T03:04:05\n2020-01-02T03:04:05.250+02:00\n\n2021-06-30\n2020-01-02T03:04:05\n"
    ).encode()
    rows = assert_same_rows(body, op)
    values = [getattr(r, next(f.attr_name for f in schema.fields if f.wire_name == stamp)) for r in rows]
    plus_two = datetime.timezone(datetime.timedelta(hours=2))
    assert values == [
        datetime.datetime(2020, 1, 2, 3, 4, 5),
        datetime.datetime(2020, 1, 2, 3, 4, 5, 250000, tzinfo=plus_two),
        None,
        datetime.datetime(2021, 6, 30),
        datetime.datetime(2020, 1, 2, 3, 4, 5),
    ]


@pytest.mark.parametrize(
    "body",
    [
        b"resultId\tclinical\n1\tx\rY\n",  # a bare \r inside a cell
        b"resultId\tclinical\tclinical\n1\tY\tN\n",  # duplicate header names
    ],
)
def test_bodies_the_fast_path_refuses_still_give_python_rows(body: bytes) -> None:
    table = parse_tsv(ELISA, body)
    assert fast_rows(table) is None
    assert list(table.rows()) == python_rows(table)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"resultId\tclinical\n1\tY\nabc\tN\n", "row 1 (TSV line 3): field 'resultId'"),
        (b"resultId\tvaluePreferred\n1\t2.5\n2\tlots\n", "row 1 (TSV line 3): field 'valuePreferred'"),
        (b"resultId\tclinical\n1\tY\n2\n", "TSV line 3 has 1 fields, header has 2"),
        (b"resultId\tclinical\n1\tY\n\n2\tN\n", "TSV line 3 has 1 fields, header has 2"),
        (b"resultId\tclinical\n1\tY\n2\tN\textra\n", "TSV line 3 has 3 fields, header has 2"),
    ],
)
def test_bad_cell_or_ragged_line_raises_the_python_paths_decode_error(body: bytes, message: str) -> None:
    table = parse_tsv(ELISA, body)
    assert fast_rows(table) is None
    with pytest.raises(DecodeError) as fast_error:
        list(table.rows())
    with pytest.raises(DecodeError) as python_error:
        python_rows(table)
    assert message in str(fast_error.value)
    assert str(fast_error.value) == str(python_error.value)


def test_bad_date_raises_the_python_paths_decode_error() -> None:
    op, stamp = next(
        (op, f.wire_name)
        for op in (OPERATIONS[i] for i in TSV_ROW_OPS)
        for f in (parse_tsv(op, b"x\n").schema.fields)  # type: ignore[union-attr]
        if f.kind == "date-time"
    )
    table = parse_tsv(op, f"{stamp}\n2020-01-02\nnot a date\n".encode())
    assert fast_rows(table) is None
    with pytest.raises(DecodeError, match=rf"row 1 \(TSV line 3\): field '{stamp}'"):
        list(table.rows())


def test_without_pyarrow_rows_come_from_the_python_path(monkeypatch: pytest.MonkeyPatch) -> None:
    body = b"resultId\tclinical\n7\tY\n"
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # import pyarrow -> ImportError
    table = parse_tsv(ELISA, body)
    assert fast_rows(table) is None
    assert [(r.result_id, r.clinical) for r in table.rows()] == [(7, "Y")]
