"""Secrets never appear in logs, reprs or errors; the suite-wide canary watch really detects leaks."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

import immport
from immport._http.redaction import RedactingFilter, get_logger, redact, register_secret
from immport.auth import ApiKeyAuth, BearerTokenAuth, PasswordAuth
from immport.errors import AuthenticationError

from .support import NO_ENV, QUERY, FakeClock, FakeImmPort

URL = f"{QUERY}/api/study/summary/SDY1"


@pytest.mark.parametrize(
    ("text", "hidden"),
    [
        ("Authorization: Bearer abc.def-ghi", "abc.def-ghi"),
        ("{'authorization': 'bearer xyz123456'}", "xyz123456"),
        ("headers={'Authorization': 'sometoken99'}", "sometoken99"),
        ("username=alice&password=hunter2-secret", "hunter2-secret"),
        ('{"access_token":"opaque-value-1"}', "opaque-value-1"),
        ('{"token" : "opaque-value-2"}', "opaque-value-2"),
        ("GET https://s3.example/f?X-Amz-Signature=deadbeef01&x=1", "deadbeef01"),
        ("api_key=k-123456789", "k-123456789"),
        ("token eyJhbGciOi.eyJzdWIiOiJ1In0.c2lnbmF0dXJl here", "eyJzdWIiOiJ1In0"),
    ],
)
def test_redact_patterns(text: str, hidden: str) -> None:
    cleaned = redact(text)
    assert hidden not in cleaned
    assert "***" in cleaned


def test_redact_leaves_ordinary_text_alone() -> None:
    text = "Not Authorized, must include Token; GET https://www.immport.org/data/query/result/elisa?studyAccession=SDY1"
    assert redact(text) == text


def test_registered_secret_is_masked_anywhere() -> None:
    register_secret("plain-words-secret-42")
    assert redact("the value plain-words-secret-42 appeared") == "the value *** appeared"


def test_filter_rewrites_args_and_exception_text(canary_token: str) -> None:
    register_secret(canary_token)
    try:
        raise RuntimeError(f"failed with {canary_token}")
    except RuntimeError:
        import sys

        record = logging.LogRecord(
            "immport", logging.ERROR, __file__, 1, "sent %s", (canary_token,), sys.exc_info()
        )
    assert RedactingFilter().filter(record) is True
    assert canary_token not in record.getMessage()
    assert record.exc_text is not None and canary_token not in record.exc_text


def test_logger_filter_masks_before_handlers(canary_token: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.DEBUG, logger="immport")  # other suites (the CLI) may have raised its level
    caplog.set_level(logging.DEBUG, logger="httpx")
    get_logger().debug("request headers: Authorization: Bearer %s", canary_token)
    get_logger("immport.files").debug("token=%s", canary_token)
    logging.getLogger("httpx").debug("Authorization: Bearer %s", canary_token)
    assert len(caplog.records) == 3
    assert canary_token not in caplog.text


def test_get_logger_rejects_other_namespaces() -> None:
    with pytest.raises(ValueError, match="immport"):
        get_logger("somebody.else")


def test_canary_watch_detects_a_leak(leak_watch: Any, canary_password: str, canary_jwt: str) -> None:
    # fabricated records checked directly, never emitted, so the session stays clean
    leaking = logging.LogRecord("third.party", logging.INFO, __file__, 1, "pw=%s", (canary_password,), None)
    assert leak_watch.leaks_in(leaking) == [canary_password]
    partial = logging.LogRecord(
        "x", logging.INFO, __file__, 1, "sig " + canary_jwt.rsplit(".", 1)[1], None, None
    )
    assert leak_watch.leaks_in(partial) != []
    extra = logging.LogRecord("x", logging.INFO, __file__, 1, "clean", None, None)
    extra.headers = {"Authorization": canary_password}
    assert leak_watch.leaks_in(extra) == [canary_password]
    assert leak_watch.leaks_in(logging.LogRecord("x", logging.INFO, __file__, 1, "clean", None, None)) == []


def test_canary_watch_is_installed_on_the_root_logger(leak_watch: Any) -> None:
    root = logging.getLogger()
    assert leak_watch in root.handlers
    assert root.level == logging.DEBUG
    before = leak_watch.records_seen
    logging.getLogger("anything").debug("hello")
    assert leak_watch.records_seen == before + 1


def test_full_password_flow_at_debug_leaks_nothing(
    canary_password: str,
    canary_jwt: str,
    leak_watch: Any,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.DEBUG, logger="immport")
    before = len(leak_watch.violations)
    fake = FakeImmPort([canary_jwt, canary_jwt + "x", canary_jwt + "y"])
    fake.data_replies = [httpx.Response(401, json={"error": "invalid_token", "token": canary_jwt})]
    auth = PasswordAuth("alice", canary_password, clock=FakeClock())
    with immport.Client(auth=auth, env=NO_ENV, transport=fake.transport()) as client:
        client.session.request("GET", URL)
        fake.data_replies = [httpx.Response(401), httpx.Response(401)]
        with pytest.raises(AuthenticationError) as info:
            client.session.request("GET", URL)
    assert caplog.records  # the flow did log
    assert canary_password not in caplog.text and canary_jwt not in caplog.text
    assert canary_jwt not in str(info.value) and canary_password not in str(info.value)
    assert len(leak_watch.violations) == before


def test_reprs_hold_no_secrets(canary_password: str, canary_token: str, canary_api_key: str) -> None:
    objects = [
        PasswordAuth("alice", canary_password),
        BearerTokenAuth(canary_token),
        ApiKeyAuth(canary_api_key),
        immport.Client(api_key=canary_api_key, env=NO_ENV),
        immport.Client(token=canary_token, env=NO_ENV),
        immport.Client(username="alice", password=canary_password, env=NO_ENV),
        immport.Client(env={"IMMPORT_PASSWORD": canary_password, "IMMPORT_USERNAME": "a"}).settings,
    ]
    for obj in objects:
        for text in (repr(obj), str(obj)):
            assert canary_password not in text and canary_token not in text and canary_api_key not in text


LEAKY_TEST = """
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

