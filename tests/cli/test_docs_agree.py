"""Docs agree with the code: each `immport ...` shown in README.md and docs/cli.md exists with its options."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import click
import pytest

from immport.cli import app

ROOT = Path(__file__).resolve().parents[2]
DOCS = ("README.md", "docs/cli.md")


def shown_commands() -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for doc in DOCS:
        text = (ROOT / doc).read_text(encoding="utf-8")
        spans = re.findall(r"`(immport [^`]+)`", text)
        for block in re.findall(r"```bash\n(.*?)```", text, re.S):
            spans += [line.strip() for line in block.splitlines() if line.strip().startswith("immport ")]
        for span in spans:
            command = span.split(" #", 1)[0].rstrip(" &").strip()
            if not re.search(r"[<\[|]|\.\.\.", command):  # not schematic (`immport study <resource>`)
                found.append((doc, command))
    return found


def options_along(args: list[str]) -> tuple[list[click.Command], set[str]]:
    """The command chain the args resolve to, and every option name those commands accept."""
    commands: list[click.Command] = [app]
    ctx = app.make_context("immport", list(args), resilient_parsing=True)
    rest = [*ctx._protected_args, *ctx.args]
    command: click.Command = app
    while isinstance(command, click.Group) and rest:
        name, sub, rest = command.resolve_command(ctx, rest)
        assert sub is not None and name is not None
        ctx = sub.make_context(name, rest, parent=ctx, resilient_parsing=True)
        command = sub
        commands.append(sub)
        rest = [*ctx._protected_args, *ctx.args] if isinstance(sub, click.Group) else []
    options = [p for c in commands for p in c.params if isinstance(p, click.Option)]
    names = {name for option in options for name in option.opts + option.secondary_opts}
    return commands, names | {"-h", "--help"}


@pytest.mark.parametrize(("doc", "command"), shown_commands(), ids=lambda value: str(value)[:60])
def test_each_documented_command_and_its_options_exist(doc: str, command: str) -> None:
    args = shlex.split(command)[1:]
    chain, names = options_along(args)
    assert len(chain) > 1 or args[0].startswith("-"), f"{doc}: {command!r} names no command"
    used = {arg.split("=", 1)[0] for arg in args if arg.startswith("-") and arg != "-"}
    unknown = sorted(used - names)
    path = " ".join(c.name or "" for c in chain)
    assert not unknown, f"{doc}: {command!r} uses {unknown}, which `{path}` lacks"


def test_the_documents_show_commands_at_all() -> None:
    assert len(shown_commands()) > 20


def test_the_sandbox_readme_cites_only_files_in_the_repository() -> None:
    folder = ROOT / "immport" / "sandbox"
    text = (folder / "README.md").read_text(encoding="utf-8")
    cited = set(re.findall(r"`([\w./-]+\.(?:py|md|yaml|json))`", text))
    places = (folder, folder / "data", folder / "submission", ROOT)
    missing = sorted(name for name in cited if not any((place / name).exists() for place in places))
    assert cited and not missing


def test_the_docs_name_the_cli_library_actually_used() -> None:
    for path in ("docs/ARCHITECTURE.md", "immport/cli/__init__.py"):
        text = (ROOT / path).read_text(encoding="utf-8").lower()
        assert "typer" not in text and "click" in text, path
