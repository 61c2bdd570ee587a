"""Bulk export of ImmPort into a hive-partitioned Parquet dataset: resumable, incremental, with provenance.

``client.export("data/", studies=["SDY1", "SDY2"], kinds="results")`` writes
``data/kind=elisa/study_accession=SDY1/part-0000.parquet`` ... plus ``data/_immport/`` (journal and
provenance). Run it again to resume or to fetch only what a new data release changed. Needs the
``export`` extra (pyarrow, fsspec); ``connect(DIR)`` (DuckDB views) needs ``duckdb``; ``verify(DIR)``
recomputes the checksums.

Modules, one job each: ``kinds`` (what can be exported), ``_search`` (study selection via search),
``plan`` (what to fetch this run), ``schema`` (Arrow schemas from the spec), ``parts`` (one query ->
one Parquet file), ``destination`` (filesystems, atomic writes), ``journal``, ``provenance``,
``engine`` (the async core), ``api`` (sync/async entry points), ``verify``, ``duck`` (DuckDB views),
``availability``.
"""

from __future__ import annotations

try:
    import fsspec  # type: ignore[import-untyped]  # noqa: F401
    import pyarrow  # type: ignore[import-untyped]  # noqa: F401
except ImportError as exc:  # pragma: no cover - depends on the environment
    raise ImportError(f"client.export needs the export extra: pip install 'immport[export]' ({exc})") from exc

from immport.export.api import aexport, export
from immport.export.duck import connect
from immport.export.kinds import GROUPS, Kind, all_kinds, resolve_kinds
from immport.export.result import ExportEvent, ExportResult, FailedPart
from immport.export.verify import VerifyReport, verify

__all__ = [
    "GROUPS",
    "ExportEvent",
    "ExportResult",
    "FailedPart",
    "Kind",
    "VerifyReport",
    "aexport",
    "all_kinds",
    "connect",
    "export",
    "resolve_kinds",
    "verify",
]
