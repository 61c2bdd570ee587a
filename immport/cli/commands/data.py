"""``immport study``, ``results``, ``lookup``, ``search``: the Shared Data API, a subcommand per operation."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar

import attrs
import click
from rich.console import Console

from immport.cli import state
from immport.cli.commands.common import CONTEXT, example, show_object, show_rows
from immport.cli.commands.registry import (
    Invocation,
    RegistryGroup,
    list_table,
    path_params,
)
from immport.cli.console import note

if TYPE_CHECKING:
    from immport.operations import Operation
    from immport.search_results import SearchHit, SearchResults


def facade_method(op: Operation, *, streaming: bool) -> Any:
    """``client.<group>.iter_<name>`` when streaming is wanted and exists, else ``client.<group>.<name>``."""
    group = getattr(state.client(), op.group)
    if streaming and hasattr(group, f"iter_{op.method_name}"):
        return getattr(group, f"iter_{op.method_name}")
    return getattr(group, op.method_name)


def columns_of(op: Operation) -> list[str] | None:
    """Every column of the operation's rows, in the API's order (rows omit unset fields)."""
    from immport.operations import row_schema

    schema = row_schema(op)
    return [field.wire_name for field in schema.fields] if schema is not None else None


def recorder(op: Operation) -> Callable[[Any], Any]:
    """Row -> record in API field order; for flat models a direct attribute read (faster than to_dict)."""
    from immport.operations import row_schema

    schema = row_schema(op)
    if schema is None or not schema.flat:
        return lambda row: row
    pairs = [(field.wire_name, field.attr_name) for field in schema.fields]

    def record(row: Any) -> Any:
        if not isinstance(row, schema.model):
            return row
        out = {wire: getattr(row, attr) for wire, attr in pairs}
        out.update(getattr(row, "additional_properties", None) or {})
        return out

    return record


def _output(op: Operation, call: Invocation, rows: Any, title: str) -> None:
    if op.returns_list:
        rows = map(recorder(op), rows)
        count = show_rows(rows, call.fmt, call.output, columns=columns_of(op), title=title)
        if call.output is not None:
            note(f"wrote {count} rows to {call.output}")
    else:
        show_object(rows, call.fmt, call.output, title=title)


def registry_group(
    cls: type[RegistryGroup], *, title: str, usage: str
) -> Callable[[Callable[..., Any]], click.Group]:
    """A group named after the decorated function, with ``--list``, that prints its help when called bare."""

    def show_list(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
        if value and not ctx.resilient_parsing:
            Console().print(list_table(cls.facade_group, title))
            ctx.exit()

    def decorate(func: Callable[..., Any]) -> click.Group:
        @click.group(
            func.__name__,
            cls=cls,
            invoke_without_command=True,
            context_settings=CONTEXT,
            epilog=example(usage),
        )
        @click.option(
            "-l",
            "--list",
            "list_",
            is_flag=True,
            expose_value=False,
            is_eager=True,
            callback=show_list,
            help=f"List the {title.lower()} and exit.",
        )
        @click.pass_context
        def group(ctx: click.Context) -> None:
            if ctx.invoked_subcommand is None:
                click.echo(ctx.get_help())
                ctx.exit(2)

        group.help = func.__doc__
        return group

    return decorate


# --- immport study <resource> SDY...


class StudyGroup(RegistryGroup):
    facade_group = "studies"
    noun = "resource"
    plural = "Resources"

    def run(self, op: Operation, call: Invocation) -> None:
        method = facade_method(op, streaming=True)
        key = path_params(op)[0].python_name if path_params(op) else None
        if key is None:
            _output(op, call, method(**call.arguments), op.method_name)
            return
        if not op.returns_list:
            if len(call.positional) == 1:
                _output(op, call, method(**{key: call.positional[0]}, **call.arguments), call.positional[0])
            else:
                show_rows(
                    (method(**{key: a}, **call.arguments) for a in call.positional), call.fmt, call.output
                )
            return

        def rows() -> Iterator[Any]:
            for accession in call.positional:
                yield from method(**{key: accession}, **call.arguments)

        _output(op, call, rows(), f"{op.method_name} {' '.join(call.positional)}")

    def describe(self, name: str, op: Operation) -> tuple[str, str]:
        return (
            f"Study {name.replace('-', ' ')} of one or more studies ({op.path}).",
            f"immport study {name} SDY1 SDY2 --format tsv",
        )


@registry_group(StudyGroup, title="Study resources", usage="immport study arm SDY1")
def study() -> None:
    """Study metadata: `immport study <resource> SDY...` (see --list)."""


# --- immport results <assay> --study SDY2,SDY4 --filter ...


class ResultsGroup(RegistryGroup):
    facade_group = "results"
    noun = "assay"
    plural = "Assays"
    aliases: ClassVar[Mapping[str, Sequence[str]]] = {"study_accession": ("--study",)}

    def run(self, op: Operation, call: Invocation) -> None:
        rows = facade_method(op, streaming=True)(**call.arguments)
        _output(op, call, rows, f"{op.method_name} results")

    def describe(self, name: str, op: Operation) -> tuple[str, str]:
        return (
            f"{name} results ({op.path}). Filters are ANDed; the values of one filter are ORed.",
            f"immport results {name} --study SDY2,SDY4 --min-subject-age-gte 18 -o {name}.tsv",
        )


@registry_group(ResultsGroup, title="Assays", usage="immport results elisa --study SDY2,SDY4 --format jsonl")
def results() -> None:
    """Assay results: `immport results <assay> [--study SDY2,SDY4] [--filter name=value ...]`."""


# --- immport lookup <name>


class LookupGroup(RegistryGroup):
    facade_group = "lookups"
    noun = "lookup"
    plural = "Lookups"

    def run(self, op: Operation, call: Invocation) -> None:
        _output(op, call, facade_method(op, streaming=True)(**call.arguments), f"lookup {op.method_name}")

    def describe(self, name: str, op: Operation) -> tuple[str, str]:
        return f"The {name} controlled vocabulary ({op.path}).", f"immport lookup {name} --format csv"


@registry_group(LookupGroup, title="Lookups", usage="immport lookup disease --format tsv")
def lookup() -> None:
    """Controlled vocabularies: `immport lookup <name>` (see --list)."""


# --- immport search studies|subjects


def search_rows(results: SearchResults[Any]) -> list[dict[str, Any]]:
    """The records of one search page: each hit's ``_source`` fields."""
    return [search_source(hit) for hit in results.hits]


