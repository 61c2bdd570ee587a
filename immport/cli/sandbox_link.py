"""How ``immport --sandbox URL|auto`` finds a sandbox started by ``immport sandbox serve``.

``serve`` records its URLs (never the password or keys) in a small JSON file for this user; ``auto`` reads
it, and ``URL`` matches it by the query host. Without a record, ``URL`` follows the sandbox's own port
layout (``python -m immport.sandbox``): query+auth on PORT, upload on PORT+2, batch on PORT+3.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

URL_KEYS = ("query_url", "auth_url", "upload_url", "batch_url")
QUERY_PREFIX = "/data/query"


def record_path() -> Path:
    base = os.environ.get("XDG_RUNTIME_DIR") or tempfile.gettempdir()
    return Path(base) / f"immport-sandbox-{os.getuid()}.json"


def write_record(urls: dict[str, str], username: str) -> Path:
    path = record_path()
    path.write_text(json.dumps({**urls, "username": username, "pid": os.getpid()}), encoding="utf-8")
    return path


def remove_record() -> None:
    path = record_path()
    try:
        if json.loads(path.read_text(encoding="utf-8")).get("pid") == os.getpid():
            path.unlink()
    except (OSError, ValueError):
        pass


def read_record() -> dict[str, Any] | None:
    """The record of a sandbox that is still running, or None (a stale record is ignored)."""
    try:
        record = json.loads(record_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    pid = record.get("pid")
    if not isinstance(record, dict) or not isinstance(pid, int) or not _alive(pid):
        return None
    return record


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def urls_for(value: str) -> dict[str, str] | None:
    """Base URLs for ``--sandbox value``; None when ``auto`` finds no running sandbox."""
    record = read_record()
    if value == "auto":
        return {k: record[k] for k in URL_KEYS} if record else None
    root = value.rstrip("/").removesuffix(QUERY_PREFIX)
    if record and record.get("auth_url") == root:
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
