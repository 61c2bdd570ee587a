"""Base classes of the generated resource groups: argument clean-up and the calls into the client's session.

Each group calls its session's ``invoke`` / ``stream`` (:mod:`immport._session`): one plain call per
operation (search paging: one per page). The generated twins only add typed signatures.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Literal

from immport._bind import Async, M, Resource, Sync
from immport._paging import SearchPager
from immport.errors import InvalidRequestError
from immport.operations import get_operation
from immport.search_results import S, SearchHit, SearchResults, decode_search

if TYPE_CHECKING:
    from immport._session import AsyncSession, SyncSession

Format = Literal["json", "tsv"]


def wants_tsv(format: str) -> bool:
    if format not in ("json", "tsv"):
        raise InvalidRequestError(f"format must be 'json' or 'tsv', got {format!r}")
    return format == "tsv"


def present(arguments: Mapping[str, Any]) -> dict[str, Any]:
    """Drop arguments left at None (not sent)."""
    return {k: v for k, v in arguments.items() if v is not None}


def typed_search(operation_id: str, body: Any, source: type[S]) -> SearchResults[S]:
    """A search response as typed hits (a wrongly shaped one is a DecodeError naming the path)."""
    op = get_operation(operation_id)
    return decode_search(f"{op.group}.{op.method_name}", body, source)


class _Group(Resource[M]):
    """Base of a generated group: its methods call the session directly (``session.invoke``/``stream``);
    search paging is the one piece of logic here."""

    def _paginate(self, operation_id: str, arguments: Mapping[str, Any], source: type[S]) -> Any:
        return self._pages(operation_id, SearchPager[S](arguments), source)

    def _pages(self, operation_id: str, pager: SearchPager[S], source: type[S]) -> Any:
        raise NotImplementedError


class SyncGroup(_Group[Sync]):
    _session: SyncSession

    def _pages(self, operation_id: str, pager: SearchPager[S], source: type[S]) -> Iterator[SearchHit[S]]:
        while (arguments := pager.next_arguments()) is not None:
            body = self._session.invoke(operation_id, present(arguments))
            yield from pager.accept(typed_search(operation_id, body, source))


class AsyncGroup(_Group[Async]):
    _session: AsyncSession

    async def _pages(
        self, operation_id: str, pager: SearchPager[S], source: type[S]
    ) -> AsyncIterator[SearchHit[S]]:
        while (arguments := pager.next_arguments()) is not None:
            body = await self._session.invoke(operation_id, present(arguments))
            for hit in pager.accept(typed_search(operation_id, body, source)):
                yield hit
