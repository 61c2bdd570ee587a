"""strict="warn" (IMMPORT_STRICT=1) without jsonschema-rs warns once and never fails a call; "error" fails."""

from __future__ import annotations

import sys
import warnings

import httpx
import pytest

import immport
from immport import _session as session_module
from immport.errors import ContractWarning

from .support import NO_ENV

ROWS = [{"name": "Influenza", "description": "flu"}]


@pytest.fixture
def no_jsonschema_rs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "jsonschema_rs", None)  # `import jsonschema_rs` now fails
    for module in ("immport.contract.strict", "immport.contract._strict_schema"):  # importers of it
        monkeypatch.delitem(sys.modules, module, raising=False)
    monkeypatch.setattr(session_module, "_STRICT_UNAVAILABLE", [])  # the once-only memory, fresh


def make_client(strict: str) -> immport.Client:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=ROWS))
    env = {**NO_ENV, "IMMPORT_STRICT": strict}
    return immport.Client(env=env, transport=transport, auth=False)


@pytest.mark.usefixtures("no_jsonschema_rs")
def test_warn_mode_without_jsonschema_rs_warns_once_and_every_call_succeeds() -> None:
    with make_client("1") as client, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for _ in range(3):
            assert client.lookups.disease()[0].name == "Influenza"
    about_it = [w for w in caught if issubclass(w.category, ContractWarning)]
    assert len(about_it) == 1 and "immport[contract]" in str(about_it[0].message)


@pytest.mark.usefixtures("no_jsonschema_rs")
def test_error_mode_without_jsonschema_rs_still_fails_saying_what_to_install() -> None:
    with make_client("error") as client, pytest.raises(ImportError, match=r"immport\[contract\]"):
        client.lookups.disease()
