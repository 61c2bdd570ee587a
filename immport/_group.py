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


def _search_results(operation_id: str, body: Any, source: type[S]) -> SearchResults[S]:
    op = get_operation(operation_id)
    return decode_search(f"{op.group}.{op.method_name}", body, source)


class _Group(Resource[M]):
    """What both kinds of group do alike: clean the arguments, then one call on the session (an awaitable
    on an ``AsyncClient``'s)."""

    def _call(self, operation_id: str, arguments: Mapping[str, Any], format: str) -> Any:
        return self._session.invoke(operation_id, present(arguments), tsv=wants_tsv(format))

    def _stream(self, operation_id: str, arguments: Mapping[str, Any], format: str) -> Any:
        return self._session.stream(operation_id, present(arguments), tsv=wants_tsv(format))

    def _paginate(self, operation_id: str, arguments: Mapping[str, Any], source: type[S]) -> Any:
        return self._pages(operation_id, SearchPager[S](arguments), source)

    def _pages(self, operation_id: str, pager: SearchPager[S], source: type[S]) -> Any:
        raise NotImplementedError


class SyncGroup(_Group[Sync]):
    _session: SyncSession

    def _search(self, operation_id: str, arguments: Mapping[str, Any], source: type[S]) -> SearchResults[S]:
        body = self._session.invoke(operation_id, present(arguments))
        return _search_results(operation_id, body, source)

    def _pages(self, operation_id: str, pager: SearchPager[S], source: type[S]) -> Iterator[SearchHit[S]]:
        while (arguments := pager.next_arguments()) is not None:
            yield from pager.accept(self._search(operation_id, arguments, source))


class AsyncGroup(_Group[Async]):
    _session: AsyncSession

    async def _search(
        self, operation_id: str, arguments: Mapping[str, Any], source: type[S]
    ) -> SearchResults[S]:
        body = await self._session.invoke(operation_id, present(arguments))
        return _search_results(operation_id, body, source)

    async def _pages(
        self, operation_id: str, pager: SearchPager[S], source: type[S]
    ) -> AsyncIterator[SearchHit[S]]:
        while (arguments := pager.next_arguments()) is not None:
            for hit in pager.accept(await self._search(operation_id, arguments, source)):
                yield hit
