"""The hishel HTTP cache: what is cached (lookups, manifests, summaries, search), TTL, offline mode."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

import immport
from immport.errors import InvalidRequestError, OfflineCacheMiss
from immport.sandbox import SandboxConfig, SandboxInfo, running
from tests.conftest import CANARIES
from tests.counting import AsyncCountingTransport as AsyncCounting
from tests.counting import CountingTransport as Counting


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxInfo]:
    with running(SandboxConfig(rows=10, api_keys=(CANARIES.api_key,))) as info:
        yield info


def _client(info: SandboxInfo, cache: object, transport: httpx.BaseTransport, **kw: object) -> immport.Client:
    return immport.Client(
        **info.client_kwargs(),
        api_key=info.api_key,
        cache=cache,
        transport=transport,
        **kw,  # type: ignore[arg-type]
    )


def test_lookups_manifests_and_search_are_served_from_the_cache(sandbox: SandboxInfo, tmp_path: Path) -> None:
    network = Counting()
    with _client(sandbox, tmp_path, network) as client:
        first = client.lookups.sex()
        manifest = client.files.manifest("SDY1")
        hits = client.search.studies(term="influenza")
        assert len(network.paths) == 3
        assert client.lookups.sex() == first
        assert client.files.manifest("SDY1") == manifest
        assert client.search.studies(term="influenza").total == hits.total
        assert len(network.paths) == 3  # all three answered from the cache


def test_assay_results_always_go_to_immport(sandbox: SandboxInfo, tmp_path: Path) -> None:
    network = Counting()
    with _client(sandbox, tmp_path, network) as client:
        client.results.elisa(study_accession="SDY1")
        client.results.elisa(study_accession="SDY1")
    assert network.paths.count("/data/query/result/elisa") == 2


def test_the_cache_file_holds_no_credentials(sandbox: SandboxInfo, tmp_path: Path) -> None:
    with _client(sandbox, tmp_path, Counting()) as client:
        client.files.manifest("SDY2")  # an authenticated endpoint
        client.studies.summary("SDY2")
    stored = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.is_file())
    assert b"SDY2" in stored
    assert CANARIES.api_key.encode() not in stored


def test_entries_expire_after_the_ttl(sandbox: SandboxInfo, tmp_path: Path) -> None:
    network = Counting()
    with _client(sandbox, immport.HttpCache(tmp_path, ttl=1.0), network) as client:
        client.lookups.race()
        client.lookups.race()
        assert len(network.paths) == 1
        time.sleep(1.6)
        client.lookups.race()
    assert len(network.paths) == 2


def test_offline_answers_from_the_cache_and_fails_typed_on_a_miss(
    sandbox: SandboxInfo, tmp_path: Path
) -> None:
    with _client(sandbox, tmp_path, Counting()) as client:
        sexes = client.lookups.sex()
    network = Counting()
    with _client(sandbox, tmp_path, network, offline=True) as offline:
        assert offline.lookups.sex() == sexes
        with pytest.raises(OfflineCacheMiss, match="offline"):
            offline.lookups.species()  # never fetched
        with pytest.raises(OfflineCacheMiss):
            offline.results.elisa(study_accession="SDY1")  # never cached
    assert network.paths == []  # nothing was sent


async def test_the_async_client_shares_the_same_cache(sandbox: SandboxInfo, tmp_path: Path) -> None:
    with _client(sandbox, tmp_path, Counting()) as client:
        expected = client.lookups.disease()
    network = AsyncCounting()
    async with immport.AsyncClient(
        **sandbox.client_kwargs(), api_key=sandbox.api_key, cache=tmp_path, transport=network
    ) as aclient:
        assert await aclient.lookups.disease() == expected
    assert network.paths == []


def test_offline_without_a_cache_is_a_usage_error() -> None:
    with pytest.raises(InvalidRequestError, match="offline mode needs a cache"):
        immport.Client(offline=True, auth=False)


async def test_the_async_cache_file_holds_no_credentials(sandbox: SandboxInfo, tmp_path: Path) -> None:
    async with immport.AsyncClient(
        **sandbox.client_kwargs(), api_key=sandbox.api_key, cache=tmp_path
    ) as aclient:
        await aclient.files.manifest("SDY4")
    stored = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.is_file())
    assert b"SDY4" in stored
    assert CANARIES.api_key.encode() not in stored


def _lookup_rows(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=[{"name": "Homo sapiens"}])


def test_the_cache_works_on_a_sync_client_given_a_mock_transport(tmp_path: Path) -> None:
    # httpx.MockTransport is both a sync and an async transport: the sync client still caches synchronously
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.url.path)
        return _lookup_rows(request)

    for _ in range(2):
        with immport.Client(
            auth=False, env={}, cache=tmp_path, transport=httpx.MockTransport(handler)
        ) as client:
            assert [row.name for row in client.lookups.species()] == ["Homo sapiens"]
    assert len(calls) == 1  # the second client answered from the cache


async def test_the_cache_works_on_an_async_client_given_a_mock_transport(tmp_path: Path) -> None:
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.url.path)
        return _lookup_rows(request)

    for _ in range(2):
        async with immport.AsyncClient(
            auth=False, env={}, cache=tmp_path, transport=httpx.MockTransport(handler)
        ) as client:
            assert [row.name for row in await client.lookups.species()] == ["Homo sapiens"]
    assert len(calls) == 1
