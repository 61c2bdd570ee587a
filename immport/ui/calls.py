"""UI study-detail endpoints (no token): for each, the GET to send and how to read its answer.

Current paths are ``{query_url}/ui/<path>`` (e.g. ``https://www.immport.org/data/query/ui/study/summary/SDY1680``);
the 2021 docs list the same paths without ``/ui`` under the legacy base ``https://api.immport.org/data/query``.
ImmPort calls these "used by the UI": shapes other than the study summary are not documented, so those
calls return the decoded JSON unchanged.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any, Generic, TypeVar
from urllib.parse import quote

import attrs

from immport.accessions import normalize_accession
from immport.errors import DecodeError, InvalidRequestError
from immport.ui.models import StudySummary

T = TypeVar("T")


def _unchanged(payload: Any) -> Any:
    return payload


@attrs.frozen
class UiGet(Generic[T]):
    """One GET of ``{query_url}/ui/{path}`` and the reading of its JSON answer."""

    path: str
    read: Callable[[Any], T]
    params: list[tuple[str, str]] | None = None

    def url(self, query_url: str) -> str:
        return f"{query_url.rstrip('/')}/ui/{self.path}"


def _study(kind: str, accession: object, read: Callable[[Any], T]) -> UiGet[T]:
    return UiGet(f"study/{kind}/{quote(normalize_accession(accession), safe='')}", read)


def summary(accession: object) -> UiGet[StudySummary]:
    return _study("summary", accession, StudySummary.from_json)


def design(accession: object) -> UiGet[Any]:
    return _study("design", accession, _unchanged)


def study_files(accession: object) -> UiGet[Any]:
    return _study("studyfile", accession, _unchanged)


def _accession_list(payload: Any) -> list[str]:
    rows = payload.get("studyAccessions") if isinstance(payload, Mapping) else payload
    if not isinstance(rows, list) or not all(isinstance(r, str) for r in rows):
        raise DecodeError("findAllStudyAccessions did not return a list of accessions")
    return rows


def accessions() -> UiGet[list[str]]:
    return UiGet("study/findAllStudyAccessions", _accession_list)


def _release_version(payload: Any) -> str:
    first = payload
    if isinstance(payload, list):
        first = payload[0] if payload else None
    elif isinstance(payload, Mapping):
        first = next(iter(payload.values()), None)
    if first is None or isinstance(first, list | Mapping):
        raise DecodeError("datarelver did not return a version")
    return str(first)


def release_version() -> UiGet[str]:
    return UiGet("studydatarel/datarelver", _release_version)


def download_counts(accessions: Iterable[object]) -> UiGet[Any]:
    studies = [normalize_accession(a) for a in ([accessions] if isinstance(accessions, str) else accessions)]
    if not studies:
        raise InvalidRequestError("give at least one study accession")
    return UiGet("study/downloadCount", _unchanged, [("studyAccession", ",".join(studies))])
