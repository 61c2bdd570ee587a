"""Typed decode of a result body (bytes -> typed rows) against untyped json/orjson and immport-client.

Conditions, the same on every side: a full ``gc.collect()`` before each call and the garbage collector
paused during it (ours pauses it itself around a decode; the baselines are wrapped in the same pause;
the immport-client worker pauses it the same way). Ours and all three baselines are interleaved.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import orjson

from benchmarks import _data, _venv
from benchmarks._harness import (
    Context,
    Measured,
    Row,
    gc_paused,
    interleaved,
    judge,
    profile_call,
    ratio_of,
)

TITLE = "Typed decode of ELISA rows (bytes -> typed models)"
CONDITIONS = "GC paused during every call on every side, gc.collect() before each; interleaved"


def _rows(ctx: Context) -> int:
    return 10_000 if ctx.quick else 100_000


def _ours() -> tuple[Any, Any] | str:
    """(operation, parse_json) from the data layer, or what is missing."""
    try:
        from immport.operations import OPERATIONS, parse_json
    except ImportError as exc:
        return f"immport.operations.parse_json ({exc})"
    return OPERATIONS[_data.ELISA_OPERATION], parse_json


@contextmanager
def client_worker(path: Path) -> Iterator[Any]:
    """immport-client 1.0.0 decoding ``path`` in a worker of the bench venv: a callable giving Measured."""
    python = _venv.ensure()
    script = str(_venv.VENV.parent / "_client_baseline.py")
    proc = subprocess.Popen(
        [str(python), script, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert proc.stdin is not None and proc.stdout is not None
    stdin, stdout = proc.stdin, proc.stdout
    try:
        ready = stdout.readline()
        if not ready:
            raise RuntimeError(f"immport-client worker exited with {proc.wait()}")

        def one() -> Measured:
            stdin.write("run\n")
            stdin.flush()
            return Measured(float(json.loads(stdout.readline())["seconds"]))

        yield one
    finally:
        stdin.close()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def run(ctx: Context) -> list[Row]:
    n = _rows(ctx)

    def row(name: str, title: str, baseline: str, target: str, **kw: Any) -> Row:
        return Row("decode", name, title, "parse_json -> typed rows", baseline, "s", target, **kw)

    vs_orjson = row(
        "decode_vs_orjson", f"{n:,} rows vs orjson.loads (untyped)", "orjson.loads (dicts)", "<= 1.5x"
    )
    vs_json = row(
        "decode_vs_json", f"{n:,} rows vs stdlib json.loads (untyped)", "json.loads (dicts)", "<= 1.2x"
    )
    vs_client = row(
        "decode_vs_immport_client",
        f"{n:,} rows vs immport-client 1.0.0 (json.loads + VElisaResult.from_dict)",
        "immport-client from_dict",
        ">= 3x faster",
        ratio_label="baseline/ours (speed-up)",
    )
    rows = [vs_orjson, vs_json, vs_client]
    ours = _ours()
    if isinstance(ours, str):
        for r in rows:
            r.pending = ours
        return rows
    op, parse_json = ours
    payload = _data.elisa_json(n)
    null_share = _data.null_share(payload)
    for r in rows:
        r.notes.append(
            f"payload: {len(payload) / 1e6:.1f} MB JSON from the sandbox generator, "
            f"{null_share:.0%} of cells null; conditions: {CONDITIONS}"
        )

    def decode_ours() -> object:
        return parse_json(op, payload, "application/json")

    decoded = decode_ours()
    first = decoded[0] if isinstance(decoded, list) and decoded else decoded
    vs_orjson.notes.append(
        f"ours returns {type(decoded).__name__} of {type(first).__module__}.{type(first).__name__}"
    )
    path = ctx.workdir / "elisa.json"
    path.write_bytes(payload)
    fns = [
        gc_paused(decode_ours),
        gc_paused(lambda: json.loads(payload)),
        gc_paused(lambda: orjson.loads(payload)),
    ]
    try:
        with client_worker(path) as client_once:
            mine, stdlib, fast, client = interleaved(ctx.runs, *fns, client_once)
    except (OSError, subprocess.CalledProcessError, RuntimeError) as exc:
        vs_client.pending = f"immport-client worker (bench venv) failed: {exc}"
        mine, stdlib, fast = interleaved(ctx.runs, *fns)
    else:
        vs_client.ours, vs_client.baseline = mine, client
        vs_client.ratio = client.median / mine.median
        judge(vs_client, vs_client.ratio, at_least=3.0)
    vs_orjson.ours, vs_orjson.baseline, vs_orjson.ratio = mine, fast, ratio_of(mine, fast)
    judge(vs_orjson, vs_orjson.ratio, at_most=1.5)
    vs_json.ours, vs_json.baseline, vs_json.ratio = mine, stdlib, ratio_of(mine, stdlib)
    judge(vs_json, vs_json.ratio, at_most=1.2)
    if ctx.profile and any(r.met is False for r in rows):
        vs_orjson.profile = profile_call(decode_ours)
    return rows
