"""``client.ui``: study metadata used by ImmPort's web UI (no token).

Each method is one plain GET (``session.get_json``) written once for both clients: ``StudyMetadata(client)``
returns results, ``AsyncStudyMetadata(aclient)`` awaitables. Paths: ``immport.ui.calls``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Concatenate, ParamSpec, TypeVar

from immport._bind import Async, BoundMethod, M, Resource, Sync, session_of
from immport._session import AsyncSession
from immport.ui import calls
from immport.ui.calls import UiGet
from immport.ui.models import StudySummary

P = ParamSpec("P")
T = TypeVar("T")


class _GetMethod(BoundMethod[P, T]):
    """A method naming one GET (``UiGet``), sent with the session's ``get_json``; awaitable when async."""

    def __init__(self, method: Callable[Concatenate[Any, P], UiGet[T]]) -> None:
        self._method = method
        self.__doc__ = method.__doc__

    def bind(self, obj: Resource[Any]) -> Callable[..., Any]:
        session = session_of(obj)
        method, query_url = self._method, session.settings.query_url
        if isinstance(session, AsyncSession):

            async def acall(*args: P.args, **kwargs: P.kwargs) -> T:
                get = method(obj, *args, **kwargs)  # bad input is refused before anything is sent
                return get.read(
                    await session.get_json(get.url(query_url), params=get.params, authenticated=False)
                )

            return acall

        def call(*args: P.args, **kwargs: P.kwargs) -> T:
            get = method(obj, *args, **kwargs)
            return get.read(session.get_json(get.url(query_url), params=get.params, authenticated=False))

        return call


def _get_method(method: Callable[Concatenate[Any, P], UiGet[T]]) -> _GetMethod[P, T]:
    return _GetMethod(method)


class _StudyMetadataApi(Resource[M]):
    """Paths under ``{query_url}/ui/`` (legacy: no ``/ui``)."""

    @_get_method
    def summary(self, study_accession: str) -> UiGet[StudySummary]:
        """``/ui/study/summary/{sdy}`` (legacy ``/study/summary/{sdy}``)."""
        return calls.summary(study_accession)

    @_get_method
    def design(self, study_accession: str) -> UiGet[Any]:
        """``/ui/study/design/{sdy}``: decoded JSON (shape not documented by ImmPort)."""
        return calls.design(study_accession)

    @_get_method
    def study_files(self, study_accession: str) -> UiGet[Any]:
        """``/ui/study/studyfile/{sdy}``: decoded JSON (shape not documented by ImmPort)."""
        return calls.study_files(study_accession)

    @_get_method
    def study_accessions(self) -> UiGet[list[str]]:
        """``/ui/study/findAllStudyAccessions`` -> every public study accession."""
        return calls.accessions()

    @_get_method
    def data_release_version(self) -> UiGet[str]:
        """``/ui/studydatarel/datarelver`` -> the latest data release version."""
        return calls.release_version()

    @_get_method
    def download_counts(self, study_accessions: Iterable[str]) -> UiGet[Any]:
        """``/ui/study/downloadCount?studyAccession=a,b``: decoded JSON (shape not documented)."""
        return calls.download_counts(study_accessions)


class StudyMetadata(_StudyMetadataApi[Sync]):
    """Sync; construct as ``StudyMetadata(client)``."""


class AsyncStudyMetadata(_StudyMetadataApi[Async]):
    """Asyncio form of ``StudyMetadata``; construct as ``AsyncStudyMetadata(async_client)``."""
