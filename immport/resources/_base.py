"""Base classes of the generated resource groups: argument clean-up and the calls into the client."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from typing import Any

from immport.errors import InvalidRequestError
from immport.resources._paging import SearchPager
from immport.resources._protocols import AsyncInvoker, SyncInvoker


def wants_tsv(format: str, as_tsv: bool) -> bool:
    if format not in ("json", "tsv"):
        raise InvalidRequestError(f"format must be 'json' or 'tsv', got {format!r}")
    return as_tsv or format == "tsv"


def present(arguments: Mapping[str, Any]) -> dict[str, Any]:
    """Drop arguments left at None (not sent)."""
    return {k: v for k, v in arguments.items() if v is not None}


class SyncGroup:
    def __init__(self, invoker: SyncInvoker) -> None:
        self._invoker = invoker

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"

    def _call(self, operation_id: str, arguments: Mapping[str, Any], format: str, as_tsv: bool) -> Any:
        tsv = wants_tsv(format, as_tsv)
        return self._invoker._invoke(operation_id, present(arguments), tsv=tsv)

    def _stream(
        self, operation_id: str, arguments: Mapping[str, Any], format: str, as_tsv: bool
    ) -> Iterator[Any]:
        tsv = wants_tsv(format, as_tsv)
        return self._invoker._invoke_stream(operation_id, present(arguments), tsv=tsv)

    def _paginate(self, operation_id: str, arguments: Mapping[str, Any]) -> Iterator[Any]:
        pager = SearchPager(arguments)
        return self._pages(operation_id, pager)

    def _pages(self, operation_id: str, pager: SearchPager) -> Iterator[Any]:
        while (arguments := pager.next_arguments()) is not None:
            yield from pager.accept(self._invoker._invoke(operation_id, arguments))


class AsyncGroup:
    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"

    async def _call(self, operation_id: str, arguments: Mapping[str, Any], format: str, as_tsv: bool) -> Any:
        tsv = wants_tsv(format, as_tsv)
        return await self._invoker._invoke(operation_id, present(arguments), tsv=tsv)

    def _stream(
        self, operation_id: str, arguments: Mapping[str, Any], format: str, as_tsv: bool
    ) -> AsyncIterator[Any]:
        tsv = wants_tsv(format, as_tsv)
        return self._invoker._invoke_stream(operation_id, present(arguments), tsv=tsv)

    def _paginate(self, operation_id: str, arguments: Mapping[str, Any]) -> AsyncIterator[Any]:
        pager = SearchPager(arguments)
        return self._pages(operation_id, pager)

    async def _pages(self, operation_id: str, pager: SearchPager) -> AsyncIterator[Any]:
        while (arguments := pager.next_arguments()) is not None:
            for hit in pager.accept(await self._invoker._invoke(operation_id, arguments)):
                yield hit
