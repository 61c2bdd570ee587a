"""Parts of the API written once for both clients: a method is a flow, bound to the client's runner.

A resource (upload, batch, tickets, ui, files) subclasses :class:`Resource` and writes each method once,
as a flow (:mod:`immport._flows`) decorated with :func:`flow_method`::

    class _UploadApi(Resource[M]):
        @flow_method
        def workspaces(self) -> Flow[list[Workspace]]:
            return flows.workspaces_flow(self._service.host)

    class Upload(_UploadApi[Sync]): ...        # client.upload.workspaces() -> list[Workspace]
    class AsyncUpload(_UploadApi[Async]): ...  # await aclient.upload.workspaces()

On a ``Resource[Sync]`` the method returns the flow's result; on a ``Resource[Async]`` an awaitable of it.
Type checkers see both (the descriptor's ``__get__`` is overloaded on the resource's mode). A flow method
that takes a ``clock`` keyword hands it to the runner too (tests pass a fake clock to ``wait``).
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, Self, TypeVar, overload

from immport._flows import Flow

if TYPE_CHECKING:
    from immport._session import AsyncSession, SyncSession
    from immport.client import AsyncClient, Client

__all__ = ["Async", "BoundMethod", "FlowMethod", "M", "Resource", "Sync", "flow_method", "session_of"]

P = ParamSpec("P")
T = TypeVar("T")


class Sync:
    """Mode of a resource bound to :class:`immport.Client`: methods return their results."""


class Async:
    """Mode of a resource bound to :class:`immport.AsyncClient`: methods return awaitables."""


M = TypeVar("M", Sync, Async)


class Resource(Generic[M]):
    """Base of a resource written once for both clients; built from a client (``Upload(client)``)."""

    def __init__(self, client: Client | AsyncClient) -> None:
        self._session: SyncSession | AsyncSession = client.session

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"


class BoundMethod(Generic[P, T]):
    """A resource method written once: ``__get__`` types it per mode, ``bind`` makes the callable.

    :class:`FlowMethod` runs a flow on the session's runner; ``immport.ui`` binds one plain GET.
    """

    @overload
    def __get__(self, obj: None, owner: type) -> Self: ...
    @overload
    def __get__(self, obj: Resource[Sync], owner: type) -> Callable[P, T]: ...
    @overload
    def __get__(self, obj: Resource[Async], owner: type) -> Callable[P, Awaitable[T]]: ...
    def __get__(self, obj: Resource[Any] | None, owner: type) -> Any:
        if obj is None:
            return self
        return self.bind(obj)

    def bind(self, obj: Resource[Any]) -> Callable[..., Any]:
        """The method of ``obj``: returns its result on a sync session, an awaitable on an async one."""
        raise NotImplementedError


class FlowMethod(BoundMethod[P, T]):
    """A flow method bound to its resource's runner (see the module docstring)."""

    def __init__(self, method: Callable[Concatenate[Any, P], Flow[T]]) -> None:
        self._method = method
        self.__doc__ = method.__doc__

    def bind(self, obj: Resource[Any]) -> Callable[..., Any]:
        method = self._method

        @functools.wraps(method)
        def bound(*args: Any, **kwargs: Any) -> Any:
            runner = obj._session.runner_with(kwargs.get("clock"))  # on call: a detached ticket fails here
            return runner.run(method(obj, *args, **kwargs))  # straight to the runner: one frame fewer

        return bound


def session_of(obj: Resource[Any]) -> SyncSession | AsyncSession:
    """The session a resource sends through (for descriptors written outside this module)."""
    return obj._session


def flow_method(method: Callable[Concatenate[Any, P], Flow[T]]) -> FlowMethod[P, T]:
    """Write a resource method once, as a flow; see the module docstring."""
    return FlowMethod(method)
