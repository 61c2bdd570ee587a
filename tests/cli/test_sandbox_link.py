"""--sandbox URL|auto: records of running sandboxes, dead ones ignored, the port layout without one."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from immport.cli.sandbox_link import read_record, records_dir, remove_record, urls_for, write_record
from tests.cli.conftest import free_port_block, lookup_in_subprocess


@pytest.fixture(autouse=True)
def _runtime_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))


def urls(port: int) -> dict[str, str]:
    return {
        "query_url": f"http://127.0.0.1:{port}/data/query",
        "auth_url": f"http://127.0.0.1:{port}",
        "upload_url": f"http://127.0.0.1:{port + 2}",
        "batch_url": f"http://127.0.0.1:{port + 3}",
    }


def test_auto_uses_the_record_of_a_running_sandbox(listening_port: int) -> None:
    assert urls_for("auto") is None
    write_record(urls(listening_port), "demo")
    assert urls_for("auto") == urls(listening_port)
    assert urls_for(f"http://127.0.0.1:{listening_port}/") == urls(listening_port)  # matched by its URL
    remove_record()
    assert read_record() is None


def test_a_record_of_a_dead_process_is_ignored_and_deleted(listening_port: int) -> None:
    stale = records_dir() / "999999999.json"
    stale.parent.mkdir(parents=True)
    stale.write_text(json.dumps({**urls(listening_port), "username": "demo", "pid": 999999999}))
    assert urls_for("auto") is None
    assert not stale.exists()


def test_a_record_whose_port_no_longer_answers_is_ignored() -> None:
    with socket.socket() as sock:  # a port that was free a moment ago: nothing listens there now
        sock.bind(("127.0.0.1", 0))
        closed = int(sock.getsockname()[1])
    write_record(urls(closed), "demo")  # our own (live) pid, as after a recycled pid
    assert urls_for("auto") is None


def test_auto_takes_the_newest_of_several_running_sandboxes(listening_port: int) -> None:
    with socket.socket() as other:
        other.bind(("127.0.0.1", 0))
        other.listen()
        older = records_dir() / f"{os.getppid()}.json"
        older.parent.mkdir(parents=True)
        record = {**urls(int(other.getsockname()[1])), "username": "demo", "pid": os.getppid()}
        older.write_text(json.dumps(record))
        os.utime(older, (time.time() - 60, time.time() - 60))
        write_record(urls(listening_port), "demo")
        assert urls_for("auto") == urls(listening_port)
        remove_record()
        assert urls_for("auto") == {k: record[k] for k in urls(0)}


def test_a_url_without_a_record_follows_the_sandbox_port_layout() -> None:
    assert urls_for("http://127.0.0.1:8080") == {
        "query_url": "http://127.0.0.1:8080/data/query",
        "auth_url": "http://127.0.0.1:8080",
        "upload_url": "http://127.0.0.1:8082",
        "batch_url": "http://127.0.0.1:8083",
    }


def test_auto_finds_a_sandbox_started_with_python_m_immport_sandbox(env: dict[str, str]) -> None:
    port = free_port_block()
    command = [sys.executable, "-m", "immport.sandbox", "--port", str(port), "--log-level", "warning"]
    proc = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().startswith("immport sandbox ready:")
        assert urls_for("auto") == urls(port)
        lookup_in_subprocess(env, "auto")
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    assert urls_for("auto") != urls(port)  # its record went with it (the session sandbox's remains)
    assert not (records_dir() / f"{proc.pid}.json").exists()
