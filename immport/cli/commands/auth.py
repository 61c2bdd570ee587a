"""Placeholder: wired when its facade lands."""

from __future__ import annotations

import click


@click.group("auth")
def auth() -> None:
    """(not wired yet)"""
