"""Cost of strict mode: ``results.elisa`` on the same ELISA rows with ``strict="error"`` and without."""

from __future__ import annotations

from typing import Any

from benchmarks import _data
from benchmarks._harness import Context, Row, interleaved, judge, profile_call, ratio_of

TITLE = "Strict mode: results.elisa with strict='error' vs strict off"
BASE = "https://bench.immport.invalid/data/query"


def _client(body: bytes, strict: str) -> Any:
    """An ``immport.Client`` whose transport answers every request with ``body`` (no network)."""
    import httpx

    import immport

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers={"content-type": "application/json"})

    return immport.Client(
        query_url=BASE, strict=strict, auth=False, env={}, transport=httpx.MockTransport(answer)
    )


def run(ctx: Context) -> list[Row]:
    n = 5_000 if ctx.quick else 20_000
    row = Row(
        "strict",
        "strict_vs_off",
        f"{n:,} rows: results.elisa strict='error' vs strict off",
        "strict='error'",
        "strict off",
        "s",
        "<= 1.3x",
    )
    try:
        import immport.contract.strict  # noqa: F401  (the contract extra)
    except ImportError as exc:
        row.pending = f"immport.contract.strict ({exc})"
        return [row]
    body = _data.elisa_json(n)
    with _client(body, "error") as strict, _client(body, "off") as plain:

        def strict_call() -> object:
            return strict.results.elisa(study_accession="SDY1")

        def plain_call() -> object:
            return plain.results.elisa(study_accession="SDY1")

        assert len(strict_call()) == len(plain_call()) == n  # type: ignore[arg-type]
        mine, base = interleaved(ctx.runs, strict_call, plain_call)
        row.ours, row.baseline, row.ratio = mine, base, ratio_of(mine, base)
        judge(row, row.ratio, at_most=1.3)
        row.notes.append(
            f"the same {len(body) / 1e6:.1f} MB body from an in-memory transport; strict checks every row "
            "(a conforming body: one complete msgspec decode that requires every field, forbids unknown "
            "ones and checks exact types; any other body: orjson + one jsonschema-rs pass)"
        )
        if ctx.profile and row.met is False:
            row.profile = profile_call(strict_call)
    return [row]
