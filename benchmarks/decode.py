"""Typed decode of a result body (bytes -> typed rows) against untyped json/orjson and immport-client."""

from __future__ import annotations

import json
import subprocess
from typing import Any

import orjson

from benchmarks import _data, _venv
from benchmarks._harness import Context, Row, Stats, interleaved, judge, profile_call, ratio_of

TITLE = "Typed decode of ELISA rows (bytes -> typed models)"


def _rows(ctx: Context) -> int:
    return 10_000 if ctx.quick else 100_000


def _ours() -> tuple[Any, Any] | str:
    """(operation, parse_json) from the data layer, or what is missing."""
    try:
        from immport.operations import OPERATIONS, parse_json
    except ImportError as exc:
        return f"immport.operations.parse_json ({exc})"
    return OPERATIONS[_data.ELISA_OPERATION], parse_json


def _client_baseline(ctx: Context, payload: bytes, runs: int) -> Stats | str:
    """immport-client 1.0.0 on the same bytes, in a subprocess of the bench venv."""
    try:
        python = _venv.ensure()
    except (OSError, subprocess.CalledProcessError) as exc:
        return f"bench venv with immport-client could not be created ({exc})"
    path = ctx.workdir / "elisa.json"
    path.write_bytes(payload)
    script = str(_venv.VENV.parent / "_client_baseline.py")
    done = subprocess.run(
        [str(python), script, str(path), str(runs)], capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        return f"immport-client baseline failed: {done.stderr.strip().splitlines()[-1:]}"
    return Stats(tuple(json.loads(done.stdout)["times"]))


def run(ctx: Context) -> list[Row]:
    n = _rows(ctx)
    vs_json = Row(
        "decode",
        "decode_vs_json",
        f"{n:,} rows vs stdlib json.loads (untyped)",
        "parse_json -> typed rows",
        "json.loads (dicts)",
        "s",
        "<= 1.2x",
    )
    vs_orjson = Row(
        "decode",
        "decode_vs_orjson",
        f"{n:,} rows vs orjson.loads (untyped; context)",
        "parse_json -> typed rows",
        "orjson.loads (dicts)",
        "s",
        "(context, no target)",
    )
    vs_client = Row(
        "decode",
        "decode_vs_immport_client",
        f"{n:,} rows vs immport-client 1.0.0 (json.loads + VElisaResult.from_dict)",
        "parse_json -> typed rows",
        "immport-client from_dict",
        "s",
        ">= 3x faster",
        ratio_label="baseline/ours (speed-up)",
    )
    rows = [vs_json, vs_orjson, vs_client]
    ours = _ours()
    if isinstance(ours, str):
        for row in rows:
            row.pending = ours
        return rows
    op, parse_json = ours
    payload = _data.elisa_json(n)
    null_share = _data.null_share(payload)
    for row in rows:
        row.notes.append(
            f"payload: {len(payload) / 1e6:.1f} MB JSON from the sandbox generator, "
            f"{null_share:.0%} of cells null"
        )

    def decode_ours() -> object:
        return parse_json(op, payload, "application/json")

    decoded = decode_ours()
    first = decoded[0] if isinstance(decoded, list) and decoded else decoded
    vs_json.notes.append(
        f"ours returns {type(decoded).__name__} of {type(first).__module__}.{type(first).__name__}"
    )
    mine, stdlib, fast = interleaved(
        ctx.runs, decode_ours, lambda: json.loads(payload), lambda: orjson.loads(payload)
    )
    vs_json.ours, vs_json.baseline, vs_json.ratio = mine, stdlib, ratio_of(mine, stdlib)
    judge(vs_json, vs_json.ratio, at_most=1.2)
    vs_orjson.ours, vs_orjson.baseline, vs_orjson.ratio = mine, fast, ratio_of(mine, fast)

    client = _client_baseline(ctx, payload, ctx.runs)
    if isinstance(client, str):
        vs_client.pending = client
    else:
        vs_client.ours, vs_client.baseline = mine, client
        vs_client.ratio = client.median / mine.median
        judge(vs_client, vs_client.ratio, at_least=3.0)
    if ctx.profile and (vs_json.met is False or vs_client.met is False):
        vs_json.profile = profile_call(decode_ours)
    return rows
