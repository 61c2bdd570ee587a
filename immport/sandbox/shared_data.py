"""Routes of the Shared Data API generated from the spec: one handler per operation, no hand-written table."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Iterator, Mapping
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from immport.sandbox.auth import authenticate
from immport.sandbox.data.filters import compile_filters, filter_fields, study_filter
from immport.sandbox.data.records import (
    RESULT_ASSAYS,
    lookup_rows,
    manifest_types,
    project,
    result_records,
    study_rows,
    study_summary,
)
from immport.sandbox.encode import stream_rows
from immport.sandbox.files import drs_url_body
from immport.sandbox.replies import SandboxHTTPError
from immport.sandbox.search import run_search, search_rows
from immport.sandbox.spec_ops import OpSpec, operations, schema_properties, validate_query
from immport.sandbox.state import SandboxState
from immport.spec import spec_bytes

__all__ = ["RESTRICTED_STUDIES", "SPEC_DOCS_PATH", "shared_data_routes", "spec_document"]

RESTRICTED_STUDIES = ("SDY9001", "SDY9002")
SPEC_DOCS_PATH = "/v3/api-docs"  # springdoc's path, as on www.immport.org/data/query/v3/api-docs
LOOKUP_PREFIX = "/api/lookup/lk"
SEARCH_DOWNLOADS = {
    "/api/search/study/download": "studySearch",
    "/api/search/subject/download": "subjectSearch",
}

Handler = Callable[[Request], Awaitable[Response]]


def _wants_tsv(op: OpSpec, args: dict[str, Any]) -> bool:
    fmt = str(args.get("format", "json")).lower()
    if fmt not in ("json", "tsv"):
        raise SandboxHTTPError(400, f"parameter 'format' must be json or tsv, got '{args['format']}'")
    if fmt == "tsv" and op.tsv_columns is None:
        raise SandboxHTTPError(400, f"{op.operation_id} has no TSV answer")
    return fmt == "tsv"


def _columns(op: OpSpec) -> list[str]:
    """TSV header of a ``row-schema`` answer: the row schema's properties in spec order."""
    return [name for name, _ in schema_properties(op.row_schema)] if op.row_schema else []


def _projected(schema: str, rows: Iterable[Mapping[str, Any]]) -> Iterator[dict[str, Any]]:
    for n, ctx in enumerate(rows):
        yield project(schema, ctx, n + 1)


def _respond(op: OpSpec, state: SandboxState, request: Request, args: dict[str, Any]) -> Response:
    catalog = state.catalog
    path = op.path
    if op.operation_id in ("studySearch", "subjectSearch"):
        index = "study" if op.operation_id == "studySearch" else "subject"
        if _wants_tsv(op, args):  # x-immport-tsv-columns: source-fields
            columns, found = search_rows(index, catalog, args)
            return stream_rows(found, tsv=True, columns=columns, stream=False)
        return JSONResponse(run_search(index, catalog, args))
    if op.operation_id == "getUrlFromDrs":
        return JSONResponse(drs_url_body(state, request, args["accessMethod"], args["fileUUID"]))
    if op.operation_id == "getRestrictedStudyAccessions":
        return JSONResponse(list(RESTRICTED_STUDIES))
    if op.operation_id == "getStudySummary":
        study = catalog.study(args["studyAccession"])
        if study is None:
            raise SandboxHTTPError(404, f"study '{args['studyAccession']}' not found")
        return JSONResponse(project("StudySummary", study_summary(catalog, study), 1))
    tsv = _wants_tsv(op, args)
    assert op.row_schema is not None
    if path.startswith(LOOKUP_PREFIX):
        rows = _projected(op.row_schema, lookup_rows(path[len(LOOKUP_PREFIX) :]))
    elif path.startswith("/result/"):
        assay = path[len("/result/") :]
        keep_study = study_filter(args)
        studies = [s for s in catalog.studies if keep_study(s.accession) and assay in s.assays]
        predicates = compile_filters(args)
        rows = result_records(catalog, assay, studies, op.row_schema, predicates, filter_fields(args))
    else:
        study = catalog.study(args["studyAccession"])
        if op.operation_id == "getFileDetails":
            _check_file_type(args)
        found_rows = study_rows(op.operation_id, catalog, study, args) if study else iter(())
        rows = _projected(op.row_schema, found_rows)
    return stream_rows(rows, tsv=tsv, columns=_columns(op), stream=path.startswith("/result/"))


def _check_file_type(args: dict[str, Any]) -> None:
    try:
        manifest_types(str(args.get("fileType", "all")))
    except KeyError:
        raise SandboxHTTPError(400, f"unknown fileType '{args.get('fileType')}'") from None


def _handler(op: OpSpec) -> Handler:
    async def handle(request: Request) -> Response:
        state: SandboxState = request.app.state.sandbox
        if op.requires_auth:
            authenticate(request, state)
        args = validate_query(op, request.query_params.multi_items(), request.path_params)
        return _respond(op, state, request, args)

    handle.__name__ = op.operation_id
    return handle


def _download_handler(op: OpSpec) -> Handler:
    index = "study" if op.operation_id == "studySearch" else "subject"

    async def handle(request: Request) -> Response:
        state: SandboxState = request.app.state.sandbox
        items = request.query_params.multi_items()
        args = validate_query(op, items, {})
        tsv = "format" not in dict(items) or _wants_tsv(op, args)  # downloads default to TSV
        columns, rows = search_rows(index, state.catalog, args)
        return stream_rows(rows, tsv=tsv, columns=columns, stream=False)

    return handle


async def spec_document(request: Request) -> Response:
    """The vendored upstream spec, byte for byte (what ``immport spec check`` compares against)."""
    return Response(spec_bytes("upstream"), media_type="application/json")


def shared_data_routes() -> list[Route]:
    """All spec operations, the two documented search downloads and the spec itself; literal paths first."""
    ops = sorted(operations(), key=lambda op: (op.path.count("{"), op.path))
    routes = [Route(op.path, _handler(op), methods=["GET"], name=op.operation_id) for op in ops]
    by_id = {op.operation_id: op for op in ops}
    for path, op_id in SEARCH_DOWNLOADS.items():
        routes.insert(0, Route(path, _download_handler(by_id[op_id]), methods=["GET"]))
    routes.insert(0, Route(SPEC_DOCS_PATH, spec_document, methods=["GET"]))
    assert set(RESULT_ASSAYS) == {op.path[len("/result/") :] for op in ops if op.path.startswith("/result/")}
    return routes
