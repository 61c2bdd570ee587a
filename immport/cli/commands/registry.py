"""Command groups built from ``immport.operations.OPERATIONS``: nothing is hand-listed.

``immport results <assay>``, ``immport study <resource>``, ``immport lookup <name>`` and
``immport search studies|subjects`` each get one subcommand per registered operation, with one option per
query parameter of that operation (``--min-subject-age-gte 18``): unknown names and filters are usage errors.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

import click
from rich.table import Table

from immport.cli.commands.common import CONTEXT, example, output_params, split_values
from immport.errors import UsageProblem

if TYPE_CHECKING:
    from immport.operations import Operation, Param

SKIPPED_PARAMS = frozenset({"format", "format_"})
_TYPES: dict[str, click.ParamType[Any, Any]] = {
    "integer": click.INT,
    "number": click.FLOAT,
    "boolean": click.BOOL,
}
Runner = Callable[["Operation", "Invocation"], None]


def kebab(name: str) -> str:
    return name.rstrip("_").replace("_", "-")


def squash(name: str) -> str:
    """Spelling-insensitive key: ``neut-ab-titer``, ``neut_ab_titer`` and ``neutAbTiter`` all match."""
    return name.replace("-", "").replace("_", "").lower()


def operations_in(group: str) -> dict[str, Operation]:
    """The group's operations keyed by their command name (the facade method name in kebab-case)."""
    from immport.operations import operations_in as facade_operations_in

    return dict(sorted((kebab(op.method_name), op) for op in facade_operations_in(group)))


class Invocation:
    """What the user typed for one registry command, already shaped as facade arguments."""

    def __init__(self, values: Mapping[str, Any], op: Operation) -> None:
        self.fmt: str | None = values.get("fmt")
        self.output: Path | None = values.get("output")
        self.positional: list[str] = list(values.get("positional") or ())
        self.fetch_all: bool = bool(values.get("fetch_all"))
        self.arguments: dict[str, Any] = {}
        for param in query_params(op):
            raw = values.get(param.python_name)
            if multi_valued(param):
                items = split_values(raw or ())
                if raw and not items:
                    raise UsageProblem(_empty_list(f"--{kebab(param.python_name)}"))
                if items:
                    self.arguments[param.python_name] = items
            elif raw is not None:
                self.arguments[param.python_name] = raw
        for text in values.get("filters") or ():
            self._add_filter(op, text)

    def _add_filter(self, op: Operation, text: str) -> None:
        """``--filter minSubjectAgeGte=18``: the API's name or the Python one (``min_subject_age_gte``)."""
        name, sep, value = text.partition("=")
        if not sep or not name.strip():
            raise UsageProblem(f"--filter takes NAME=VALUE, not {text!r}")
        names = {n: p for p in query_params(op) for n in (p.wire_name, p.python_name)}
        param = names.get(name.strip())
        if param is None:
            raise UsageProblem(
                f"unknown filter {name.strip()!r} for {kebab(op.method_name)}"
                f"{_suggest(name, [p.wire_name for p in names.values()])}; "
                f"see `--help` for the filters"
            )
        if multi_valued(param):
            items = split_values([value])
            if not items:
                raise UsageProblem(_empty_list(f"--filter {name.strip()}"))
            self.arguments.setdefault(param.python_name, []).extend(items)
        else:
            self.arguments[param.python_name] = value.strip()


def _empty_list(option: str) -> str:
    """An option given only empty values would drop its filter and fetch everything: refuse it."""
    return (
        f"{option} was given no values (empty or only commas); "
        "pass at least one value, or leave the option out to fetch everything"
    )


def multi_valued(param: Param) -> bool:
    return param.is_array or param.comma_list


def query_params(op: Operation) -> list[Param]:
    return [p for p in op.params if p.location == "query" and p.python_name not in SKIPPED_PARAMS]


def path_params(op: Operation) -> list[Param]:
    return [p for p in op.params if p.location == "path"]


