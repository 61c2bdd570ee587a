"""The sandbox over loopback sockets: ``running()`` and ``python -m immport.sandbox``, httpx as client."""

from __future__ import annotations

import json
import os
import select
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit

import httpx
import pytest

from immport.sandbox import SandboxConfig, SandboxInfo, Tunables, running

NO_FAULTS = {
    "fail_next": 0,
    "error_rate": 0.0,
    "cut_after_bytes": None,
    "fault_path_prefix": "",
    "latency_ms": 0,
    "file_bandwidth": None,
}


@pytest.fixture(scope="module")
def info() -> Iterator[SandboxInfo]:
    with running(
        SandboxConfig(rows=1_000_000, file_size=300_000, tunables=Tunables(ticket_delay=0))
    ) as started:
        yield started


@pytest.fixture
def http(info: SandboxInfo) -> Iterator[httpx.Client]:
    info.configure(**NO_FAULTS)
    with httpx.Client(timeout=30) as client:
        yield client
    info.configure(**NO_FAULTS)


def login(http: httpx.Client, info: SandboxInfo) -> dict[str, str]:
    response = http.post(
        info.auth_url + "/auth/token", data={"username": info.username, "password": info.password}
    )
    assert response.status_code == 200
    return {"Authorization": "bearer " + response.json()["access_token"]}


def test_urls_look_like_immport_and_use_separate_ports(info: SandboxInfo) -> None:
    assert urlsplit(info.query_url).path == "/data/query"
    ports = {urlsplit(u).port for u in (info.query_url, info.upload_url, info.batch_url, info.file_url)}
    assert len(ports) == 4
    assert urlsplit(info.auth_url).port == urlsplit(info.query_url).port
    assert info.password not in repr(info) and info.api_key not in repr(info)


def test_token_then_data_then_file_download(info: SandboxInfo, http: httpx.Client) -> None:
    headers = login(http, info)
    rows = http.get(
        info.query_url + "/result/hai", params={"studyAccession": "SDY269"}, headers=headers
    ).json()
    assert rows and {r["studyAccession"] for r in rows} == {"SDY269"}
    entry = http.get(info.query_url + "/api/study/manifest/SDY269", headers=headers).json()[0]
    url = http.get(f"{info.query_url}/drs/download/s3/{entry['fileUUID']}", headers=headers).json()["url"]
    assert urlsplit(url).netloc == urlsplit(info.file_url).netloc
    body = http.get(url).content
    assert len(body) == entry["filesizeBytes"] == 300_000
    assert (
        http.get(url, headers=headers).status_code == 400
    )  # the ImmPort token must never reach the file host


def test_upload_and_batch_hosts(info: SandboxInfo, http: httpx.Client) -> None:
    key = {"Authorization": f"Bearer {info.api_key}"}
    for base in (info.upload_url, info.batch_url):
        assert http.get(base + "/workspaces", headers=key).json()["workspaces"]
    assert (
        http.get(info.batch_url + "/data/upload/documentation/templates/999999", headers=key).status_code
        == 404
    )
    assert (
        http.get(info.upload_url + "/data/upload/documentation/templates/999999", headers=key).status_code
        == 200
    )


def test_big_result_is_streamed_lazily(info: SandboxInfo, http: httpx.Client) -> None:
    # one million rows per study: only the first chunks are ever generated
    headers = login(http, info)
    with http.stream(
        "GET", info.query_url + "/result/elisa", params={"studyAccession": "SDY1"}, headers=headers
    ) as response:
        assert "content-length" not in response.headers
        head = b""
        for chunk in response.iter_bytes():
            head += chunk
            if len(head) > 200_000:
                break
    assert head.startswith(b'[{"ageEvent"')
    with http.stream(
        "GET",
        info.query_url + "/result/fcsAnalyzed",
        params={"studyAccession": "SDY4", "format": "tsv"},
        headers=headers,
    ) as response:
        first_line = next(response.iter_lines())
    assert first_line.split("\t")[0] == "ageEvent"


