"""Benchmarks of what users feel, side by side with the baselines they would otherwise use.

``python -m benchmarks`` runs every figure and writes ``benchmarks/RESULTS.md``; see ``README.md``.
Each figure is a module with ``TITLE`` and ``run(ctx) -> list[Row]``.
"""

FIGURES = ("decode", "streaming", "tsv", "download", "fanout", "imports", "export")
