"""How a running sandbox is found: each one records its URLs (never a password or key) while it runs.

``immport sandbox serve`` and ``python -m immport.sandbox`` both write one small JSON file per process in
this user's runtime directory and remove it on the way out; ``immport --sandbox auto`` takes the newest
record whose process is alive and whose port answers, so a record left by a killed sandbox is ignored
(and deleted). Standard library only: readable without the ``sandbox`` extra.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

__all__ = ["URL_KEYS", "live_records", "read_record", "records_dir", "remove_record", "write_record"]

URL_KEYS = ("query_url", "auth_url", "upload_url", "batch_url")
_PROBE_TIMEOUT = 1.0  # seconds to connect to a recorded port on loopback


def records_dir() -> Path:
    base = os.environ.get("XDG_RUNTIME_DIR") or tempfile.gettempdir()
    return Path(base) / f"immport-sandbox-{os.getuid()}"


def _own_record() -> Path:
    return records_dir() / f"{os.getpid()}.json"


def write_record(urls: Mapping[str, object], username: str) -> Path:
    """Record this process's sandbox URLs (replaces an earlier record of the same process)."""
    folder = records_dir()
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = _own_record()
    partial = path.with_suffix(".part")
    record = {**{key: urls[key] for key in URL_KEYS}, "username": username, "pid": os.getpid()}
    partial.write_text(json.dumps(record), encoding="utf-8")
    os.replace(partial, path)
    return path


def remove_record() -> None:
    _own_record().unlink(missing_ok=True)


def live_records() -> list[dict[str, Any]]:
    """Records of sandboxes that are running, newest first; records of dead ones are deleted."""
    folder = records_dir()
    try:
        paths = sorted(folder.glob("*.json"), key=_mtime, reverse=True)
    except OSError:
        return []
    live: list[dict[str, Any]] = []
    for path in paths:
        record = _load(path)
        if record is not None and _running(record):
            live.append(record)
        elif record is not None or path.exists():
            with contextlib.suppress(OSError):
                path.unlink()
    return live


def read_record() -> dict[str, Any] | None:
    """The newest running sandbox's record, or None."""
    records = live_records()
    return records[0] if records else None


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def _load(path: Path) -> dict[str, Any] | None:
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(record, dict) or not isinstance(record.get("pid"), int):
        return None
    if not all(isinstance(record.get(key), str) for key in URL_KEYS):
        return None
    return record


def _running(record: Mapping[str, Any]) -> bool:
    return _alive(record["pid"]) and _answers(record["auth_url"])


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _answers(url: str) -> bool:
    """Something listens on the URL's port (a recycled pid is not enough to trust a record)."""
    parts = urlsplit(url)
    if parts.hostname is None or parts.port is None:
        return False
    try:
        with socket.create_connection((parts.hostname, parts.port), timeout=_PROBE_TIMEOUT):
            return True
    except OSError:
        return False