def test_passes_but_leaks(canary_password):
    logging.getLogger("some.library").debug("connecting with %s", canary_password)
"""

CLEAN_TEST = """
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

def test_passes_cleanly(canary_password):
    logging.getLogger("some.library").debug("connecting with ***")
"""


@pytest.mark.parametrize(
    ("source", "expected_exit"), [(LEAKY_TEST, 1), (CLEAN_TEST, 0)], ids=["leak", "clean"]
)
def test_session_fails_when_any_record_leaks_a_canary(
    tmp_path: Path, source: str, expected_exit: int
) -> None:
    """Runs a tiny suite with this repository's conftest in a subprocess: a passing test that logs a canary
    through a logger without our filter must still fail the session."""
    import os
    import shutil
    import subprocess
    import sys

    shutil.copy(Path(__file__).parents[1] / "conftest.py", tmp_path / "conftest.py")
    (tmp_path / "test_probe.py").write_text(source)
    env = {**os.environ, "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == expected_exit, result.stdout + result.stderr
    if expected_exit:
        assert "1 passed" in result.stdout
        assert "secret canary" in result.stdout and "some.library:DEBUG leaked" in result.stdout


# --- secrets echoed by a server never reach an error, a traceback or a log (issue 11 item 4) ---------------


def _echo(canaries: Any) -> str:
    signature = canaries.jwt.rsplit(".", 1)[1]
    return (
        f"password={canaries.password} token {canaries.token} key {canaries.api_key} "
        f"jwt {canaries.jwt} signature alone: {signature}"
    )


def _bodies(canaries: Any) -> dict[str, tuple[bytes, str]]:
    echo = _echo(canaries)
    return {
        "html page with status 200": (
            f"<html><head><title>Hi {canaries.password}</title></head><body>{echo}</body></html>".encode(),
            "text/html",
        ),
        "truncated json": (f'[{{"studyAccession": "SDY1", "comments": "{echo}'.encode(), "application/json"),
        "html as tsv": (f"<html><body>{echo}</body></html>".encode(), "text/tab-separated-values"),
    }


def _all_text(error: BaseException) -> str:
    import traceback

    parts = [str(error), repr(error), "".join(traceback.format_exception(error))]
    if isinstance(error, immport.ImmPortError):
        parts += [error.message, error.body_snippet or "", error.url or ""]
    return "\n".join(parts)


def _client_knowing_every_canary(canaries: Any, reply: Callable[[httpx.Request], httpx.Response]) -> Any:
    """A password client whose token endpoint issues the canary JWT; the API key and static token are in use
    by other clients of the process, so they are known secrets too."""
    ApiKeyAuth(canaries.api_key)
    BearerTokenAuth(canaries.token)

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/auth/token":
            return httpx.Response(200, json={"access_token": canaries.jwt})
        return reply(request)

    return immport.Client(
        username="alice",
        password=canaries.password,
        env=NO_ENV,
        max_retries=0,
        transport=httpx.MockTransport(handler),
    )


@pytest.mark.parametrize("body", ["html page with status 200", "truncated json", "html as tsv"])
@pytest.mark.parametrize("streamed", [False, True], ids=["call", "iter"])
def test_body_echoing_secrets_is_scrubbed_from_decode_errors_and_tracebacks(
    canaries: Any, caplog: pytest.LogCaptureFixture, body: str, streamed: bool
) -> None:
    caplog.set_level(logging.DEBUG)
    content, content_type = _bodies(canaries)[body]

    def reply(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=content, headers={"content-type": content_type})

    with _client_knowing_every_canary(canaries, reply) as client, pytest.raises(immport.DecodeError) as info:
        if streamed:
            list(client.results.iter_elisa(study_accession="SDY1"))
        else:
            client.results.elisa(study_accession="SDY1")
    text = _all_text(info.value) + caplog.text
    assert [secret for secret in canaries.all() if secret in text] == []
    assert "***" in text  # the echo was there, masked


def test_reason_phrase_of_an_error_status_is_redacted_in_the_error_and_the_cli_line(canaries: Any) -> None:
    from immport.cli.failures import classify

    def reply(request: httpx.Request) -> httpx.Response:
        reason = f"Bad {canaries.token} {canaries.jwt.rsplit('.', 1)[1]}".encode()
        return httpx.Response(503, content=b"", extensions={"reason_phrase": reason})

    with _client_knowing_every_canary(canaries, reply) as client, pytest.raises(immport.ServerError) as info:
        client.results.elisa(study_accession="SDY1")
    _, one_line = classify(info.value, detailed=False)
    _, detailed = classify(info.value, detailed=True)
    text = _all_text(info.value) + one_line + detailed
    assert [secret for secret in canaries.all() if secret in text] == []
    assert "HTTP 503 Bad ***" in one_line


def test_every_issued_jwt_and_its_signature_alone_are_masked(jwt_maker: Callable[..., str]) -> None:
    token = jwt_maker({"exp": 1, "sub": "x"}, "SIGnature-only-0123456789")
    register_secret(token, issued=True)
    assert redact(f"got {token} and later SIGnature-only-0123456789!") == "got *** and later ***!"


def test_long_lived_credentials_outlast_any_number_of_issued_tokens(canary_password: str) -> None:
    PasswordAuth("alice", canary_password)
    for i in range(3000):  # a long process with short tokens
        register_secret(f"issued-token-{i:05d}", issued=True)
    assert redact(f"echo {canary_password}") == "echo ***"
    assert redact("issued-token-02999") == "***"


def test_exception_an_error_is_raised_from_is_scrubbed(canary_password: str) -> None:
    import traceback

    PasswordAuth("alice", canary_password)
    try:
        try:
            raise ValueError(f"parse error near '{canary_password}'")
        except ValueError as exc:
            exc.add_note(f"body was {canary_password}")
            raise immport.DecodeError("could not decode the body") from exc
    except immport.DecodeError as error:
        text = "".join(traceback.format_exception(error))
    assert canary_password not in text and "parse error near '***'" in text and "body was ***" in text
