"""What a resource group needs from its client (implemented by immport.Client / AsyncClient)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from typing import Any, Protocol


class SyncInvoker(Protocol):
    def _invoke(self, operation_id: str, arguments: Mapping[str, Any], *, tsv: bool = False) -> Any: ...

    def _invoke_stream(
        self, operation_id: str, arguments: Mapping[str, Any], *, tsv: bool = False
    ) -> Iterator[Any]: ...


class AsyncInvoker(Protocol):
    async def _invoke(self, operation_id: str, arguments: Mapping[str, Any], *, tsv: bool = False) -> Any: ...

    def _invoke_stream(
        self, operation_id: str, arguments: Mapping[str, Any], *, tsv: bool = False
    ) -> AsyncIterator[Any]: ...
