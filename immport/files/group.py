"""``client.files``: the generated manifest/DRS calls plus ``download``."""

from __future__ import annotations

from immport._bind import Async, Sync
from immport.files.download import Downloads
from immport.resources import AsyncFiles, Files


class FilesGroup(Files, Downloads[Sync]):
    """File manifest, DRS download URLs, and verified downloads (``download``)."""


class AsyncFilesGroup(AsyncFiles, Downloads[Async]):
    """File manifest, DRS download URLs, and verified downloads (``await ...download(...)``)."""
