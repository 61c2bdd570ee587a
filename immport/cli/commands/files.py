"""Placeholder: wired when its facade lands."""

from __future__ import annotations

import click


@click.group("files")
def files() -> None:
    """(not wired yet)"""
