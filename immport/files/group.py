"""``client.files``: the generated manifest/DRS calls plus ``download``."""

from __future__ import annotations

from os import PathLike

from immport._flows import AsyncClientLike, SyncClientLike
from immport.files.download import Source, adownload, download
from immport.files.progress import Progress
from immport.files.result import DownloadResult
from immport.files.transfer import SEGMENTS
from immport.resources import AsyncFiles, Files


class FilesGroup(Files):
    """File manifest, DRS download URLs, and verified downloads (``download``)."""

    def __init__(self, client: SyncClientLike) -> None:
        super().__init__(client)  # type: ignore[arg-type]
        self._client = client

    def download(
        self,
        source: Source,
        dest: str | PathLike[str],
        *,
        file_type: str = "all",
        concurrency: int = 4,
        segments: int = SEGMENTS,
        progress: Progress = False,
        fail_fast: bool = False,
        raise_on_error: bool = True,
    ) -> DownloadResult:
        """Download a study's files (``"SDY1"``) or manifest rows into ``dest``, verified by size and MD5.

        Raises :class:`~immport.files.DownloadFailedError` (``.result`` has every outcome) when any file
        failed; ``raise_on_error=False`` returns the result instead (falsy when not ``ok``).
        See :func:`immport.files.download`.
        """
        return download(
            self._client,
            source,
            dest,
            file_type=file_type,
            concurrency=concurrency,
            segments=segments,
            progress=progress,
            fail_fast=fail_fast,
            raise_on_error=raise_on_error,
        )


class AsyncFilesGroup(AsyncFiles):
    """File manifest, DRS download URLs, and verified downloads (``download``)."""

    def __init__(self, client: AsyncClientLike) -> None:
        super().__init__(client)  # type: ignore[arg-type]
        self._client = client

    async def download(
        self,
        source: Source,
        dest: str | PathLike[str],
        *,
        file_type: str = "all",
        concurrency: int = 4,
        segments: int = SEGMENTS,
        progress: Progress = False,
        fail_fast: bool = False,
        raise_on_error: bool = True,
    ) -> DownloadResult:
        """Download a study's files or manifest rows into ``dest``; see :func:`immport.files.adownload`.

        Raises ``DownloadFailedError`` when any file failed, unless ``raise_on_error=False``.
        """
        return await adownload(
            self._client,
            source,
            dest,
            file_type=file_type,
            concurrency=concurrency,
            segments=segments,
            progress=progress,
            fail_fast=fail_fast,
            raise_on_error=raise_on_error,
        )
