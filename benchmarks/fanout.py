"""50 concurrent async queries against a sandbox answering each after 200 ms, vs a single query."""

from __future__ import annotations

import asyncio
import gc
import time
from collections.abc import Awaitable, Callable
from typing import Any

from benchmarks._harness import Context, Row, Stats
from benchmarks._sandbox import Served, served

TITLE = "Async fan-out: concurrent queries with 200 ms server latency"
CONCURRENCY = 50
LATENCY_MS = 200


def _missing() -> str | None:
    try:
        import immport
        from immport.resources import AsyncStudies
    except ImportError as exc:
        return f"immport.AsyncClient / resources ({exc})"
    if not hasattr(immport, "AsyncClient") or not hasattr(AsyncStudies, "arm"):
        return "immport.AsyncClient.studies.arm"
    return None


async def _timed(fn: Callable[[], Awaitable[Any]]) -> float:
    gc.collect()
    start = time.perf_counter()
    await fn()
    return time.perf_counter() - start


async def _raw_httpx(sandbox: Served, runs: int) -> tuple[Stats, Stats]:
    """The same requests with a bare httpx.AsyncClient and a ready token: the sandbox's own ceiling."""
    import httpx

    token = httpx.post(
        f"{sandbox.auth_url}/auth/token", data={"username": sandbox.username, "password": sandbox.password}
    ).json()["access_token"]
    url = f"{sandbox.query_url}/api/study/arm/SDY1"
    async with httpx.AsyncClient(headers={"Authorization": f"Bearer {token}"}) as http:

        async def one() -> Any:
            return (await http.get(url)).raise_for_status()

        async def many() -> Any:
            return await asyncio.gather(*(one() for _ in range(CONCURRENCY)))

        await many()
        singles = [await _timed(one) for _ in range(runs)]
        fans = [await _timed(many) for _ in range(runs)]
    return Stats(tuple(fans)), Stats(tuple(singles))


async def _measure(sandbox: Served, runs: int) -> tuple[Stats, Stats, int]:
    async with sandbox.async_client() as client:

        async def one() -> Any:
            return await client.studies.arm("SDY1")

        async def many() -> Any:
            return await asyncio.gather(*(client.studies.arm("SDY1") for _ in range(CONCURRENCY)))

        await one()  # log in and open a connection before timing
        await many()  # and open the pool's connections
        singles: list[float] = []
        fans: list[float] = []
        for k in range(runs):
            if k % 2 == 0:
                singles.append(await _timed(one))
                fans.append(await _timed(many))
            else:
                fans.append(await _timed(many))
                singles.append(await _timed(one))
        answers = await many()
    return Stats(tuple(fans)), Stats(tuple(singles)), len(answers)


def run(ctx: Context) -> list[Row]:
    row = Row(
        "fanout",
        "fanout_50_vs_1",
        f"{CONCURRENCY} concurrent studies.arm() vs one, {LATENCY_MS} ms latency",
        f"asyncio.gather of {CONCURRENCY}",
        "one await",
        "s",
        "<= 1.5x",
    )
    raw = Row(
        "fanout",
        "fanout_raw_httpx",
        f"the same with a bare httpx.AsyncClient (no immport), {LATENCY_MS} ms latency",
        f"asyncio.gather of {CONCURRENCY}",
        "one await",
        "s",
        "(context: the sandbox's ceiling)",
    )
    missing = _missing()
    if missing:
        row.pending = raw.pending = missing
        return [row, raw]
    with served(rows=40, tunables={"latency_ms": LATENCY_MS}) as sandbox:
        row.ours, row.baseline, answered = asyncio.run(_measure(sandbox, max(ctx.runs, 5)))
        raw.ours, raw.baseline = asyncio.run(_raw_httpx(sandbox, max(ctx.runs, 5)))
    raw.ratio = raw.ours.median / raw.baseline.median
    row.notes.append(
        f"immport fan-out / bare-httpx fan-out = {row.ours.median / raw.ours.median:.2f}x "
        "(what the client itself adds under concurrency)"
    )
    row.ratio = row.ours.median / row.baseline.median
    row.met = row.ratio <= 1.5
    row.notes.append(
        f"one immport.AsyncClient (one httpx.AsyncClient pool); {answered} answers per fan-out; the "
        "sandbox sleeps the latency with asyncio, so it can overlap all of them"
    )
    return [row, raw]
