"""Everything that is not data goes to stderr: notes, errors, progress, logs (sized by -v/-q)."""

from __future__ import annotations

import logging

import attrs
from rich.console import Console
from rich.logging import RichHandler


@attrs.define
class Verbosity:
    level: int = 0  # -1 quiet, 0 normal, 1 info logs, 2 debug logs (and tracebacks)


VERBOSITY = Verbosity()


def stderr() -> Console:
    """A console on the *current* sys.stderr (test runners swap it), never on stdout."""
    return Console(stderr=True, highlight=False, soft_wrap=True)


def note(message: str) -> None:
    """A one-line remark for humans; silenced by -q."""
    if VERBOSITY.level >= 0:
        stderr().print(message, style="dim", markup=False, highlight=False)


LOGGERS = ("immport", "httpx")  # -v: each request (httpx) and the client's own notes; -vv: debug
_LEVELS_BEFORE: dict[str, int] = {}


class WarningLines(logging.Handler):
    """Without -v: the client's warnings (a key about to expire) as one plain ``warning: ...`` line each."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)

    def emit(self, record: logging.LogRecord) -> None:
        warn(self.format(record))


def warn(message: str) -> None:
    """A ``warning: ...`` line on stderr; silenced by -q."""
    if VERBOSITY.level >= 0:
        stderr().print(f"warning: {message}", style="yellow", markup=False, highlight=False)


def reset_logging() -> None:
    """Remove the CLI's handlers and restore the levels an earlier run changed (matters when embedded)."""
    for name in LOGGERS:
        logger = logging.getLogger(name)
        for handler in list(logger.handlers):
            if isinstance(handler, RichHandler | WarningLines):
                logger.removeHandler(handler)
        if name in _LEVELS_BEFORE:
            logger.setLevel(_LEVELS_BEFORE.pop(name))


def configure_logging(level: int) -> None:
    VERBOSITY.level = level
    reset_logging()
    if level == 0:
        logging.getLogger("immport").addHandler(WarningLines())
        return
    for name in LOGGERS:
        logger = logging.getLogger(name)
        _LEVELS_BEFORE.setdefault(name, logger.level)
        if level < 0:
            logger.setLevel(logging.ERROR)
            continue
        handler = RichHandler(console=stderr(), show_path=False, markup=False, rich_tracebacks=False)
        logger.addHandler(handler)
        logger.setLevel(logging.INFO if level == 1 else logging.DEBUG)
