"""TSV bodies: typed rows from TSV vs from JSON, and a typed DataFrame vs plain ``pandas.read_csv``."""

from __future__ import annotations

import io
from typing import Any

from benchmarks import _data
from benchmarks._harness import Context, Row, interleaved, judge, profile_call, ratio_of

TITLE = "TSV: typed rows and DataFrames from the same ELISA rows"


def _ours() -> tuple[Any, Any, Any] | str:
    try:
        from immport.operations import OPERATIONS, parse_json, parse_tsv
    except ImportError as exc:
        return f"immport.operations.parse_tsv ({exc})"
    return OPERATIONS[_data.ELISA_OPERATION], parse_json, parse_tsv


def run(ctx: Context) -> list[Row]:
    n = 10_000 if ctx.quick else 100_000
    typed = Row(
        "tsv",
        "tsv_rows_vs_json_rows",
        f"{n:,} rows: TSV -> typed rows vs JSON -> typed rows",
        "parse_tsv(...).rows()",
        "parse_json(...)",
        "s",
        "<= 1.0x",
    )
    frame = Row(
        "tsv",
        "tsv_to_pandas_vs_read_csv",
        f"{n:,} rows: TSV -> DataFrame vs pandas.read_csv(sep='\\t')",
        "parse_tsv(...).to_pandas()",
        "pandas.read_csv",
        "s",
        "<= 1.2x",
    )
    rows = [typed, frame]
    ours = _ours()
    if isinstance(ours, str):
        for row in rows:
            row.pending = ours
        return rows
    op, parse_json, parse_tsv = ours
    import pandas as pd

    tsv_bytes = _data.elisa_tsv(n)
    json_bytes = _data.elisa_json(n)
    typed.notes.append(
        f"same {n:,} rows: {len(tsv_bytes) / 1e6:.1f} MB as TSV, {len(json_bytes) / 1e6:.1f} MB "
        "as JSON; the TSV side includes bytes.decode() (the client gets bytes off the wire)"
    )

    def tsv_rows() -> object:
        return list(parse_tsv(op, tsv_bytes.decode()).rows())

    def json_rows() -> object:
        return parse_json(op, json_bytes, "application/json")

    def tsv_frame() -> object:
        return parse_tsv(op, tsv_bytes.decode()).to_pandas()

    def read_csv() -> object:
        return pd.read_csv(io.BytesIO(tsv_bytes), sep="\t", low_memory=False)

    got_tsv, got_json = tsv_rows(), json_rows()
    assert isinstance(got_tsv, list) and isinstance(got_json, list) and len(got_tsv) == len(got_json) == n
    if got_tsv[:50] != got_json[:50]:
        typed.notes.append("WARNING: the first 50 TSV rows differ from the JSON rows")
    mine, base = interleaved(ctx.runs, tsv_rows, json_rows)
    typed.ours, typed.baseline, typed.ratio = mine, base, ratio_of(mine, base)
    judge(typed, typed.ratio, at_most=1.0)

    mine, base = interleaved(ctx.runs, tsv_frame, read_csv)
    frame.ours, frame.baseline, frame.ratio = mine, base, ratio_of(mine, base)
    judge(frame, frame.ratio, at_most=1.2)
    ours_frame: Any = tsv_frame()
    frame.notes.append(
        "ours gives schema dtypes ("
        + ", ".join(sorted({str(t) for t in ours_frame.dtypes}))
        + "); read_csv infers them (object/float64 with NaN)"
    )
    if ctx.profile:
        if typed.met is False:
            typed.profile = profile_call(tsv_rows)
        if frame.met is False:
            frame.profile = profile_call(tsv_frame)
    return rows
