"""TSV bodies: typed rows from TSV vs from JSON, and a typed DataFrame vs the fastest reader a user picks.

Both sides get the response bytes (as the client does). The DataFrame baseline is the faster of
``pandas.read_csv(engine="pyarrow")`` and ``pyarrow.csv.read_csv(...).to_pandas()`` in this run; every
side runs with the garbage collector as it is (ours pauses it itself while building rows, not around
pyarrow), after a ``gc.collect()``.
"""

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
        "tsv_to_pandas_vs_pyarrow",
        f"{n:,} rows: TSV -> DataFrame vs the faster of read_csv(engine='pyarrow') / pyarrow.csv",
        "parse_tsv(...).to_pandas()",
        "fastest pyarrow-based reader",
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
        "as JSON; both sides get bytes, as the client does"
    )

    def tsv_rows() -> object:
        return list(parse_tsv(op, tsv_bytes).rows())

    def json_rows() -> object:
        return parse_json(op, json_bytes, "application/json")

    def tsv_frame() -> object:
        return parse_tsv(op, tsv_bytes).to_pandas()

    def pandas_pyarrow() -> object:
        return pd.read_csv(io.BytesIO(tsv_bytes), sep="\t", engine="pyarrow")

    def pyarrow_csv() -> object:
        from pyarrow import csv

        return csv.read_csv(io.BytesIO(tsv_bytes), parse_options=csv.ParseOptions(delimiter="\t")).to_pandas()

    got_tsv, got_json = tsv_rows(), json_rows()
    assert isinstance(got_tsv, list) and isinstance(got_json, list) and len(got_tsv) == len(got_json) == n
    if got_tsv[:50] != got_json[:50]:
        typed.notes.append("WARNING: the first 50 TSV rows differ from the JSON rows")
    mine, base = interleaved(ctx.runs, tsv_rows, json_rows)
    typed.ours, typed.baseline, typed.ratio = mine, base, ratio_of(mine, base)
    judge(typed, typed.ratio, at_most=1.0)

    mine, via_pandas, via_arrow = interleaved(ctx.runs, tsv_frame, pandas_pyarrow, pyarrow_csv)
    pick = (
        "pyarrow.csv.read_csv + to_pandas"
        if via_arrow.median < via_pandas.median
        else "pandas.read_csv(engine='pyarrow')"
    )
    base = via_arrow if via_arrow.median < via_pandas.median else via_pandas
    frame.baseline_label = pick
    frame.ours, frame.baseline, frame.ratio = mine, base, ratio_of(mine, base)
    judge(frame, frame.ratio, at_most=1.2)
    frame.notes.append(
        f"pandas.read_csv(engine='pyarrow') {via_pandas.median * 1000:.0f} ms, "
        f"pyarrow.csv.read_csv + to_pandas {via_arrow.median * 1000:.0f} ms (medians): "
        "the faster is the baseline"
    )
    ours_frame: Any = tsv_frame()
    frame.notes.append(
        "ours gives schema dtypes ("
        + ", ".join(sorted({str(t) for t in ours_frame.dtypes}))
        + "); the baselines infer theirs"
    )
    if ctx.profile:
        if typed.met is False:
            typed.profile = profile_call(tsv_rows)
        if frame.met is False:
            frame.profile = profile_call(tsv_frame)
    return rows
