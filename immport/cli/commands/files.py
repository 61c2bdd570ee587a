"""``immport files manifest|download``: study files over DRS, with progress, resume and MD5 checks."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from immport.accessions import normalize_accession
from immport.cli import state
from immport.cli.commands.common import CONTEXT, example, output_options, resolve_format, show_rows
from immport.cli.console import VERBOSITY, note
from immport.cli.failures import ExitCode
from immport.cli.progress import DownloadBars
from immport.errors import CommandFailed, InvalidRequestError, VerificationError

if TYPE_CHECKING:
    from immport.files import DownloadResult

FILE_TYPES = ("all", "archive_file", "release_file", "study_file", "protocol_file", "result_file")


FILE_TYPE = click.option(
    "-t", "--type", "file_type", type=click.Choice(FILE_TYPES), default="all", show_default=True
)


@click.group(
    context_settings=CONTEXT, epilog=example("immport files download SDY1 --type result_file --dest data/")
)
def files() -> None:
    """Study file manifests and checksum-verified downloads (GA4GH DRS)."""


@files.command(context_settings=CONTEXT, epilog=example("immport files manifest SDY1 SDY2 --format tsv"))
@click.argument("accessions", nargs=-1, required=True, metavar="SDY...")
@FILE_TYPE
@output_options
def manifest(accessions: tuple[str, ...], file_type: str, fmt: str | None, output: Path | None) -> None:
    """The files of one or more studies: path, size, MD5 and DRS id."""
    from immport.cli.commands.data import columns_of
    from immport.operations import OPERATIONS

    client = state.client()

    def rows() -> Iterator[Any]:
        for accession in accessions:
            yield from client.files.iter_manifest(accession, file_type=file_type)

    count = show_rows(rows(), fmt, output, columns=columns_of(OPERATIONS["getFileDetails"]), title="manifest")
    if output is not None:
        note(f"wrote {count} manifest rows to {output}")


@files.command(
    context_settings=CONTEXT,
    epilog=example(
        "immport files download SDY1 --dest data/",
        "immport files download SDY1 SDY2 --type result_file --concurrency 8 -f json -o downloaded.json",
    ),
)
@click.argument("accessions", nargs=-1, required=True, metavar="SDY...")
@FILE_TYPE
@click.option(
    "--dest", type=click.Path(file_okay=False, path_type=Path), default=Path("."), show_default=True
)
@click.option("-j", "--concurrency", type=click.IntRange(min=1, max=64), default=4, show_default=True)
@output_options
def download(
    accessions: tuple[str, ...],
    file_type: str,
    dest: Path,
    concurrency: int,
    fmt: str | None,
    output: Path | None,
) -> None:
    """Download study files into DEST (paths kept), verifying size and MD5.

    Each file streams to NAME.part and is renamed only after it verifies; run the same command again to
    resume interrupted files (Ctrl-C keeps the .part) and skip the ones already verified.
    With --format or -o, one record per file goes to stdout or FILE.
    """
    if fmt is not None or output is not None:
        resolve_format(fmt, output)  # a report format it cannot write is refused before downloading
    accessions = tuple(_study(value) for value in accessions)  # every one checked before the first file
    kwargs = state.client_kwargs(state.options())
    try:
        results = asyncio.run(
            _download_all(kwargs, accessions, dest, file_type=file_type, concurrency=concurrency)
        )
    except KeyboardInterrupt:
        note("interrupted: partial files are kept as .part; run the same command again to resume")
        raise
    _report(results, fmt, output)


def _study(value: str) -> str:
    """A study argument, checked; a path given where a study belongs is pointed at ``--dest``."""
    try:
        return normalize_accession(value)
    except InvalidRequestError as exc:
        if "/" in value or "\\" in value or Path(value).is_dir():
            raise InvalidRequestError(
                f"{exc.message}; to download into a directory use --dest {value}"
            ) from None
        raise


async def _download_all(
    kwargs: dict[str, Any], accessions: tuple[str, ...], dest: Path, *, file_type: str, concurrency: int
) -> list[DownloadResult]:
    from immport import AsyncClient

    results: list[DownloadResult] = []
    async with AsyncClient(**kwargs) as client:  # asyncio: Ctrl-C cancels cleanly, .part files stay
        for accession in accessions:
            with DownloadBars(accession, enabled=VERBOSITY.level >= 0) as bars:
                download = client.files.download
                result = await download(
                    accession,
                    dest,
                    file_type=file_type,
                    concurrency=concurrency,
                    progress=bars,
                    raise_on_error=False,  # every study is tried; _report says what failed
                )
            if not (result.downloaded or result.skipped or result.failed or result.cancelled):
                kind = "" if file_type == "all" else f" of type {file_type}"
                raise CommandFailed(ExitCode.API_ERROR, f"{accession} has no files{kind} to download")
            results.append(result)
    return results


def _report(results: list[DownloadResult], fmt: str | None, output: Path | None) -> None:
    downloaded = [f for r in results for f in r.downloaded]
    skipped = [f for r in results for f in r.skipped]
    failed = [f for r in results for f in r.failed]
    cancelled = [e for r in results for e in r.cancelled]
    size = sum(f.size for f in downloaded)
    note(
        f"{len(downloaded)} downloaded ({size:,} bytes, MD5 verified: "
        f"{sum(f.md5_verified for f in downloaded)}), {len(skipped)} already present, {len(failed)} failed"
    )
    if fmt is not None or output is not None:
        records: list[dict[str, Any]] = [
            {
                "path": str(f.path),
                "status": "downloaded",
                "size": f.size,
                "md5": f.md5,
                "md5Verified": f.md5_verified,
                "resumedFrom": list(f.resumed_from),
            }
            for f in downloaded
        ]
        records += [{"path": str(f.path), "status": "present"} for f in skipped]
        records += [{"path": str(f.path), "status": "failed", "error": str(f.error)} for f in failed]
        records += [{"path": str(e.path), "status": "not attempted"} for e in cancelled]
        show_rows(records, fmt, output, title="download")
    for failure in failed:
        note(f"failed: {failure.entry.path}: {failure.error}")
    if failed or cancelled:
        verification = any(isinstance(f.error, VerificationError) for f in failed)
        code = ExitCode.VERIFICATION if verification else ExitCode.API_ERROR
        first = failed[0] if failed else None
        what = f"first: {first.entry.path}: {first.error}" if first else "some files were not attempted"
        counts = f"{len(failed)} file(s) failed, {len(cancelled)} not attempted"
        raise CommandFailed(code, f"{counts} ({what}); run the same command again")
