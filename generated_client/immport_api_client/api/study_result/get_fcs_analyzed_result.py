from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.v_fcs_analyzed_result import VFcsAnalyzedResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    age_event: list[str] | Unset = UNSET,
    age_event_specify: list[str] | Unset = UNSET,
    age_unit: list[str] | Unset = UNSET,
    ancestral_population: list[str] | Unset = UNSET,
    arm_accession: list[str] | Unset = UNSET,
    arm_name: list[str] | Unset = UNSET,
    biosample_accession: list[str] | Unset = UNSET,
    biosample_subtype: list[str] | Unset = UNSET,
    biosample_type: list[str] | Unset = UNSET,
    clinical: str | Unset = UNSET,
    ethnicity: list[str] | Unset = UNSET,
    experiment_accession: list[str] | Unset = UNSET,
    expsample_accession: list[str] | Unset = UNSET,
    gender: list[str] | Unset = UNSET,
    sex: list[str] | Unset = UNSET,
    max_subject_age: float | Unset = UNSET,
    max_subject_age_gte: float | Unset = UNSET,
    max_subject_age_lte: float | Unset = UNSET,
    max_subject_age_gt: float | Unset = UNSET,
    max_subject_age_lt: float | Unset = UNSET,
    min_subject_age: float | Unset = UNSET,
    min_subject_age_gte: float | Unset = UNSET,
    min_subject_age_lte: float | Unset = UNSET,
    min_subject_age_gt: float | Unset = UNSET,
    min_subject_age_lt: float | Unset = UNSET,
    measurement_technique: list[str] | Unset = UNSET,
    planned_visit_accession: list[str] | Unset = UNSET,
    race: list[str] | Unset = UNSET,
    race_specify: list[str] | Unset = UNSET,
    species: list[str] | Unset = UNSET,
    strain: list[str] | Unset = UNSET,
    study_accession: list[str] | Unset = UNSET,
    study_time_collected: float | Unset = UNSET,
    study_time_collected_gte: float | Unset = UNSET,
    study_time_collected_lte: float | Unset = UNSET,
    study_time_collected_gt: float | Unset = UNSET,
    study_time_collected_lt: float | Unset = UNSET,
    study_time_collected_unit: list[str] | Unset = UNSET,
    study_time_t0_event: list[str] | Unset = UNSET,
    study_time_t0_event_specify: list[str] | Unset = UNSET,
    subject_accession: list[str] | Unset = UNSET,
    study_title: list[str] | Unset = UNSET,
    subject_phenotype: list[str] | Unset = UNSET,
    treatment_accession: list[str] | Unset = UNSET,
    format_: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_age_event: list[str] | Unset = UNSET
    if not isinstance(age_event, Unset):
        json_age_event = age_event

    params["ageEvent"] = json_age_event

    json_age_event_specify: list[str] | Unset = UNSET
    if not isinstance(age_event_specify, Unset):
        json_age_event_specify = age_event_specify

    params["ageEventSpecify"] = json_age_event_specify

    json_age_unit: list[str] | Unset = UNSET
    if not isinstance(age_unit, Unset):
        json_age_unit = age_unit

    params["ageUnit"] = json_age_unit

    json_ancestral_population: list[str] | Unset = UNSET
    if not isinstance(ancestral_population, Unset):
        json_ancestral_population = ancestral_population

    params["ancestralPopulation"] = json_ancestral_population

    json_arm_accession: list[str] | Unset = UNSET
    if not isinstance(arm_accession, Unset):
        json_arm_accession = arm_accession

    params["armAccession"] = json_arm_accession

    json_arm_name: list[str] | Unset = UNSET
    if not isinstance(arm_name, Unset):
        json_arm_name = arm_name

    params["armName"] = json_arm_name

    json_biosample_accession: list[str] | Unset = UNSET
    if not isinstance(biosample_accession, Unset):
        json_biosample_accession = biosample_accession

    params["biosampleAccession"] = json_biosample_accession

    json_biosample_subtype: list[str] | Unset = UNSET
    if not isinstance(biosample_subtype, Unset):
        json_biosample_subtype = biosample_subtype

    params["biosampleSubtype"] = json_biosample_subtype

    json_biosample_type: list[str] | Unset = UNSET
    if not isinstance(biosample_type, Unset):
        json_biosample_type = biosample_type

    params["biosampleType"] = json_biosample_type

    params["clinical"] = clinical

    json_ethnicity: list[str] | Unset = UNSET
    if not isinstance(ethnicity, Unset):
        json_ethnicity = ethnicity

    params["ethnicity"] = json_ethnicity

    json_experiment_accession: list[str] | Unset = UNSET
    if not isinstance(experiment_accession, Unset):
        json_experiment_accession = experiment_accession

    params["experimentAccession"] = json_experiment_accession

    json_expsample_accession: list[str] | Unset = UNSET
    if not isinstance(expsample_accession, Unset):
        json_expsample_accession = expsample_accession

    params["expsampleAccession"] = json_expsample_accession

    json_gender: list[str] | Unset = UNSET
    if not isinstance(gender, Unset):
        json_gender = gender

    params["gender"] = json_gender

    json_sex: list[str] | Unset = UNSET
    if not isinstance(sex, Unset):
        json_sex = sex

    params["sex"] = json_sex

    params["maxSubjectAge"] = max_subject_age

    params["maxSubjectAgeGte"] = max_subject_age_gte

    params["maxSubjectAgeLte"] = max_subject_age_lte

    params["maxSubjectAgeGt"] = max_subject_age_gt

    params["maxSubjectAgeLt"] = max_subject_age_lt

    params["minSubjectAge"] = min_subject_age

    params["minSubjectAgeGte"] = min_subject_age_gte

    params["minSubjectAgeLte"] = min_subject_age_lte

    params["minSubjectAgeGt"] = min_subject_age_gt

    params["minSubjectAgeLt"] = min_subject_age_lt

    json_measurement_technique: list[str] | Unset = UNSET
    if not isinstance(measurement_technique, Unset):
        json_measurement_technique = measurement_technique

    params["measurementTechnique"] = json_measurement_technique

    json_planned_visit_accession: list[str] | Unset = UNSET
    if not isinstance(planned_visit_accession, Unset):
        json_planned_visit_accession = planned_visit_accession

    params["plannedVisitAccession"] = json_planned_visit_accession

    json_race: list[str] | Unset = UNSET
    if not isinstance(race, Unset):
        json_race = race

    params["race"] = json_race

    json_race_specify: list[str] | Unset = UNSET
    if not isinstance(race_specify, Unset):
        json_race_specify = race_specify

    params["raceSpecify"] = json_race_specify

    json_species: list[str] | Unset = UNSET
    if not isinstance(species, Unset):
        json_species = species

    params["species"] = json_species

    json_strain: list[str] | Unset = UNSET
    if not isinstance(strain, Unset):
        json_strain = strain

    params["strain"] = json_strain

    json_study_accession: list[str] | Unset = UNSET
    if not isinstance(study_accession, Unset):
        json_study_accession = study_accession

    params["studyAccession"] = json_study_accession

    params["studyTimeCollected"] = study_time_collected

    params["studyTimeCollectedGte"] = study_time_collected_gte

    params["studyTimeCollectedLte"] = study_time_collected_lte

    params["studyTimeCollectedGt"] = study_time_collected_gt

    params["studyTimeCollectedLt"] = study_time_collected_lt

    json_study_time_collected_unit: list[str] | Unset = UNSET
    if not isinstance(study_time_collected_unit, Unset):
        json_study_time_collected_unit = study_time_collected_unit

    params["studyTimeCollectedUnit"] = json_study_time_collected_unit

    json_study_time_t0_event: list[str] | Unset = UNSET
    if not isinstance(study_time_t0_event, Unset):
        json_study_time_t0_event = study_time_t0_event

    params["studyTimeT0Event"] = json_study_time_t0_event

    json_study_time_t0_event_specify: list[str] | Unset = UNSET
    if not isinstance(study_time_t0_event_specify, Unset):
        json_study_time_t0_event_specify = study_time_t0_event_specify

    params["studyTimeT0EventSpecify"] = json_study_time_t0_event_specify

    json_subject_accession: list[str] | Unset = UNSET
    if not isinstance(subject_accession, Unset):
        json_subject_accession = subject_accession

    params["subjectAccession"] = json_subject_accession

    json_study_title: list[str] | Unset = UNSET
    if not isinstance(study_title, Unset):
        json_study_title = study_title

    params["studyTitle"] = json_study_title

    json_subject_phenotype: list[str] | Unset = UNSET
    if not isinstance(subject_phenotype, Unset):
        json_subject_phenotype = subject_phenotype

    params["subjectPhenotype"] = json_subject_phenotype

    json_treatment_accession: list[str] | Unset = UNSET
    if not isinstance(treatment_accession, Unset):
        json_treatment_accession = treatment_accession

    params["treatmentAccession"] = json_treatment_accession

    params["format"] = format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/result/fcsAnalyzed",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | list[VFcsAnalyzedResult] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = VFcsAnalyzedResult.from_dict(response_200_item_data)

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
) -> Response[ErrorBody | list[VFcsAnalyzedResult]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    age_event: list[str] | Unset = UNSET,
    age_event_specify: list[str] | Unset = UNSET,
    age_unit: list[str] | Unset = UNSET,
    ancestral_population: list[str] | Unset = UNSET,
    arm_accession: list[str] | Unset = UNSET,
    arm_name: list[str] | Unset = UNSET,
    biosample_accession: list[str] | Unset = UNSET,
    biosample_subtype: list[str] | Unset = UNSET,
    biosample_type: list[str] | Unset = UNSET,
    clinical: str | Unset = UNSET,
    ethnicity: list[str] | Unset = UNSET,
    experiment_accession: list[str] | Unset = UNSET,
    expsample_accession: list[str] | Unset = UNSET,
    gender: list[str] | Unset = UNSET,
    sex: list[str] | Unset = UNSET,
    max_subject_age: float | Unset = UNSET,
    max_subject_age_gte: float | Unset = UNSET,
    max_subject_age_lte: float | Unset = UNSET,
    max_subject_age_gt: float | Unset = UNSET,
    max_subject_age_lt: float | Unset = UNSET,
    min_subject_age: float | Unset = UNSET,
    min_subject_age_gte: float | Unset = UNSET,
    min_subject_age_lte: float | Unset = UNSET,
    min_subject_age_gt: float | Unset = UNSET,
    min_subject_age_lt: float | Unset = UNSET,
    measurement_technique: list[str] | Unset = UNSET,
    planned_visit_accession: list[str] | Unset = UNSET,
    race: list[str] | Unset = UNSET,
    race_specify: list[str] | Unset = UNSET,
    species: list[str] | Unset = UNSET,
    strain: list[str] | Unset = UNSET,
    study_accession: list[str] | Unset = UNSET,
    study_time_collected: float | Unset = UNSET,
    study_time_collected_gte: float | Unset = UNSET,
    study_time_collected_lte: float | Unset = UNSET,
    study_time_collected_gt: float | Unset = UNSET,
    study_time_collected_lt: float | Unset = UNSET,
    study_time_collected_unit: list[str] | Unset = UNSET,
    study_time_t0_event: list[str] | Unset = UNSET,
    study_time_t0_event_specify: list[str] | Unset = UNSET,
    subject_accession: list[str] | Unset = UNSET,
    study_title: list[str] | Unset = UNSET,
    subject_phenotype: list[str] | Unset = UNSET,
    treatment_accession: list[str] | Unset = UNSET,
    format_: str | Unset = UNSET,
) -> Response[ErrorBody | list[VFcsAnalyzedResult]]:
    """Retrieve FcsAnalyzed results using filters

     Returns FcsAnalyzed results based on filter criteria

    Args:
        age_event (list[str] | Unset):
        age_event_specify (list[str] | Unset):
        age_unit (list[str] | Unset):
        ancestral_population (list[str] | Unset):
        arm_accession (list[str] | Unset):
        arm_name (list[str] | Unset):
        biosample_accession (list[str] | Unset):
        biosample_subtype (list[str] | Unset):
        biosample_type (list[str] | Unset):
        clinical (str | Unset):
        ethnicity (list[str] | Unset):
        experiment_accession (list[str] | Unset):
        expsample_accession (list[str] | Unset):
        gender (list[str] | Unset):
        sex (list[str] | Unset):
        max_subject_age (float | Unset):
        max_subject_age_gte (float | Unset):
        max_subject_age_lte (float | Unset):
        max_subject_age_gt (float | Unset):
        max_subject_age_lt (float | Unset):
        min_subject_age (float | Unset):
        min_subject_age_gte (float | Unset):
        min_subject_age_lte (float | Unset):
        min_subject_age_gt (float | Unset):
        min_subject_age_lt (float | Unset):
        measurement_technique (list[str] | Unset):
        planned_visit_accession (list[str] | Unset):
        race (list[str] | Unset):
        race_specify (list[str] | Unset):
        species (list[str] | Unset):
        strain (list[str] | Unset):
        study_accession (list[str] | Unset):
        study_time_collected (float | Unset):
        study_time_collected_gte (float | Unset):
        study_time_collected_lte (float | Unset):
        study_time_collected_gt (float | Unset):
        study_time_collected_lt (float | Unset):
        study_time_collected_unit (list[str] | Unset):
        study_time_t0_event (list[str] | Unset):
        study_time_t0_event_specify (list[str] | Unset):
        subject_accession (list[str] | Unset):
        study_title (list[str] | Unset):
        subject_phenotype (list[str] | Unset):
        treatment_accession (list[str] | Unset):
        format_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[VFcsAnalyzedResult]]
    """

    kwargs = _get_kwargs(
        age_event=age_event,
        age_event_specify=age_event_specify,
        age_unit=age_unit,
        ancestral_population=ancestral_population,
        arm_accession=arm_accession,
        arm_name=arm_name,
        biosample_accession=biosample_accession,
        biosample_subtype=biosample_subtype,
        biosample_type=biosample_type,
        clinical=clinical,
        ethnicity=ethnicity,
        experiment_accession=experiment_accession,
        expsample_accession=expsample_accession,
        gender=gender,
        sex=sex,
        max_subject_age=max_subject_age,
        max_subject_age_gte=max_subject_age_gte,
        max_subject_age_lte=max_subject_age_lte,
        max_subject_age_gt=max_subject_age_gt,
        max_subject_age_lt=max_subject_age_lt,
        min_subject_age=min_subject_age,
        min_subject_age_gte=min_subject_age_gte,
        min_subject_age_lte=min_subject_age_lte,
        min_subject_age_gt=min_subject_age_gt,
        min_subject_age_lt=min_subject_age_lt,
        measurement_technique=measurement_technique,
        planned_visit_accession=planned_visit_accession,
        race=race,
        race_specify=race_specify,
        species=species,
        strain=strain,
        study_accession=study_accession,
        study_time_collected=study_time_collected,
        study_time_collected_gte=study_time_collected_gte,
        study_time_collected_lte=study_time_collected_lte,
        study_time_collected_gt=study_time_collected_gt,
        study_time_collected_lt=study_time_collected_lt,
        study_time_collected_unit=study_time_collected_unit,
        study_time_t0_event=study_time_t0_event,
        study_time_t0_event_specify=study_time_t0_event_specify,
        subject_accession=subject_accession,
        study_title=study_title,
        subject_phenotype=subject_phenotype,
        treatment_accession=treatment_accession,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    age_event: list[str] | Unset = UNSET,
    age_event_specify: list[str] | Unset = UNSET,
    age_unit: list[str] | Unset = UNSET,
    ancestral_population: list[str] | Unset = UNSET,
    arm_accession: list[str] | Unset = UNSET,
    arm_name: list[str] | Unset = UNSET,
    biosample_accession: list[str] | Unset = UNSET,
    biosample_subtype: list[str] | Unset = UNSET,
    biosample_type: list[str] | Unset = UNSET,
    clinical: str | Unset = UNSET,
    ethnicity: list[str] | Unset = UNSET,
    experiment_accession: list[str] | Unset = UNSET,
    expsample_accession: list[str] | Unset = UNSET,
    gender: list[str] | Unset = UNSET,
    sex: list[str] | Unset = UNSET,
    max_subject_age: float | Unset = UNSET,
    max_subject_age_gte: float | Unset = UNSET,
    max_subject_age_lte: float | Unset = UNSET,
    max_subject_age_gt: float | Unset = UNSET,
    max_subject_age_lt: float | Unset = UNSET,
    min_subject_age: float | Unset = UNSET,
    min_subject_age_gte: float | Unset = UNSET,
    min_subject_age_lte: float | Unset = UNSET,
    min_subject_age_gt: float | Unset = UNSET,
    min_subject_age_lt: float | Unset = UNSET,
    measurement_technique: list[str] | Unset = UNSET,
    planned_visit_accession: list[str] | Unset = UNSET,
    race: list[str] | Unset = UNSET,
    race_specify: list[str] | Unset = UNSET,
    species: list[str] | Unset = UNSET,
    strain: list[str] | Unset = UNSET,
    study_accession: list[str] | Unset = UNSET,
    study_time_collected: float | Unset = UNSET,
    study_time_collected_gte: float | Unset = UNSET,
    study_time_collected_lte: float | Unset = UNSET,
    study_time_collected_gt: float | Unset = UNSET,
    study_time_collected_lt: float | Unset = UNSET,
    study_time_collected_unit: list[str] | Unset = UNSET,
    study_time_t0_event: list[str] | Unset = UNSET,
    study_time_t0_event_specify: list[str] | Unset = UNSET,
    subject_accession: list[str] | Unset = UNSET,
    study_title: list[str] | Unset = UNSET,
    subject_phenotype: list[str] | Unset = UNSET,
    treatment_accession: list[str] | Unset = UNSET,
    format_: str | Unset = UNSET,
) -> ErrorBody | list[VFcsAnalyzedResult] | None:
    """Retrieve FcsAnalyzed results using filters

     Returns FcsAnalyzed results based on filter criteria

    Args:
        age_event (list[str] | Unset):
        age_event_specify (list[str] | Unset):
        age_unit (list[str] | Unset):
        ancestral_population (list[str] | Unset):
        arm_accession (list[str] | Unset):
        arm_name (list[str] | Unset):
        biosample_accession (list[str] | Unset):
        biosample_subtype (list[str] | Unset):
        biosample_type (list[str] | Unset):
        clinical (str | Unset):
        ethnicity (list[str] | Unset):
        experiment_accession (list[str] | Unset):
        expsample_accession (list[str] | Unset):
        gender (list[str] | Unset):
        sex (list[str] | Unset):
        max_subject_age (float | Unset):
        max_subject_age_gte (float | Unset):
        max_subject_age_lte (float | Unset):
        max_subject_age_gt (float | Unset):
        max_subject_age_lt (float | Unset):
        min_subject_age (float | Unset):
        min_subject_age_gte (float | Unset):
        min_subject_age_lte (float | Unset):
        min_subject_age_gt (float | Unset):
        min_subject_age_lt (float | Unset):
        measurement_technique (list[str] | Unset):
        planned_visit_accession (list[str] | Unset):
        race (list[str] | Unset):
        race_specify (list[str] | Unset):
        species (list[str] | Unset):
        strain (list[str] | Unset):
        study_accession (list[str] | Unset):
        study_time_collected (float | Unset):
        study_time_collected_gte (float | Unset):
        study_time_collected_lte (float | Unset):
        study_time_collected_gt (float | Unset):
        study_time_collected_lt (float | Unset):
        study_time_collected_unit (list[str] | Unset):
        study_time_t0_event (list[str] | Unset):
        study_time_t0_event_specify (list[str] | Unset):
        subject_accession (list[str] | Unset):
        study_title (list[str] | Unset):
        subject_phenotype (list[str] | Unset):
        treatment_accession (list[str] | Unset):
        format_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[VFcsAnalyzedResult]
    """

    return sync_detailed(
        client=client,
        age_event=age_event,
        age_event_specify=age_event_specify,
        age_unit=age_unit,
        ancestral_population=ancestral_population,
        arm_accession=arm_accession,
        arm_name=arm_name,
        biosample_accession=biosample_accession,
        biosample_subtype=biosample_subtype,
        biosample_type=biosample_type,
        clinical=clinical,
        ethnicity=ethnicity,
        experiment_accession=experiment_accession,
        expsample_accession=expsample_accession,
        gender=gender,
        sex=sex,
        max_subject_age=max_subject_age,
        max_subject_age_gte=max_subject_age_gte,
        max_subject_age_lte=max_subject_age_lte,
        max_subject_age_gt=max_subject_age_gt,
        max_subject_age_lt=max_subject_age_lt,
        min_subject_age=min_subject_age,
        min_subject_age_gte=min_subject_age_gte,
        min_subject_age_lte=min_subject_age_lte,
        min_subject_age_gt=min_subject_age_gt,
        min_subject_age_lt=min_subject_age_lt,
        measurement_technique=measurement_technique,
        planned_visit_accession=planned_visit_accession,
        race=race,
        race_specify=race_specify,
        species=species,
        strain=strain,
        study_accession=study_accession,
        study_time_collected=study_time_collected,
        study_time_collected_gte=study_time_collected_gte,
        study_time_collected_lte=study_time_collected_lte,
        study_time_collected_gt=study_time_collected_gt,
        study_time_collected_lt=study_time_collected_lt,
        study_time_collected_unit=study_time_collected_unit,
        study_time_t0_event=study_time_t0_event,
        study_time_t0_event_specify=study_time_t0_event_specify,
        subject_accession=subject_accession,
        study_title=study_title,
        subject_phenotype=subject_phenotype,
        treatment_accession=treatment_accession,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    age_event: list[str] | Unset = UNSET,
    age_event_specify: list[str] | Unset = UNSET,
    age_unit: list[str] | Unset = UNSET,
    ancestral_population: list[str] | Unset = UNSET,
    arm_accession: list[str] | Unset = UNSET,
    arm_name: list[str] | Unset = UNSET,
    biosample_accession: list[str] | Unset = UNSET,
    biosample_subtype: list[str] | Unset = UNSET,
    biosample_type: list[str] | Unset = UNSET,
    clinical: str | Unset = UNSET,
    ethnicity: list[str] | Unset = UNSET,
    experiment_accession: list[str] | Unset = UNSET,
    expsample_accession: list[str] | Unset = UNSET,
    gender: list[str] | Unset = UNSET,
    sex: list[str] | Unset = UNSET,
    max_subject_age: float | Unset = UNSET,
    max_subject_age_gte: float | Unset = UNSET,
    max_subject_age_lte: float | Unset = UNSET,
    max_subject_age_gt: float | Unset = UNSET,
    max_subject_age_lt: float | Unset = UNSET,
    min_subject_age: float | Unset = UNSET,
    min_subject_age_gte: float | Unset = UNSET,
    min_subject_age_lte: float | Unset = UNSET,
    min_subject_age_gt: float | Unset = UNSET,
    min_subject_age_lt: float | Unset = UNSET,
    measurement_technique: list[str] | Unset = UNSET,
    planned_visit_accession: list[str] | Unset = UNSET,
    race: list[str] | Unset = UNSET,
    race_specify: list[str] | Unset = UNSET,
    species: list[str] | Unset = UNSET,
    strain: list[str] | Unset = UNSET,
    study_accession: list[str] | Unset = UNSET,
    study_time_collected: float | Unset = UNSET,
    study_time_collected_gte: float | Unset = UNSET,
    study_time_collected_lte: float | Unset = UNSET,
    study_time_collected_gt: float | Unset = UNSET,
    study_time_collected_lt: float | Unset = UNSET,
    study_time_collected_unit: list[str] | Unset = UNSET,
    study_time_t0_event: list[str] | Unset = UNSET,
    study_time_t0_event_specify: list[str] | Unset = UNSET,
    subject_accession: list[str] | Unset = UNSET,
    study_title: list[str] | Unset = UNSET,
    subject_phenotype: list[str] | Unset = UNSET,
    treatment_accession: list[str] | Unset = UNSET,
    format_: str | Unset = UNSET,
) -> Response[ErrorBody | list[VFcsAnalyzedResult]]:
    """Retrieve FcsAnalyzed results using filters

     Returns FcsAnalyzed results based on filter criteria

    Args:
        age_event (list[str] | Unset):
        age_event_specify (list[str] | Unset):
        age_unit (list[str] | Unset):
        ancestral_population (list[str] | Unset):
        arm_accession (list[str] | Unset):
        arm_name (list[str] | Unset):
        biosample_accession (list[str] | Unset):
        biosample_subtype (list[str] | Unset):
        biosample_type (list[str] | Unset):
        clinical (str | Unset):
        ethnicity (list[str] | Unset):
        experiment_accession (list[str] | Unset):
        expsample_accession (list[str] | Unset):
        gender (list[str] | Unset):
        sex (list[str] | Unset):
        max_subject_age (float | Unset):
        max_subject_age_gte (float | Unset):
        max_subject_age_lte (float | Unset):
        max_subject_age_gt (float | Unset):
        max_subject_age_lt (float | Unset):
        min_subject_age (float | Unset):
        min_subject_age_gte (float | Unset):
        min_subject_age_lte (float | Unset):
        min_subject_age_gt (float | Unset):
        min_subject_age_lt (float | Unset):
        measurement_technique (list[str] | Unset):
        planned_visit_accession (list[str] | Unset):
        race (list[str] | Unset):
        race_specify (list[str] | Unset):
        species (list[str] | Unset):
        strain (list[str] | Unset):
        study_accession (list[str] | Unset):
        study_time_collected (float | Unset):
        study_time_collected_gte (float | Unset):
        study_time_collected_lte (float | Unset):
        study_time_collected_gt (float | Unset):
        study_time_collected_lt (float | Unset):
        study_time_collected_unit (list[str] | Unset):
        study_time_t0_event (list[str] | Unset):
        study_time_t0_event_specify (list[str] | Unset):
        subject_accession (list[str] | Unset):
        study_title (list[str] | Unset):
        subject_phenotype (list[str] | Unset):
        treatment_accession (list[str] | Unset):
        format_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | list[VFcsAnalyzedResult]]
    """

    kwargs = _get_kwargs(
        age_event=age_event,
        age_event_specify=age_event_specify,
        age_unit=age_unit,
        ancestral_population=ancestral_population,
        arm_accession=arm_accession,
        arm_name=arm_name,
        biosample_accession=biosample_accession,
        biosample_subtype=biosample_subtype,
        biosample_type=biosample_type,
        clinical=clinical,
        ethnicity=ethnicity,
        experiment_accession=experiment_accession,
        expsample_accession=expsample_accession,
        gender=gender,
        sex=sex,
        max_subject_age=max_subject_age,
        max_subject_age_gte=max_subject_age_gte,
        max_subject_age_lte=max_subject_age_lte,
        max_subject_age_gt=max_subject_age_gt,
        max_subject_age_lt=max_subject_age_lt,
        min_subject_age=min_subject_age,
        min_subject_age_gte=min_subject_age_gte,
        min_subject_age_lte=min_subject_age_lte,
        min_subject_age_gt=min_subject_age_gt,
        min_subject_age_lt=min_subject_age_lt,
        measurement_technique=measurement_technique,
        planned_visit_accession=planned_visit_accession,
        race=race,
        race_specify=race_specify,
        species=species,
        strain=strain,
        study_accession=study_accession,
        study_time_collected=study_time_collected,
        study_time_collected_gte=study_time_collected_gte,
        study_time_collected_lte=study_time_collected_lte,
        study_time_collected_gt=study_time_collected_gt,
        study_time_collected_lt=study_time_collected_lt,
        study_time_collected_unit=study_time_collected_unit,
        study_time_t0_event=study_time_t0_event,
        study_time_t0_event_specify=study_time_t0_event_specify,
        subject_accession=subject_accession,
        study_title=study_title,
        subject_phenotype=subject_phenotype,
        treatment_accession=treatment_accession,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    age_event: list[str] | Unset = UNSET,
    age_event_specify: list[str] | Unset = UNSET,
    age_unit: list[str] | Unset = UNSET,
    ancestral_population: list[str] | Unset = UNSET,
    arm_accession: list[str] | Unset = UNSET,
    arm_name: list[str] | Unset = UNSET,
    biosample_accession: list[str] | Unset = UNSET,
    biosample_subtype: list[str] | Unset = UNSET,
    biosample_type: list[str] | Unset = UNSET,
    clinical: str | Unset = UNSET,
    ethnicity: list[str] | Unset = UNSET,
    experiment_accession: list[str] | Unset = UNSET,
    expsample_accession: list[str] | Unset = UNSET,
    gender: list[str] | Unset = UNSET,
    sex: list[str] | Unset = UNSET,
    max_subject_age: float | Unset = UNSET,
    max_subject_age_gte: float | Unset = UNSET,
    max_subject_age_lte: float | Unset = UNSET,
    max_subject_age_gt: float | Unset = UNSET,
    max_subject_age_lt: float | Unset = UNSET,
    min_subject_age: float | Unset = UNSET,
    min_subject_age_gte: float | Unset = UNSET,
    min_subject_age_lte: float | Unset = UNSET,
    min_subject_age_gt: float | Unset = UNSET,
    min_subject_age_lt: float | Unset = UNSET,
    measurement_technique: list[str] | Unset = UNSET,
    planned_visit_accession: list[str] | Unset = UNSET,
    race: list[str] | Unset = UNSET,
    race_specify: list[str] | Unset = UNSET,
    species: list[str] | Unset = UNSET,
    strain: list[str] | Unset = UNSET,
    study_accession: list[str] | Unset = UNSET,
    study_time_collected: float | Unset = UNSET,
    study_time_collected_gte: float | Unset = UNSET,
    study_time_collected_lte: float | Unset = UNSET,
    study_time_collected_gt: float | Unset = UNSET,
    study_time_collected_lt: float | Unset = UNSET,
    study_time_collected_unit: list[str] | Unset = UNSET,
    study_time_t0_event: list[str] | Unset = UNSET,
    study_time_t0_event_specify: list[str] | Unset = UNSET,
    subject_accession: list[str] | Unset = UNSET,
    study_title: list[str] | Unset = UNSET,
    subject_phenotype: list[str] | Unset = UNSET,
    treatment_accession: list[str] | Unset = UNSET,
    format_: str | Unset = UNSET,
) -> ErrorBody | list[VFcsAnalyzedResult] | None:
    """Retrieve FcsAnalyzed results using filters

     Returns FcsAnalyzed results based on filter criteria

    Args:
        age_event (list[str] | Unset):
        age_event_specify (list[str] | Unset):
        age_unit (list[str] | Unset):
        ancestral_population (list[str] | Unset):
        arm_accession (list[str] | Unset):
        arm_name (list[str] | Unset):
        biosample_accession (list[str] | Unset):
        biosample_subtype (list[str] | Unset):
        biosample_type (list[str] | Unset):
        clinical (str | Unset):
        ethnicity (list[str] | Unset):
        experiment_accession (list[str] | Unset):
        expsample_accession (list[str] | Unset):
        gender (list[str] | Unset):
        sex (list[str] | Unset):
        max_subject_age (float | Unset):
        max_subject_age_gte (float | Unset):
        max_subject_age_lte (float | Unset):
        max_subject_age_gt (float | Unset):
        max_subject_age_lt (float | Unset):
        min_subject_age (float | Unset):
        min_subject_age_gte (float | Unset):
        min_subject_age_lte (float | Unset):
        min_subject_age_gt (float | Unset):
        min_subject_age_lt (float | Unset):
        measurement_technique (list[str] | Unset):
        planned_visit_accession (list[str] | Unset):
        race (list[str] | Unset):
        race_specify (list[str] | Unset):
        species (list[str] | Unset):
        strain (list[str] | Unset):
        study_accession (list[str] | Unset):
        study_time_collected (float | Unset):
        study_time_collected_gte (float | Unset):
        study_time_collected_lte (float | Unset):
        study_time_collected_gt (float | Unset):
        study_time_collected_lt (float | Unset):
        study_time_collected_unit (list[str] | Unset):
        study_time_t0_event (list[str] | Unset):
        study_time_t0_event_specify (list[str] | Unset):
        subject_accession (list[str] | Unset):
        study_title (list[str] | Unset):
        subject_phenotype (list[str] | Unset):
        treatment_accession (list[str] | Unset):
        format_ (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | list[VFcsAnalyzedResult]
    """

    return (
        await asyncio_detailed(
            client=client,
            age_event=age_event,
            age_event_specify=age_event_specify,
            age_unit=age_unit,
            ancestral_population=ancestral_population,
            arm_accession=arm_accession,
            arm_name=arm_name,
            biosample_accession=biosample_accession,
            biosample_subtype=biosample_subtype,
            biosample_type=biosample_type,
            clinical=clinical,
            ethnicity=ethnicity,
            experiment_accession=experiment_accession,
            expsample_accession=expsample_accession,
            gender=gender,
            sex=sex,
            max_subject_age=max_subject_age,
            max_subject_age_gte=max_subject_age_gte,
            max_subject_age_lte=max_subject_age_lte,
            max_subject_age_gt=max_subject_age_gt,
            max_subject_age_lt=max_subject_age_lt,
            min_subject_age=min_subject_age,
            min_subject_age_gte=min_subject_age_gte,
            min_subject_age_lte=min_subject_age_lte,
            min_subject_age_gt=min_subject_age_gt,
            min_subject_age_lt=min_subject_age_lt,
            measurement_technique=measurement_technique,
            planned_visit_accession=planned_visit_accession,
            race=race,
            race_specify=race_specify,
            species=species,
            strain=strain,
            study_accession=study_accession,
            study_time_collected=study_time_collected,
            study_time_collected_gte=study_time_collected_gte,
            study_time_collected_lte=study_time_collected_lte,
            study_time_collected_gt=study_time_collected_gt,
            study_time_collected_lt=study_time_collected_lt,
            study_time_collected_unit=study_time_collected_unit,
            study_time_t0_event=study_time_t0_event,
            study_time_t0_event_specify=study_time_t0_event_specify,
            subject_accession=subject_accession,
            study_title=study_title,
            subject_phenotype=subject_phenotype,
            treatment_accession=treatment_accession,
            format_=format_,
        )
    ).parsed
