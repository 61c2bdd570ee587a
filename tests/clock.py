"""The one fake clock of the tests: time moves only when something sleeps or a test advances it."""

from __future__ import annotations


class FakeClock:
    """Wall clock for auth (``clock()``), monotonic time for flows (``monotonic()``) and a recorder of the
    sleeps (``sleep(s)``, ``await asleep(s)``); never really sleeps."""

    def __init__(self, now: float = 1_800_000_000.0) -> None:
        self.now = now
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def monotonic(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)
