"""File downloads over GA4GH DRS (manifest -> s3/stream URL -> plain GET without credentials).

Aspera is not supported: ImmPort retired its Aspera download service in July 2026.
"""

from immport.errors import DownloadFailedError
from immport.files.download import adownload, download
from immport.files.manifest import FILE_TYPES, ManifestEntry
from immport.files.result import (
    DownloadedFile,
    DownloadEvent,
    DownloadResult,
    FailedFile,
    SkippedFile,
)

__all__ = [
    "FILE_TYPES",
    "DownloadEvent",
    "DownloadFailedError",
    "DownloadResult",
    "DownloadedFile",
    "FailedFile",
    "ManifestEntry",
    "SkippedFile",
    "adownload",
    "download",
]
