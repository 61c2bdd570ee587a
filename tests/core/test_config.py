"""Settings: defaults, IMMPORT_* environment, argument precedence and validation."""

from __future__ import annotations

from pathlib import Path

import pytest

import immport
from immport._config import Settings, strict_mode
from immport.errors import InvalidRequestError


def test_defaults() -> None:
    s = Settings.from_env({})
    assert s.query_url == "https://www.immport.org/data/query"
    assert s.auth_url == "https://www.immport.org"
    assert s.upload_url == "https://immport-upload.niaid.nih.gov:8443"
    assert s.batch_url == "https://immport-upload.niaid.nih.gov:9443"
    assert s.max_retries == 3 and s.ca_bundle is None and s.strict == "off"
    assert s.user_agent.startswith("immport-python/")


def test_environment_and_argument_precedence(tmp_path: Path) -> None:
    bundle = tmp_path / "ca.pem"
    bundle.write_text("-----BEGIN CERTIFICATE-----\n")
    env = {
        "IMMPORT_QUERY_URL": "https://www.dev.immport.org/data/query/",
        "IMMPORT_AUTH_URL": "https://www.dev.immport.org",
        "IMMPORT_UPLOAD_URL": "https://upload.dev.example:8443",
        "IMMPORT_BATCH_URL": "https://upload.dev.example:9443",
        "IMMPORT_TIMEOUT": "12.5",
        "IMMPORT_CONNECT_TIMEOUT": "3",
        "IMMPORT_MAX_RETRIES": "5",
        "IMMPORT_CA_BUNDLE": str(bundle),
        "IMMPORT_USER_AGENT": "lab-pipeline/2",
        "IMMPORT_STRICT": "error",
    }
    s = Settings.from_env(env)
    assert s.query_url == "https://www.dev.immport.org/data/query"  # trailing slash dropped
    assert (s.timeout, s.connect_timeout, s.max_retries) == (12.5, 3.0, 5)
    assert s.ca_bundle == str(bundle) and s.user_agent == "lab-pipeline/2" and s.strict == "error"
    assert s.upload_url == "https://upload.dev.example:8443"
    overridden = Settings.from_env(env, max_retries=0, query_url=None, strict=False)
    assert overridden.max_retries == 0 and overridden.strict == "off"
    assert overridden.query_url == "https://www.dev.immport.org/data/query"  # None means "not given"


def test_client_arguments_override_environment() -> None:
    env = {"IMMPORT_MAX_RETRIES": "7", "IMMPORT_QUERY_URL": "https://a.example/q"}
    client = immport.Client(env=env, max_retries=1, query_url="https://b.example/q")
    assert client.settings.max_retries == 1 and client.settings.query_url == "https://b.example/q"
    client.close()


def test_explicit_settings_skip_the_environment() -> None:
    settings = Settings(max_retries=2)
    client = immport.Client(settings=settings, env={"IMMPORT_MAX_RETRIES": "9"}, timeout=5)
    assert client.settings.max_retries == 2 and client.settings.timeout == 5
    client.close()


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"query_url": "ftp://x.example"}, "absolute http"),
        ({"query_url": "not a url"}, "absolute http"),
        ({"query_url": "http://www.immport.org/data/query"}, "use https"),
        ({"auth_url": "https://user:pw@www.immport.org"}, "must not contain credentials"),
        ({"timeout": "soon"}, "expected a number"),
        ({"timeout": 0}, "timeout must be > 0"),
        ({"max_retries": -1}, "max_retries must be >= 0"),
        ({"max_retries": "many"}, "max_retries must be an integer"),
        ({"ca_bundle": "/nonexistent/ca.pem"}, "CA bundle not found"),
        ({"strict": "sometimes"}, "strict must be"),
        ({"no_such_setting": 1}, "unknown setting"),
    ],
)
def test_invalid_settings_are_typed_errors(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(InvalidRequestError, match=message):
        Settings.from_env({}, **kwargs)


def test_http_is_allowed_for_localhost_only() -> None:
    assert (
        Settings(query_url="http://127.0.0.1:8000/data/query").query_url == "http://127.0.0.1:8000/data/query"
    )
    assert Settings(query_url="http://localhost:8000").query_url == "http://localhost:8000"
    assert (
        Settings(query_url="http://sandbox.local/data/query").query_url == "http://sandbox.local/data/query"
    )
    for remote in ("http://www.immport.org", "http://example.org", "http://local.example.com"):
        with pytest.raises(InvalidRequestError, match="use https"):
            Settings(query_url=remote)


@pytest.mark.parametrize(
    ("value", "mode"),
    [
        (None, "off"),
        (False, "off"),
        ("0", "off"),
        (True, "warn"),
        ("1", "warn"),
        ("warn", "warn"),
        ("ERROR", "error"),
    ],
)
def test_strict_mode_normalisation(value: object, mode: str) -> None:
    assert strict_mode(value) == mode


def test_ca_bundle_builds_a_verifying_context(tmp_path: Path) -> None:
    import ssl

    import certifi

    from immport._http.options import ssl_verify

    bundle = tmp_path / "ca.pem"
    bundle.write_bytes(Path(certifi.where()).read_bytes())
    context = ssl_verify(Settings(ca_bundle=str(bundle)))
    assert isinstance(context, ssl.SSLContext)
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    default = ssl_verify(Settings())  # default trust store, verification on
    assert default.verify_mode == ssl.CERT_REQUIRED and default.check_hostname


def test_environment_proxies_are_mounted_with_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    from immport._http.transport import RetryTransport

    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.example:3128")
    monkeypatch.setenv("NO_PROXY", "localhost")
    client = immport.Client(env={})
    mounts = {pattern.pattern: transport for pattern, transport in client.session.http._mounts.items()}
    assert isinstance(mounts["https://"], RetryTransport)
    assert mounts["all://localhost"] is None  # NO_PROXY: direct
    client.close()
