"""A minimal asyncio HTTP/1.1 server in its own process: every GET waits ``latency`` and answers fixed bytes.

It spends well under a millisecond of CPU per request, so 50 concurrent requests measure the client's
concurrency rather than a Python server's per-request cost (the sandbox's JWT check and routing).
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def delaying(body: bytes, latency_ms: int) -> Iterator[str]:
    """The base URL of a server answering ``body`` (JSON) to any GET after ``latency_ms``."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "benchmarks._latency", str(latency_ms)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    assert proc.stdin is not None and proc.stdout is not None
    try:
        proc.stdin.write(len(body).to_bytes(8, "big") + body)
        proc.stdin.flush()
        line = proc.stdout.readline()
        if not line:
            raise RuntimeError(f"latency server exited with {proc.wait()}")
        yield line.decode().strip()
    finally:
        proc.stdin.close()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


async def _serve(body: bytes, latency: float) -> None:
    head = (
        b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: "
        + str(len(body)).encode()
        + b"\r\n\r\n"
    )

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                request = await reader.readuntil(b"\r\n\r\n")  # GETs only: no request body
                if not request:
                    break
                await asyncio.sleep(latency)
                writer.write(head + body)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0, backlog=256)
    port = server.sockets[0].getsockname()[1]
    print(f"http://127.0.0.1:{port}", flush=True)
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, sys.stdin.buffer.read)  # until the harness closes our stdin
    server.close()


def _main() -> None:
    latency = int(sys.argv[1]) / 1000
    size = int.from_bytes(sys.stdin.buffer.read(8), "big")
    body = sys.stdin.buffer.read(size)
    asyncio.run(_serve(body, latency))


if __name__ == "__main__":
    _main()
