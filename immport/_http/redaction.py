"""Keep secrets out of logs and error text.

Two layers: a registry of known secret values (passwords, tokens, API keys registered by the auth
classes), and patterns for anything that looks like a credential (``Authorization`` headers, bearer
tokens, JWTs, password form fields, secret query parameters). :class:`RedactingFilter` applies both
to every record of the ``immport``, ``httpx`` and ``httpcore`` loggers. Code in this package logs
through :func:`get_logger`.
"""

from __future__ import annotations

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
    "register_secret",
]

LOGGER_NAME = "immport"
MASK = "***"
_MAX_SECRETS = 256
_MIN_SECRET_LENGTH = 4

_secrets: OrderedDict[str, None] = OrderedDict()
_secrets_lock = threading.Lock()

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


def register_secret(value: str | None) -> None:
    """Remember a secret value so :func:`redact` masks it wherever it appears."""
    if not value or len(value) < _MIN_SECRET_LENGTH:
        return
    with _secrets_lock:
        _secrets[value] = None
        _secrets.move_to_end(value)
        while len(_secrets) > _MAX_SECRETS:
            _secrets.popitem(last=False)


def redact(text: str) -> str:
    """``text`` with registered secrets and credential-looking substrings replaced by ``***``."""
    with _secrets_lock:
        known = list(_secrets)
    for secret in known:
        if secret in text:
            text = text.replace(secret, MASK)
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


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
