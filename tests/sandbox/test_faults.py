"""Fault injection: 5xx/429 answers, resets and cut bodies, seeded rates, runtime switching, env config."""

from __future__ import annotations

from typing import Any

import pytest

from immport.sandbox import SandboxConfig, Tunables, config_from_env
from immport.sandbox.faults import ConnectionCut

from .conftest import Q, Sandbox, TestClient


def statuses(sandbox: Sandbox, n: int) -> list[int]:
    return [sandbox.http.get(Q + "/api/lookup/lkSex").status_code for _ in range(n)]


def test_fail_next_then_recover(sandbox: Sandbox) -> None:
    sandbox.state.tunables.update(fail_next=2, error_kinds=("503",), retry_after=7)
    first = sandbox.http.get(Q + "/api/lookup/lkSex")
    assert first.status_code == 503 and first.headers["retry-after"] == "7"
    assert first.headers["content-type"].startswith("text/html")  # like a proxy's error page
    assert statuses(sandbox, 2) == [503, 200]


@pytest.mark.parametrize(
    ("kind", "status", "media"),
    [("429", 429, "application/json"), ("502", 502, "text/html"), ("500", 500, "application/json")],
)
def test_error_kinds(sandbox: Sandbox, kind: str, status: int, media: str) -> None:
    sandbox.state.tunables.update(fail_next=1, error_kinds=(kind,), retry_after=3)
    response = sandbox.http.get(Q + "/api/lookup/lkSex")
    assert response.status_code == status
    assert response.headers["content-type"].startswith(media)
    if kind == "429":
        assert response.headers["retry-after"] == "3"


def test_reset_and_cut_raise_in_process(sandbox: Sandbox) -> None:
    # over a socket the client sees a dropped connection (see test_server); in process the app raises
    client = TestClient(sandbox.http.app, raise_server_exceptions=True)
    sandbox.state.tunables.update(fail_next=1, error_kinds=("reset",))
    with pytest.raises(ConnectionCut):
        client.get(Q + "/api/lookup/lkSex")
    sandbox.state.tunables.update(cut_after_bytes=100, fault_path_prefix=Q + "/result/")
    with pytest.raises(ConnectionCut, match="after 100 bytes"):
        client.get(Q + "/result/elisa", headers=sandbox.auth())
    assert client.get(Q + "/api/lookup/lkSex").status_code == 200  # other paths untouched


def test_error_rate_is_deterministic_per_seed() -> None:
    def pattern(seed: int) -> list[int]:
        box = Sandbox(SandboxConfig(seed=seed, tunables=Tunables(error_rate=0.5, error_kinds=("503", "502"))))
        return statuses(box, 40)

    first = pattern(11)
    assert first == pattern(11)
    assert {200, 502, 503} == set(first)
    assert first != pattern(12)


def test_fault_path_prefix_limits_faults(sandbox: Sandbox) -> None:
    sandbox.state.tunables.update(error_rate=1.0, fault_path_prefix=Q + "/result/")
    assert sandbox.http.get(Q + "/api/lookup/lkSex").status_code == 200
    assert sandbox.get("/result/hai").status_code == 503


def test_admin_endpoint_switches_faults_at_runtime(sandbox: Sandbox) -> None:
    changed = sandbox.http.post("/_sandbox/config", json={"fail_next": 1, "error_kinds": ["502"]})
    assert changed.status_code == 200 and changed.json()["fail_next"] == 1
    assert statuses(sandbox, 2) == [502, 200]
    assert sandbox.http.get("/_sandbox/config").json()["fail_next"] == 0
    # admin endpoints themselves are never faulted, and bad settings are refused whole
    sandbox.state.tunables.update(error_rate=1.0)
    assert sandbox.http.get("/_sandbox/config").status_code == 200
    bad = sandbox.http.post("/_sandbox/config", json={"error_rate": 0.0, "error_kinds": ["teapot"]})
    assert bad.status_code == 400
    assert sandbox.state.tunables.error_rate == 1.0
    assert sandbox.http.post("/_sandbox/config", json={"nonsense": 1}).status_code == 400


@pytest.mark.parametrize(
    "changes", [{"error_rate": 2.0}, {"error_kinds": ()}, {"latency_ms": -1}, {"bogus": 1}]
)
def test_tunables_validate(changes: dict[str, Any]) -> None:
    with pytest.raises((ValueError, TypeError)):
        Tunables().update(**changes)


def test_config_from_environment() -> None:
    config = config_from_env(
        {
            "IMMPORT_SANDBOX_ROWS": "1000",
            "IMMPORT_SANDBOX_LATENCY_MS": "25",
            "IMMPORT_SANDBOX_ERROR_RATE": "0.1",
            "IMMPORT_SANDBOX_ERROR_KINDS": "503,reset",
            "IMMPORT_SANDBOX_CUT_AFTER_BYTES": "4096",
            "IMMPORT_SANDBOX_API_KEYS": "k1,k2",
            "IMMPORT_SANDBOX_TOKEN_LIFETIME": "60",
            "OTHER": "ignored",
        },
        rows=5,
    )
    assert config.rows == 5  # explicit overrides win
    assert config.api_keys == ("k1", "k2")
    assert config.tunables == Tunables(
        latency_ms=25, error_rate=0.1, error_kinds=("503", "reset"), cut_after_bytes=4096, token_lifetime=60
    )
    assert "k1" not in repr(config)
    with pytest.raises(ValueError, match="IMMPORT_SANDBOX_TYPO"):
        config_from_env({"IMMPORT_SANDBOX_TYPO": "1"})


def test_latency_setting_still_answers(sandbox: Sandbox) -> None:
    sandbox.state.tunables.update(latency_ms=5)
    assert sandbox.http.get(Q + "/api/lookup/lkSex").status_code == 200
