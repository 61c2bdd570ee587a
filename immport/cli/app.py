"""The root ``immport`` command: global options, one-line errors, exit codes."""

from __future__ import annotations

import sys
import traceback
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click

from immport import __version__
from immport._http.redaction import redact
from immport.cli.console import VERBOSITY, configure_logging, reset_logging, stderr, warn
from immport.cli.failures import ExitCode, classify, one_line
from immport.cli.state import GlobalOptions
from immport.errors import OutputClosedError, UsageProblem

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 110}


def report_error(message: str) -> None:
    stderr().print(f"error: {redact(message)}", style="bold red", markup=False, highlight=False)


class ImmportGroup(click.Group):
    """Runs the command tree and turns every failure into one line on stderr and an exit code."""

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        code = self.run(args, prog_name or "immport", complete_var, **extra)
        if standalone_mode:
            sys.exit(code)
        return code

    def run(self, args: Sequence[str] | None, prog_name: str, complete_var: str | None, **extra: Any) -> int:
        from immport.auth import ApiKeyExpiryWarning

        try:
            with warnings.catch_warnings():
                # The client also logs this warning (shown by the logging set-up): print it once, not twice.
                warnings.simplefilter("ignore", ApiKeyExpiryWarning)
                warnings.showwarning = _warning_line
                return self._run(args, prog_name, complete_var, **extra)
        finally:
            reset_logging()  # leave the process's loggers as they were (matters when embedded)

    def _run(self, args: Sequence[str] | None, prog_name: str, complete_var: str | None, **extra: Any) -> int:
        try:
            result = super().main(
                args=args, prog_name=prog_name, complete_var=complete_var, standalone_mode=False, **extra
            )
        except click.exceptions.NoArgsIsHelpError as exc:
            click.echo(exc.ctx.get_help() if exc.ctx else "")
            return ExitCode.USAGE
        except click.UsageError as exc:
            where = f" (see `{exc.ctx.command_path} --help`)" if exc.ctx is not None else ""
            report_error(one_line(exc.format_message()) + where)
            return ExitCode.USAGE
        except click.ClickException as exc:
            report_error(one_line(exc.format_message()))
            return exc.exit_code
        except (click.Abort, KeyboardInterrupt):
            report_error("interrupted")
            return ExitCode.INTERRUPTED
        except UsageProblem as exc:
            report_error(one_line(str(exc)))
            return ExitCode.USAGE
        except OutputClosedError:
            return ExitCode.OK
        except OSError as exc:
            if exc.filename is None:  # not about a path (the facade wraps network errors in its own types)
                return self._failed(exc)
            report_error(one_line(f"cannot use {str(exc.filename)!r}: {exc.strerror or exc}"))
            return ExitCode.USAGE
        except ImportError as exc:
            if "pip install 'immport[" not in str(exc):  # not a missing extra: a real bug, report as usual
                return self._failed(exc)
            report_error(one_line(str(exc)))  # e.g. the sandbox without its extra: say what to install
            return ExitCode.USAGE
        except Exception as exc:
            return self._failed(exc)
        return result if isinstance(result, int) else ExitCode.OK  # int: the code of ctx.exit(n)

    @staticmethod
    def _failed(exc: Exception) -> int:
        code, message = classify(exc, detailed=VERBOSITY.level >= 1)
        if VERBOSITY.level >= 2:
            text = redact("".join(traceback.format_exception(exc)))
            stderr().print(text, markup=False, highlight=False)
        report_error(message)
        return code


def _warning_line(message: Warning | str, category: type[Warning], *_: Any, **__: Any) -> None:
    """Python warnings (e.g. ContractWarning) as one ``warning: ...`` line, without the source line."""
    warn(f"{category.__name__}: {message}")


def _version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        click.echo(f"immport {__version__}")
        ctx.exit()


