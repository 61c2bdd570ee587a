"""Typed Python client for ImmPort, NIAID's immunology data repository.

    >>> import immport
    >>> with immport.Client() as client:          # credentials from IMMPORT_* (see Client's docstring)
    ...     client.search.studies(...)

Importing ``immport`` is cheap: the clients, settings and auth classes load on first use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from immport import errors
from immport._version import __version__
from immport.errors import (
    ApiKeyExpiryWarning,
    APIStatusError,
    AuthenticationError,
    ConflictError,
    ContractViolation,
    ContractWarning,
    DecodeError,
    DownloadCancelled,
    DownloadFailedError,
    ImmPortError,
    InvalidRequestError,
    NotFoundError,
    OfflineCacheMiss,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    TicketTimeoutError,
    TransportError,
    UploadMayHaveRegisteredError,
    VerificationError,
)

if TYPE_CHECKING:
    from immport._config import Settings
    from immport._http.cache import HttpCache
    from immport.auth import ApiKeyAuth, BearerTokenAuth, PasswordAuth
    from immport.client import AsyncClient, Client
    from immport.search_results import SearchHit, SearchResults, StudySource, SubjectSource


_LAZY = {
    "Client": "immport.client",
    "AsyncClient": "immport.client",
    "Settings": "immport._config",
    "HttpCache": "immport._http.cache",
    "ApiKeyAuth": "immport.auth",
    "SearchHit": "immport.search_results",
    "SearchResults": "immport.search_results",
    "StudySource": "immport.search_results",
    "SubjectSource": "immport.search_results",
    "BearerTokenAuth": "immport.auth",
    "PasswordAuth": "immport.auth",
}

__all__ = [
    "APIStatusError",
    "ApiKeyAuth",
    "ApiKeyExpiryWarning",
    "AsyncClient",
    "AuthenticationError",
    "BearerTokenAuth",
    "Client",
    "ConflictError",
    "ContractViolation",
    "ContractWarning",
    "DecodeError",
    "DownloadCancelled",
    "DownloadFailedError",
    "HttpCache",
    "ImmPortError",
    "InvalidRequestError",
    "NotFoundError",
    "OfflineCacheMiss",
    "PasswordAuth",
    "PermissionDeniedError",
    "RateLimitError",
    "SearchHit",
    "SearchResults",
    "ServerError",
    "Settings",
    "StudySource",
    "SubjectSource",
    "TicketTimeoutError",
    "TransportError",
    "UploadMayHaveRegisteredError",
    "VerificationError",
    "__version__",
    "errors",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'immport' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
