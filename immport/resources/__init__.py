"""Typed resource groups: ``client.search``, ``.studies``, ``.results``, ``.lookups``, ``.files``.

The classes are generated at codegen time into ``immport/_generated/`` (one module per group) from the
operation table; each method has explicit parameters (the keyword filters of an operation are one
``TypedDict``) and return types, and delegates to the client's session (``session.invoke``).
"""

from immport._generated.files import AsyncFiles, Files
from immport._generated.lookups import AsyncLookups, Lookups
from immport._generated.results import AsyncResults, Results
from immport._generated.search import AsyncSearch, Search
from immport._generated.studies import AsyncStudies, Studies
from immport.resources.search_results import SearchHit, SearchResults, StudySource, SubjectSource

__all__ = [
    "AsyncFiles",
    "AsyncLookups",
    "AsyncResults",
    "AsyncSearch",
    "AsyncStudies",
    "Files",
    "Lookups",
    "Results",
    "Search",
    "SearchHit",
    "SearchResults",
    "Studies",
    "StudySource",
    "SubjectSource",
]
