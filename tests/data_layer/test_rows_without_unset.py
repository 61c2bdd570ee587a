"""Issue 12.1: row fields are ``X | None`` (no Unset); fields absent in older releases read as None."""

from __future__ import annotations

import importlib
import pkgutil

import attrs
import httpx
import immport_api_client.models as models_pkg
from immport_api_client.api.study_result import get_elisa_result
from immport_api_client.models import VElisaResult

import immport
from immport.operations import get_operation, parse_json

# an ELISA row as the 2021 data release sent it: no analyteAccession (added to the spec later)
ROW_2021 = {
    "resultId": 89390,
    "studyAccession": "SDY2",
    "analyteReported": "IgG",
    "valuePreferred": 1.5,
    "unitPreferred": "ug/mL",
}
NO_ENV: dict[str, str] = {}


def all_model_classes() -> list[type]:
    out = []
    for info in pkgutil.iter_modules(models_pkg.__path__):
        module = importlib.import_module(f"{models_pkg.__name__}.{info.name}")
        out += [v for v in vars(module).values() if attrs.has(v) and v.__module__ == module.__name__]
    return out


def test_no_generated_model_field_is_typed_unset() -> None:
    # (SearchHit alone keeps optional fields: highlight comes only when asked; the facade's typed
    # search results wrap it, see test_search_typed.py)
    classes = [c for c in all_model_classes() if c.__name__ != "SearchHit"]
    assert len(classes) >= 89
    typed_unset = [
        f"{cls.__name__}.{f.name}: {f.type}"
        for cls in classes
        for f in attrs.fields(cls)
        if "Unset" in str(f.type)
    ]
    assert typed_unset == []


def test_row_field_annotation_is_value_or_none() -> None:
    fields = attrs.fields_dict(VElisaResult)
    assert fields["value_preferred"].type == "float | None"
    assert fields["analyte_accession"].type == "None | str"
    assert fields["value_preferred"].default is None


def test_absent_field_of_older_release_reads_none_through_the_facade() -> None:
    body = httpx.Response(200, json=[ROW_2021]).content
    (row,) = parse_json(get_operation("results", "elisa"), body, "application/json")
    assert row.analyte_accession is None
    assert (row.result_id, row.value_preferred) == (89390, 1.5)


def test_absent_field_of_older_release_reads_none_through_client_generated() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=[ROW_2021])

    with immport.Client(token="t.t.t", env=NO_ENV, transport=httpx.MockTransport(handler)) as client:
        rows = get_elisa_result.sync(client=client.generated, study_accession=["SDY2"])
    assert rows is not None
    (row,) = rows
    assert isinstance(row, VElisaResult)
    assert row.analyte_accession is None and row.comments is None
    assert row.value_preferred == 1.5


def test_absent_field_reads_none_through_the_facade_stream() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=[ROW_2021, {**ROW_2021, "analyteAccession": "ANA1"}])

    with immport.Client(token="t.t.t", env=NO_ENV, transport=httpx.MockTransport(handler)) as client:
        rows = list(client.results.iter_elisa(study_accession="SDY2"))
    assert [r.analyte_accession for r in rows] == [None, "ANA1"]