def _suggest(name: str, choices: Iterable[str]) -> str:
    by_key = {squash(choice): choice for choice in choices}
    close = difflib.get_close_matches(squash(name), list(by_key), n=1, cutoff=0.6)
    return f" (did you mean {by_key[close[0]]!r}?)" if close else ""


def param_options(op: Operation, *, aliases: Mapping[str, Sequence[str]]) -> list[click.Parameter]:
    options: list[click.Parameter] = []
    for param in query_params(op):
        decls = [f"--{kebab(param.python_name)}", *aliases.get(param.python_name, ()), param.python_name]
        many = multi_valued(param)
        options.append(
            click.Option(
                decls,
                multiple=many,
                type=click.Choice(param.choices)
                if param.choices
                else _TYPES.get(param.value_type, click.STRING),
                metavar="V[,V...]" if many else None,
                help=f"{param.wire_name}{' (comma-separated or repeated)' if many else ''}",
            )
        )
    if options:
        options.append(
            click.Option(
                ["--filter", "filters"],
                multiple=True,
                metavar="NAME=VALUE",
                help="Any filter by its API name, e.g. --filter minSubjectAgeGte=18 (repeatable).",
            )
        )
    return options


class RegistryGroup(click.Group):
    """A group whose subcommands are the registry's operations of one facade group."""

    facade_group: ClassVar[str]
    noun: ClassVar[str]  # "assay": in errors ("unknown assay 'x'")
    plural: ClassVar[str]  # "Assays": the help section title
    aliases: ClassVar[Mapping[str, Sequence[str]]] = {}  # python name -> more option names

    def run(self, op: Operation, call: Invocation) -> None:
        """Call the facade for one command and print what it returns."""
        raise NotImplementedError

    def describe(self, name: str, op: Operation) -> tuple[str, str]:
        """A command's help text and its example line."""
        raise NotImplementedError

    def extra_params(self) -> list[click.Parameter]:
        return []

    def build(self, name: str, op: Operation) -> click.Command:
        help_text, usage = self.describe(name, op)
        return make_command(
            name,
            op,
            runner=self.run,
            help_text=help_text,
            usage=usage,
            extra=self.extra_params(),
            aliases=self.aliases,
        )

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(operations_in(self.facade_group))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        ops = operations_in(self.facade_group)
        wanted = squash(cmd_name)
        for name, op in ops.items():
            if wanted in (
                squash(name),
                squash(op.operation_id),
                squash(op.path.rstrip("/").rsplit("/", 1)[-1]),
            ):
                return self.build(name, op)
        raise click.UsageError(
            f"unknown {self.noun} {cmd_name!r}{_suggest(cmd_name, ops)}; run `{ctx.command_path} --list`", ctx
        )

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        # One line instead of dozens of entries: `--list` shows them all.
        names = self.list_commands(ctx)
        with formatter.section(f"{self.plural} ({len(names)})"):
            formatter.write_text(", ".join(names))


def make_command(
    name: str,
    op: Operation,
    *,
    runner: Runner,
    help_text: str,
    usage: str,
    extra: Sequence[click.Parameter] = (),
    aliases: Mapping[str, Sequence[str]] | None = None,
) -> click.Command:
    params: list[click.Parameter] = []
    if path_params(op):
        params.append(click.Argument(["positional"], nargs=-1, required=True, metavar="SDY..."))
    params += [*param_options(op, aliases=aliases or {}), *extra, *output_params()]

    def callback(**values: Any) -> None:
        runner(op, Invocation(values, op))

    return click.Command(
        name,
        callback=callback,
        params=params,
        help=help_text,
        epilog=example(usage),
        context_settings=CONTEXT,
    )


def list_table(group: str, title: str) -> Table:
    table = Table(title=title, header_style="bold")
    table.add_column("name")
    table.add_column("API path")
    table.add_column("auth")
    for name, op in operations_in(group).items():
        table.add_row(name, op.path, "yes" if op.requires_auth else "no")
    return table
