"""Keep secrets out of logs and error text.

Two layers: a registry of known secret values (passwords, API keys and static tokens for the life of the
process; every issued JWT, and its signature part alone, among the most recent ones), and patterns for
anything that looks like a credential (``Authorization`` headers, bearer tokens, JWTs, password form fields,
secret query parameters). :class:`RedactingFilter` applies both to every record of the ``immport``, ``httpx``
and ``httpcore`` loggers; :class:`immport.errors.ImmPortError` applies them to its message, URL and body
snippet and to the exception it was raised from. Code in this package logs through :func:`get_logger`.
"""

from __future__ import annotations

import contextlib
import logging
import re
import threading
from collections import OrderedDict

__all__ = [
    "LOGGER_NAME",
    "RedactingFilter",
    "get_logger",
    "install_log_redaction",
    "redact",
    "redact_exception_chain",
    "register_secret",
]

LOGGER_NAME = "immport"
MASK = "***"
_MAX_ISSUED = 1024  # issued tokens remembered (older ones have long expired)
_MIN_SECRET_LENGTH = 4
_MIN_SIGNATURE_LENGTH = 8

_permanent: dict[str, None] = {}  # passwords, API keys, static tokens: never forgotten
_issued: OrderedDict[str, None] = OrderedDict()
_secrets_lock = threading.Lock()
_known: re.Pattern[str] | None = None  # alternation of every registered value, longest first

_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    # Authorization: Bearer xyz / 'authorization': 'xyz'
    (
        re.compile(r"""(authorization['"]?\s*[:=]\s*['"]?)(?:(bearer|basic)\s+)?[^\s'",}\]]+""", re.I),
        r"\1\2 ***",
    ),
    (re.compile(r"\b(bearer\s+)[A-Za-z0-9._~+/=-]+", re.I), r"\1***"),
    # JSON web tokens anywhere
    (re.compile(r"\beyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*"), MASK),
    # password=..., "access_token": "...", api_key=..., signature query parameters
    (
        re.compile(
            r"""((?:password|passwd|api[_-]?key|access[_-]?token|refresh[_-]?token|token|secret|signature|"""
            r"""x-amz-signature|x-amz-credential|x-amz-security-token)['"]?\s*[=:]\s*['"]?)[^&\s'",}]+""",
            re.I,
        ),
        r"\1***",
    ),
)


def _parts(value: str) -> list[str]:
    """The value, and for a compact JWT also its signature part (a leak of that alone is a leak)."""
    parts = value.split(".")
    if len(parts) == 3 and all(parts) and len(parts[2]) >= _MIN_SIGNATURE_LENGTH:
        return [value, parts[2]]
    return [value]


def register_secret(value: str | None, *, issued: bool = False) -> None:
    """Remember a secret value so :func:`redact` masks it wherever it appears. ``issued=True`` for tokens
    the server hands out (many over a process's life; the most recent are kept), else kept for good."""
    global _known
    if not value or len(value) < _MIN_SECRET_LENGTH:
        return
    with _secrets_lock:
        for part in _parts(value):
            if part in _permanent:
                continue
            if issued:
                if part not in _issued:
                    _known = None
                _issued[part] = None
                _issued.move_to_end(part)
            else:
                _permanent[part] = None
                _issued.pop(part, None)
                _known = None
        while len(_issued) > _MAX_ISSUED:
            _issued.popitem(last=False)
            _known = None


def _known_secrets() -> re.Pattern[str] | None:
    global _known
    with _secrets_lock:
        if _known is None and (_permanent or _issued):
            values = sorted({*_permanent, *_issued}, key=len, reverse=True)
            _known = re.compile("|".join(map(re.escape, values)))
        return _known


def redact(text: str) -> str:
    """``text`` with registered secrets and credential-looking substrings replaced by ``***``."""
    known = _known_secrets()
    if known is not None:
        text = known.sub(MASK, text)
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


def redact_exception_chain(exc: BaseException | None) -> None:
    """Rewrite, in place, the text of ``exc`` and of every exception it was raised from or during (their
    ``args`` and notes), so a traceback quotes no secret even when a parser's error echoed the body."""
    seen: set[int] = set()
    pending = [exc]
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        _redact_one(current)
        pending += [current.__cause__, current.__context__]


def _redact_one(exc: BaseException) -> None:
    try:
        text = str(exc)
    except Exception:
        return
    cleaned = redact(text)
    if cleaned != text or any(isinstance(a, str) and redact(a) != a for a in exc.args):
        with contextlib.suppress(AttributeError, TypeError):
            exc.args = (cleaned,)
    notes = getattr(exc, "__notes__", None)
    if isinstance(notes, list):
        notes[:] = [redact(n) if isinstance(n, str) else n for n in notes]


class RedactingFilter(logging.Filter):
    """Rewrites a record's message (and exception text) with :func:`redact`. Never drops records."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string: keep the raw template, drop the args
            message = str(record.msg)
        cleaned = redact(message)
        if cleaned != message or record.args:
            record.msg = cleaned
            record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
        elif record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


_FILTERED_LOGGERS = (
    LOGGER_NAME,
    "httpx",
    "httpcore",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
)
_FILTER = RedactingFilter()
_installed: set[str] = set()


def _attach(name: str) -> logging.Logger:
    logger = logging.getLogger(name)
    if name not in _installed:
        logger.addFilter(_FILTER)
        _installed.add(name)
    return logger


def install_log_redaction() -> None:
    """Attach the redacting filter to the ``immport``, ``httpx`` and ``httpcore`` loggers (idempotent)."""
    for name in _FILTERED_LOGGERS:
        _attach(name)


def get_logger(name: str = LOGGER_NAME) -> logging.Logger:
    """A logger under ``immport`` with the redacting filter attached (filters do not reach children)."""
    if name != LOGGER_NAME and not name.startswith(LOGGER_NAME + "."):
        raise ValueError(f"logger name must be 'immport' or start with 'immport.', not {name!r}")
    install_log_redaction()
    return _attach(name)
