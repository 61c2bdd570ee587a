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


def configure_logging(level: int) -> None:
    VERBOSITY.level = level
    for name in LOGGERS:
        logger = logging.getLogger(name)
        for handler in list(logger.handlers):
            if isinstance(handler, RichHandler):
                logger.removeHandler(handler)
        if level == 0:
            if name in _LEVELS_BEFORE:  # undo what an earlier -v/-q run in this process changed
                logger.setLevel(_LEVELS_BEFORE.pop(name))
            continue
        _LEVELS_BEFORE.setdefault(name, logger.level)
        if level < 0:
            logger.setLevel(logging.ERROR)
            continue
        handler = RichHandler(console=stderr(), show_path=False, markup=False, rich_tracebacks=False)
        logger.addHandler(handler)
        logger.setLevel(logging.INFO if level == 1 else logging.DEBUG)
