"""Resume after an interruption (a real kill of a subprocess), incremental re-runs, disappeared studies."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

import immport
from immport.export.destination import Destination
from immport.export.journal import Journal, PartRecord
from immport.export.verify import verify
from immport.sandbox import SandboxInfo
from tests.counting import AsyncCountingTransport as CountingTransport
from tests.export.conftest import async_client, sync_client

STUDIES = ["SDY1", "SDY2", "SDY4", "SDY269", "SDY1680", *[f"SDY{3000 + k}" for k in range(6)]]
RESULT_KINDS = 11


async def test_rerun_sends_no_data_request_when_nothing_changed(sandbox: SandboxInfo, tmp_path: Path) -> None:
    async with async_client(sandbox) as client:
        first = await client.export(tmp_path, studies=STUDIES[:3], kinds="results")
    transport = CountingTransport()
    async with async_client(sandbox, transport) as client:
        second = await client.export(tmp_path, studies=STUDIES[:3], kinds="results")
    assert len(first.written) == 3 * RESULT_KINDS
    assert second.written == []
    assert second.up_to_date == 3 * RESULT_KINDS
    assert transport.count("/result/") == 0


async def test_rerun_after_a_release_bump_fetches_only_the_bumped_studies(
    fresh_sandbox: SandboxInfo, tmp_path: Path
) -> None:
    async with async_client(fresh_sandbox) as client:
        await client.export(tmp_path, studies=STUDIES, kinds="results")
    fresh_sandbox.bump_release(["SDY2", "SDY3003"])

    transport = CountingTransport()
    async with async_client(fresh_sandbox, transport) as client:
        again = await client.export(tmp_path, studies=STUDIES, kinds="results")

    assert transport.count("/result/") == 2 * RESULT_KINDS
    assert {r.study for r in again.written} == {"SDY2", "SDY3003"}
    assert again.up_to_date == (len(STUDIES) - 2) * RESULT_KINDS
    journal = Journal(Destination(tmp_path))
    assert journal.get("elisa", "SDY2").data_release == "DR56"  # type: ignore[union-attr]
    assert journal.get("elisa", "SDY1").data_release == "DR55"  # type: ignore[union-attr]
    assert verify(tmp_path).ok


async def test_force_refetches_the_named_studies(sandbox: SandboxInfo, tmp_path: Path) -> None:
    async with async_client(sandbox) as client:
        await client.export(tmp_path, studies=["SDY1", "SDY2"], kinds=["elisa"])
        forced = await client.export(tmp_path, studies=["SDY1", "SDY2"], kinds=["elisa"], force=["SDY2"])
    assert [(r.kind, r.study) for r in forced.written] == [("elisa", "SDY2")]


def test_studies_no_longer_shared_are_reported_and_their_files_kept(
    sandbox: SandboxInfo, tmp_path: Path
) -> None:
    with sync_client(sandbox) as client:
        client.export(tmp_path, studies=["SDY1"], kinds=["elisa"])
        gone = PartRecord(
            kind="elisa",
            study="SDY777",
            path="kind=elisa/study_accession=SDY777/part-0000.parquet",
            rows=1,
            bytes=4,
            sha256="0" * 64,
            data_release="DR50",
            request={},
            finished_at="2020-01-01T00:00:00+00:00",
        )
        Journal(Destination(tmp_path)).record(gone)
        result = client.export(tmp_path, studies=["SDY1", "SDY99999"], kinds=["elisa"])
    assert result.disappeared == ["SDY777"]
    assert result.not_found == ["SDY99999"]
    assert Journal(Destination(tmp_path)).get("elisa", "SDY777") is not None


_CHILD = textwrap.dedent(
    """
    import os, sys
    import immport
    client = immport.Client(query_url=os.environ["Q"], auth_url=os.environ["A"], api_key=os.environ["K"])
    client.export(sys.argv[1], studies=sys.argv[2].split(","), kinds="results", concurrency=2)
    """
)


def _journal_size(dest: Path) -> int:
    return len(list((dest / "_immport" / "journal").rglob("*.json"))) if dest.exists() else 0


def _snapshot(dest: Path) -> dict[str, tuple[int, str]]:
    return {r.path: (r.rows, r.sha256) for r in Journal(Destination(dest)) if r.path}


@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGINT], ids=["kill-9", "ctrl-c"])
def test_an_interrupted_export_resumes_to_the_same_dataset(
    fresh_sandbox: SandboxInfo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: signal.Signals
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    env = {
        **os.environ,
        "Q": fresh_sandbox.query_url,
        "A": fresh_sandbox.auth_url,
        "K": fresh_sandbox.api_key,
    }
    dest = tmp_path / "interrupted"
    studies = ",".join(STUDIES)
    fresh_sandbox.configure(latency_ms=60)  # slow enough to be caught mid-way
    child = subprocess.Popen([sys.executable, "-c", _CHILD, str(dest), studies], env=env)
    try:
        deadline = time.monotonic() + 60
        while _journal_size(dest) < 4 and time.monotonic() < deadline and child.poll() is None:
            time.sleep(0.02)
        assert child.poll() is None, "the export finished before it could be interrupted"
        child.send_signal(how)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
    done_before = len(Journal(Destination(dest)))
    assert 4 <= done_before < len(STUDIES) * RESULT_KINDS
    for part in dest.rglob("*.parquet"):  # every visible part is complete
        pq.read_metadata(part)
    fresh_sandbox.configure(latency_ms=0)

    with sync_client(fresh_sandbox) as client:
        resumed = client.export(dest, studies=STUDIES, kinds="results")
        client.export(tmp_path / "reference", studies=STUDIES, kinds="results")

    assert resumed.up_to_date == done_before
    assert _snapshot(dest) == _snapshot(tmp_path / "reference")
    assert not [p for p in dest.rglob("*") if p.name.endswith(".tmp")]
    assert verify(dest).ok


async def test_a_body_cut_mid_way_is_fetched_again_then_reported_failed(
    fresh_sandbox: SandboxInfo, tmp_path: Path
) -> None:
    fresh_sandbox.configure(cut_after_bytes=2000, fault_path_prefix="/data/query/result/")
    transport = CountingTransport()
    async with immport.AsyncClient(
        **fresh_sandbox.client_kwargs(),
        api_key=fresh_sandbox.api_key,
        transport=transport,
        max_retries=2,
        backoff_base=0.01,
    ) as client:
        result = await client.export(tmp_path, studies=["SDY1", "SDY2"], kinds=["elisa", "pcr"])
    assert transport.count("/result/elisa") == 2 * 3  # each cut part: the first try and two more
    assert [(f.kind, f.study) for f in sorted(result.failed, key=lambda f: f.study or "")] == [
        ("elisa", "SDY1"),
        ("elisa", "SDY2"),
    ]
    assert [(r.kind, r.rows) for r in result.written] == [("pcr", 0), ("pcr", 0)]  # small bodies pass
    assert not list(tmp_path.rglob("*.parquet")) and not list(tmp_path.rglob("*.tmp"))


async def test_with_an_http_cache_the_releases_are_still_read_fresh(
    fresh_sandbox: SandboxInfo, tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    async with immport.AsyncClient(
        **fresh_sandbox.client_kwargs(), api_key=fresh_sandbox.api_key, cache=cache
    ) as client:
        await client.search.studies(term="Varicella")  # search answers are cached...
        await client.export(tmp_path / "data", studies=["SDY1", "SDY2"], kinds=["elisa"])
        fresh_sandbox.bump_release(["SDY2"])
        again = await client.export(tmp_path / "data", studies=["SDY1", "SDY2"], kinds=["elisa"])
    # ...but the export's own release check skipped the cache and saw SDY2's new release
    assert [(r.study, r.data_release) for r in again.written] == [("SDY2", "DR56")]


def test_the_journal_is_compacted_into_one_file_at_the_end_of_a_run(
    sandbox: SandboxInfo, tmp_path: Path
) -> None:
    with sync_client(sandbox) as client:
        client.export(tmp_path, studies=["SDY1", "SDY2"], kinds=["elisa"])
        assert not list((tmp_path / "_immport/journal").rglob("*.json"))
        snapshot = json.loads((tmp_path / "_immport/journal.json").read_text())
        assert sorted((r["kind"], r["study"], r["rows"]) for r in snapshot) == [
            ("elisa", "SDY1", 20),
            ("elisa", "SDY2", 20),
        ]
        again = client.export(tmp_path, studies=["SDY1", "SDY2", "SDY4"], kinds=["elisa"])
    assert [r.study for r in again.written] == ["SDY4"]  # read back from the snapshot
    assert len(json.loads((tmp_path / "_immport/journal.json").read_text())) == 3
    assert verify(tmp_path).ok
