"""The live-spec check and the two CLI entry points (``immport spec diff`` / ``immport spec check``)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs
import httpx

from immport import spec as spec_copies
from immport.contract._model import DiffReport, GeneratedView
from immport.contract.diff import diff_specs
from immport.contract.render import FailOn, exit_code, render_json, render_text
from immport.errors import APIStatusError, DecodeError, InvalidRequestError, TransportError

__all__ = [
    "DEFAULT_SPEC_URL",
    "check_live",
    "fetch_spec",
    "judge",
    "load_spec_file",
    "run_check",
    "run_diff",
]

DEFAULT_SPEC_URL = "https://www.immport.org/data/query/v3/api-docs"
DEFAULT_TIMEOUT = 30.0


def fetch_spec(url: str = DEFAULT_SPEC_URL, *, timeout: float = DEFAULT_TIMEOUT) -> dict[str, Any]:
    """Download an OpenAPI document (TLS verified, redirects followed)."""
    try:
        with httpx.Client(
            timeout=timeout, follow_redirects=True, headers={"Accept": "application/json"}
        ) as http:
            response = http.get(url)
    except httpx.HTTPError as exc:
        raise TransportError(
            f"ImmPort could not be reached to fetch its spec ({type(exc).__name__}: {exc}); are you offline?",
            method="GET",
            url=url,
        ) from exc
    if response.status_code >= 400:
        raise APIStatusError(
            "fetching the spec failed",
            status=response.status_code,
            method="GET",
            url=url,
            body=response.content,
        )
    return _as_openapi(response.content, f"the document at {url}", url)


def check_live(
    url: str = DEFAULT_SPEC_URL, *, timeout: float = DEFAULT_TIMEOUT, fast: bool = True
) -> DiffReport:
    """Diff the vendored upstream spec (old) against the one served at ``url`` (new).

    ``fast=False`` adds the generated-code view (both specs regenerated, see ``judge``).
    """
    return judge(spec_copies.load_spec("upstream"), fetch_spec(url, timeout=timeout), fast=fast)


def judge(old: Mapping[str, Any], new: Mapping[str, Any], *, fast: bool = False) -> DiffReport:
    """The spec-level diff plus, unless ``fast``, the API changes of the clients generated from both specs
    (``immport.contract.generated``), each traced to the spec changes behind it."""
    report = diff_specs(old, new)
    if fast:
        return attrs.evolve(report, generated=GeneratedView(checked=False, note="--fast"))
    if old == new:
        return attrs.evolve(report, generated=GeneratedView(checked=True, note="identical specs"))
    from immport.contract.generated import generated_view

    return attrs.evolve(report, generated=generated_view(old, new, report))


def load_spec_file(path: str | Path) -> dict[str, Any]:
    """Read an OpenAPI document from a JSON (or, when PyYAML is installed, YAML) file."""
    file = Path(path)
    try:
        raw = file.read_bytes()
    except OSError as exc:
        raise InvalidRequestError(f"cannot read spec file {str(file)!r}: {exc.strerror or exc}") from exc
    if file.suffix.lower() in (".yaml", ".yml"):
        try:
            import yaml  # type: ignore[import-untyped]
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise InvalidRequestError(f"{file}: reading YAML needs PyYAML (pip install pyyaml)") from exc
        try:
            document = yaml.safe_load(raw)
        except yaml.YAMLError as exc:
            raise InvalidRequestError(f"{file} is not valid YAML: {exc}") from exc
        return _check_openapi(document, str(file), None)
    return _as_openapi(raw, str(file), None)


def run_diff(
    old_path: str | Path,
    new_path: str | Path,
    fmt: str = "text",
    fail_on: FailOn | str = "breaking",
    *,
    fast: bool = False,
) -> tuple[str, int]:
    """``immport spec diff OLD NEW``: (rendered report, exit code). Bad input raises InvalidRequestError.

    Unless ``fast``, both specs are regenerated and the generated clients' APIs compared too.
    """
    _check_options(fmt, fail_on)
    report = judge(load_spec_file(old_path), load_spec_file(new_path), fast=fast)
    return _render(report, fmt), exit_code(report, fail_on)


def run_check(
    url: str = DEFAULT_SPEC_URL,
    fmt: str = "text",
    fail_on: FailOn | str = "breaking",
    *,
    timeout: float = DEFAULT_TIMEOUT,
    fast: bool = False,
) -> tuple[str, int]:
    """``immport spec check [--url]``: (rendered report, exit code). Offline raises TransportError."""
    _check_options(fmt, fail_on)
    report = check_live(url, timeout=timeout, fast=fast)
    return _render(report, fmt), exit_code(report, fail_on)


def _check_options(fmt: str, fail_on: str) -> None:
    if fmt not in ("text", "json"):
        raise InvalidRequestError(f"format must be 'text' or 'json', not {fmt!r}")
    if fail_on not in ("breaking", "any"):
        raise InvalidRequestError(f"fail_on must be 'breaking' or 'any', not {fail_on!r}")


def _render(report: DiffReport, fmt: str) -> str:
    return render_json(report) if fmt == "json" else render_text(report)


def _as_openapi(raw: bytes, what: str, url: str | None) -> dict[str, Any]:
    try:
        document = json.loads(raw)
    except ValueError as exc:
        if url is not None:
            raise DecodeError(f"{what} is not JSON", method="GET", url=url, body=raw) from exc
        raise InvalidRequestError(f"{what} is not valid JSON: {exc}") from exc
    return _check_openapi(document, what, url)


def _check_openapi(document: Any, what: str, url: str | None) -> dict[str, Any]:
    if isinstance(document, Mapping) and "openapi" in document and isinstance(document.get("paths"), Mapping):
        return dict(document)
    message = f"{what} is not an OpenAPI 3 document (needs 'openapi' and 'paths')"
    if url is not None:
        raise DecodeError(message, method="GET", url=url)
    raise InvalidRequestError(message)
