"""Typed resource groups: ``client.search``, ``.studies``, ``.results``, ``.lookups``, ``.files``.

The classes are generated at codegen time (``_generated.py``) from the operation table; each method
has explicit keyword parameters and return types and delegates to the client's ``_invoke``.
"""

from immport.resources._generated import (
    AsyncFiles,
    AsyncLookups,
    AsyncResults,
    AsyncSearch,
    AsyncStudies,
    Files,
    Lookups,
    Results,
    Search,
    Studies,
)
from immport.resources._protocols import AsyncInvoker, SyncInvoker

__all__ = [
    "AsyncFiles",
    "AsyncInvoker",
    "AsyncLookups",
    "AsyncResults",
    "AsyncSearch",
    "AsyncStudies",
    "Files",
    "Lookups",
    "Results",
    "Search",
    "Studies",
    "SyncInvoker",
]
