"""``client.ui``: study metadata used by ImmPort's web UI (no token needed)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, TypeVar

from immport._flows import Flow
from immport.ui import flows
from immport.ui.models import StudySummary

if TYPE_CHECKING:
    from immport.client import AsyncClient, Client

T = TypeVar("T")


class StudyMetadata:
    """Sync; construct as ``StudyMetadata(client)``. Paths under ``{query_url}/ui/`` (legacy: no ``/ui``)."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def _run(self, flow: Flow[T]) -> T:
        return self._client.session.run(flow)

    @property
    def _base(self) -> str:
        return self._client.settings.query_url

    def summary(self, study_accession: str) -> StudySummary:
        """``/ui/study/summary/{sdy}`` (legacy ``/study/summary/{sdy}``)."""
        return self._run(flows.summary_flow(self._base, study_accession))

    def design(self, study_accession: str) -> Any:
        """``/ui/study/design/{sdy}``: decoded JSON (shape not documented by ImmPort)."""
        return self._run(flows.design_flow(self._base, study_accession))

    def study_files(self, study_accession: str) -> Any:
        """``/ui/study/studyfile/{sdy}``: decoded JSON (shape not documented by ImmPort)."""
        return self._run(flows.study_files_flow(self._base, study_accession))

    def study_accessions(self) -> list[str]:
        """``/ui/study/findAllStudyAccessions`` -> every public study accession."""
        return self._run(flows.accessions_flow(self._base))

    def data_release_version(self) -> str:
        """``/ui/studydatarel/datarelver`` -> the latest data release version."""
        return self._run(flows.release_version_flow(self._base))

    def download_counts(self, study_accessions: Iterable[str]) -> Any:
        """``/ui/study/downloadCount?studyAccession=a,b``: decoded JSON (shape not documented)."""
        return self._run(flows.download_counts_flow(self._base, study_accessions))


class AsyncStudyMetadata:
    """Asyncio form of ``StudyMetadata``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def _run(self, flow: Flow[T]) -> T:
        return await self._client.session.run(flow)

    @property
    def _base(self) -> str:
        return self._client.settings.query_url

    async def summary(self, study_accession: str) -> StudySummary:
        return await self._run(flows.summary_flow(self._base, study_accession))

    async def design(self, study_accession: str) -> Any:
        return await self._run(flows.design_flow(self._base, study_accession))

    async def study_files(self, study_accession: str) -> Any:
        return await self._run(flows.study_files_flow(self._base, study_accession))

    async def study_accessions(self) -> list[str]:
        return await self._run(flows.accessions_flow(self._base))

    async def data_release_version(self) -> str:
        return await self._run(flows.release_version_flow(self._base))

    async def download_counts(self, study_accessions: Iterable[str]) -> Any:
        return await self._run(flows.download_counts_flow(self._base, study_accessions))
