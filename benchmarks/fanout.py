"""50 concurrent async queries against a server answering each after 200 ms, vs a single query.

Both sides use the same ``AsyncClient`` (warmed up: logged in, connections open), alternating; the
collector runs as usual on both (nothing is paused), with a ``gc.collect()`` before each measurement.
"""

from __future__ import annotations

import asyncio
import gc
import time
from collections.abc import Awaitable, Callable
from typing import Any

from benchmarks._harness import Context, Row, Stats, profile_call
from benchmarks._latency import delaying
from benchmarks._sandbox import served

TITLE = "Async fan-out: concurrent queries with 200 ms server latency"
CONCURRENCY = 50
LATENCY_MS = 200
STUDY = "SDY1"

Call = Callable[[], Awaitable[Any]]


def _missing() -> str | None:
    try:
        import immport
        from immport.resources import AsyncStudies
    except ImportError as exc:
        return f"immport.AsyncClient / resources ({exc})"
    if not hasattr(immport, "AsyncClient") or not hasattr(AsyncStudies, "arm"):
        return "immport.AsyncClient.studies.arm"
    return None


async def _timed(fn: Call) -> float:
    gc.collect()
    start = time.perf_counter()
    await fn()
    return time.perf_counter() - start


CPU_PER_REQUEST: dict[str, float] = {}  # label -> client CPU ms per request during the fan-outs


async def _fan_vs_one(one: Call, runs: int, label: str) -> tuple[Stats, Stats]:
    """(50 concurrent, one) times; warmed up first (login, pool connections), order alternating.

    Also records the client process's CPU time per request over the fan-outs: unlike wall time, it does
    not grow when other processes load the machine.
    """

    async def many() -> Any:
        answers = await asyncio.gather(*(one() for _ in range(CONCURRENCY)))
        assert len(answers) == CONCURRENCY
        return answers

    await one()
    await many()
    singles: list[float] = []
    fans: list[float] = []
    cpu = 0.0
    for k in range(runs):
        if k % 2 == 0:
            singles.append(await _timed(one))
        cpu -= time.process_time()
        fans.append(await _timed(many))
        cpu += time.process_time()
        if k % 2 == 1:
            singles.append(await _timed(one))
    CPU_PER_REQUEST[label] = 1000 * cpu / (runs * CONCURRENCY)
    return Stats(tuple(fans)), Stats(tuple(singles))


async def _immport(runs: int, make_client: Callable[[], Any], label: str) -> tuple[Stats, Stats]:
    async with make_client() as client:

        async def one() -> Any:
            return await client.studies.arm(STUDY)

        return await _fan_vs_one(one, runs, label)


async def _bare_httpx(runs: int, url: str, token: str, label: str) -> tuple[Stats, Stats]:
    import httpx

    async with httpx.AsyncClient(headers={"Authorization": f"Bearer {token}"}) as http:

        async def one() -> Any:
            return (await http.get(url)).raise_for_status()

        return await _fan_vs_one(one, runs, label)


def _set(row: Row, stats: tuple[Stats, Stats], *, target: float | None = None) -> None:
    row.ours, row.baseline = stats
    row.ratio = row.ours.median / row.baseline.median
    if target is not None:
        row.met = row.ratio <= target


def _aiohttp() -> str | None:
    try:
        import httpx_aiohttp  # noqa: F401
    except ImportError:
        return "httpx-aiohttp (pip install -e '.[aiohttp]')"
    return None


