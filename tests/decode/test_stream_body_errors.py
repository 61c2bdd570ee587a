"""Item 9 of issue 11: iter_* on a body httpx cannot decode (corrupt gzip) raises DecodeError, as the
whole-body call does, not a raw httpx.DecodingError."""

from __future__ import annotations

import gzip

import pytest

from immport.errors import DecodeError

from .support import async_client_answering, client_answering, dumps, elisa_row

CORRUPT = gzip.compress(dumps([elisa_row(1), elisa_row(2)]))[:20] + b"\x00not gzip any more" * 10
GZIP = {"content-encoding": "gzip", "content-type": "application/json"}


def test_iter_on_a_corrupt_gzip_body_raises_decode_error() -> None:
    with client_answering(CORRUPT, headers=GZIP) as client:
        with pytest.raises(DecodeError, match="Could not decode the response body"):
            list(client.results.iter_elisa(study_accession="SDY1"))
        with pytest.raises(DecodeError, match="Could not decode the response body"):
            client.results.elisa(study_accession="SDY1")  # the whole-body call, for comparison


async def test_async_iter_on_a_corrupt_gzip_body_raises_decode_error() -> None:
    async with async_client_answering(CORRUPT, headers=GZIP) as client:
        with pytest.raises(DecodeError, match="Could not decode the response body"):
            [row async for row in client.results.iter_elisa(study_accession="SDY1")]


def test_iter_on_a_good_gzip_body_decodes() -> None:
    body = gzip.compress(dumps([elisa_row(1), elisa_row(2)]))
    with client_answering(body, headers=GZIP) as client:
        assert [r.result_id for r in client.results.iter_elisa(study_accession="SDY1")] == [1, 2]
