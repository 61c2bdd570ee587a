"""Clients answering every request with one canned body, and bodies of ELISA / manifest rows."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx

import immport

NO_ENV: dict[str, str] = {}


def elisa_row(result_id: int, **changes: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "resultId": result_id,
        "studyAccession": "SDY1",
        "valuePreferred": 1.5,
        "unitPreferred": "ug/mL",
        "clinical": "Y",
    }
    row.update(changes)
    return row


def to_tsv(rows: list[dict[str, Any]]) -> bytes:
    header = list(rows[0])
    lines = ["\t".join(header)]
    lines += ["\t".join("" if r[k] is None else str(r[k]) for k in header) for r in rows]
    return ("\n".join(lines) + "\n").encode()


def chunks(body: bytes, size: int = 7) -> Iterator[bytes]:
    for i in range(0, len(body), size):
        yield body[i : i + size]


def client_answering(body: bytes, status: int = 200, headers: dict[str, str] | None = None) -> immport.Client:
    """A Client whose every request gets ``body`` (streamed in small chunks)."""

    def reply(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, headers=headers, content=chunks(body))

    return immport.Client(env=NO_ENV, transport=httpx.MockTransport(reply), max_retries=0)


def async_client_answering(
    body: bytes, status: int = 200, headers: dict[str, str] | None = None
) -> immport.AsyncClient:
    """An AsyncClient whose every request gets ``body`` (streamed in small chunks)."""

    async def streamed() -> AsyncIterator[bytes]:
        for chunk in chunks(body):
            yield chunk

    async def reply(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, headers=headers, content=streamed())

    return immport.AsyncClient(env=NO_ENV, transport=httpx.MockTransport(reply), max_retries=0)


def dumps(value: Any, *, pretty: bool = False) -> bytes:
    return json.dumps(value, indent=2 if pretty else None).encode()
