"""Search paging written once: the pager says which page to ask for next and when to stop."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from immport.errors import DecodeError, InvalidRequestError

if TYPE_CHECKING:
    from immport_api_client.models import SearchHit


class SearchPager:
    """Walk ``fromRecord`` (zero-based) in steps of ``pageSize`` until ``hits.total.value`` is reached."""

    def __init__(self, arguments: Mapping[str, Any]) -> None:
        args = {k: v for k, v in arguments.items() if v is not None}
        page_size = args.pop("page_size", 100)
        if isinstance(page_size, bool) or not isinstance(page_size, int) or page_size < 1:
            raise InvalidRequestError(f"page_size must be a positive integer, got {page_size!r}")
        self.arguments = args
        self.page_size = page_size
        self.offset = 0
        self.total: int | None = None
        self.done = False

    def next_arguments(self) -> dict[str, Any] | None:
        if self.done:
            return None
        return {**self.arguments, "from_record": self.offset, "page_size": self.page_size}

    def accept(self, page: Any) -> list[SearchHit]:
        """Record one page; returns its hits."""
        from immport_api_client.models.search_response import SearchResponse  # (only its own module)

        if not isinstance(page, SearchResponse):
            raise DecodeError(f"search page is not a SearchResponse: {type(page).__name__}")
        hits_block = page.hits
        hits: list[SearchHit] = []
        total: int | None = None
        if hits_block:  # None / UNSET -> no hits
            hits = list(hits_block.hits or [])
            value = hits_block.total.value if hits_block.total else None
            total = value if isinstance(value, int) else None
        self.total = total
        self.offset += len(hits)
        # stop on an empty page or once the total is reached; a short page ends the walk only when the
        # total is unknown (the server may cap pageSize below what was asked)
        if total is None:
            self.done = len(hits) < self.page_size
        else:
            self.done = not hits or self.offset >= total
        return hits
