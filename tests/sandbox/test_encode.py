"""The streamed JSON-array and TSV encoders at batch and chunk boundaries."""

from __future__ import annotations

import json

import pytest

from immport.sandbox.encode import CHUNK, json_array_chunks, tsv_chunks


@pytest.mark.parametrize("count", [0, 1, 63, 64, 65, 129, 3000])
def test_json_array_round_trips(count: int) -> None:
    rows = [{"id": i, "text": "x" * (i % 50), "none": None} for i in range(count)]
    chunks = list(json_array_chunks(rows))
    assert json.loads(b"".join(chunks)) == rows
    assert all(len(c) < 2 * CHUNK for c in chunks)
    if count == 3000:
        assert len(chunks) > 1  # large bodies leave in several chunks


def test_tsv_cells_never_break_the_table() -> None:
    rows = [{"a": "tab\there", "b": None, "c": "line\nbreak"}, {"a": 1.5, "b": ["x"], "c": True}]
    text = b"".join(tsv_chunks(["a", "b", "c"], rows)).decode()
    assert text.split("\n") == ["a\tb\tc", "tab here\t\tline break", '1.5\t["x"]\ttrue', ""]
