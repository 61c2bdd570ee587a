"""Suite-wide fixtures: secret canaries and a leak watch over every log record of the whole run.

Use the canaries as the password / token / API key in any test that handles credentials. A handler on the root
logger (installed at session start, root level DEBUG) scans every record emitted during the run; if a canary
shows up in any record, the session fails (exit status 1) with a "secret canary" report, even if every test
passed. The watch is also available as the ``leak_watch`` fixture.
"""

from __future__ import annotations

import base64
import contextlib
import json
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from immport.sandbox import SandboxInfo


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def make_jwt(claims: dict[str, object], signature: str = "c2lnbmF0dXJl") -> str:
    """An unsigned-looking compact JWT carrying ``claims`` (the client never verifies signatures)."""
    header = _b64(json.dumps({"alg": "RS256", "typ": "JWT"}).encode())
    return f"{header}.{_b64(json.dumps(claims).encode())}.{signature}"


@dataclass(frozen=True)
class Canaries:
    password: str = "canary-PASSWORD-5f1e9a7c"
    token: str = "canary-TOKEN-0b7d3e21"
    api_key: str = "canary-APIKEY-9c4a62f8"
    # a JWT whose signature part is itself a canary, so a partial leak is caught too
    jwt: str = field(default_factory=lambda: make_jwt({"exp": 4102444800, "sub": "u"}, "canarySIGd41c0ffee"))

    def all(self) -> tuple[str, ...]:
        return (self.password, self.token, self.api_key, self.jwt, self.jwt.rsplit(".", 1)[1])


CANARIES = Canaries()


class LeakWatch(logging.Handler):
    """Records every log record that contains a canary string."""

    def __init__(self, secrets: tuple[str, ...]) -> None:
        super().__init__(level=logging.DEBUG)
        self.secrets = secrets
        self.violations: list[str] = []
        self.records_seen = 0
        self.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))

    def leaks_in(self, record: logging.LogRecord) -> list[str]:
        """The canaries found in ``record``: its formatted text (with exception) and all its attributes."""
        try:
            text = self.format(record)
        except Exception as exc:  # a broken record must not hide a leak
            text = f"<unformattable: {exc!r}>"
        haystack = text + "\n" + repr(vars(record))
        return [secret for secret in self.secrets if secret in haystack]

    def emit(self, record: logging.LogRecord) -> None:
        self.records_seen += 1
        leaks = self.leaks_in(record)
        if leaks:
            self.violations.append(f"{record.name}:{record.levelname} leaked {len(leaks)} canary secret(s)")


_WATCH = LeakWatch(CANARIES.all())
_previous_root_level = logging.WARNING


def pytest_sessionstart(session: pytest.Session) -> None:
    global _previous_root_level
    root = logging.getLogger()
    _previous_root_level = root.level
    root.setLevel(logging.DEBUG)
    root.addHandler(_WATCH)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    root = logging.getLogger()
    root.removeHandler(_WATCH)
    root.setLevel(_previous_root_level)
    if _WATCH.violations:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if _WATCH.violations:
        terminalreporter.section("secret canary", sep="=", red=True)
        terminalreporter.line(f"{len(_WATCH.violations)} log record(s) contained a canary secret:")
        for violation in _WATCH.violations[:50]:
            terminalreporter.line("  " + violation)
    else:
        terminalreporter.line(f"secret canary: {_WATCH.records_seen} log records checked, no secret leaked")


@pytest.fixture(autouse=True)
def _restore_immport_logger() -> Iterator[None]:
    """Code under test (the CLI's -v/-q) may set the ``immport`` logger's level or handlers; undo it after
    each test so the rest of the run still logs at DEBUG through the canary watch."""
    logger = logging.getLogger("immport")
    level, handlers, propagate = logger.level, list(logger.handlers), logger.propagate
    yield
    logger.setLevel(level)
    logger.handlers[:] = handlers
    logger.propagate = propagate


@pytest.fixture(scope="session")
def canaries() -> Canaries:
    return CANARIES


@contextlib.contextmanager
def canary_sandbox(ticket_delay: float, **config: Any) -> Iterator[SandboxInfo]:
    """A socket sandbox whose password and API key are the canary secrets (so a leak shows in the logs)."""
    from immport.sandbox import SandboxConfig, Tunables, running

    tunables = Tunables(ticket_delay=ticket_delay)
    with running(
        SandboxConfig(password=CANARIES.password, api_keys=(CANARIES.api_key,), tunables=tunables, **config)
    ) as info:
        yield info


@pytest.fixture
def sandbox_faults(sandbox: SandboxInfo) -> Iterator[SandboxInfo]:
    """The ``sandbox`` fixture of the test's package or module, with its knobs put back after the test."""
    yield sandbox
    sandbox.reset()


def _canary(field: str) -> Any:
    """The session fixture ``canary_<field>``: that one secret of :data:`CANARIES`."""

    def secret() -> str:
        return str(getattr(CANARIES, field))

    return pytest.fixture(scope="session", name=f"canary_{field}")(secret)


canary_password = _canary("password")
canary_token = _canary("token")
canary_api_key = _canary("api_key")
canary_jwt = _canary("jwt")


@pytest.fixture
def leak_watch() -> LeakWatch:
    """The session watch (``.violations``, ``.leaks_in(record)``) for tests that check it directly."""
    return _WATCH


@pytest.fixture(scope="session")
def jwt_maker() -> Callable[..., str]:
    """``jwt_maker({"exp": ...})`` -> a compact JWT string."""
    return make_jwt
