"""Item 5 of issue 11: a body that is not TSV answering a TSV request is a DecodeError, not 0 rows."""

from __future__ import annotations

import pytest

from immport.errors import DecodeError
from immport.operations import get_operation, parse_tsv

from .support import client_answering, dumps, elisa_row

ROWS = [elisa_row(1), elisa_row(2)]


@pytest.mark.parametrize("pretty", [False, True])
def test_json_body_for_a_tsv_request_raises_decode_error(pretty: bool) -> None:
    with client_answering(dumps(ROWS, pretty=pretty)) as client:
        with pytest.raises(DecodeError, match=r"results\.elisa: expected TSV, got a JSON array") as info:
            list(client.results.elisa(study_accession="SDY1", format="tsv").rows())
        assert info.value.body_snippet is not None and "resultId" in info.value.body_snippet
        with pytest.raises(DecodeError, match=r"results\.elisa: expected TSV, got a JSON array"):
            list(client.results.iter_elisa(study_accession="SDY1", format="tsv"))


def test_json_object_for_a_tsv_request_raises_decode_error() -> None:
    with (
        client_answering(dumps({"content": ROWS})) as client,
        pytest.raises(DecodeError, match="expected TSV, got a JSON object"),
    ):
        list(client.results.iter_elisa(study_accession="SDY1", format="tsv"))


def test_tsv_header_naming_no_model_field_raises_decode_error() -> None:
    body = b"colour\tshape\nred\tround\n"
    with pytest.raises(DecodeError, match="TSV header names none of the VElisaResult fields"):
        list(parse_tsv(get_operation("results", "elisa"), body).rows())
    with (
        client_answering(body) as client,
        pytest.raises(DecodeError, match="none of the VElisaResult fields"),
    ):
        list(client.results.iter_elisa(study_accession="SDY1", format="tsv"))
