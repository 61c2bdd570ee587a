"""``immport spec check|diff``: has ImmPort's API changed since the spec we vendor?"""

from __future__ import annotations

from pathlib import Path

import click

from immport.cli import state
from immport.cli.commands.common import CONTEXT, example

FORMATS = click.Choice(["text", "json"])
FAIL_ON = click.Choice(["breaking", "any"])
FAST_HELP = "Skip regenerating both specs (only the spec-level rules; no generated-code view)."


def _print_report(text: str, code: int, output: Path | None) -> None:
    if output is not None:
        output.write_text(text, encoding="utf-8")
    else:
        click.echo(text, nl=not text.endswith("\n"))
    click.get_current_context().exit(code)


@click.group(
    context_settings=CONTEXT, epilog=example("immport spec check", "immport spec diff old.json new.json")
)
def spec() -> None:
    """Compare OpenAPI specs: exit 1 when a change breaks the client (--fail-on any: on any change).

    Each spec change is classified, then both specs are regenerated (openapi-python-client, our overlay)
    and the generated clients' public APIs compared; each API change is traced to its spec changes.
    """


@spec.command(
    context_settings=CONTEXT, epilog=example("immport spec diff openapi/old.json new.json --format json")
)
@click.argument("old", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("new", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-f", "--format", "fmt", type=FORMATS, default="text", show_default=True)
@click.option("--fail-on", type=FAIL_ON, default="breaking", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), metavar="FILE")
@click.option("--fast", is_flag=True, help=FAST_HELP)
def diff(old: Path, new: Path, fmt: str, fail_on: str, output: Path | None, fast: bool) -> None:
    """Diff two OpenAPI files and classify every change as breaking or not."""
    from immport.contract.live import run_diff

    _print_report(*run_diff(old, new, fmt, fail_on, fast=fast), output)


@spec.command(
    context_settings=CONTEXT,
    epilog=example("immport spec check", "immport --sandbox auto spec check --format json"),
)
@click.option(
    "--url", help="Spec URL (default: ImmPort's, or <query URL>/v3/api-docs with --sandbox/--query-url)."
)
@click.option("-f", "--format", "fmt", type=FORMATS, default="text", show_default=True)
@click.option("--fail-on", type=FAIL_ON, default="breaking", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), metavar="FILE")
@click.option("--fast", is_flag=True, help=FAST_HELP)
def check(url: str | None, fmt: str, fail_on: str, output: Path | None, fast: bool) -> None:
    """Diff the vendored spec against the one ImmPort serves now."""
    from immport.contract.live import DEFAULT_SPEC_URL, run_check

    if url is None:
        query_url = state.client_kwargs(state.options()).get("query_url")
        url = f"{query_url}/v3/api-docs" if query_url else DEFAULT_SPEC_URL
    timeout = state.options().timeout
    options = {"timeout": timeout} if timeout else {}
    _print_report(*run_check(url, fmt, fail_on, fast=fast, **options), output)
