"""Opt-in checks against the real ImmPort: IMMPORT_LIVE=1 plus credentials (IMMPORT_API_KEY, ...).

Run with ``./dev test -m live``. Skipped everywhere else: tests never depend on ImmPort's hosts.
"""

from __future__ import annotations

import os

import pytest

import immport
from immport.contract import run_check

pytestmark = [
    pytest.mark.live,
    pytest.mark.skipif(os.environ.get("IMMPORT_LIVE") != "1", reason="set IMMPORT_LIVE=1 to talk to ImmPort"),
]


def test_public_lookup_and_search() -> None:
    with immport.Client(auth=False, strict="warn") as client:
        assert client.lookups.disease()
        assert client.search.studies(term="influenza", page_size=1).hits is not None


def test_results_need_and_accept_credentials() -> None:
    with immport.Client(strict="warn") as client:
        rows = client.results.elisa(study_accession=["SDY2"])
    assert rows and all(row.study_accession == "SDY2" for row in rows)


def test_live_spec_has_no_breaking_change() -> None:
    text, code = run_check(fmt="text", fail_on="breaking")  # ImmPort's live URL by default
    assert code == 0, text
