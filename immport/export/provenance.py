"""Provenance: what produced the data, stamped on every Parquet file and in ``_immport/provenance.json``.

``exported_at`` honours ``SOURCE_DATE_EPOCH`` (the reproducible-builds convention): with it set, two
exports of the same data release are byte-identical, checksums included.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import os
from collections.abc import Mapping
from functools import cache
from typing import Any

from immport.export.destination import Destination
from immport.export.journal import META_DIR, Journal

__all__ = ["PROVENANCE_FILE", "PROVENANCE_KEY", "export_time", "file_metadata", "spec_digests"]

PROVENANCE_FILE = f"{META_DIR}/provenance.json"
PROVENANCE_KEY = b"immport.provenance"


def export_time(environ: Mapping[str, str] | None = None) -> str:
    env = os.environ if environ is None else environ
    epoch = env.get("SOURCE_DATE_EPOCH")
    moment = (
        datetime.datetime.fromtimestamp(int(epoch), datetime.UTC)
        if epoch and epoch.isdigit()
        else datetime.datetime.now(datetime.UTC)
    )
    return moment.isoformat(timespec="seconds")


@cache
def spec_digests() -> dict[str, str]:
    """sha256 of the vendored upstream spec (= ``openapi/spec.lock.json``) and of the corrected one."""
    from immport.spec import spec_bytes

    return {
        "spec_sha256": hashlib.sha256(spec_bytes("upstream")).hexdigest(),
        "corrected_spec_sha256": hashlib.sha256(spec_bytes("corrected")).hexdigest(),
    }


def client_version() -> str:
    from immport._version import __version__

    return __version__


def file_metadata(
    *,
    kind: str,
    study: str | None,
    request: Mapping[str, Any],
    data_release: str | None,
    global_release: str | None,
    exported_at: str,
) -> dict[bytes, bytes]:
    """The Parquet key-value metadata of one part."""
    stamp = {
        "client": "immport",
        "client_version": client_version(),
        **spec_digests(),
        "kind": kind,
        "study_accession": study,
        "data_release": data_release,
        "data_release_global": global_release,
        "request": dict(request),
        "exported_at": exported_at,
    }
    return {PROVENANCE_KEY: json.dumps(stamp, sort_keys=True).encode()}


def write_provenance(
    destination: Destination,
    journal: Journal,
    *,
    query_url: str,
    global_release: str | None,
    selection: Mapping[str, Any],
    exported_at: str,
) -> dict[str, Any]:
    """``_immport/provenance.json``: the whole dataset's origin, rebuilt from the journal after each run."""
    by_study: dict[str, str | None] = {}
    kinds: dict[str, dict[str, int]] = {}
    for record in journal:
        if record.study is not None:
            by_study[record.study] = record.data_release
        totals = kinds.setdefault(record.kind, {"parts": 0, "rows": 0, "bytes": 0})
        totals["parts"] += 1
        totals["rows"] += record.rows
        totals["bytes"] += record.bytes
    document = {
        "client": "immport",
        "client_version": client_version(),
        **spec_digests(),
        "query_url": query_url,
        "data_release_global": global_release,
        "data_release_by_study": dict(sorted(by_study.items())),
        "selection": dict(selection),
        "kinds": dict(sorted(kinds.items())),
        "exported_at": exported_at,
        "layout": "hive: kind=<kind>/study_accession=<SDY>/part-0000.parquet (lookups: kind=<kind>/)",
    }
    destination.write_bytes(PROVENANCE_FILE, json.dumps(document, indent=2, sort_keys=True).encode())
    return document
