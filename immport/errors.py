"""Typed exceptions. Every error carries status, method, a secret-free URL and a short body snippet.

Every text an error holds (message, URL, body snippet, reason phrase) is redacted when the error is built,
and so is the exception being handled at that moment (the one it is raised from): a known secret (password,
API key, token, issued JWT or its signature) or anything that looks like a credential never reaches
``str(exc)``, ``repr(exc)`` or a traceback.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from immport._http.redaction import redact, redact_exception_chain

if TYPE_CHECKING:
    from immport._operation import FieldSpec
    from immport.contract.violations import Violation
    from immport.files.result import DownloadResult
    from immport.upload.status import TicketStatus

__all__ = [
    "APIStatusError",
    "ApiKeyExpiryWarning",
    "AuthenticationError",
    "ConflictError",
    "ContractViolation",
    "ContractWarning",
    "DecodeError",
    "DownloadCancelled",
    "DownloadFailedError",
    "ImmPortError",
    "InvalidRequestError",
    "NotFoundError",
    "OfflineCacheMiss",
    "PermissionDeniedError",
    "RateLimitError",
    "ServerError",
    "TicketTimeoutError",
    "TransportError",
    "UploadMayHaveRegisteredError",
    "VerificationError",
    "safe_url",
]

SNIPPET_LENGTH = 300
_SECRET_QUERY_KEYS = frozenset(
    {
        "token",
        "access_token",
        "api_key",
        "apikey",
        "key",
        "password",
        "signature",
        "x-amz-signature",
        "x-amz-credential",
        "x-amz-security-token",
        "sig",
        "credential",
    }
)


def safe_url(url: object) -> str:
    """The URL without userinfo and with secret-looking query values replaced by ``***``."""
    parts = urlsplit(str(url))
    netloc = parts.hostname or ""
    if parts.port:
        netloc = f"{netloc}:{parts.port}"
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    query = urlencode([(k, "***" if k.lower() in _SECRET_QUERY_KEYS else v) for k, v in pairs])
    return urlunsplit((parts.scheme, netloc, parts.path, query, ""))


def _snippet(body: bytes | str | None) -> str | None:
    if body is None:
        return None
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    text = " ".join(redact(text).split())  # redact before cutting: a cut secret would no longer match
    return text[:SNIPPET_LENGTH] + ("…" if len(text) > SNIPPET_LENGTH else "")


class ImmPortError(Exception):
    """Base class of every error this package raises."""

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        method: str | None = None,
        url: object | None = None,
        body: bytes | str | None = None,
    ) -> None:
        self.message = redact(message)
        self.status = status
        self.method = method
        self.url = redact(safe_url(url)) if url is not None else None
        self.body_snippet = _snippet(body)
        super().__init__(self.message)
        redact_exception_chain(sys.exc_info()[1])  # the exception this one is (about to be) raised from

    def __str__(self) -> str:
        where = " ".join(p for p in (self.method, self.url) if p)
        parts = [self.message]
        if self.status is not None or where:
            parts.append(f"[{' '.join(p for p in (str(self.status) if self.status else None, where) if p)}]")
        if self.body_snippet:
            parts.append(f"body: {self.body_snippet}")
        return " ".join(parts)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r}, status={self.status!r}, url={self.url!r})"


class InvalidRequestError(ImmPortError, ValueError):
    """Rejected before sending: bad accession, unknown filter, missing file, bad package name..."""


class TransportError(ImmPortError):
    """The request did not complete: connection refused or reset, timeout, TLS failure."""


class UploadMayHaveRegisteredError(TransportError):
    """A ticket-creating POST timed out or broke after being sent; it is never retried automatically."""


class OfflineCacheMiss(ImmPortError):
    """Offline mode (``HttpCache(offline=True)``, ``--offline``): the cache has no answer for this request."""


class DecodeError(ImmPortError):
    """The body could not be decoded: an HTML error page, truncated JSON/TSV, wrong content type."""


class VerificationError(ImmPortError):
    """A downloaded file failed its size or MD5 check; nothing was kept at the final path."""


class ContractViolation(ImmPortError):
    """A response does not match the vendored spec (strict mode).

    ``operation`` is the operationId, ``pointer`` a JSON pointer into the body (``/0/valuePreferred``),
    ``expected`` what the spec says and ``seen`` a short description of what came back: all four describe
    the first violation. ``violations`` holds every violation kept from the response (unknown fields first;
    ``immport.contract.violations.Violation``) and ``counts`` the number found per kind.
    """

    def __init__(
        self,
        message: str,
        *,
        operation: str | None = None,
        pointer: str | None = None,
        expected: str | None = None,
        seen: str | None = None,
        violations: tuple[Violation, ...] = (),
        counts: Mapping[str, int] | None = None,
        status: int | None = None,
        method: str | None = None,
        url: object | None = None,
        body: bytes | str | None = None,
    ) -> None:
        super().__init__(message, status=status, method=method, url=url, body=body)
        self.operation = operation
        self.pointer = pointer
        self.expected = expected
        self.seen = redact(seen) if seen is not None else None
        self.violations = violations
        self.counts = dict(counts or {})

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}({self.message!r}, operation={self.operation!r}, "
            f"pointer={self.pointer!r}, expected={self.expected!r}, seen={self.seen!r})"
        )


class ContractWarning(UserWarning):
    """Strict mode "warn": a response does not match the vendored spec (the call still succeeds)."""


class APIStatusError(ImmPortError):
    """The server answered with an error status."""


class AuthenticationError(APIStatusError):
    """401, a rejected token or credentials, or an expired API key."""


class PermissionDeniedError(APIStatusError):
    """403."""


class NotFoundError(APIStatusError):
    """404."""


class ConflictError(APIStatusError):
    """409."""


class RateLimitError(APIStatusError):
    """429."""


class ServerError(APIStatusError):
    """5xx."""


class TicketTimeoutError(ImmPortError, TimeoutError):
    """``Ticket.wait`` gave up before a terminal status; ``.last_status`` says where the ticket was."""

    def __init__(self, message: str, *, ticket: str, last_status: TicketStatus | None) -> None:
        super().__init__(message)
        self.ticket = ticket
        self.last_status = last_status


_CAUSES_SHOWN = 5


class DownloadFailedError(ImmPortError):
    """Some files failed; ``.result`` lists what was downloaded, skipped, failed and not attempted.

    The message names each failed file with its cause (the first few; all are in ``.result.failed``).
    """

    def __init__(self, result: DownloadResult) -> None:
        self.result = result
        causes = [f"{f.entry.path}: {f.error}" for f in result.failed[:_CAUSES_SHOWN]]
        more = len(result.failed) - len(causes)
        detail = f"; {'; '.join(causes)}" if causes else ""
        if more > 0:
            detail += f"; and {more} more"
        super().__init__(
            f"{len(result.failed)} file(s) failed, {len(result.cancelled)} not attempted, "
            f"{len(result.downloaded)} downloaded, {len(result.skipped)} already present{detail}"
        )


class DownloadCancelled(ImmPortError):
    """A fail_fast stop interrupted this file; its ``.part`` is kept for a later resume."""


class ApiKeyExpiryWarning(UserWarning):
    """The ImmPort API key expires soon."""


# ------------------------------------------------ decoding signals (the caller raises a DecodeError from)

_KIND_PHRASES = {
    "string": "a string",
    "integer": "an integer",
    "number": "a number",
    "boolean": "a boolean",
    "date-time": "an ISO 8601 date-time",
    "date": "an ISO 8601 date",
    "array": "an array",
}


class WrongType(ValueError):
    """A value does not have its field's schema type (``row`` is the offending JSON object)."""

    def __init__(self, field: FieldSpec, value: Any, row: Any = None) -> None:
        self.field = field
        self.value = value
        self.row = row
        shown = repr(value)
        shown = shown[:60] + "…" if len(shown) > 60 else shown
        expected = _KIND_PHRASES.get(field.kind, field.kind)
        super().__init__(
            f"field {field.wire_name!r} ({field.attr_name}) should be {expected}"
            f" or null, got {type(value).__name__} {shown}"
        )


class WrongShape(ValueError):
    """A nested object (search page, study summary) that the generated ``from_dict`` cannot read."""


# ------------------------------------------------ the CLI's own signals (caught by immport.cli, not exported)


class UsageProblem(Exception):
    """Bad input noticed by the CLI itself (exit code 2)."""


class OutputClosedError(Exception):
    """The reader of stdout went away (``immport ... | head``): stop quietly."""


class CommandFailed(Exception):
    """A command's own verdict (a rejected ticket, files that did not verify): message and exit code."""

    def __init__(self, code: int, message: str) -> None:
        super().__init__(message)
        self.code = code  # an immport.cli.failures.ExitCode
