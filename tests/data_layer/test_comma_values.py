"""A comma-separated string means several values, as it does on ImmPort's wire."""

from __future__ import annotations

import pytest

from immport.errors import InvalidRequestError
from immport.operations import OPERATIONS, prepare


def test_comma_string_is_split_and_each_accession_validated() -> None:
    call = prepare(OPERATIONS["getElisaResult"], {"study_accession": "sdy2, SDY4"})
    assert [v for k, v in call.params if k == "studyAccession"] == ["SDY2", "SDY4"]
    with pytest.raises(InvalidRequestError, match="SDYX"):
        prepare(OPERATIONS["getElisaResult"], {"study_accession": "SDY2,SDYX"})


def test_comma_string_equals_list_for_search_facets() -> None:
    op = OPERATIONS["studySearch"]
    assert (
        prepare(op, {"species": "Homo sapiens,Mus musculus"}).params
        == prepare(op, {"species": ["Homo sapiens", "Mus musculus"]}).params
    )
