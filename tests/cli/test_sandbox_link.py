"""--sandbox URL|auto: the record written by `immport sandbox serve`, and the port layout without one."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from immport.cli.sandbox_link import read_record, remove_record, urls_for, write_record

URLS = {
    "query_url": "http://127.0.0.1:7000/data/query",
    "auth_url": "http://127.0.0.1:7000",
    "upload_url": "http://127.0.0.1:7100",
    "batch_url": "http://127.0.0.1:7200",
}


@pytest.fixture(autouse=True)
def _runtime_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))


def test_auto_uses_the_record_of_a_running_sandbox() -> None:
    assert urls_for("auto") is None
    write_record(URLS, "demo")
    assert urls_for("auto") == URLS
    assert urls_for("http://127.0.0.1:7000/") == URLS  # its own URL matches the record
    remove_record()
    assert read_record() is None


def test_a_record_of_a_dead_process_is_ignored(tmp_path: Path) -> None:
    write_record(URLS, "demo")
    record = tmp_path / f"immport-sandbox-{os.getuid()}.json"
    record.write_text(record.read_text().replace(f'"pid": {os.getpid()}', '"pid": 999999999'))
    assert urls_for("auto") is None


def test_a_url_without_a_record_follows_the_sandbox_port_layout() -> None:
    assert urls_for("http://127.0.0.1:8080") == {
        "query_url": "http://127.0.0.1:8080/data/query",
        "auth_url": "http://127.0.0.1:8080",
        "upload_url": "http://127.0.0.1:8082",
        "batch_url": "http://127.0.0.1:8083",
    }
