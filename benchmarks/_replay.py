"""A replay server in its own process: any GET answers a JSON array of N ELISA rows at almost no CPU cost.

The rows are a block made by the sandbox's generator (``_data.elisa_json``), repeated; the server only
writes bytes, so a million-row stream is limited by the client, not by generating rows on the fly. Used
where the measured quantity is the client's memory, not the sandbox's speed.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

BLOCK_ROWS = 10_000


@contextmanager
def replaying(rows: int) -> Iterator[str]:
    """The base URL of a replay server answering ``rows`` rows (a multiple of BLOCK_ROWS, or fewer)."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "benchmarks._replay", str(rows)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdin is not None and proc.stdout is not None
    try:
        line = proc.stdout.readline()
        if not line:
            raise RuntimeError(f"replay server exited with {proc.wait()}")
        yield line.strip()
    finally:
        proc.stdin.close()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _body(rows: int) -> tuple[bytes, int]:
    """(inner block without brackets, repeats) for ``rows`` rows."""
    from benchmarks import _data

    block = min(rows, BLOCK_ROWS)
    if rows % block:
        raise ValueError(f"rows must be a multiple of {block}")
    return _data.elisa_json(block)[1:-1], rows // block


def _serve(rows: int) -> None:
    import threading

    inner, repeats = _body(rows)
    length = 2 + len(inner) * repeats + (repeats - 1)

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(length))
            self.end_headers()
            self.wfile.write(b"[")
            for k in range(repeats):
                if k:
                    self.wfile.write(b",")
                self.wfile.write(inner)
            self.wfile.write(b"]")

        def log_message(self, format: str, *args: object) -> None:
            pass

    class Server(ThreadingHTTPServer):
        daemon_threads = True

        def handle_error(self, request: object, client_address: object) -> None:
            pass  # a client that stops reading early (warm-up) just closes the connection

    server = Server(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(f"http://127.0.0.1:{server.server_address[1]}", flush=True)
    sys.stdin.read()  # until the harness closes our stdin
    server.shutdown()


if __name__ == "__main__":
    _serve(int(sys.argv[1]))
