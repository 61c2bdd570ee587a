"""What every figure shares: run statistics, the row a figure reports, and interleaved timing."""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Context:
    """How this run was asked for: ``quick`` shrinks every payload, ``runs`` repeats every measurement."""

    quick: bool
    runs: int
    workdir: Path  # scratch space for payload files and downloads (deleted after the run)
    profile: bool  # profile "ours" when a target is missed


@dataclass(frozen=True)
class Stats:
    """Several measurements of one quantity: reported as median (min-max)."""

    values: tuple[float, ...]

    @property
    def median(self) -> float:
        return statistics.median(self.values)

    @property
    def min(self) -> float:
        return min(self.values)

    @property
    def max(self) -> float:
        return max(self.values)


@dataclass
class Row:
    """One line of a figure's table: ours against a baseline measured in the same run.

    ``ratio`` is ours/baseline unless the figure says otherwise (``ratio_label``); ``met`` compares the
    ratio (or the absolute value, for absolute targets) with ``target``. ``pending`` says what is missing
    when the figure could not be measured yet.
    """

    figure: str  # module name, e.g. "decode"
    name: str  # short id, e.g. "decode_vs_json"
    title: str
    ours_label: str
    baseline_label: str
    unit: str
    target: str
    ours: Stats | None = None
    baseline: Stats | None = None
    ratio: float | None = None
    ratio_label: str = "ours/baseline"
    met: bool | None = None
    pending: str | None = None
    notes: list[str] = field(default_factory=list)
    profile: str | None = None  # a profiler's summary when the target is missed

    @property
    def status(self) -> str:
        """pending, context (no target), met or MISSED."""
        if self.pending:
            return "pending"
        if self.met is None:
            return "context"
        return "met" if self.met else "MISSED"


def ratio_of(ours: Stats, baseline: Stats) -> float:
    return ours.median / baseline.median if baseline.median else float("inf")


@dataclass(frozen=True)
class Measured:
    """Returned by a function that times itself (another process): ``timed`` uses ``seconds`` as is."""

    seconds: float


def timed(fn: Callable[[], object]) -> float:
    """Wall time of one call, after a full collection (so no earlier garbage is collected during it)."""
    gc.collect()
    start = time.perf_counter()
    got = fn()
    elapsed = time.perf_counter() - start
    return got.seconds if isinstance(got, Measured) else elapsed


def gc_paused(fn: Callable[[], object]) -> Callable[[], object]:
    """``fn`` with the garbage collector paused during the call, as immport pauses it around a decode."""

    def paused() -> object:
        was = gc.isenabled()
        gc.disable()
        try:
            return fn()
        finally:
            if was:
                gc.enable()

    return paused


def interleaved(runs: int, *fns: Callable[[], object], warmup: bool = True) -> list[Stats]:
    """Time ``fns`` round-robin, ``runs`` times each, so drifting machine load hits all of them alike.

    The starting function rotates every round, so none always runs on a warmer (or colder) cache.
    """
    if warmup:
        for fn in fns:
            fn()
    times: list[list[float]] = [[] for _ in fns]
    for k in range(runs):
        for j in range(len(fns)):
            i = (j + k) % len(fns)
            times[i].append(timed(fns[i]))
    return [Stats(tuple(t)) for t in times]


def pending_row(row: Row, what: str) -> Row:
    row.pending = what
    return row


def profile_call(fn: Callable[[], object], *, lines: int = 45) -> str:
    """A pyinstrument call tree of one ``fn()`` (the ``bench`` extra), trimmed to its first ``lines``."""
    try:
        from pyinstrument import Profiler
    except ImportError:
        return "pyinstrument is not installed (pip install -e '.[bench]')"
    profiler = Profiler(interval=0.001)
    profiler.start()
    try:
        fn()
    finally:
        profiler.stop()
    text = profiler.output_text(unicode=False, color=False, show_all=False)
    body = text.split("\n")
    # drop pyinstrument's banner: keep the "Duration" line and the tree after "Profile at"
    duration = next((line.split("Duration:")[1].strip() for line in body if "Duration:" in line), "")
    start = next((i + 1 for i, line in enumerate(body) if line.startswith("Profile at")), 0)
    kept = [f"wall/CPU: {duration}", *[line for line in body[start:] if line.strip()][:lines]]
    return "\n".join(kept)


def judge(row: Row, value: float, *, at_most: float | None = None, at_least: float | None = None) -> None:
    """Set ``row.met`` from ``value`` and the bound the target names."""
    if at_most is not None:
        row.met = value <= at_most
    elif at_least is not None:
        row.met = value >= at_least
