"""Import time in fresh interpreters (``python -X importtime``): immport vs httpx, its heaviest dependency."""

from __future__ import annotations

import subprocess
import sys

from benchmarks._harness import Context, Row, Stats

TITLE = "Import time (python -X importtime, fresh subprocesses)"


def _top_level(stderr: str) -> dict[str, int]:
    """Cumulative microseconds of each top-level (unindented) module in ``-X importtime`` output."""
    out: dict[str, int] = {}
    for line in stderr.splitlines():
        if not line.startswith("import time:"):
            continue
        parts = line[len("import time:") :].split("|")
        if len(parts) == 3 and not parts[2].startswith("  ") and parts[1].strip().isdigit():
            out[parts[2].strip()] = int(parts[1])
    return out


def _run_importtime(code: str) -> str:
    return subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code], capture_output=True, text=True, check=True
    ).stderr


_startup: set[str] = set()


def import_seconds(code: str) -> float:
    """Import time ``code`` adds to a bare interpreter: the top-level modules it loads, summed.

    Lazily loaded modules (``from immport import Client`` loads ``immport.client`` through ``__getattr__``)
    show up as extra top-level entries, so they are counted too; interpreter start-up modules are not.
    """
    if not _startup:
        _startup.update(_top_level(_run_importtime("pass")))
    found = _top_level(_run_importtime(code))
    return sum(us for name, us in found.items() if name not in _startup) / 1e6


def _pair(runs: int, ours: str, base: str) -> tuple[Stats, Stats]:
    mine: list[float] = []
    theirs: list[float] = []
    for k in range(runs):
        order = (ours, base) if k % 2 == 0 else (base, ours)
        for code in order:
            (mine if code == ours else theirs).append(import_seconds(code))
    return Stats(tuple(mine)), Stats(tuple(theirs))


def _top_imports(code: str, count: int = 12) -> str:
    """The slowest direct children in one -X importtime run, as 'module: ms' (cumulative)."""
    items: list[tuple[int, str]] = []
    for line in _run_importtime(code).splitlines():
        if line.startswith("import time:") and "|" in line:
            parts = line[len("import time:") :].split("|")
            try:
                items.append((int(parts[1]), parts[2].rstrip()))
            except ValueError:
                continue
    items.sort(reverse=True)
    return "; ".join(f"{name.strip()} {us / 1000:.0f} ms" for us, name in items[:count])


def run(ctx: Context) -> list[Row]:
    runs = ctx.runs if ctx.quick else max(ctx.runs, 7)
    plain = Row(
        "imports",
        "import_immport_vs_httpx",
        "import immport / import httpx",
        "import immport",
        "import httpx",
        "s",
        "<= 1.5x",
    )
    client = Row(
        "imports",
        "import_client_vs_httpx",
        "from immport import Client (first use) / import httpx",
        "from immport import Client",
        "import httpx",
        "s",
        "(context, no target)",
    )
    results = Row(
        "imports",
        "import_results_vs_httpx",
        "Client + results group loaded (first client.results call) / import httpx",
        "immport.resources loaded",
        "import httpx",
        "s",
        "(context, no target)",
    )
    httpx_code = "import httpx"
    plain.ours, plain.baseline = _pair(runs, "import immport", httpx_code)
    plain.ratio = plain.ours.median / plain.baseline.median
    plain.met = plain.ratio <= 1.5
    plain.notes.append(
        "time the statement adds to a bare interpreter per -X importtime (top-level modules "
        "summed), median of fresh interpreters"
    )
    client.ours, client.baseline = _pair(runs, "from immport import Client", httpx_code)
    client.ratio = client.ours.median / client.baseline.median
    code = "import immport; immport.Client; import immport.resources"
    results.ours, results.baseline = _pair(runs, code, httpx_code)
    results.ratio = results.ours.median / results.baseline.median
    client.notes.append("immport loads immport.client lazily, on first use of immport.Client")
    results.notes.append("slowest single modules (cumulative): " + _top_imports(code))
    return [plain, client, results]
