"""Starting a sandbox: the export lines it prints, and a clear one-line error when its port is taken."""

from __future__ import annotations

import queue
import subprocess
import sys
import threading
import time
from typing import IO

import pytest

from tests.cli.conftest import free_port_block

PYTHON_M = [sys.executable, "-m", "immport.sandbox", "--log-level", "warning"]
CLI_SERVE = [sys.executable, "-m", "immport.cli", "sandbox", "serve"]


@pytest.mark.parametrize("command", [PYTHON_M, CLI_SERVE], ids=["python-m", "cli"])
def test_a_listening_port_is_one_line_naming_the_port_without_a_traceback(
    env: dict[str, str], listening_port: int, command: list[str]
) -> None:
    done = subprocess.run(
        [*command, "--port", str(listening_port)], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), done.stderr
    assert f"127.0.0.1:{listening_port}" in lines[0] and "in use" in lines[0] and "--port" in lines[0]


def expected_exports(port: int) -> list[str]:
    return [
        f"export IMMPORT_QUERY_URL=http://127.0.0.1:{port}/data/query",
        f"export IMMPORT_AUTH_URL=http://127.0.0.1:{port}",
        f"export IMMPORT_UPLOAD_URL=http://127.0.0.1:{port + 2}",
        f"export IMMPORT_BATCH_URL=http://127.0.0.1:{port + 3}",
        "export IMMPORT_API_KEY=sandbox-api-key",
    ]


def read_exports(stream: IO[str] | None, count: int, *, within: float = 60.0) -> list[str]:
    """The first ``count`` export lines the sandbox prints (fails, rather than hangs, if they never come)."""
    assert stream is not None
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in stream], daemon=True).start()
    deadline = time.monotonic() + within
    found: list[str] = []
    while len(found) < count:
        try:
            line = lines.get(timeout=max(0.01, deadline - time.monotonic()))
        except queue.Empty:
            raise AssertionError(f"no export lines within {within} s; got {found}") from None
        if line.startswith("export "):
            found.append(line.strip())
    return found


@pytest.mark.parametrize("command", [PYTHON_M, CLI_SERVE], ids=["python-m", "cli"])
def test_both_ways_of_starting_print_the_export_lines_for_all_four_urls_and_a_key(
    env: dict[str, str], command: list[str]
) -> None:
    clean = {k: v for k, v in env.items() if not k.startswith("IMMPORT_SANDBOX_")}
    port = free_port_block()
    proc = subprocess.Popen(
        [*command, "--port", str(port)], env=clean, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        stream = proc.stdout if command is PYTHON_M else proc.stderr
        assert read_exports(stream, 5) == expected_exports(port)
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_a_key_set_by_the_user_is_not_printed(env: dict[str, str]) -> None:
    port = free_port_block()
    secret = "my-own-sandbox-key-0123"
    proc = subprocess.Popen(
        [*PYTHON_M, "--port", str(port)],
        env={**env, "IMMPORT_SANDBOX_API_KEYS": secret},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        exports = read_exports(proc.stdout, 5)
        assert exports[:4] == expected_exports(port)[:4]
        assert exports[4].startswith("export IMMPORT_API_KEY=") and secret not in exports[4]
    finally:
        proc.terminate()
        proc.wait(timeout=30)
