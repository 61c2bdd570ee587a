"""Issue 12.4: one home for errors (immport.errors, exported from immport); no Unset reaches users."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import httpx

import immport
from immport.errors import ImmPortError

PACKAGE = Path(immport.__file__).parent
# the command line and the sandbox server are not library code users catch from
NOT_LIBRARY = ("immport.cli", "immport.sandbox", "immport.__main__")


def library_modules() -> list[str]:
    names = [m.name for m in pkgutil.walk_packages([str(PACKAGE)], prefix="immport.")]
    return [n for n in names if not n.startswith(NOT_LIBRARY)]


def test_every_immport_exception_and_warning_is_defined_in_errors_and_exported() -> None:
    found: dict[str, type] = {}
    for name in library_modules():
        module = importlib.import_module(name)
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and issubclass(value, ImmPortError | Warning)
                and value.__module__.startswith("immport")
                and not value.__name__.startswith("_")  # private signals between steps never reach users
            ):
                found[value.__name__] = value
    assert {"TicketTimeoutError", "DownloadFailedError", "DownloadCancelled", "ApiKeyExpiryWarning"} <= set(
        found
    )
    misplaced = sorted(n for n, cls in found.items() if cls.__module__ != "immport.errors")
    assert misplaced == []
    unexported = sorted(n for n, cls in found.items() if getattr(immport, n, None) is not cls)
    assert unexported == []
    assert set(found) <= set(immport.__all__)


def test_no_library_module_imports_the_generated_unset() -> None:
    pattern = re.compile(r"immport_api_client\.types import .*\b(UNSET|Unset)\b")
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if pattern.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_tsv_row_without_a_column_reads_none_not_unset() -> None:
    text = "resultId\tstudyAccession\n1\tSDY1\n"
    with immport.Client(
        token="t.t.t", env={}, transport=httpx.MockTransport(lambda r: httpx.Response(200, text=text))
    ) as client:
        (row,) = client.results.elisa(study_accession="SDY1", format="tsv").rows()
    assert row.study_accession == "SDY1"
    assert row.value_preferred is None and row.comments is None


def test_row_models_are_importable_from_immport_models() -> None:
    import immport_api_client.models as generated

    import immport.models

    assert immport.models.VElisaResult is generated.VElisaResult
    assert immport.models.LkDisease is generated.LkDisease
