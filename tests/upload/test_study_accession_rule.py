"""One study-accession rule for every caller: SDY and ASCII digits, checked before anything is sent."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pytest_httpx import HTTPXMock

import immport
from immport.errors import InvalidRequestError
from immport.files import download
from immport.ui import StudyMetadata

from .support import QUERY

CALLERS: dict[str, Callable[[immport.Client, str, Path], Any]] = {
    "typed filter": lambda client, sdy, tmp: client.results.elisa(study_accession=sdy),
    "file manifest": lambda client, sdy, tmp: download(client, sdy, tmp),
    "ui summary": lambda client, sdy, tmp: StudyMetadata(client).summary(sdy),
    "ui download counts": lambda client, sdy, tmp: StudyMetadata(client).download_counts([sdy]),
}


@pytest.mark.parametrize("caller", CALLERS)
@pytest.mark.parametrize("bad", ["SDY1.2", "SDY-1", "SDY", "SDY1/../x", "SDY\u0661"])
def test_every_caller_refuses_what_is_not_a_study_accession(
    client: immport.Client, httpx_mock: HTTPXMock, tmp_path: Path, caller: str, bad: str
) -> None:
    with pytest.raises(InvalidRequestError, match=r"is not a study accession \(expected SDY followed by"):
        CALLERS[caller](client, bad, tmp_path)
    assert httpx_mock.get_requests() == []


def test_ui_and_manifest_send_the_accession_normalised(
    client: immport.Client, httpx_mock: HTTPXMock, tmp_path: Path
) -> None:
    httpx_mock.add_response(url=f"{QUERY}/ui/study/downloadCount?studyAccession=SDY7", json={"SDY7": 3})
    httpx_mock.add_response(url=f"{QUERY}/api/study/manifest/SDY7?fileType=all", json=[])
    assert StudyMetadata(client).download_counts([" sdy7 "]) == {"SDY7": 3}
    download(client, " sdy7 ", tmp_path)
