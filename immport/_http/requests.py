"""Building the requests flows describe: an API call (:class:`~immport._flows.Call`) and a file GET."""

from __future__ import annotations

from typing import Any

import httpx

from immport._flows import Call, OpenFile
from immport._http.deadline import DEADLINE_EXTENSION
from immport._http.hosts import refuse_credentials
from immport._http.retry import RETRY_EXTENSION
from immport.errors import InvalidRequestError

__all__ = ["build_request", "file_request", "request_for"]


def request_for(
    http: httpx.Client | httpx.AsyncClient, method: str, url: str, *, retry: bool | None = None, **parts: Any
) -> httpx.Request:
    """The request as it will be sent (client headers, base URL merged); a bad URL is a typed error.
    ``retry``: None retries only GET/HEAD, True forces retries, False turns them off."""
    extensions: dict[str, Any] = {RETRY_EXTENSION: retry} if retry is not None else {}
    if parts.get("files") is not None:  # an upload takes as long as its file: timeout bounds each write
        extensions[DEADLINE_EXTENSION] = None
    try:
        return http.build_request(method, url, extensions=extensions, **parts)
    except httpx.InvalidURL as exc:
        raise InvalidRequestError(f"invalid URL: {exc}") from None


def build_request(http: httpx.Client | httpx.AsyncClient, call: Call) -> httpx.Request:
    """The request of a :class:`~immport._flows.Call` step."""
    return request_for(
        http,
        call.method,
        call.url,
        retry=call.retry,
        params=call.params,
        data=call.data,
        files=call.files,
        headers=call.headers,
    )


def file_request(http: httpx.Client | httpx.AsyncClient, step: OpenFile) -> httpx.Request:
    """The GET of an :class:`~immport._flows.OpenFile` step; the file host never sees ImmPort credentials."""
    request = http.build_request("GET", step.url, headers=dict(step.headers))
    refuse_credentials(http, request)
    return request
