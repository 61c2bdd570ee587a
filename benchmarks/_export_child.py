"""An export in a fresh process: ``python -m benchmarks._export_child DEST STUDIES [--memory]``.

STUDIES is a comma list. The sandbox comes from ``BENCH_SANDBOX`` (see ``_sandbox.Served.child_env``).
With ``--memory`` the peak RSS growth during the export is measured (``VmHWM`` reset right before it) and
printed as JSON; the resume figure kills this process at random moments and runs it again.
"""

from __future__ import annotations

import gc
import json
import sys
import time

from benchmarks._memory_child import _peak_mb, _reset_peak, _rss_mb
from benchmarks._sandbox import from_env


def main() -> None:
    dest, studies = sys.argv[1], sys.argv[2].split(",")
    memory = "--memory" in sys.argv[3:]
    served = from_env()
    with served.client() as client:
        client.lookups.sex()  # warm-up: log in, connect, import the decoders
        import pyarrow.parquet  # noqa: F401  (imported by the export; not part of its growth)

        gc.collect()
        source = _reset_peak() if memory else ""
        before = _rss_mb()
        start = time.perf_counter()
        result = client.export(dest, studies=studies, kinds="results")
        seconds = time.perf_counter() - start
    out = {"rows": result.rows, "parts": len(result.written), "seconds": seconds}
    if memory:
        out.update(rss_before_mb=before, peak_growth_mb=_peak_mb(source) - before, peak_source=source)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
