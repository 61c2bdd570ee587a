"""TsvTable: typed rows equal the JSON rows, schema coercion, pandas dtypes, atomic write."""

from __future__ import annotations

import datetime
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from immport.errors import DecodeError
from immport.operations import OPERATIONS, get_operation, parse_json, parse_tsv
from immport.tsv import TsvTable, atomic_write

from .support import dumps, random_rows, row_schema_props

ELISA = get_operation("results", "elisa")


def cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(value)
    return str(value)


def to_tsv(rows: list[dict[str, Any]], columns: list[str], newline: str = "\n") -> str:
    lines = ["\t".join(columns)] + ["\t".join(cell(r.get(c)) for c in columns) for r in rows]
    return newline.join(lines) + newline


def tsv_safe(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows TSV can express: no tabs/newlines in text, no empty strings (TSV has no null vs '')."""
    return [
        {
            k: (v.replace("\t", " ").replace("\n", " ") or None) if isinstance(v, str) else v
            for k, v in r.items()
        }
        for r in rows
    ]


TSV_OPS = sorted(op.operation_id for op in OPERATIONS.values() if op.supports_tsv)


@pytest.mark.parametrize("operation_id", TSV_OPS)
def test_tsv_rows_equal_json_rows(operation_id: str) -> None:
    op = OPERATIONS[operation_id]
    columns = list(row_schema_props(op))
    rows = tsv_safe(random_rows(op, 100, seed=7, extras=False))
    # every column present in the TSV: absent JSON keys become empty cells (None), as the server sends them
    full = [{c: r.get(c) for c in columns} for r in rows]
    from_json = parse_json(op, dumps(full), "application/json")
    table = parse_tsv(op, to_tsv(full, columns))
    assert table.columns == columns
    assert list(table.rows()) == from_json


def test_coercion_rules() -> None:
    text = (
        "resultId\tclinical\tstudyTimeCollected\tvaluePreferred\tarmAccession\tnewColumn\n"
        "89390\tY\t1.00\t\tARM235\textra\n"
        "\tN\t-2\t3.5e2\t\t\n"
    )
    first, second = parse_tsv(ELISA, text).rows()
    assert (first.result_id, first.clinical, first.study_time_collected, first.value_preferred) == (
        89390,
        "Y",
        1.0,
        None,
    )
    assert first.arm_accession == "ARM235" and first.additional_properties == {"newColumn": "extra"}
    assert second.result_id is None and second.clinical == "N" and second.value_preferred == 350.0
    assert isinstance(second.study_time_collected, float)
    assert second.additional_properties == {"newColumn": None}
    assert first.comments is None  # not a column of this TSV


def test_date_time_and_integer_cells() -> None:
    manifest = get_operation("files", "manifest")
    text = "fileUUID\tdateFileUpdated\tfilesizeBytes\nu1\t2021-03-04T05:06:07Z\t12\n"
    (good,) = parse_tsv(manifest, text).rows()
    assert good.date_file_updated == datetime.datetime(2021, 3, 4, 5, 6, 7, tzinfo=datetime.UTC)
    assert good.filesize_bytes == 12


def test_crlf_and_missing_final_newline() -> None:
    text = "resultId\tclinical\r\n1\tY\r\n2\tN"
    assert [(r.result_id, r.clinical) for r in parse_tsv(ELISA, text).rows()] == [(1, "Y"), (2, "N")]


def test_short_row_raises() -> None:
    with pytest.raises(DecodeError, match="line 3 has 1 fields, header has 2"):
        list(parse_tsv(ELISA, "resultId\tclinical\n1\tY\n2\n").rows())


def test_html_instead_of_tsv() -> None:
    with pytest.raises(DecodeError, match="HTML"):
        parse_tsv(ELISA, "<html><body>Sign in</body></html>")


def test_empty_body_has_no_rows() -> None:
    table = parse_tsv(ELISA, "")
    assert table.columns == [] and list(table.rows()) == []
    assert len(table.to_pandas()) == 0


@pytest.fixture(params=["pyarrow", "pandas-c"])
def engine(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run a to_pandas test with pyarrow's reader and with the fallback used when pyarrow is missing."""
    if request.param == "pandas-c":

        def no_pyarrow(*_: Any) -> Any:
            raise ImportError("pyarrow")

        monkeypatch.setattr("immport.tsv._read_with_pyarrow", no_pyarrow)
    return str(request.param)


def test_to_pandas_dtypes_from_schema(engine: str) -> None:
    manifest = get_operation("files", "manifest")
    text = (
        "fileUUID\tfilesizeBytes\tfileDetailsId\tdateFileUpdated\tfileType\tnewColumn\n"
        "u1\t12\t1.5\t2021-03-04T05:06:07Z\tresult_file\tNA\n"
        "u2\t\t\t\tN\t\n"
    )
    frame = parse_tsv(manifest, text).to_pandas()
    assert str(frame["filesizeBytes"].dtype) == "Int64"
    assert str(frame["fileDetailsId"].dtype) == "Float64"
    assert str(frame["fileUUID"].dtype) == "string"
    assert str(frame["newColumn"].dtype) == "string"
    assert str(frame["dateFileUpdated"].dtype).startswith("datetime64")
    assert frame["filesizeBytes"].tolist()[0] == 12 and frame["filesizeBytes"].isna().tolist() == [
        False,
        True,
    ]
    assert frame["newColumn"].tolist()[0] == "NA"  # 'NA' text is not turned into a missing value
    assert frame["fileType"].tolist() == ["result_file", "N"]


def test_to_pandas_without_pandas(monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    real_import = builtins.__import__

    def fake_import(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "pandas":
            raise ImportError("no pandas")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", fake_import)
    with pytest.raises(ImportError, match=r"immport\[pandas\]"):
        parse_tsv(ELISA, "resultId\n1\n").to_pandas()


def test_write_is_atomic(tmp_path: Path) -> None:
    table = parse_tsv(ELISA, "resultId\tclinical\n1\tY\n")
    target = table.write(tmp_path / "elisa.tsv")
    assert target.read_text() == table.text
    assert os.listdir(tmp_path) == ["elisa.tsv"]


def test_failed_write_leaves_the_old_file_and_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "out.tsv"
    target.write_text("old")

    def chunks() -> Iterator[bytes]:
        yield b"partial"
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        atomic_write(target, chunks())
    assert target.read_text() == "old"
    assert os.listdir(tmp_path) == ["out.tsv"]


def test_table_without_row_model() -> None:
    table: TsvTable[Any] = TsvTable("a\tb\n1\t2\n", None)
    assert table.columns == ["a", "b"]
    with pytest.raises(DecodeError, match="no row model"):
        list(table.rows())
    assert json.loads(table.to_pandas().to_json())["a"] == {"0": "1"}


def test_to_pandas_reads_cells_literally(engine: str) -> None:
    text = 'resultId\tcomments\tvaluePreferred\n1\tsay "hi"\t2.5\n2\t"unbalanced\t\n3\tNA\t-1\n'
    frame = parse_tsv(ELISA, text).to_pandas()
    assert frame["comments"].tolist() == ['say "hi"', '"unbalanced', "NA"]
    assert frame["valuePreferred"].isna().tolist() == [False, True, False]
    assert [row.comments for row in parse_tsv(ELISA, text).rows()] == frame["comments"].tolist()


def test_to_pandas_refuses_cells_that_break_the_schema(engine: str) -> None:
    with pytest.raises(DecodeError, match="schema dtypes"):
        parse_tsv(ELISA, "resultId\nnot-a-number\n").to_pandas()


def test_both_readers_agree_on_random_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    import pandas.testing

    columns = list(row_schema_props(ELISA))
    rows = tsv_safe(random_rows(ELISA, 200, seed=5, extras=False))
    table = parse_tsv(ELISA, to_tsv([{c: r.get(c) for c in columns} for r in rows], columns))
    with_arrow = table.to_pandas()
    monkeypatch.setattr("immport.tsv._read_with_pyarrow", lambda *_: (_ for _ in ()).throw(ImportError()))
    pandas.testing.assert_frame_equal(with_arrow, table.to_pandas())


def test_to_pandas_crlf_and_header_only(engine: str) -> None:
    frame = parse_tsv(ELISA, "resultId\tcomments\r\n1\tx\r\n2\t\r\n").to_pandas()
    assert frame["resultId"].tolist() == [1, 2]
    assert frame["comments"].tolist()[0] == "x" and frame["comments"].isna().tolist() == [False, True]
    empty = parse_tsv(ELISA, "resultId\tcomments\n").to_pandas()
    assert list(empty.columns) == ["resultId", "comments"] and len(empty) == 0
    assert str(empty["resultId"].dtype) == "Int64"


def test_bytes_body_behaves_like_text(engine: str, tmp_path: Path) -> None:
    import pandas.testing

    columns = list(row_schema_props(ELISA))
    rows = tsv_safe(random_rows(ELISA, 60, seed=9, extras=False))
    full = [{c: r.get(c) for c in columns} | {"comments": f"µg/mL ≥ {i}"} for i, r in enumerate(rows)]
    text = to_tsv(full, columns)
    from_text, from_bytes = parse_tsv(ELISA, text), parse_tsv(ELISA, text.encode())
    assert from_bytes.columns == from_text.columns == columns
    assert list(from_bytes.rows()) == list(from_text.rows())
    pandas.testing.assert_frame_equal(from_bytes.to_pandas(), from_text.to_pandas())
    assert from_bytes.text == text
    written = from_bytes.write(tmp_path / "elisa.tsv")
    assert written.read_bytes() == text.encode()


def test_header_line_without_newline() -> None:
    for body in ("resultId\tcomments", b"resultId\tcomments"):
        table = parse_tsv(ELISA, body)
        assert table.columns == ["resultId", "comments"] and list(table.rows()) == []


def test_bytes_that_are_not_utf8_raise() -> None:
    with pytest.raises(DecodeError, match="header is not UTF-8"):
        parse_tsv(ELISA, b"result\xffId\n1\n")
    table = parse_tsv(ELISA, b"resultId\tcomments\n1\t\xff\n")
    with pytest.raises(DecodeError, match="not UTF-8"):
        _ = table.text
    with pytest.raises(DecodeError):
        table.to_pandas()
