from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.search_response import SearchResponse
from ...models.study_search_format import StudySearchFormat
from ...models.study_search_sort_field_direction import StudySearchSortFieldDirection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    term: str | Unset = UNSET,
    from_record: int | Unset = 0,
    page_size: int | Unset = 10,
    pre_tag: str | Unset = UNSET,
    post_tag: str | Unset = UNSET,
    format_: StudySearchFormat | Unset = StudySearchFormat.JSON,
    source_fields: str | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_field_direction: StudySearchSortFieldDirection
    | Unset = StudySearchSortFieldDirection.ASC,
    search_fields: str | Unset = UNSET,
    study_accession: str | Unset = UNSET,
    subject_accession: str | Unset = UNSET,
    program_name: str | Unset = UNSET,
    condition_or_disease: str | Unset = UNSET,
    research_focus: str | Unset = UNSET,
    clinical_trial: str | Unset = UNSET,
    sex: str | Unset = UNSET,
    race: str | Unset = UNSET,
    ethnicity: str | Unset = UNSET,
    species: str | Unset = UNSET,
    min_age: str | Unset = UNSET,
    age_range: str | Unset = UNSET,
    assay_method: str | Unset = UNSET,
    biosample_type: str | Unset = UNSET,
    has_assessment: str | Unset = UNSET,
    has_lab_test: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["term"] = term

    params["fromRecord"] = from_record

    params["pageSize"] = page_size

    params["preTag"] = pre_tag

    params["postTag"] = post_tag

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params["sourceFields"] = source_fields

    params["sortField"] = sort_field

    json_sort_field_direction: str | Unset = UNSET
    if not isinstance(sort_field_direction, Unset):
        json_sort_field_direction = sort_field_direction.value

    params["sortFieldDirection"] = json_sort_field_direction

    params["searchFields"] = search_fields

    params["studyAccession"] = study_accession

    params["subjectAccession"] = subject_accession

    params["programName"] = program_name

    params["conditionOrDisease"] = condition_or_disease

    params["researchFocus"] = research_focus

    params["clinicalTrial"] = clinical_trial

    params["sex"] = sex

    params["race"] = race

    params["ethnicity"] = ethnicity

    params["species"] = species

    params["minAge"] = min_age

    params["ageRange"] = age_range

    params["assayMethod"] = assay_method

    params["biosampleType"] = biosample_type

    params["hasAssessment"] = has_assessment

    params["hasLabTest"] = has_lab_test

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/search/study",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | SearchResponse | None:
    if response.status_code == 200:
        response_200 = SearchResponse.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorBody | SearchResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    term: str | Unset = UNSET,
    from_record: int | Unset = 0,
    page_size: int | Unset = 10,
    pre_tag: str | Unset = UNSET,
    post_tag: str | Unset = UNSET,
    format_: StudySearchFormat | Unset = StudySearchFormat.JSON,
    source_fields: str | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_field_direction: StudySearchSortFieldDirection
    | Unset = StudySearchSortFieldDirection.ASC,
    search_fields: str | Unset = UNSET,
    study_accession: str | Unset = UNSET,
    subject_accession: str | Unset = UNSET,
    program_name: str | Unset = UNSET,
    condition_or_disease: str | Unset = UNSET,
    research_focus: str | Unset = UNSET,
    clinical_trial: str | Unset = UNSET,
    sex: str | Unset = UNSET,
    race: str | Unset = UNSET,
    ethnicity: str | Unset = UNSET,
    species: str | Unset = UNSET,
    min_age: str | Unset = UNSET,
    age_range: str | Unset = UNSET,
    assay_method: str | Unset = UNSET,
    biosample_type: str | Unset = UNSET,
    has_assessment: str | Unset = UNSET,
    has_lab_test: str | Unset = UNSET,
) -> Response[ErrorBody | SearchResponse]:
    """Search studies

     Searches studies using a full-text term and/or facet filters.

    - All fields in the Parameters are sent as **query parameters**.
    - Multi-value filters can be repeated: conditionOrDisease=asthma&conditionOrDisease=influenza
      (or comma-separated depending on your binding expectations like
    conditionOrDisease=asthma,influenza).

    Args:
        term (str | Unset):
        from_record (int | Unset):  Default: 0.
        page_size (int | Unset):  Default: 10.
        pre_tag (str | Unset):
        post_tag (str | Unset):
        format_ (StudySearchFormat | Unset):  Default: StudySearchFormat.JSON.
        source_fields (str | Unset):
        sort_field (str | Unset):
        sort_field_direction (StudySearchSortFieldDirection | Unset):  Default:
            StudySearchSortFieldDirection.ASC.
        search_fields (str | Unset):
        study_accession (str | Unset):
        subject_accession (str | Unset):
        program_name (str | Unset):
        condition_or_disease (str | Unset):
        research_focus (str | Unset):
        clinical_trial (str | Unset):
        sex (str | Unset):
        race (str | Unset):
        ethnicity (str | Unset):
        species (str | Unset):
        min_age (str | Unset):
        age_range (str | Unset):
        assay_method (str | Unset):
        biosample_type (str | Unset):
        has_assessment (str | Unset):
        has_lab_test (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | SearchResponse]
    """

    kwargs = _get_kwargs(
        term=term,
        from_record=from_record,
        page_size=page_size,
        pre_tag=pre_tag,
        post_tag=post_tag,
        format_=format_,
        source_fields=source_fields,
        sort_field=sort_field,
        sort_field_direction=sort_field_direction,
        search_fields=search_fields,
        study_accession=study_accession,
        subject_accession=subject_accession,
        program_name=program_name,
        condition_or_disease=condition_or_disease,
        research_focus=research_focus,
        clinical_trial=clinical_trial,
        sex=sex,
        race=race,
        ethnicity=ethnicity,
        species=species,
        min_age=min_age,
        age_range=age_range,
        assay_method=assay_method,
        biosample_type=biosample_type,
        has_assessment=has_assessment,
        has_lab_test=has_lab_test,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    term: str | Unset = UNSET,
    from_record: int | Unset = 0,
    page_size: int | Unset = 10,
    pre_tag: str | Unset = UNSET,
    post_tag: str | Unset = UNSET,
    format_: StudySearchFormat | Unset = StudySearchFormat.JSON,
    source_fields: str | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_field_direction: StudySearchSortFieldDirection
    | Unset = StudySearchSortFieldDirection.ASC,
    search_fields: str | Unset = UNSET,
    study_accession: str | Unset = UNSET,
    subject_accession: str | Unset = UNSET,
    program_name: str | Unset = UNSET,
    condition_or_disease: str | Unset = UNSET,
    research_focus: str | Unset = UNSET,
    clinical_trial: str | Unset = UNSET,
    sex: str | Unset = UNSET,
    race: str | Unset = UNSET,
    ethnicity: str | Unset = UNSET,
    species: str | Unset = UNSET,
    min_age: str | Unset = UNSET,
    age_range: str | Unset = UNSET,
    assay_method: str | Unset = UNSET,
    biosample_type: str | Unset = UNSET,
    has_assessment: str | Unset = UNSET,
    has_lab_test: str | Unset = UNSET,
) -> ErrorBody | SearchResponse | None:
    """Search studies

     Searches studies using a full-text term and/or facet filters.

    - All fields in the Parameters are sent as **query parameters**.
    - Multi-value filters can be repeated: conditionOrDisease=asthma&conditionOrDisease=influenza
      (or comma-separated depending on your binding expectations like
    conditionOrDisease=asthma,influenza).

    Args:
        term (str | Unset):
        from_record (int | Unset):  Default: 0.
        page_size (int | Unset):  Default: 10.
        pre_tag (str | Unset):
        post_tag (str | Unset):
        format_ (StudySearchFormat | Unset):  Default: StudySearchFormat.JSON.
        source_fields (str | Unset):
        sort_field (str | Unset):
        sort_field_direction (StudySearchSortFieldDirection | Unset):  Default:
            StudySearchSortFieldDirection.ASC.
        search_fields (str | Unset):
        study_accession (str | Unset):
        subject_accession (str | Unset):
        program_name (str | Unset):
        condition_or_disease (str | Unset):
        research_focus (str | Unset):
        clinical_trial (str | Unset):
        sex (str | Unset):
        race (str | Unset):
        ethnicity (str | Unset):
        species (str | Unset):
        min_age (str | Unset):
        age_range (str | Unset):
        assay_method (str | Unset):
        biosample_type (str | Unset):
        has_assessment (str | Unset):
        has_lab_test (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | SearchResponse
    """

    return sync_detailed(
        client=client,
        term=term,
        from_record=from_record,
        page_size=page_size,
        pre_tag=pre_tag,
        post_tag=post_tag,
        format_=format_,
        source_fields=source_fields,
        sort_field=sort_field,
        sort_field_direction=sort_field_direction,
        search_fields=search_fields,
        study_accession=study_accession,
        subject_accession=subject_accession,
        program_name=program_name,
        condition_or_disease=condition_or_disease,
        research_focus=research_focus,
        clinical_trial=clinical_trial,
        sex=sex,
        race=race,
        ethnicity=ethnicity,
        species=species,
        min_age=min_age,
        age_range=age_range,
        assay_method=assay_method,
        biosample_type=biosample_type,
        has_assessment=has_assessment,
        has_lab_test=has_lab_test,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    term: str | Unset = UNSET,
    from_record: int | Unset = 0,
    page_size: int | Unset = 10,
    pre_tag: str | Unset = UNSET,
    post_tag: str | Unset = UNSET,
    format_: StudySearchFormat | Unset = StudySearchFormat.JSON,
    source_fields: str | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_field_direction: StudySearchSortFieldDirection
    | Unset = StudySearchSortFieldDirection.ASC,
    search_fields: str | Unset = UNSET,
    study_accession: str | Unset = UNSET,
    subject_accession: str | Unset = UNSET,
    program_name: str | Unset = UNSET,
    condition_or_disease: str | Unset = UNSET,
    research_focus: str | Unset = UNSET,
    clinical_trial: str | Unset = UNSET,
    sex: str | Unset = UNSET,
    race: str | Unset = UNSET,
    ethnicity: str | Unset = UNSET,
    species: str | Unset = UNSET,
    min_age: str | Unset = UNSET,
    age_range: str | Unset = UNSET,
    assay_method: str | Unset = UNSET,
    biosample_type: str | Unset = UNSET,
    has_assessment: str | Unset = UNSET,
    has_lab_test: str | Unset = UNSET,
) -> Response[ErrorBody | SearchResponse]:
    """Search studies

     Searches studies using a full-text term and/or facet filters.

    - All fields in the Parameters are sent as **query parameters**.
    - Multi-value filters can be repeated: conditionOrDisease=asthma&conditionOrDisease=influenza
      (or comma-separated depending on your binding expectations like
    conditionOrDisease=asthma,influenza).

    Args:
        term (str | Unset):
        from_record (int | Unset):  Default: 0.
        page_size (int | Unset):  Default: 10.
        pre_tag (str | Unset):
        post_tag (str | Unset):
        format_ (StudySearchFormat | Unset):  Default: StudySearchFormat.JSON.
        source_fields (str | Unset):
        sort_field (str | Unset):
        sort_field_direction (StudySearchSortFieldDirection | Unset):  Default:
            StudySearchSortFieldDirection.ASC.
        search_fields (str | Unset):
        study_accession (str | Unset):
        subject_accession (str | Unset):
        program_name (str | Unset):
        condition_or_disease (str | Unset):
        research_focus (str | Unset):
        clinical_trial (str | Unset):
        sex (str | Unset):
        race (str | Unset):
        ethnicity (str | Unset):
        species (str | Unset):
        min_age (str | Unset):
        age_range (str | Unset):
        assay_method (str | Unset):
        biosample_type (str | Unset):
        has_assessment (str | Unset):
        has_lab_test (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | SearchResponse]
    """

    kwargs = _get_kwargs(
        term=term,
        from_record=from_record,
        page_size=page_size,
        pre_tag=pre_tag,
        post_tag=post_tag,
        format_=format_,
        source_fields=source_fields,
        sort_field=sort_field,
        sort_field_direction=sort_field_direction,
        search_fields=search_fields,
        study_accession=study_accession,
        subject_accession=subject_accession,
        program_name=program_name,
        condition_or_disease=condition_or_disease,
        research_focus=research_focus,
        clinical_trial=clinical_trial,
        sex=sex,
        race=race,
        ethnicity=ethnicity,
        species=species,
        min_age=min_age,
        age_range=age_range,
        assay_method=assay_method,
        biosample_type=biosample_type,
        has_assessment=has_assessment,
        has_lab_test=has_lab_test,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    term: str | Unset = UNSET,
    from_record: int | Unset = 0,
    page_size: int | Unset = 10,
    pre_tag: str | Unset = UNSET,
    post_tag: str | Unset = UNSET,
    format_: StudySearchFormat | Unset = StudySearchFormat.JSON,
    source_fields: str | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_field_direction: StudySearchSortFieldDirection
    | Unset = StudySearchSortFieldDirection.ASC,
    search_fields: str | Unset = UNSET,
    study_accession: str | Unset = UNSET,
    subject_accession: str | Unset = UNSET,
    program_name: str | Unset = UNSET,
    condition_or_disease: str | Unset = UNSET,
    research_focus: str | Unset = UNSET,
    clinical_trial: str | Unset = UNSET,
    sex: str | Unset = UNSET,
    race: str | Unset = UNSET,
    ethnicity: str | Unset = UNSET,
    species: str | Unset = UNSET,
    min_age: str | Unset = UNSET,
    age_range: str | Unset = UNSET,
    assay_method: str | Unset = UNSET,
    biosample_type: str | Unset = UNSET,
    has_assessment: str | Unset = UNSET,
    has_lab_test: str | Unset = UNSET,
) -> ErrorBody | SearchResponse | None:
    """Search studies

     Searches studies using a full-text term and/or facet filters.

    - All fields in the Parameters are sent as **query parameters**.
    - Multi-value filters can be repeated: conditionOrDisease=asthma&conditionOrDisease=influenza
      (or comma-separated depending on your binding expectations like
    conditionOrDisease=asthma,influenza).

    Args:
        term (str | Unset):
        from_record (int | Unset):  Default: 0.
        page_size (int | Unset):  Default: 10.
        pre_tag (str | Unset):
        post_tag (str | Unset):
        format_ (StudySearchFormat | Unset):  Default: StudySearchFormat.JSON.
        source_fields (str | Unset):
        sort_field (str | Unset):
        sort_field_direction (StudySearchSortFieldDirection | Unset):  Default:
            StudySearchSortFieldDirection.ASC.
        search_fields (str | Unset):
        study_accession (str | Unset):
        subject_accession (str | Unset):
        program_name (str | Unset):
        condition_or_disease (str | Unset):
        research_focus (str | Unset):
        clinical_trial (str | Unset):
        sex (str | Unset):
        race (str | Unset):
        ethnicity (str | Unset):
        species (str | Unset):
        min_age (str | Unset):
        age_range (str | Unset):
        assay_method (str | Unset):
        biosample_type (str | Unset):
        has_assessment (str | Unset):
        has_lab_test (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | SearchResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            term=term,
            from_record=from_record,
            page_size=page_size,
            pre_tag=pre_tag,
            post_tag=post_tag,
            format_=format_,
            source_fields=source_fields,
            sort_field=sort_field,
            sort_field_direction=sort_field_direction,
            search_fields=search_fields,
            study_accession=study_accession,
            subject_accession=subject_accession,
            program_name=program_name,
            condition_or_disease=condition_or_disease,
            research_focus=research_focus,
            clinical_trial=clinical_trial,
            sex=sex,
            race=race,
            ethnicity=ethnicity,
            species=species,
            min_age=min_age,
            age_range=age_range,
            assay_method=assay_method,
            biosample_type=biosample_type,
            has_assessment=has_assessment,
            has_lab_test=has_lab_test,
        )
    ).parsed
