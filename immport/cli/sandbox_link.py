"""How ``immport --sandbox URL|auto`` finds a sandbox (records: :mod:`immport.sandbox.discovery`).

``auto`` takes the newest running sandbox, however it was started (``immport sandbox serve`` or
``python -m immport.sandbox``); ``URL`` matches a record by its URL. Without a record, ``URL`` follows the
sandbox's own port layout: query+auth on PORT, upload on PORT+2, batch on PORT+3.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from immport.sandbox.discovery import (
    URL_KEYS,
    live_records,
    read_record,
    records_dir,
    remove_record,
    write_record,
)

__all__ = ["read_record", "records_dir", "remove_record", "urls_for", "write_record"]

QUERY_PREFIX = "/data/query"


def urls_for(value: str) -> dict[str, str] | None:
    """Base URLs for ``--sandbox value``; None when ``auto`` finds no running sandbox."""
    records = live_records()
    if value == "auto":
        return {k: records[0][k] for k in URL_KEYS} if records else None
    root = value.rstrip("/").removesuffix(QUERY_PREFIX)
    for record in records:
        if record.get("auth_url") == root:
            return {k: record[k] for k in URL_KEYS}
    parts = urlsplit(root)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    host = f"{parts.scheme}://{parts.hostname}"
    return {
        "query_url": root + QUERY_PREFIX,
        "auth_url": root,
        "upload_url": f"{host}:{port + 2}",
        "batch_url": f"{host}:{port + 3}",
    }
