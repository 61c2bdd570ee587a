"""The ``immport`` command line: a thin click + rich layer over the facade (the ``cli`` extra)."""

from __future__ import annotations

import sys
from collections.abc import Sequence

__all__ = ["app", "main"]

CLI_EXTRA = ("click", "rich")

try:
    from immport.cli.app import app
    from immport.cli.app import main as _run
except ImportError as exc:  # without the cli extra, `immport` says what to install (below)
    if (exc.name or "").partition(".")[0] not in CLI_EXTRA:
        raise
    _MISSING: str | None = exc.name
else:
    _MISSING = None


def main(argv: Sequence[str] | None = None) -> int:
    """Console-script entry point; without the ``cli`` extra, one line saying what to install."""
    if _MISSING is not None:
        print(
            f"error: the immport command needs the 'cli' extra ({_MISSING} is not installed): "
            "pip install 'immport[cli]'",
            file=sys.stderr,
        )
        return 2
    return _run(argv)
