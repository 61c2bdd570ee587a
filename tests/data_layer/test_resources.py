"""The typed groups hand the client exactly the arguments given, and the TSV choice, nothing else."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from typing import Any

import pytest

from immport import resources
from immport.errors import InvalidRequestError


class Recorder:
    """A stand-in client whose session records the calls."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, Any], bool]] = []

    @property
    def session(self) -> Any:
        return self

    def invoke(self, operation_id: str, arguments: Mapping[str, Any], *, tsv: bool = False) -> Any:
        self.calls.append((operation_id, dict(arguments), tsv))
        return ["result"]

    def stream(self, operation_id: str, arguments: Mapping[str, Any], *, tsv: bool = False) -> Iterator[Any]:
        self.calls.append((operation_id, dict(arguments), tsv))
        return iter(["row"])


class AsyncRecorder(Recorder):
    """The same for an ``AsyncClient``: ``invoke`` is awaited, ``stream`` iterated with ``async for``."""

    async def invoke(  # type: ignore[override]
        self, operation_id: str, arguments: Mapping[str, Any], *, tsv: bool = False
    ) -> Any:
        return super().invoke(operation_id, arguments, tsv=tsv)

    async def _rows(self) -> AsyncIterator[Any]:
        yield "row"

    def stream(  # type: ignore[override]
        self, operation_id: str, arguments: Mapping[str, Any], *, tsv: bool = False
    ) -> AsyncIterator[Any]:
        super().stream(operation_id, arguments, tsv=tsv)
        return self._rows()


def test_arguments_left_at_none_are_not_passed() -> None:
    invoker = Recorder()
    results = resources.Results(invoker)
    returned: Any = results.elisa(study_accession="SDY1", min_subject_age_gte=18, arm_name=None)
    assert returned == ["result"]
    assert invoker.calls == [
        ("getElisaResult", {"study_accession": "SDY1", "min_subject_age_gte": 18}, False)
    ]


@pytest.mark.parametrize(
    ("kwargs", "tsv"), [({}, False), ({"format": "json"}, False), ({"format": "tsv"}, True)]
)
def test_tsv_choice(kwargs: dict[str, Any], tsv: bool) -> None:
    invoker = Recorder()
    resources.Studies(invoker).arm("SDY1", **kwargs)
    assert invoker.calls == [("getStudyArmApi", {"study_accession": "SDY1"}, tsv)]


def test_bad_format_is_refused() -> None:
    invoker = Recorder()
    with pytest.raises(InvalidRequestError, match="format must be"):
        resources.Lookups(invoker).disease(format="csv")  # type: ignore[call-overload]
    assert invoker.calls == []


def test_unknown_keywords_are_passed_on_for_prepare_to_reject() -> None:
    invoker = Recorder()
    resources.Results(invoker).hai(studyAccession="SDY1")  # type: ignore[call-overload]
    assert invoker.calls == [("getHaiResult", {"studyAccession": "SDY1"}, False)]


def test_streaming_variant() -> None:
    invoker = Recorder()
    rows: list[Any] = list(resources.Files(invoker).iter_manifest("SDY1", file_type="all", format="tsv"))
    assert rows == ["row"]
    assert invoker.calls == [("getFileDetails", {"study_accession": "SDY1", "file_type": "all"}, True)]


async def test_async_groups_await_and_stream() -> None:
    invoker = AsyncRecorder()
    returned: Any = await resources.AsyncResults(invoker).pcr(study_accession=["SDY1"])
    assert returned == ["result"]
    rows: list[Any] = [row async for row in resources.AsyncStudies(invoker).iter_arm("SDY2")]
    assert rows == ["row"]
    assert invoker.calls == [
        ("getPcrResult", {"study_accession": ["SDY1"]}, False),
        ("getStudyArmApi", {"study_accession": "SDY2"}, False),
    ]
