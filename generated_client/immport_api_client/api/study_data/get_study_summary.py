from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.study_summary import StudySummary
from ...types import Response


def _get_kwargs(
    study_accession: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/study/summary/{study_accession}".format(
            study_accession=quote(str(study_accession), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | StudySummary | None:
    if response.status_code == 200:
        response_200 = StudySummary.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorBody.from_dict(response.json())

        return response_403

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorBody | StudySummary]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    study_accession: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorBody | StudySummary]:
    """
    Args:
        study_accession (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | StudySummary]
    """

    kwargs = _get_kwargs(
        study_accession=study_accession,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    study_accession: str,
    *,
    client: AuthenticatedClient,
) -> ErrorBody | StudySummary | None:
    """
    Args:
        study_accession (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | StudySummary
    """

    return sync_detailed(
        study_accession=study_accession,
        client=client,
    ).parsed


async def asyncio_detailed(
    study_accession: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorBody | StudySummary]:
    """
    Args:
        study_accession (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | StudySummary]
    """

    kwargs = _get_kwargs(
        study_accession=study_accession,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    study_accession: str,
    *,
    client: AuthenticatedClient,
) -> ErrorBody | StudySummary | None:
    """
    Args:
        study_accession (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | StudySummary
    """

    return (
        await asyncio_detailed(
            study_accession=study_accession,
            client=client,
        )
    ).parsed
