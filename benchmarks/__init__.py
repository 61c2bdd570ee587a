"""Benchmarks of what users feel, side by side with the baselines they would otherwise use.

``python -m benchmarks`` runs every figure and writes ``benchmarks/RESULTS.md`` and ``FINDINGS.md``; see
``README.md``. A figure is any module here whose name does not start with ``_`` and that defines ``TITLE``
and ``run(ctx) -> list[Row]``: adding ``benchmarks/<name>.py`` registers it (no list to edit). ``ORDER``
only says which known figures run first; the others follow in name order.
"""

from __future__ import annotations

import pkgutil
from pathlib import Path

ORDER = ("decode", "streaming", "tsv", "download", "fanout", "first_call", "strict", "export")


def _discover() -> tuple[str, ...]:
    names = {
        info.name
        for info in pkgutil.iter_modules([str(Path(__file__).resolve().parent)])
        if not info.name.startswith("_") and not info.ispkg
    }
    known = [name for name in ORDER if name in names]
    return (*known, *sorted(names - set(known)))


FIGURES = _discover()