def test_socket_faults(info: SandboxInfo, http: httpx.Client) -> None:
    info.configure(fail_next=1, error_kinds=("reset",))
    with pytest.raises(httpx.RemoteProtocolError):
        http.get(info.query_url + "/api/lookup/lkSex")
    assert http.get(info.query_url + "/api/lookup/lkSex").status_code == 200
    headers = login(http, info)
    entry = http.get(info.query_url + "/api/study/manifest/SDY1", headers=headers).json()[0]
    url = http.get(f"{info.query_url}/drs/download/stream/{entry['fileUUID']}", headers=headers).json()["url"]
    info.configure(cut_after_bytes=100_000)
    with pytest.raises(httpx.RemoteProtocolError):
        http.get(url)
    # a resumed Range request below the limit completes
    part = http.get(url, headers={"Range": "bytes=250000-"})
    assert part.status_code == 206 and len(part.content) == 50_000
    info.configure(fail_next=1, error_kinds=("429",), retry_after=2)
    limited = http.get(info.query_url + "/api/lookup/lkSex")
    assert limited.status_code == 429 and limited.headers["retry-after"] == "2"


def test_file_bandwidth_caps_each_connection_not_the_host(info: SandboxInfo, http: httpx.Client) -> None:
    headers = login(http, info)
    entry = http.get(info.query_url + "/api/study/manifest/SDY1", headers=headers).json()[0]
    url = http.get(f"{info.query_url}/drs/download/s3/{entry['fileUUID']}", headers=headers).json()["url"]
    info.configure(file_bandwidth=200_000)  # the file has 300,000 bytes: 1.5 s per connection
    start = time.monotonic()
    assert len(http.get(url).content) == 300_000
    single = time.monotonic() - start
    assert single >= 1.4

    def fetch(_: int) -> int:
        with httpx.Client(timeout=30) as own:
            return len(own.get(url).content)

    start = time.monotonic()
    with ThreadPoolExecutor(3) as pool:
        assert list(pool.map(fetch, range(3))) == [300_000] * 3
    together = time.monotonic() - start
    assert together < 2.8  # one cap shared by the three connections would need 4.5 s
    info.configure(file_bandwidth=None)
    start = time.monotonic()
    http.get(url)
    assert time.monotonic() - start < 1.0


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_python_m_sandbox_serves_until_terminated() -> None:
    port = _free_port()
    env = {**os.environ, "IMMPORT_SANDBOX_PASSWORD": "cli-password", "IMMPORT_SANDBOX_ROWS": "7"}
    command = [
        sys.executable,
        "-m",
        "immport.sandbox",
        "--port",
        str(port),
        "--files-port",
        "0",
        "--upload-port",
        "0",
        "--batch-port",
        "0",
        "--log-level",
        "warning",
    ]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        assert proc.stdout is not None
        ready, _, _ = select.select([proc.stdout], [], [], 30)
        assert ready, "sandbox did not announce itself"
        line = proc.stdout.readline()
        assert line.startswith("immport sandbox ready:"), line + (proc.stderr.read() if proc.poll() else "")
        assert "cli-password" not in line
        urls = dict(part.split("=", 1) for part in line.split(":", 1)[1].split())
        assert urls["query_url"] == f"http://127.0.0.1:{port}/data/query"
        with httpx.Client(timeout=10) as http:
            token = http.post(
                urls["auth_url"] + "/auth/token", data={"username": "demo", "password": "cli-password"}
            )
            assert token.status_code == 200
            headers = {"Authorization": "bearer " + token.json()["access_token"]}
            elisa = http.get(
                urls["query_url"] + "/result/elisa", params={"studyAccession": "SDY2"}, headers=headers
            )
            assert len(json.loads(elisa.content)) == 7
            tsv = http.get(
                urls["query_url"] + "/result/elisa",
                params={"studyAccession": "SDY2", "format": "tsv"},
                headers=headers,
            )
            assert tsv.headers["content-type"].startswith("text/tab-separated-values")
            assert len(tsv.text.strip().split("\n")) == 8
        assert proc.poll() is None  # still serving
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0


def test_reset_puts_every_knob_back_to_how_the_sandbox_started(info: SandboxInfo) -> None:
    info.configure(fail_next=3, error_kinds=("reset",), cut_after_bytes=10, ticket_delay=9, token_lifetime=60)
    info.reset()
    knobs = info.state.tunables
    assert (knobs.fail_next, knobs.error_kinds, knobs.cut_after_bytes, knobs.token_lifetime) == (
        0,
        ("503",),
        None,
        3600,
    )
    assert knobs.ticket_delay == 0  # as the module's sandbox was started, not the default 0.2
    info.reset(latency_ms=5)
    assert knobs.latency_ms == 5 and knobs.fail_next == 0
    info.reset()
