"""Memory of ``iter_elisa`` over a large streamed result: peak RSS growth stays small and flat with size."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

from benchmarks._harness import Context, Row, Stats
from benchmarks._replay import replaying

TITLE = "Streaming: peak RSS growth of iter_elisa over a streamed result"
FLAT_SLACK_MB = 8.0  # "flat": 10x the rows may cost at most this much more memory


def _missing() -> str | None:
    try:
        import immport
        from immport.resources import Results
    except ImportError as exc:
        return f"immport.Client / resources ({exc})"
    if not hasattr(immport, "Client") or not hasattr(Results, "iter_elisa"):
        return "immport.Client.results.iter_elisa"
    return None


def _measure(total_rows: int, mode: str, runs: int) -> tuple[Stats, Stats, list[dict[str, Any]]]:
    """(peak growth MB, seconds) over ``runs`` fresh processes reading ``total_rows`` rows."""
    outputs = []
    with replaying(total_rows) as url:
        for _ in range(runs):
            done = subprocess.run(
                [sys.executable, "-m", "benchmarks._memory_child", mode, url],
                capture_output=True,
                text=True,
                check=False,
                timeout=900,
            )
            if done.returncode != 0:
                raise RuntimeError(f"memory child failed: {done.stderr.strip()[-2000:]}")
            outputs.append(json.loads(done.stdout))
    for out in outputs:
        if out["rows"] != total_rows:
            raise RuntimeError(f"expected {total_rows} rows, the client yielded {out['rows']}")
    growth = Stats(tuple(o["peak_growth_mb"] for o in outputs))
    seconds = Stats(tuple(o["seconds"] for o in outputs))
    return growth, seconds, outputs


def run(ctx: Context) -> list[Row]:
    small, large = (10_000, 100_000) if ctx.quick else (100_000, 1_000_000)
    flat = Row(
        "streaming",
        "stream_memory",
        f"iter_elisa over {large:,} rows vs over {small:,} rows",
        f"growth at {large:,}",
        f"growth at {small:,}",
        "MB",
        f"<= 64 MB and flat (<= +{FLAT_SLACK_MB:g} MB)",
        ratio_label="large/small",
    )
    whole = Row(
        "streaming",
        "stream_vs_list",
        f"iter_elisa vs results.elisa() (whole list) over {small:,} rows",
        "iter_elisa",
        "elisa() list",
        "MB",
        "(context, no target)",
    )
    rows = [flat, whole]
    missing = _missing()
    if missing:
        for row in rows:
            row.pending = missing
        return rows
    # memory is nearly deterministic and a million-row run takes minutes on a loaded 2-core machine:
    # 2 runs at the small size, 1 at the large one (1 each if quick)
    small_growth, small_secs, _ = _measure(small, "iter", 1 if ctx.quick else 2)
    large_growth, large_secs, large_out = _measure(large, "iter", 1)
    flat.ours, flat.baseline = large_growth, small_growth
    flat.ratio = large_growth.median / small_growth.median if small_growth.median > 0 else None
    flat.met = large_growth.max <= 64 and large_growth.max - small_growth.median <= FLAT_SLACK_MB
    flat.notes.append(
        f"peak growth = peak RSS during the loop ({large_out[0]['peak_source']}) - RSS before it, in a fresh "
        "process per run; "
        f"RSS sampled every 10k rows grew at most {max(o['sampled_growth_mb'] for o in large_out):.1f} MB; "
        f"RSS before the loop (client open, first row read): {large_out[0]['rss_before_mb']:.0f} MB. 0.0 MB "
        "means the loop never went above that level: each chunk's rows reuse the memory the last ones freed"
    )
    flat.notes.append(
        f"throughput: {large / large_secs.median:,.0f} rows/s at {large:,} rows "
        f"({large_secs.median:.1f} s), {small / small_secs.median:,.0f} rows/s at {small:,} "
        "(a replay server in its own process sends a 10k-row block made by the sandbox's generator, "
        "repeated, so the client is the bottleneck)"
    )
    list_growth, list_secs, _ = _measure(small, "list", 1)
    whole.ours, whole.baseline = small_growth, list_growth
    whole.ratio = small_growth.median / list_growth.median if list_growth.median > 0 else None
    whole.notes.append(
        f"the whole-list call took {list_secs.median:.1f} s vs {small_secs.median:.1f} s streamed"
    )
    return rows
