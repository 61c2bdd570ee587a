"""Download a newer ImmPort spec, vendor it, update the lock and report what changed.

Used by ``codegen.sh --fetch [URL]``. The download needs only the standard library, so it runs before anything
else works. The change report comes from ``immport.contract`` (every change classified breaking/non-breaking);
when that package cannot be imported it falls back to listing added/removed operations and schemas.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sys
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "openapi/immport-shared-data-api.openapi.json"
LOCK = ROOT / "openapi/spec.lock.json"
DEFAULT_URL = "https://www.immport.org/data/query/v3/api-docs"
HTTP_METHODS = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}


def download(url: str, timeout: float = 30.0) -> bytes:
    request = urllib.request.Request(url, headers={"Accept": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return bytes(response.read())
    except urllib.error.HTTPError as exc:
        raise SystemExit(
            f"fetch failed: {url} answered HTTP {exc.code}; the vendored spec is unchanged"
        ) from None
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise SystemExit(
            f"fetch failed: cannot reach {url} ({reason}). Are you offline? The vendored spec is unchanged."
        ) from None


def parse_spec(body: bytes, url: str) -> dict[str, Any]:
    try:
        document = json.loads(body)
    except ValueError:
        raise SystemExit(f"fetch failed: {url} did not return JSON; the vendored spec is unchanged") from None
    if not isinstance(document, dict) or "openapi" not in document or "paths" not in document:
        raise SystemExit(f"fetch failed: {url} returned JSON that is not an OpenAPI document")
    return document


def operations(document: dict[str, Any]) -> set[str]:
    return {
        f"{method.upper()} {path}"
        for path, item in document.get("paths", {}).items()
        for method in item
        if method in HTTP_METHODS
    }


def summarize(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    lines: list[str] = []
    for label, before, after in (
        ("operation", operations(old), operations(new)),
        (
            "schema",
            set(old.get("components", {}).get("schemas", {})),
            set(new.get("components", {}).get("schemas", {})),
        ),
    ):
        lines += [f"- removed {label}: {name}" for name in sorted(before - after)]
        lines += [f"+ added {label}: {name}" for name in sorted(after - before)]
    return lines


def report(old: dict[str, Any], new: dict[str, Any]) -> str:
    """The classified change report of immport.contract (this checkout's copy), else the plain summary."""
    sys.path.insert(0, str(ROOT))
    try:
        from immport.contract import diff_specs, render_text
    except ImportError as exc:
        lines = summarize(old, new)
        note = f"(immport.contract unavailable: {exc}; listing operations and schemas only)"
        return "\n".join([note, *lines] if lines else [note, "no operations or schemas added or removed"])
    finally:
        sys.path.remove(str(ROOT))
    return render_text(diff_specs(old, new)).rstrip("\n")


def main(argv: list[str]) -> int:
    url = argv[0] if argv else DEFAULT_URL
    body = download(url)
    new = parse_spec(body, url)
    old = json.loads(SPEC.read_bytes())
    changes = report(old, new)
    SPEC.write_bytes(body)
    lock = json.loads(LOCK.read_text())
    lock.update(
        source_url=url,
        sha256=hashlib.sha256(body).hexdigest(),
        retrieved=dt.date.today().isoformat(),
        method=f"codegen.sh --fetch {url}",
    )
    LOCK.write_text(json.dumps(lock, indent=2) + "\n")
    print(f"fetched {url}: {len(body)} bytes, sha256 {lock['sha256']}")
    print(changes)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
