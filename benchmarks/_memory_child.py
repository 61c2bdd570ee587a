"""Measured in a fresh process: peak RSS growth while reading every ELISA row of a served result.

``python -m benchmarks._memory_child iter|list URL`` (URL: a ``_replay`` server). Prints one JSON
object: rows, seconds, rss_before_mb, peak_growth_mb (the kernel's peak-RSS mark after the loop - RSS
before it: includes every transient buffer), sampled_growth_mb (largest RSS seen every 10,000 rows - RSS
before), peak_source.

The peak is the process's own ``VmHWM``, reset to the current RSS right before the loop (``clear_refs``), so
neither the warm-up nor the parent's memory counts: ``ru_maxrss`` is not usable here, because Linux carries
the forking parent's peak across ``exec`` into the child's ``ru_maxrss``.
"""

from __future__ import annotations

import gc
import json
import os
import resource
import sys
import time

_PAGE = os.sysconf("SC_PAGE_SIZE")


def _rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * _PAGE / 2**20


def _status_mb(field: str) -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024  # kB
    raise KeyError(field)


def _reset_peak() -> str:
    """Reset VmHWM to the current RSS (Linux >= 4.0); say which peak measure is in use."""
    try:
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")
    except OSError:
        return "ru_maxrss (could not reset VmHWM: includes earlier peaks)"
    return "VmHWM reset before the loop"


def _peak_mb(source: str) -> float:
    if source.startswith("VmHWM"):
        return _status_mb("VmHWM")
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def main() -> None:
    mode, url = sys.argv[1], sys.argv[2]
    import immport

    # the replay server ignores credentials; a static token keeps the auth code path in the loop
    with immport.Client(token="bench-static-token", query_url=url) as client:
        for _ in client.results.iter_elisa():  # warm-up: connect, load the decoder
            break
        gc.collect()
        source = _reset_peak()
        before = _rss_mb()
        sampled = before
        start = time.perf_counter()
        rows = 0
        if mode == "iter":
            for _ in client.results.iter_elisa():
                rows += 1
                if rows % 10_000 == 0:
                    sampled = max(sampled, _rss_mb())
        else:
            result = client.results.elisa()
            rows = len(result)
            sampled = max(sampled, _rss_mb())
            del result
        seconds = time.perf_counter() - start
    print(
        json.dumps(
            {
                "rows": rows,
                "seconds": seconds,
                "rss_before_mb": before,
                "peak_growth_mb": _peak_mb(source) - before,
                "sampled_growth_mb": sampled - before,
                "peak_source": source,
            }
        )
    )


if __name__ == "__main__":
    main()
