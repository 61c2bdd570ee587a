"""UI study-detail endpoints (no token), written once as flows.

Current paths are ``{query_url}/ui/<path>`` (e.g. ``https://www.immport.org/data/query/ui/study/summary/SDY1680``);
the 2021 docs list the same paths without ``/ui`` under the legacy base ``https://api.immport.org/data/query``.
ImmPort calls these "used by the UI": shapes other than the study summary are not documented, so those
calls return the decoded JSON unchanged.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import quote

from immport._flows import Flow, get_json
from immport.accessions import normalize_accession
from immport.errors import DecodeError, InvalidRequestError
from immport.ui.models import StudySummary


def ui_url(query_url: str, path: str) -> str:
    return f"{query_url.rstrip('/')}/ui/{path.lstrip('/')}"


def _study_json(query_url: str, kind: str, accession: object) -> Flow[Any]:
    sdy = quote(normalize_accession(accession), safe="")
    return (yield from get_json(ui_url(query_url, f"study/{kind}/{sdy}"), authenticated=False))


def summary_flow(query_url: str, accession: object) -> Flow[StudySummary]:
    return StudySummary.from_json((yield from _study_json(query_url, "summary", accession)))


def design_flow(query_url: str, accession: object) -> Flow[Any]:
    return (yield from _study_json(query_url, "design", accession))


def study_files_flow(query_url: str, accession: object) -> Flow[Any]:
    return (yield from _study_json(query_url, "studyfile", accession))


def accessions_flow(query_url: str) -> Flow[list[str]]:
    payload = yield from get_json(ui_url(query_url, "study/findAllStudyAccessions"), authenticated=False)
    rows = payload.get("studyAccessions") if isinstance(payload, Mapping) else payload
    if not isinstance(rows, list) or not all(isinstance(r, str) for r in rows):
        raise DecodeError("findAllStudyAccessions did not return a list of accessions")
    return rows


def release_version_flow(query_url: str) -> Flow[str]:
    payload = yield from get_json(ui_url(query_url, "studydatarel/datarelver"), authenticated=False)
    first = payload
    if isinstance(payload, list):
        first = payload[0] if payload else None
    elif isinstance(payload, Mapping):
        first = next(iter(payload.values()), None)
    if first is None or isinstance(first, list | Mapping):
        raise DecodeError("datarelver did not return a version")
    return str(first)


def download_counts_flow(query_url: str, accessions: Iterable[object]) -> Flow[Any]:
    studies = [normalize_accession(a) for a in ([accessions] if isinstance(accessions, str) else accessions)]
    if not studies:
        raise InvalidRequestError("give at least one study accession")
    url = ui_url(query_url, "study/downloadCount")
    return (yield from get_json(url, params=[("studyAccession", ",".join(studies))], authenticated=False))
