"""iter_* over JSON decodes runs of complete rows in one msgspec call; the result (and the row index of an
error) must not depend on where the chunks are cut, even when strings hold '}' and '},'."""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

import pytest

from immport.errors import DecodeError
from immport.operations import get_operation, parse_json, stream_decoder

from .support import dumps, elisa_row

ELISA = get_operation("results", "elisa")


def cut(body: bytes, seed: int) -> Iterator[bytes]:
    rng = random.Random(seed)
    i = 0
    while i < len(body):
        step = rng.choice([1, 3, 17, 100, 1000, 5000])
        yield body[i : i + step]
        i += step


def stream(body: bytes, seed: int) -> list[Any]:
    decoder = stream_decoder(ELISA, tsv=False)
    rows = [row for chunk in cut(body, seed) for row in decoder.feed(chunk)]
    return rows + decoder.close()


TRICKY = ["}", "},", '"},{"', "{}", "a}b", "}]", 'x\\"}', '\\"}, {\\"']  # backslashes and quotes too


@pytest.mark.parametrize("seed", range(8))
def test_streamed_rows_equal_the_whole_body_whatever_the_chunks(seed: int) -> None:
    rng = random.Random(seed)
    rows = [elisa_row(i, comments=rng.choice([*TRICKY, None, "plain"])) for i in range(300)]
    body = dumps(rows)
    assert stream(body, seed) == parse_json(ELISA, body, None)


@pytest.mark.parametrize("seed", range(4))
def test_row_index_of_a_wrong_type_is_right_after_bulk_decoded_rows(seed: int) -> None:
    rows = [elisa_row(i, comments="}," if i % 7 == 0 else None) for i in range(400)]
    rows[333]["valuePreferred"] = "high"
    with pytest.raises(DecodeError, match=r"results\.elisa: row 333: field 'valuePreferred'"):
        stream(dumps(rows), seed)


def test_unknown_keys_switch_to_row_by_row_and_keep_them() -> None:
    rows = [elisa_row(i) for i in range(50)]
    rows[10]["brandNewField"] = {"nested": "}"}
    streamed = stream(dumps(rows), seed=1)
    assert streamed == parse_json(ELISA, dumps(rows), None)
    assert streamed[10].additional_properties == {"brandNewField": {"nested": "}"}}
