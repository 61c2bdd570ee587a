"""Exit codes and the one-line message (with what to do next) for every failure the CLI can meet."""

from __future__ import annotations

import enum

from immport import errors
from immport.errors import CommandFailed


class ExitCode(enum.IntEnum):
    OK = 0
    API_ERROR = 1
    USAGE = 2
    AUTH = 3
    VERIFICATION = 4
    INTERRUPTED = 130


# Most specific first: the first matching class decides the code and the hint.
_RULES: tuple[tuple[type[BaseException], ExitCode, str], ...] = (
    (
        errors.UploadMayHaveRegisteredError,
        ExitCode.API_ERROR,
        "the upload may already be registered: check `immport upload status TICKET` before sending it again",
    ),
    (errors.InvalidRequestError, ExitCode.USAGE, "fix the arguments (see --help)"),
    (errors.AuthenticationError, ExitCode.AUTH, "check your credentials with `immport auth login`"),
    (
        errors.PermissionDeniedError,
        ExitCode.AUTH,
        "your account or key cannot access this: check the study is shared with you and the key's scopes",
    ),
    (
        errors.VerificationError,
        ExitCode.VERIFICATION,
        "run the same command again to download the file afresh",
    ),
    (errors.NotFoundError, ExitCode.API_ERROR, "check the accession, name or ticket number"),
    (errors.OfflineCacheMiss, ExitCode.API_ERROR, "run it once without --offline to fill the cache"),
    (errors.RateLimitError, ExitCode.API_ERROR, "ImmPort is rate limiting: wait a minute and try again"),
    (errors.ServerError, ExitCode.API_ERROR, "ImmPort had a problem: try again later"),
    (
        errors.TransportError,
        ExitCode.API_ERROR,
        "check your network connection and the base URL (--sandbox, IMMPORT_*_URL)",
    ),
    (errors.DecodeError, ExitCode.API_ERROR, "the server sent an unexpected response: try again, or use -v"),
    (
        errors.ContractViolation,
        ExitCode.API_ERROR,
        "the response does not match the spec: run without strict mode",
    ),
    (
        errors.ConflictError,
        ExitCode.API_ERROR,
        "the request conflicts with the current state: check status first",
    ),
    (
        errors.APIStatusError,  # any other 4xx: the request itself was refused, sending it again won't help
        ExitCode.API_ERROR,
        "ImmPort refused the request: check the arguments (see --help)",
    ),
    (errors.ImmPortError, ExitCode.API_ERROR, "run with -v for details"),
)


def classify(exc: BaseException, *, detailed: bool = False) -> tuple[ExitCode, str]:
    """The exit code and the one-line message for an exception (message never spans lines).

    The message is the error's own text plus what to do next; ``detailed`` (-v) adds the URL and body.
    """
    if isinstance(exc, KeyboardInterrupt):
        return ExitCode.INTERRUPTED, "interrupted"
    if isinstance(exc, CommandFailed):
        return ExitCode(exc.code), one_line(str(exc))
    for cls, code, hint in _RULES:
        if isinstance(exc, cls):
            return code, one_line(f"{describe(exc, detailed=detailed)} — {hint}")
    return ExitCode.API_ERROR, one_line(f"{type(exc).__name__}: {exc}")


def describe(exc: BaseException, *, detailed: bool) -> str:
    """The message and status; for a 4xx also the server's reason (its body), which -v adds for all."""
    if not isinstance(exc, errors.ImmPortError) or detailed:
        return str(exc)
    status = f"HTTP {exc.status}"
    text = exc.message if exc.status is None or status in exc.message else f"{exc.message} ({status})"
    if exc.status is not None and 400 <= exc.status < 500 and exc.body_snippet:
        text += f"; ImmPort said: {exc.body_snippet}"
    return text


def one_line(text: str) -> str:
    return " ".join(text.split())
