"""``immport demo``: placeholder."""

from __future__ import annotations

import click


@click.command("demo")
def demo() -> None:
    """Run the end-to-end demo against an in-process sandbox."""
