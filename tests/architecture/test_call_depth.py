"""Issue 14.5: from ``client.files.download`` to the socket through at most 5 frames of our own code.

How it is measured: against the sandbox over real sockets, ``socket.socket.sendall`` / ``send`` are wrapped;
at every write the Python stack of the writing thread is walked and the frames whose code lives in
``immport/`` (the sandbox server excluded: it is the other end) are counted. The deepest write of the call
is the figure. A file fetched by a worker thread of the download counts the frames on that thread.
"""

from __future__ import annotations

import asyncio
import socket
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import immport
from immport.sandbox import SandboxConfig, SandboxInfo, running

PACKAGE = Path(immport.__file__).parent
SANDBOX = PACKAGE / "sandbox"
LIMIT = 5
NO_ENV: dict[str, str] = {}


class Depths:
    """The immport frames on the stack at each socket write made while ``active``."""

    def __init__(self) -> None:
        self.stacks: list[list[str]] = []
        self.active = False
        self._lock = threading.Lock()

    def record(self) -> None:
        if not self.active:
            return
        ours = []
        frame = sys._getframe(2)
        while frame is not None:
            path = Path(frame.f_code.co_filename)
            if path.is_relative_to(PACKAGE) and not path.is_relative_to(SANDBOX):
                ours.append(f"{path.relative_to(PACKAGE)}:{frame.f_code.co_qualname}")
            frame = frame.f_back
        if ours:
            with self._lock:
                self.stacks.append(ours[::-1])

    def deepest(self) -> list[str]:
        assert self.stacks, "no request reached a socket"
        return max(self.stacks, key=len)


@pytest.fixture(scope="module")
def box() -> Iterator[SandboxInfo]:
    with running(SandboxConfig(file_size=32 * 1024)) as info:
        yield info


@pytest.fixture
def depths(monkeypatch: pytest.MonkeyPatch) -> Depths:
    seen = Depths()
    for name in ("sendall", "send"):
        original = getattr(socket.socket, name)

        def wrapper(self: socket.socket, *args: Any, _original: Any = original, **kwargs: Any) -> Any:
            seen.record()
            return _original(self, *args, **kwargs)

        monkeypatch.setattr(socket.socket, name, wrapper)
    return seen


def test_a_study_download_reaches_the_socket_through_at_most_five_of_our_frames(
    box: SandboxInfo, depths: Depths, tmp_path: Path
) -> None:
    with immport.Client(api_key=box.api_key, env=NO_ENV, **box.client_kwargs()) as client:
        depths.active = True
        result = client.files.download("SDY1", tmp_path)
        depths.active = False
    assert result.ok and result.downloaded
    deepest = depths.deepest()
    print("deepest path:", " -> ".join(deepest))
    assert len(deepest) <= LIMIT, deepest
    assert deepest[0].startswith("_bind.py:")  # the call starts at client.files.download itself


def test_the_token_request_of_a_password_login_stays_within_five_frames(
    box: SandboxInfo, depths: Depths, tmp_path: Path
) -> None:
    credentials = {"username": box.username, "password": box.password}
    with immport.Client(env=NO_ENV, **credentials, **box.client_kwargs()) as client:
        depths.active = True
        result = client.files.download("SDY1", tmp_path)
        depths.active = False
    assert result.ok
    token_writes = [stack for stack in depths.stacks if any("oneshot.py" in frame for frame in stack)]
    assert token_writes, "the password login made no token request"
    deepest = depths.deepest()
    print("deepest path:", " -> ".join(deepest))
    assert len(deepest) <= LIMIT, deepest


def test_the_async_download_is_as_shallow(box: SandboxInfo, depths: Depths, tmp_path: Path) -> None:
    async def main() -> immport.files.DownloadResult:
        async with immport.AsyncClient(api_key=box.api_key, env=NO_ENV, **box.client_kwargs()) as client:
            depths.active = True
            try:
                return await client.files.download("SDY1", tmp_path)
            finally:
                depths.active = False

    assert asyncio.run(main()).ok
    deepest = depths.deepest()
    print("deepest path:", " -> ".join(deepest))
    assert len(deepest) <= LIMIT, deepest


def test_every_kind_of_api_call_reaches_the_socket_within_five_frames(
    box: SandboxInfo, depths: Depths
) -> None:
    with immport.Client(api_key=box.api_key, env=NO_ENV, **box.client_kwargs()) as client:
        depths.active = True
        calls = {
            "results.elisa": lambda: client.results.elisa(study_accession="SDY1"),
            "results.iter_elisa": lambda: list(client.results.iter_elisa(study_accession="SDY1")),
            "search.studies": lambda: client.search.studies(page_size=2),
            "search.iter_studies": lambda: list(client.search.iter_studies(page_size=2)),
            "ui.summary": lambda: client.ui.summary("SDY1"),
        }
        deepest = {}
        for name, call in calls.items():
            depths.stacks.clear()
            assert call()
            deepest[name] = depths.deepest()
        depths.active = False
    print("\n".join(f"{name}: {' -> '.join(stack)}" for name, stack in deepest.items()))
    assert {name: len(stack) for name, stack in deepest.items() if len(stack) > LIMIT} == {}


def test_async_api_calls_reach_the_socket_within_five_frames(box: SandboxInfo, depths: Depths) -> None:
    async def main() -> dict[str, list[str]]:
        deepest = {}
        async with immport.AsyncClient(api_key=box.api_key, env=NO_ENV, **box.client_kwargs()) as client:
            depths.active = True
            depths.stacks.clear()
            assert await client.results.elisa(study_accession="SDY1")
            deepest["results.elisa"] = depths.deepest()
            depths.stacks.clear()
            assert [row async for row in client.results.iter_elisa(study_accession="SDY1")]
            deepest["results.iter_elisa"] = depths.deepest()
            depths.active = False
        return deepest

    deepest = asyncio.run(main())
    print("\n".join(f"{name}: {' -> '.join(stack)}" for name, stack in deepest.items()))
    assert {name: len(stack) for name, stack in deepest.items() if len(stack) > LIMIT} == {}
