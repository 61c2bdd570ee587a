"""Bulk export (``client.export``) of many studies x the 11 assay kinds into a Parquet dataset.

Four figures, all against the sandbox in its own process with generated studies (``extra_studies``):

- speed: ``client.export`` vs a sequential loop of ``results.<kind>(study_accession=..., format="tsv")``
  + ``.to_pandas().to_parquet()`` per study and kind, at 50 ms server latency;
- memory: peak RSS growth of an export in a fresh process, and again with 10x the rows;
- resume: the export killed at 10 random moments (SIGINT and SIGKILL alternately) and run again each
  time ends with the same dataset (row counts and per-part sha256) as an uninterrupted export;
- incremental: after a data-release bump of 10% of the studies, a re-run sends few requests.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx

from benchmarks._harness import Context, Row, Stats, judge
from benchmarks._sandbox import Served, served

TITLE = "Bulk export to Parquet: speed, memory, resume after kills, incremental re-runs"
LATENCY_MS = 50
RESULT_KINDS = (
    "elisa",
    "elispot",
    "fcs_analyzed",
    "file_path",
    "hai",
    "hla_typing",
    "kir_typing",
    "mass_spectrometry",
    "mbaa",
    "neut_ab_titer",
    "pcr",
)
DOCUMENTED = ["SDY1", "SDY2", "SDY4", "SDY269", "SDY1680"]
EPOCH = "1700000000"  # SOURCE_DATE_EPOCH: byte-identical files across runs


def _missing() -> str | None:
    try:
        import pyarrow  # noqa: F401

        import immport.export  # noqa: F401
    except ImportError as exc:
        return f"immport.export and pyarrow ({exc})"
    return None


def _studies(count: int) -> list[str]:
    return (DOCUMENTED + [f"SDY{3000 + k}" for k in range(count)])[:count]


class _Counting(httpx.AsyncBaseTransport):
    def __init__(self) -> None:
        self._inner = httpx.AsyncHTTPTransport()
        self.requests = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self._inner.aclose()


def _export_counted(box: Served, dest: Path, studies: list[str]) -> tuple[float, int, Any]:
    """(seconds, requests sent, result) of one export through the async client (the one core)."""
    import immport

    async def main() -> tuple[float, int, Any]:
        transport = _Counting()
        async with immport.AsyncClient(
            username=box.username,
            password=box.password,
            query_url=box.query_url,
            auth_url=box.auth_url,
            transport=transport,
        ) as client:
            start = time.perf_counter()
            result = await client.export(dest, studies=studies, kinds="results")
            return time.perf_counter() - start, transport.requests, result

    return asyncio.run(main())


def _sequential_loop(box: Served, dest: Path, studies: list[str]) -> float:
    dest.mkdir(parents=True, exist_ok=True)
    with box.client() as client:
        client.lookups.sex()  # log in first, as the export's client does inside its run
        start = time.perf_counter()
        for study in studies:
            for kind in RESULT_KINDS:
                table = getattr(client.results, kind)(study_accession=study, format="tsv")
                frame = table.to_pandas()
                if len(frame):
                    frame.to_parquet(dest / f"{kind}-{study}.parquet")
        return time.perf_counter() - start


def _child(box: Served, dest: Path, studies: list[str], *extra: str) -> subprocess.Popen[str]:
    env = {**box.child_env(), "SOURCE_DATE_EPOCH": EPOCH}
    return subprocess.Popen(
        [sys.executable, "-m", "benchmarks._export_child", str(dest), ",".join(studies), *extra],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _journal(dest: Path) -> dict[str, tuple[int, str]]:
    from immport.export.destination import Destination
    from immport.export.journal import Journal

    return {f"{r.kind}/{r.study}": (r.rows, r.sha256) for r in Journal(Destination(dest))}


def _memory(box_rows: int, studies: list[str], workdir: Path) -> dict[str, Any]:
    with served(rows=box_rows, extra_studies=len(studies)) as box:
        child = _child(box, workdir / f"memory-{box_rows}", studies, "--memory")
        out, err = child.communicate(timeout=1800)
    if child.returncode != 0:
        raise RuntimeError(f"export child failed: {err.strip()[-2000:]}")
    return json.loads(out)  # type: ignore[no-any-return]


def _speed_and_incremental(ctx: Context, speed: Row, incremental: Row, count: int) -> None:
    studies = _studies(count)
    with served(extra_studies=count, tunables={"latency_ms": LATENCY_MS}) as box:
        seconds, first_requests, result = _export_counted(box, ctx.workdir / "speed-ours", studies)
        baseline = _sequential_loop(box, ctx.workdir / "speed-loop", studies)
        speed.ours, speed.baseline = Stats((seconds,)), Stats((baseline,))
        speed.ratio = seconds / baseline
        judge(speed, speed.ratio, at_most=0.2)
        speed.notes.append(
            f"{len(studies)} studies x {len(RESULT_KINDS)} kinds = "
            f"{len(studies) * len(RESULT_KINDS)} queries, "
            f"{result.rows:,} rows, {result.bytes / 2**20:.1f} MB of Parquet; export concurrency 8 "
            "(the default); one measurement each (the loop alone takes minutes)"
        )
        bumped = studies[:: max(1, round(1 / 0.1))][: max(1, count // 10)]
        httpx.post(
            box.query_url.split("/data/query")[0] + "/_sandbox/release", json={"bump": bumped}, timeout=10
        ).raise_for_status()
        _, again, rerun = _export_counted(box, ctx.workdir / "speed-ours", studies)
    incremental.ours, incremental.baseline = Stats((float(again),)), Stats((float(first_requests),))
    incremental.ratio = again / first_requests
    judge(incremental, incremental.ratio, at_most=0.12)
    incremental.notes.append(
        f"{len(bumped)} of {len(studies)} studies moved to DR56; the re-run fetched "
        f"{len({r.study for r in rerun.written})} studies, {rerun.up_to_date} parts were up to date"
    )


def _resume(ctx: Context, row: Row, count: int, kills: int) -> None:
    studies = _studies(count)
    rng = random.Random(15)
    with served(extra_studies=count, tunables={"latency_ms": LATENCY_MS}) as box:
        reference = _child(box, ctx.workdir / "resume-reference", studies)
        out, err = reference.communicate(timeout=1800)
        if reference.returncode != 0:
            raise RuntimeError(f"export child failed: {err.strip()[-2000:]}")
        full_seconds = json.loads(out)["seconds"]
        dest = ctx.workdir / "resume-killed"
        total = len(studies) * len(RESULT_KINDS)
        interrupted = 0
        for k in range(kills):
            # a random moment: after a random number of further parts (so every kill lands mid-way)
            done = len(_journal(dest))
            target = done + rng.randint(1, max(1, (total - done) // (kills - k + 1)))
            child = _child(box, dest, studies)
            deadline = time.monotonic() + 600
            while len(_journal(dest)) < target and child.poll() is None and time.monotonic() < deadline:
                time.sleep(rng.uniform(0.005, 0.05))
            if child.poll() is None:
                child.send_signal(signal.SIGINT if k % 2 == 0 else signal.SIGKILL)
                interrupted += 1
            child.communicate(timeout=120)
        final = _child(box, dest, studies)
        final.communicate(timeout=1800)
    want, got = _journal(ctx.workdir / "resume-reference"), _journal(dest)
    same = sum(1 for key, value in want.items() if got.get(key) == value)
    visible_temporaries = [p for p in dest.rglob("*.tmp")]
    row.ours, row.baseline = Stats((float(same),)), Stats((float(len(want)),))
    row.ratio = same / len(want) if want else None
    row.met = same == len(want) == len(got) and not visible_temporaries
    row.notes.append(
        f"{interrupted} of {kills} runs killed mid-way (SIGINT and SIGKILL alternately, each after a random "
        f"number of further parts; an uninterrupted run takes {full_seconds:.1f} s), then one run to the "
        f"end; {same} of "
        f"{len(want)} parts identical (rows and sha256, SOURCE_DATE_EPOCH set), "
        f"{sum(v[0] for v in got.values()):,} rows vs {sum(v[0] for v in want.values()):,}; "
        f"{len(visible_temporaries)} temporary files left"
    )


def run(ctx: Context) -> list[Row]:
    count = 20 if ctx.quick else 200
    speed = Row(
        "export",
        "export_vs_loop",
        f"client.export of {count} studies x {len(RESULT_KINDS)} assay kinds, {LATENCY_MS} ms latency",
        "client.export",
        "sequential results.<kind>(format=tsv).to_pandas().to_parquet()",
        "s",
        "<= 0.2x",
    )
    memory = Row(
        "export",
        "export_memory",
        "peak RSS growth of an export, rows x10",
        "growth at 10x rows",
        "growth at 1x rows",
        "MB",
        "<= 200 MB and flat (<= 1.5x)",
        ratio_label="10x/1x",
    )
    resume = Row(
        "export",
        "export_resume_identical",
        "killed 10 times at random moments and resumed: parts identical to an uninterrupted export",
        "identical parts",
        "parts",
        "parts",
        "all identical",
        ratio_label="identical/all",
    )
    incremental = Row(
        "export",
        "export_incremental_requests",
        "re-run after a data-release bump of 10% of the studies",
        "requests (re-run)",
        "requests (first run)",
        "requests",
        "<= 0.12x",
    )
    rows = [speed, memory, resume, incremental]
    missing = _missing()
    if missing:
        for row in rows:
            row.pending = missing
        return rows
    os.environ.setdefault("SOURCE_DATE_EPOCH", EPOCH)
    _speed_and_incremental(ctx, speed, incremental, count)

    # 1x already fills every worker's buffers (parts of 20k+ rows), so 10x shows whether memory is flat
    mem_studies = _studies(5 if ctx.quick else 8)
    small_rows, large_rows = (5_000, 50_000) if ctx.quick else (20_000, 200_000)
    small = _memory(small_rows, mem_studies, ctx.workdir)
    large = _memory(large_rows, mem_studies, ctx.workdir)
    memory.ours, memory.baseline = Stats((large["peak_growth_mb"],)), Stats((small["peak_growth_mb"],))
    memory.ratio = large["peak_growth_mb"] / small["peak_growth_mb"] if small["peak_growth_mb"] > 0 else None
    memory.met = large["peak_growth_mb"] <= 200 and (memory.ratio or 0) <= 1.5
    memory.notes.append(
        f"{len(mem_studies)} studies: {small['rows']:,} rows ({small['seconds']:.1f} s) vs {large['rows']:,} "
        f"rows ({large['seconds']:.1f} s); fresh process each, {large['peak_source']}; RSS before "
        f"{large['rss_before_mb']:.0f} MB"
    )
    _resume(ctx, resume, 20 if ctx.quick else 60, 10)
    return rows
