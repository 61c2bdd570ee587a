"""The ``immport`` command line: a thin typer + rich layer over the facade."""

from immport.cli.app import app, main

__all__ = ["app", "main"]