@click.group(
    "immport",
    cls=ImmportGroup,
    context_settings=CONTEXT,
    epilog="\b\nExample:\n  immport --sandbox auto results elisa --study SDY2,SDY4 -o elisa.tsv",
)
@click.option(
    "--sandbox",
    metavar="URL|auto",
    envvar="IMMPORT_SANDBOX",
    help="Point every base URL at a local sandbox (auto: the one `immport sandbox serve` runs).",
)
@click.option("--query-url", metavar="URL", help="Shared Data API base URL [env IMMPORT_QUERY_URL].")
@click.option("--auth-url", metavar="URL", help="Token service base URL [env IMMPORT_AUTH_URL].")
@click.option("--upload-url", metavar="URL", help="Data Upload API base URL [env IMMPORT_UPLOAD_URL].")
@click.option("--batch-url", metavar="URL", help="Batch Updater API base URL [env IMMPORT_BATCH_URL].")
@click.option(
    "--username",
    help="Log in as this user [env IMMPORT_USERNAME]; the password comes from IMMPORT_PASSWORD or a prompt.",
)
@click.option(
    "--api-key-file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="JSON key file downloaded from ImmPort [env IMMPORT_API_KEY_FILE; a bare key: IMMPORT_API_KEY].",
)
@click.option("--timeout", type=click.FloatRange(min=0.1), help="Request timeout in seconds.")
@click.option(
    "--cache",
    type=click.Path(file_okay=False, path_type=Path),
    envvar="IMMPORT_CACHE",
    help="Cache lookups, manifests, summaries and search in DIR for a day [env IMMPORT_CACHE].",
)
@click.option("--offline", is_flag=True, help="Answer only from the --cache; fail on anything not cached.")
@click.option("-v", "--verbose", count=True, help="More logs on stderr (-vv: debug, with tracebacks).")
@click.option("-q", "--quiet", is_flag=True, help="Only data and errors: no notes or progress.")
@click.option(
    "--version", is_flag=True, expose_value=False, is_eager=True, callback=_version, help="Show the version."
)
@click.pass_context
def app(
    ctx: click.Context,
    sandbox: str | None,
    query_url: str | None,
    auth_url: str | None,
    upload_url: str | None,
    batch_url: str | None,
    username: str | None,
    api_key_file: Path | None,
    timeout: float | None,
    cache: Path | None,
    offline: bool,
    verbose: int,
    quiet: bool,
) -> None:
    """Command line for ImmPort, NIAID's immunology data repository.

    Data goes to stdout (a table on a terminal, JSON when piped, or --format/-o);
    progress, notes and errors go to stderr. Credentials come from IMMPORT_API_KEY,
    IMMPORT_API_KEY_FILE or IMMPORT_USERNAME + IMMPORT_PASSWORD.

    Exit codes: 0 ok, 1 API error, 2 bad input, 3 authentication, 4 verification failed, 130 interrupted.
    """
    level = -1 if quiet else verbose
    configure_logging(level)
    ctx.obj = GlobalOptions(
        sandbox=sandbox,
        query_url=query_url,
        auth_url=auth_url,
        upload_url=upload_url,
        batch_url=batch_url,
        username=username,
        api_key_file=api_key_file,
        timeout=timeout,
        verbosity=level,
        cache=cache,
        offline=offline,
    )


def _register(root: click.Group) -> None:
    """Mount the command groups (imported here, so ``immport --help`` alone stays cheap)."""
    from immport.cli.commands import auth, batch, data, export, files, sandbox, spec, upload
    from immport.cli.demo import demo

    for command in (
        auth.auth,
        data.search,
        data.study,
        data.results,
        data.lookup,
        files.files,
        export.export,
        export.availability,
        upload.upload,
        batch.batch,
        spec.spec,
        sandbox.sandbox,
        demo,
    ):
        root.add_command(command)


_register(app)


def main(argv: Sequence[str] | None = None) -> int:
    """Console-script entry point."""
    return int(app.main(args=argv, prog_name="immport", standalone_mode=False))
