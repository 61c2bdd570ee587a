"""Study metadata "used by the UI" (facts §3.7), under ``{query base}/ui/``: no token, not in the spec.

Only the study summary's shape is documented (ImmPort's SDY1680 example); design, study files and download
counts are sandbox choices built from the same catalog rows the Shared Data endpoints serve.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import Any, Final

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from immport.sandbox.data.catalog import Catalog, Study, mix
from immport.sandbox.data.records import project, study_rows, study_summary
from immport.sandbox.replies import SandboxHTTPError
from immport.sandbox.state import SandboxState

__all__ = ["ui_routes"]

# the fields of ImmPort's documented /study/summary/SDY1680 answer, in its order
SUMMARY_FIELDS: Final = (
    "studyAccession",
    "doi",
    "title",
    "pi",
    "conditionStudied",
    "briefDescription",
    "startDate",
    "detailedDescription",
    "objectives",
    "endpoints",
    "genderIncluded",
    "subjectsNumber",
    "downloadPackages",
    "contractGrant",
    "program",
    "dataCompleteness",
    "hypothesis",
    "studyLinks",
    "studyPubmeds",
)


def _catalog(request: Request) -> Catalog:
    state: SandboxState = request.app.state.sandbox
    return state.catalog


def _only_params(request: Request, allowed: Sequence[str] = ()) -> None:
    for name in request.query_params:
        if name not in allowed:
            raise SandboxHTTPError(400, f"unknown parameter '{name}'")


def _study(catalog: Catalog, accession: str) -> Study:
    study = catalog.study(accession)
    if study is None:
        raise SandboxHTTPError(404, f"study '{accession}' not found")
    return study


def _rows(operation_id: str, schema: str, catalog: Catalog, study: Study) -> list[dict[str, Any]]:
    return [project(schema, ctx, n + 1) for n, ctx in enumerate(study_rows(operation_id, catalog, study, {}))]


def ui_summary(catalog: Catalog, study: Study) -> dict[str, Any]:
    full = study_summary(catalog, study)
    return {**{key: full[key] for key in SUMMARY_FIELDS}, "studyGlossarys": []}


def ui_design(catalog: Catalog, study: Study) -> dict[str, Any]:
    return {
        "studyAccession": study.accession,
        "arms": _rows("getStudyArmApi", "StudyArmApi", catalog, study),
        "plannedVisits": _rows("getStudyPlannedVisit", "StudyPlannedVisitApi", catalog, study),
    }


def ui_study_files(catalog: Catalog, study: Study) -> list[dict[str, Any]]:
    return _rows("getStudyFileApi", "StudyFileApi", catalog, study)


def download_count(catalog: Catalog, study: Study) -> int:
    return 100 + mix(catalog.seed, study.number, 0xD0) % 9900


def _per_study(build: Callable[[Catalog, Study], object]) -> Callable[[Request], Awaitable[Response]]:
    """The handler of a ``.../{sdy}`` route: no query parameters, 404 for an unknown study."""

    async def handler(request: Request) -> Response:
        _only_params(request)
        catalog = _catalog(request)
        return JSONResponse(build(catalog, _study(catalog, request.path_params["sdy"])))

    return handler


async def _accessions(request: Request) -> Response:
    _only_params(request)
    return JSONResponse({"studyAccessions": [s.accession for s in _catalog(request).studies]})


async def _release_version(request: Request) -> Response:
    _only_params(request)
    return JSONResponse([_catalog(request).latest_release])


async def _download_counts(request: Request) -> Response:
    _only_params(request, ("studyAccession",))
    catalog = _catalog(request)
    wanted = [a.strip() for v in request.query_params.getlist("studyAccession") for a in v.split(",")]
    wanted = [a for a in wanted if a]
    if not wanted:
        raise SandboxHTTPError(400, "missing required parameter 'studyAccession'")
    studies = [_study(catalog, a) for a in wanted]
    return JSONResponse(
        [{"studyAccession": s.accession, "downloadCount": download_count(catalog, s)} for s in studies]
    )


def ui_routes() -> list[Route]:
    """Routes relative to the query base; literal paths come before ``{sdy}`` ones."""
    return [
        Route("/ui/study/findAllStudyAccessions", _accessions, methods=["GET"]),
        Route("/ui/study/downloadCount", _download_counts, methods=["GET"]),
        Route("/ui/studydatarel/datarelver", _release_version, methods=["GET"]),
        Route("/ui/study/summary/{sdy}", _per_study(ui_summary), methods=["GET"]),
        Route("/ui/study/design/{sdy}", _per_study(ui_design), methods=["GET"]),
        Route("/ui/study/studyfile/{sdy}", _per_study(ui_study_files), methods=["GET"]),
    ]
