"""Search paging written once: the pager says which page to ask for next and when to stop."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Generic

from immport.errors import InvalidRequestError
from immport.search_results import S, SearchHit, SearchResults


class SearchPager(Generic[S]):
    """Walk ``fromRecord`` (zero-based) in steps of ``pageSize`` until ``total`` is reached."""

    def __init__(self, arguments: Mapping[str, Any]) -> None:
        args = {k: v for k, v in arguments.items() if v is not None}
        page_size = args.pop("page_size", 100)
        if isinstance(page_size, bool) or not isinstance(page_size, int) or page_size < 1:
            raise InvalidRequestError(f"page_size must be a positive integer (minimum 1), got {page_size!r}")
        self.arguments = args
        self.page_size = page_size
        self.offset = 0
        self.total: int | None = None
        self.done = False

    def next_arguments(self) -> dict[str, Any] | None:
        if self.done:
            return None
        return {**self.arguments, "from_record": self.offset, "page_size": self.page_size}

    def accept(self, page: SearchResults[S]) -> list[SearchHit[S]]:
        """Record one page; returns its hits."""
        hits = page.hits
        self.total = page.total
        self.offset += len(hits)
        # stop on an empty page or once the total is reached (the server may cap pageSize below
        # what was asked, so a short page alone does not end the walk)
        self.done = not hits or self.offset >= page.total
        return hits
