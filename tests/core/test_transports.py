"""The same behaviour on both async transports (httpx's own and ``transport="aiohttp"``), over real sockets.

Each test runs once per transport against the sandbox: login, typed rows, retries of 503s and resets,
typed errors when retries run out, bad credentials, redaction, and credential-free file downloads.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest

import immport
from immport.errors import AuthenticationError, InvalidRequestError, ServerError, TransportError
from immport.files import adownload
from immport.sandbox import SandboxInfo
from tests.conftest import canary_sandbox

pytest.importorskip("httpx_aiohttp")

TRANSPORTS = ["httpx", "aiohttp"]


@pytest.fixture(scope="module")
def sandbox() -> Iterator[SandboxInfo]:
    with canary_sandbox(ticket_delay=0, file_size=256 * 1024) as info:
        yield info


@pytest.fixture
def sleeps() -> list[float]:
    return []


@pytest.fixture(params=TRANSPORTS)
async def client(
    request: pytest.FixtureRequest, sandbox_faults: SandboxInfo, sleeps: list[float], canaries: Any
) -> AsyncIterator[immport.AsyncClient]:
    async def asleep(seconds: float) -> None:
        sleeps.append(seconds)

    async with immport.AsyncClient(
        username=sandbox_faults.username,
        password=canaries.password,
        env={},
        transport=request.param,
        sleep=asleep,
        **sandbox_faults.client_kwargs(),
    ) as c:
        yield c


async def test_login_and_typed_rows(client: immport.AsyncClient) -> None:
    rows = await client.results.elisa(study_accession="SDY1")
    assert rows and all(row.study_accession == "SDY1" for row in rows)
    assert type(rows[0]).__name__ == "VElisaResult"


async def test_503s_are_retried_with_retry_after_then_succeed(
    client: immport.AsyncClient, sandbox_faults: SandboxInfo, sleeps: list[float]
) -> None:
    await client.studies.arm("SDY1")  # logged in first: the faults below hit the data call
    sandbox_faults.configure(fail_next=2, error_kinds=["503"], fault_path_prefix="/data/query/api/")
    arms = await client.studies.arm("SDY1")
    assert arms
    assert sleeps == [1.0, 1.0]  # the sandbox's Retry-After: 1


async def test_a_body_cut_after_the_headers_is_a_typed_transport_error(
    client: immport.AsyncClient, sandbox_faults: SandboxInfo
) -> None:
    await client.studies.arm("SDY1")
    sandbox_faults.configure(fail_next=1, error_kinds=["reset"], fault_path_prefix="/data/query/api/")
    with pytest.raises(TransportError):
        await client.studies.arm("SDY1")
    assert await client.studies.arm("SDY1")  # the pool recovers


async def test_retries_run_out_into_a_typed_error_without_secrets(
    client: immport.AsyncClient, sandbox_faults: SandboxInfo, sleeps: list[float], canaries: Any
) -> None:
    await client.studies.arm("SDY1")
    sandbox_faults.configure(fail_next=10, error_kinds=["500"], fault_path_prefix="/data/query/api/")
    with pytest.raises(ServerError) as caught:
        await client.studies.arm("SDY1")
    assert caught.value.status == 500
    assert len(sleeps) == 3  # max_retries
    for secret in canaries.all():
        assert secret not in str(caught.value) and secret not in repr(caught.value)


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_wrong_password_is_an_authentication_error_that_names_no_secret(
    sandbox_faults: SandboxInfo, transport: str, canaries: Any
) -> None:
    wrong = canaries.password + "-wrong"
    async with immport.AsyncClient(
        username=sandbox_faults.username,
        password=wrong,
        env={},
        transport=transport,
        **sandbox_faults.client_kwargs(),
    ) as c:
        with pytest.raises(AuthenticationError) as caught:
            await c.studies.arm("SDY1")
    assert wrong not in str(caught.value) and canaries.password not in repr(caught.value)


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_downloads_verify_md5_and_send_no_credentials_to_the_file_host(
    sandbox_faults: SandboxInfo, transport: str, tmp_path: Path, canaries: Any
) -> None:
    # the sandbox's file host answers 400 to any Authorization header, so a leak fails the download
    async with immport.AsyncClient(
        api_key=canaries.api_key, env={}, transport=transport, **sandbox_faults.client_kwargs()
    ) as c:
        result = await adownload(c, "SDY1", tmp_path, raise_on_error=True)
    assert result.downloaded and all(f.md5_verified for f in result.downloaded)


def test_an_unknown_transport_name_is_refused_before_sending() -> None:
    with pytest.raises(InvalidRequestError, match="aiohttp"):
        immport.AsyncClient(token="t", env={}, transport="curl")  # type: ignore[arg-type]
