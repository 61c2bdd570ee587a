"""Options and helpers shared by the data commands."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, TypedDict, TypeVar

import click

from immport.cli import output as outputs
from immport.cli.output import OutputFormat, choose_format, emit, emit_object

F = TypeVar("F", bound=Callable[..., Any])

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 110}
FORMAT_HELP = "Output format (default: table on a terminal, json when piped, or from the -o suffix)."


def _output_specs() -> list[tuple[list[str], dict[str, Any]]]:
    return [
        (
            ["-f", "--format", "fmt"],
            {
                "type": click.Choice([f.value for f in OutputFormat], case_sensitive=False),
                "help": FORMAT_HELP,
            },
        ),
        (
            ["-c", "--columns"],
            {
                "callback": _column_list,
                "expose_value": False,
                "metavar": "NAME[,NAME...]",
                "help": "Only these columns, in this order (API field names).",
            },
        ),
        (
            ["-o", "--output"],
            {
                "type": click.Path(dir_okay=False, writable=True, allow_dash=True, path_type=Path),
                "callback": _stdout_alias,
                "metavar": "FILE",
                "help": "Write the data to FILE instead of stdout ('-' or /dev/stdout: stdout).",
            },
        ),
    ]


COLUMNS_KEY = "immport.columns"


def _stdout_alias(_ctx: click.Context, _param: click.Parameter, value: Path | None) -> Path | None:
    """``-o -`` and ``-o /dev/stdout`` mean standard output (no temporary file beside a device)."""
    return None if value is not None and str(value) in outputs.STDOUT_ALIASES else value


def _column_list(ctx: click.Context, _param: click.Parameter, value: str | None) -> None:
    if value:
        ctx.meta[COLUMNS_KEY] = split_values([value])


def selected_columns() -> list[str] | None:
    ctx = click.get_current_context(silent=True)
    found = ctx.meta.get(COLUMNS_KEY) if ctx is not None else None
    return list(found) if found else None


def output_params() -> list[click.Parameter]:
    """``--format`` and ``-o`` as parameter objects (for commands built from the registry)."""
    return [click.Option(decls, **kwargs) for decls, kwargs in _output_specs()]


def output_options(func: F) -> F:
    """Decorator form of :func:`output_params`: the command receives ``fmt`` and ``output``."""
    for decls, kwargs in reversed(_output_specs()):
        func = click.option(*decls, **kwargs)(func)
    return func


TEMPLATES_DEST = click.option(
    "--dest",
    type=click.Path(),  # a str, so a trailing "/" (meaning "into this directory") survives
    default=".",
    show_default=True,
    help="Directory (existing, or ending in /) to save into, or the zip's file name.",
)


def example(*lines: str) -> str:
    """An epilog that click prints verbatim."""
    return "\b\nExample:\n" + "\n".join(f"  {line}" for line in lines)


class Documented(TypedDict):
    context_settings: dict[str, Any]
    epilog: str


def documented(*usage: str) -> Documented:
    """The settings of every command and group: ``-h``, the help width, and an example epilog."""
    return {"context_settings": CONTEXT, "epilog": example(*usage)}


def resolve_format(fmt: OutputFormat | str | None, output: Path | None) -> OutputFormat:
    requested = OutputFormat(fmt.lower()) if isinstance(fmt, str) else fmt
    return choose_format(requested, output, stdout_is_tty=output is None and outputs.stdout_is_tty())


def show_rows(
    rows: Iterable[object],
    fmt: OutputFormat | str | None,
    output: Path | None,
    *,
    columns: Sequence[str] | None = None,
    title: str | None = None,
) -> int:
    fmt_ = resolve_format(fmt, output)
    return emit(rows, fmt_, output, columns=columns, select=selected_columns(), title=title)


def show_object(
    value: object, fmt: OutputFormat | str | None, output: Path | None, *, title: str | None = None
) -> None:
    emit_object(value, resolve_format(fmt, output), output, title=title)


def split_values(values: Iterable[str]) -> list[str]:
    """``--study SDY2,SDY4 --study SDY5`` -> [SDY2, SDY4, SDY5]."""
    return [part.strip() for value in values for part in value.split(",") if part.strip()]
