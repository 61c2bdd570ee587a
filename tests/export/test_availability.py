"""client.availability: which kinds a study has (search) and how many rows (counted fetch)."""

from __future__ import annotations

from pathlib import Path

from immport.sandbox import SandboxInfo
from tests.counting import AsyncCountingTransport as CountingTransport
from tests.export.conftest import async_client, sync_client


def test_availability_reports_kinds_with_data_and_their_row_counts(sandbox: SandboxInfo) -> None:
    with sync_client(sandbox) as client:
        found = client.availability(["SDY1", "SDY4"], kinds=["elisa", "hai", "pcr", "study_arm"])
    sdy1, sdy4 = found
    assert (sdy1.study, sdy1.data_release, sdy1.subjects) == ("SDY1", "DR55", 12)
    by_kind = {k.kind: (k.has_data, k.rows, k.source) for k in sdy1.kinds}
    assert by_kind == {
        "elisa": (True, 20, "count"),
        "hai": (True, 36, "count"),
        "pcr": (False, 0, "search"),  # search says SDY1 has no Q-PCR: nothing fetched
        "study_arm": (True, 2, "count"),  # search cannot tell: counted
    }
    assert {k.kind: k.rows for k in sdy4.kinds} == {"elisa": 20, "hai": 0, "pcr": 24, "study_arm": 2}


async def test_availability_without_counting_sends_only_searches(sandbox: SandboxInfo) -> None:
    transport = CountingTransport()
    async with async_client(sandbox, transport) as client:
        found = await client.availability(["SDY2"], kinds="results", count_rows=False)
    kinds = {k.kind: k.has_data for k in found[0].kinds}
    assert kinds["elisa"] is True and kinds["elispot"] is True and kinds["fcs_analyzed"] is True
    assert kinds["hai"] is False and kinds["pcr"] is False
    assert transport.count("/result/") == 0
    assert found[0].to_dict()["kinds"]["hai"] == {"hasData": False, "rows": 0, "source": "search"}


async def test_only_available_skips_requests_for_kinds_a_study_lacks(
    sandbox: SandboxInfo, tmp_path: Path
) -> None:
    transport = CountingTransport()
    async with async_client(sandbox, transport) as client:
        result = await client.export(tmp_path, studies=["SDY1", "SDY2"], kinds="results", only_available=True)
    # SDY1: elisa, fcsAnalyzed, hai (+ file_path); SDY2: elisa, elispot, fcsAnalyzed (+ file_path)
    assert transport.count("/result/") == 8
    assert result.unavailable == 22 - 8
    assert {(r.kind, r.study) for r in result.written if r.rows} == {
        ("elisa", "SDY1"),
        ("fcs_analyzed", "SDY1"),
        ("hai", "SDY1"),
        ("file_path", "SDY1"),
        ("elisa", "SDY2"),
        ("elispot", "SDY2"),
        ("fcs_analyzed", "SDY2"),
    }
