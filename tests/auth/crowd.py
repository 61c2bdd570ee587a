"""Run many callers at once with a watchdog, so a deadlock fails the test instead of hanging it."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Awaitable, Callable

import attrs


@attrs.define
class Outcome:
    ok: int = 0
    failures: list[str] = attrs.field(factory=list)
    unfinished: int = 0

    def record(self, error: BaseException | None) -> None:
        if error is None:
            self.ok += 1
        else:
            self.failures.append(f"{type(error).__name__}: {error}")


def in_threads(count: int, call: Callable[[int], object], *, watchdog: float) -> Outcome:
    """``call(i)`` in ``count`` threads started together; threads still running after ``watchdog`` seconds
    count as unfinished (they are daemons, so they cannot keep the test process alive)."""
    outcome = Outcome()
    lock = threading.Lock()
    start = threading.Barrier(count)

    def run(i: int) -> None:
        error: BaseException | None = None
        try:
            start.wait()
            call(i)
        except BaseException as exc:
            error = exc
        with lock:
            outcome.record(error)

    threads = [threading.Thread(target=run, args=(i,), daemon=True) for i in range(count)]
    for thread in threads:
        thread.start()
    ends = time.monotonic() + watchdog
    for thread in threads:
        thread.join(max(0.0, ends - time.monotonic()))
    outcome.unfinished = sum(thread.is_alive() for thread in threads)
    return outcome


async def in_tasks(count: int, call: Callable[[int], Awaitable[object]], *, watchdog: float) -> Outcome:
    """``call(i)`` in ``count`` asyncio tasks; tasks still running after ``watchdog`` seconds are cancelled
    and counted as unfinished."""
    outcome = Outcome()

    async def run(i: int) -> None:
        try:
            await call(i)
        except asyncio.CancelledError:
            raise
        except BaseException as exc:
            outcome.record(exc)
        else:
            outcome.record(None)

    tasks = [asyncio.ensure_future(run(i)) for i in range(count)]
    _done, pending = await asyncio.wait(tasks, timeout=watchdog)
    outcome.unfinished = len(pending)
    for task in pending:
        task.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    return outcome
