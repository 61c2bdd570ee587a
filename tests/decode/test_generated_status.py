"""Item 10 of issue 11: client.generated calls answered with a status the spec does not document raise an
immport error (APIStatusError), not the generated UnexpectedStatus."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from immport_api_client.api.study_result import get_elisa_result

import immport
from immport.errors import APIStatusError
from immport.spec import load_spec

from .support import NO_ENV, dumps, elisa_row


def replying(status: int, body: bytes = b"") -> httpx.MockTransport:
    return httpx.MockTransport(lambda request: httpx.Response(status, content=body))


@pytest.mark.parametrize("status", [202, 204, 304])
def test_generated_call_with_an_undocumented_status_raises_an_immport_error(status: int) -> None:
    with (
        immport.Client(env=NO_ENV, transport=replying(status, b"queued")) as client,
        pytest.raises(APIStatusError, match=f"HTTP {status}") as info,
    ):
        get_elisa_result.sync(client=client.generated, study_accession=["SDY1"])
    assert info.value.status == status
    assert info.value.url is not None and info.value.url.endswith("/result/elisa?studyAccession=SDY1")


async def test_async_generated_call_with_an_undocumented_status_raises_an_immport_error() -> None:
    async with immport.AsyncClient(env=NO_ENV, transport=replying(202, b"queued")) as client:
        with pytest.raises(APIStatusError, match="HTTP 202") as info:
            await get_elisa_result.asyncio(client=client.generated, study_accession=["SDY1"])
    assert info.value.status == 202 and info.value.body_snippet == "queued"


def test_generated_call_with_a_documented_status_still_returns_rows() -> None:
    body = dumps([elisa_row(1)])
    with immport.Client(env=NO_ENV, transport=replying(200, body)) as client:
        rows = get_elisa_result.sync(client=client.generated, study_accession=["SDY1"])
    assert rows is not None and [r.result_id for r in rows] == [1]


class RecordingStream(httpx.SyncByteStream):
    def __init__(self) -> None:
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        yield b"queued"

    def close(self) -> None:
        self.closed = True


def test_undocumented_status_response_is_closed_before_raising() -> None:
    """The hook's exception must not leave the response (and its pooled connection) open."""
    streams: list[RecordingStream] = []

    def reply(request: httpx.Request) -> httpx.Response:
        streams.append(RecordingStream())
        return httpx.Response(202, stream=streams[-1])

    with immport.Client(env=NO_ENV, transport=httpx.MockTransport(reply)) as client:
        for _ in range(3):
            with pytest.raises(APIStatusError):
                get_elisa_result.sync(client=client.generated, study_accession=["SDY1"])
    assert [s.closed for s in streams] == [True, True, True]


def test_documented_statuses_are_the_specs_statuses_below_400() -> None:
    from immport._generated_client import DOCUMENTED_STATUSES

    spec = load_spec("corrected")
    seen = {
        int(code)
        for item in spec["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "responses" in op
        for code in op["responses"]
        if code.isdigit() and int(code) < 400
    }
    assert seen == set(DOCUMENTED_STATUSES) == {200}
