from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.study_planned_visit_api import StudyPlannedVisitApi
from ...types import UNSET, Response, Unset


def _get_kwargs(
    study_accession: str,
    *,
    format_: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["format"] = format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/study/plannedVisit/{study_accession}".format(
            study_accession=quote(str(study_accession), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | list[StudyPlannedVisitApi] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = StudyPlannedVisitApi.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[ErrorBody | list[StudyPlannedVisitApi]]:
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
    format_: str | Unset = UNSET,
) -> Response[ErrorBody | list[StudyPlannedVisitApi]]:
    """Retrieve Planned Visit Information

     Returns the Planned Visit Information for the Study

    Args:
        study_accession (str):
        format_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[StudyPlannedVisitApi]]
    """

    kwargs = _get_kwargs(
        study_accession=study_accession,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    study_accession: str,
    *,
    client: AuthenticatedClient,
    format_: str | Unset = UNSET,
) -> ErrorBody | list[StudyPlannedVisitApi] | None:
    """Retrieve Planned Visit Information

     Returns the Planned Visit Information for the Study

    Args:
        study_accession (str):
        format_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[StudyPlannedVisitApi]
    """

    return sync_detailed(
        study_accession=study_accession,
        client=client,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    study_accession: str,
    *,
    client: AuthenticatedClient,
    format_: str | Unset = UNSET,
) -> Response[ErrorBody | list[StudyPlannedVisitApi]]:
    """Retrieve Planned Visit Information

     Returns the Planned Visit Information for the Study

    Args:
        study_accession (str):
        format_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[StudyPlannedVisitApi]]
    """

    kwargs = _get_kwargs(
        study_accession=study_accession,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    study_accession: str,
    *,
    client: AuthenticatedClient,
    format_: str | Unset = UNSET,
) -> ErrorBody | list[StudyPlannedVisitApi] | None:
    """Retrieve Planned Visit Information

     Returns the Planned Visit Information for the Study

    Args:
        study_accession (str):
        format_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[StudyPlannedVisitApi]
    """

    return (
        await asyncio_detailed(
            study_accession=study_accession,
            client=client,
            format_=format_,
        )
    ).parsed
