from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.file_download_url import FileDownloadURL
from ...types import Response


def _get_kwargs(
    access_method: str,
    file_uuid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/drs/download/{access_method}/{file_uuid}".format(
            access_method=quote(str(access_method), safe=""),
            file_uuid=quote(str(file_uuid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | FileDownloadURL | None:
    if response.status_code == 200:
        response_200 = FileDownloadURL.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorBody.from_dict(response.json())

        return response_403

    if response.status_code == 500:
        response_500 = ErrorBody.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorBody | FileDownloadURL]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    access_method: str,
    file_uuid: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorBody | FileDownloadURL]:
    """Get download URL using DRS ID

     Returns a signed S3 URL or stream URL for the given DRS file UUID and access method.

    Args:
        access_method (str):
        file_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | FileDownloadURL]
    """

    kwargs = _get_kwargs(
        access_method=access_method,
        file_uuid=file_uuid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    access_method: str,
    file_uuid: str,
    *,
    client: AuthenticatedClient,
) -> ErrorBody | FileDownloadURL | None:
    """Get download URL using DRS ID

     Returns a signed S3 URL or stream URL for the given DRS file UUID and access method.

    Args:
        access_method (str):
        file_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | FileDownloadURL
    """

    return sync_detailed(
        access_method=access_method,
        file_uuid=file_uuid,
        client=client,
    ).parsed


async def asyncio_detailed(
    access_method: str,
    file_uuid: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorBody | FileDownloadURL]:
    """Get download URL using DRS ID

     Returns a signed S3 URL or stream URL for the given DRS file UUID and access method.

    Args:
        access_method (str):
        file_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | FileDownloadURL]
    """

    kwargs = _get_kwargs(
        access_method=access_method,
        file_uuid=file_uuid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    access_method: str,
    file_uuid: str,
    *,
    client: AuthenticatedClient,
) -> ErrorBody | FileDownloadURL | None:
    """Get download URL using DRS ID

     Returns a signed S3 URL or stream URL for the given DRS file UUID and access method.

    Args:
        access_method (str):
        file_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | FileDownloadURL
    """

    return (
        await asyncio_detailed(
            access_method=access_method,
            file_uuid=file_uuid,
            client=client,
        )
    ).parsed
