"""The sandbox in its own process, so its Python work never competes with the measured client for one GIL.

``served(rows=..., file_size=...)`` starts ``python -m benchmarks._sandbox`` with the config as JSON on
stdin (never in argv: it carries the demo password), reads the URLs and credentials it prints, and stops it
by closing its stdin. Runtime knobs change through the sandbox's ``POST /_sandbox/config``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    import immport


@dataclass(frozen=True)
class Served:
    query_url: str
    auth_url: str
    upload_url: str
    batch_url: str
    file_url: str
    username: str
    password: str
    api_key: str
    pid: int

    def client(self) -> immport.Client:
        import immport

        urls = self.query_url, self.auth_url, self.upload_url, self.batch_url
        return immport.Client(
            username=self.username,
            password=self.password,
            query_url=urls[0],
            auth_url=urls[1],
            upload_url=urls[2],
            batch_url=urls[3],
        )

    def async_client(self, **options: Any) -> immport.AsyncClient:
        import immport

        urls = self.query_url, self.auth_url, self.upload_url, self.batch_url
        return immport.AsyncClient(
            username=self.username,
            password=self.password,
            query_url=urls[0],
            auth_url=urls[1],
            upload_url=urls[2],
            batch_url=urls[3],
            **options,
        )

    def configure(self, **changes: Any) -> None:
        for base in (self.query_url.split("/data/query")[0], self.file_url):
            httpx.post(f"{base}/_sandbox/config", json=changes, timeout=10).raise_for_status()

    def child_env(self) -> dict[str, str]:
        """Environment for a measuring subprocess: where the sandbox is and how to log in (not argv)."""
        return {**os.environ, "BENCH_SANDBOX": json.dumps(self.__dict__)}


def from_env() -> Served:
    return Served(**json.loads(os.environ["BENCH_SANDBOX"]))


@contextmanager
def served(**config: Any) -> Iterator[Served]:
    """A sandbox process built from ``SandboxConfig(**config)``; ``tunables`` may be a dict."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "benchmarks._sandbox"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdin is not None and proc.stdout is not None
    try:
        proc.stdin.write(json.dumps(config) + "\n")
        proc.stdin.flush()
        line = proc.stdout.readline()
        if not line:
            raise RuntimeError(f"sandbox process exited with {proc.wait()}")
        yield Served(**json.loads(line), pid=proc.pid)
    finally:
        proc.stdin.close()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _child() -> None:
    from immport.sandbox.config import SandboxConfig, Tunables
    from immport.sandbox.server import running

    raw = json.loads(sys.stdin.readline())
    tunables = Tunables(**raw.pop("tunables", {}))
    with running(SandboxConfig(**raw, tunables=tunables)) as info:
        fields = (
            "query_url",
            "auth_url",
            "upload_url",
            "batch_url",
            "file_url",
            "username",
            "password",
            "api_key",
        )
        print(json.dumps({name: getattr(info, name) for name in fields}), flush=True)
        sys.stdin.read()  # until the harness closes our stdin


if __name__ == "__main__":
    _child()