def run(ctx: Context) -> list[Row]:
    def row(name: str, title: str, target: str) -> Row:
        return Row("fanout", name, title, f"asyncio.gather of {CONCURRENCY}", "one await", "s", target)

    what = f"{CONCURRENCY} concurrent studies.arm() vs one"
    sandbox_row = row(
        "fanout_50_vs_1",
        f"{what}, sandbox with {LATENCY_MS} ms latency (default transport: httpx)",
        "<= 1.3x",
    )
    sandbox_aio = row(
        "fanout_50_vs_1_aiohttp",
        f"{what}, sandbox with {LATENCY_MS} ms latency, transport='aiohttp'",
        "<= 1.3x",
    )
    sandbox_raw = row(
        "fanout_sandbox_bare_httpx",
        "the same with a bare httpx.AsyncClient (no immport): the sandbox's own ceiling",
        "(context)",
    )
    light_row = row(
        "fanout_light_server",
        f"{what}, minimal asyncio server with {LATENCY_MS} ms latency (isolates the client), httpx transport",
        "<= 1.3x",
    )
    light_aio = row(
        "fanout_light_server_aiohttp", f"{what}, minimal asyncio server, transport='aiohttp'", "<= 1.3x"
    )
    light_raw = row("fanout_light_bare_httpx", "the same with a bare httpx.AsyncClient", "(context)")
    rows = [sandbox_row, sandbox_aio, sandbox_raw, light_row, light_aio, light_raw]
    missing = _missing()
    if missing:
        for r in rows:
            r.pending = missing
        return rows
    no_aiohttp = _aiohttp()
    for r in (sandbox_aio, light_aio):
        r.pending = no_aiohttp
    import httpx

    import immport

    runs = max(ctx.runs, 5)
    with served(rows=40, tunables={"latency_ms": LATENCY_MS}) as sandbox:
        _set(sandbox_row, asyncio.run(_immport(runs, sandbox.async_client, "sandbox immport")), target=1.3)
        if not no_aiohttp:
            make = lambda: sandbox.async_client(transport="aiohttp")  # noqa: E731
            _set(sandbox_aio, asyncio.run(_immport(runs, make, "sandbox immport aiohttp")), target=1.3)
        token = httpx.post(
            f"{sandbox.auth_url}/auth/token",
            data={"username": sandbox.username, "password": sandbox.password},
        ).json()["access_token"]
        url = f"{sandbox.query_url}/api/study/arm/{STUDY}"
        _set(sandbox_raw, asyncio.run(_bare_httpx(runs, url, token, "sandbox httpx")))
        body = httpx.get(url, headers={"Authorization": f"Bearer {token}"}).content
    assert sandbox_row.ours is not None and sandbox_raw.ours is not None
    sandbox_row.notes.append(
        f"immport fan-out / bare-httpx fan-out on the sandbox = "
        f"{sandbox_row.ours.median / sandbox_raw.ours.median:.2f}x (what the client itself adds)"
    )
    with delaying(body, LATENCY_MS) as base:

        def light(**options: Any) -> Any:
            return immport.AsyncClient(token="bench", query_url=base, env={}, **options)

        _set(light_row, asyncio.run(_immport(runs, light, "light immport")), target=1.3)
        if not no_aiohttp:
            make_light = lambda: light(transport="aiohttp")  # noqa: E731
            _set(light_aio, asyncio.run(_immport(runs, make_light, "light immport aiohttp")), target=1.3)
        _set(
            light_raw, asyncio.run(_bare_httpx(runs, f"{base}/api/study/arm/{STUDY}", "bench", "light httpx"))
        )
        if ctx.profile and light_row.met is False:
            light_row.profile = _profile_fanout(light)
    light_row.notes.append(
        f"same {len(body)}-byte answer as the sandbox's; the server costs well under 1 ms of CPU "
        "per request, so what remains is the client's own per-request cost"
    )
    light_row.notes.append(
        "client CPU per request during the fan-outs (load-independent): "
        + ", ".join(f"{label} {ms:.2f} ms" for label, ms in CPU_PER_REQUEST.items())
    )
    return rows


def _profile_fanout(make_client: Callable[[], Any]) -> str:
    async def fan() -> None:
        async with make_client() as client:
            await client.studies.arm(STUDY)
            await asyncio.gather(*(client.studies.arm(STUDY) for _ in range(CONCURRENCY)))

    return profile_call(lambda: asyncio.run(fan()))
