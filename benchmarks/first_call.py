"""First call: process start to the first typed ELISA row, vs ``import httpx`` plus one ``httpx.get``.

Both sides are fresh interpreters (``python -c``) started by this process, interleaved, reading the same
bytes from the same sandbox (its own process, on loopback) with the same bearer token (passed in the
environment, never in argv). The time runs from just before the process is spawned to the moment the
child holds its first row (ours: ``from immport import Client``, ``Client(token=...)``,
``client.results.elisa(study_accession="SDY1")[0]``) or the response bytes (``httpx.get(...).content``).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time

import httpx

from benchmarks._harness import Context, Row, Stats, judge
from benchmarks._sandbox import served

TITLE = "First call: process start to the first typed row (fresh interpreters, sandbox on loopback)"
STUDY = "SDY1"

OURS = """
import os, time
from immport import Client
client = Client(token=os.environ["BENCH_TOKEN"], query_url=os.environ["BENCH_QUERY_URL"], env={})
first = client.results.elisa(study_accession="{study}")[0]
print(time.time(), type(first).__name__, flush=True)
""".replace("{study}", STUDY)

BASELINE = """
import os, time
import httpx
body = httpx.get(
    os.environ["BENCH_QUERY_URL"] + "/result/elisa?studyAccession={study}",
    headers={"Authorization": "Bearer " + os.environ["BENCH_TOKEN"]},
).content
print(time.time(), len(body), flush=True)
""".replace("{study}", STUDY)


def _start_to_first_row(code: str, env: dict[str, str]) -> tuple[float, str]:
    start = time.time()
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    stamp, what = done.stdout.split()[:2]
    return float(stamp) - start, what


def _slowest_imports(env: dict[str, str], count: int = 10) -> str:
    """The slowest modules (cumulative) in one ``-X importtime`` run of ours."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", OURS], env=env, capture_output=True, text=True, check=True
    )
    items: list[tuple[int, str]] = []
    for line in done.stderr.splitlines():
        parts = line[len("import time:") :].split("|") if line.startswith("import time:") else []
        if len(parts) == 3 and parts[1].strip().isdigit():
            items.append((int(parts[1]), parts[2].strip()))
    items.sort(reverse=True)
    return "; ".join(f"{name} {us / 1000:.0f} ms" for us, name in items[:count])


def run(ctx: Context) -> list[Row]:
    row = Row(
        "first_call",
        "first_call_vs_httpx",
        "from immport import Client + first results.elisa() row / import httpx + one httpx.get",
        "immport: start to first typed row",
        "httpx: start to response bytes",
        "s",
        "<= 1.5x",
    )
    runs = ctx.runs if ctx.quick else max(ctx.runs, 7)
    with served(rows=40) as sandbox:
        token = httpx.post(
            f"{sandbox.auth_url}/auth/token",
            data={"username": sandbox.username, "password": sandbox.password},
            timeout=30,
        ).json()["access_token"]
        env = {**os.environ, "BENCH_TOKEN": token, "BENCH_QUERY_URL": sandbox.query_url}
        # the warm-up run must be able to write .pyc files, as on a user's machine (some shells set this)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        _start_to_first_row(OURS, env)  # warm the OS file cache and the .pyc files of both sides
        _, size = _start_to_first_row(BASELINE, env)
        mine: list[float] = []
        theirs: list[float] = []
        model = ""
        for k in range(runs):
            for side in ("ours", "base") if k % 2 == 0 else ("base", "ours"):
                if side == "ours":
                    seconds, model = _start_to_first_row(OURS, env)
                    mine.append(seconds)
                else:
                    theirs.append(_start_to_first_row(BASELINE, env)[0])
        row.ours, row.baseline = Stats(tuple(mine)), Stats(tuple(theirs))
        row.ratio = row.ours.median / row.baseline.median
        judge(row, row.ratio, at_most=1.5)
        row.notes.append(
            f"same body on both sides ({int(size):,} bytes of JSON, {STUDY}); ours ends holding a {model}; "
            "interpreter start-up is in both sides' time"
        )
        if ctx.profile and not row.met:
            row.profile = "slowest imports of ours (-X importtime, cumulative): " + _slowest_imports(env)
    return [row]