def search_source(hit: SearchHit[Any]) -> dict[str, Any]:
    """A hit's ``_source`` as a record (what a person wants to see): the fields it carries, then extras."""
    fields = attrs.asdict(hit.source, recurse=False)
    extra = fields.pop("extra")
    return {**{k: v for k, v in fields.items() if v is not None}, **extra}


class SearchGroup(RegistryGroup):
    facade_group = "search"
    noun = "search"
    plural = "Searches"

    def run(self, op: Operation, call: Invocation) -> None:
        if call.fetch_all:
            call.arguments.pop("from_record", None)
            hits = facade_method(op, streaming=True)(**call.arguments)
            show_rows(
                (search_source(hit) for hit in hits), call.fmt, call.output, title=f"{op.method_name} search"
            )
            return
        results = facade_method(op, streaming=False)(**call.arguments)
        page = search_rows(results)
        show_rows(page, call.fmt, call.output, title=f"{op.method_name} search")
        total = results.total
        start = int(call.arguments.get("from_record") or 0)
        if start + len(page) < total:
            note(
                f"{op.method_name} {start + 1}-{start + len(page)} of {total}: "
                f"next page with --from-record {start + len(page)}, or everything with --all"
            )

    def describe(self, name: str, op: Operation) -> tuple[str, str]:
        return (
            f"Search {name}: free text with --term, facets as options; one page unless --all.",
            f'immport search {name} --term influenza --species "Homo sapiens" --all --format jsonl',
        )

    def extra_params(self) -> list[click.Parameter]:
        return [
            click.Option(
                ["--all", "fetch_all"], is_flag=True, help="Fetch every page (streamed one after another)."
            )
        ]


@registry_group(SearchGroup, title="Searches", usage='immport search studies --term "vaccine" --page-size 20')
def search() -> None:
    """Search studies or subjects: `immport search studies|subjects [--term T] [--FACET value] [--all]`."""
