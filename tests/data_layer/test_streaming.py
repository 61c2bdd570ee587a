"""Push decoders: any chunking gives the same rows as parse_json / TsvTable; truncation raises."""

from __future__ import annotations

import random
import tracemalloc
from collections.abc import Iterator
from typing import Any

import pytest

from immport.errors import DecodeError
from immport.operations import Operation, get_operation, parse_json, parse_tsv, stream_decoder

from .support import dumps, random_rows, row_schema_props
from .test_parse import assert_same

ELISA = get_operation("results", "elisa")
MANIFEST = get_operation("files", "manifest")


def one_byte(body: bytes) -> Iterator[bytes]:
    return (body[i : i + 1] for i in range(len(body)))


def random_chunks(body: bytes, seed: int) -> Iterator[bytes]:
    rng = random.Random(seed)
    i = 0
    while i < len(body):
        step = rng.choice([1, 2, 3, 7, 64, 500, 4096])
        yield body[i : i + step]
        i += step


def run(op: Operation, chunks: Iterator[bytes], *, tsv: bool = False) -> list[Any]:
    decoder = stream_decoder(op, tsv=tsv)
    rows: list[Any] = []
    for chunk in chunks:
        rows += decoder.feed(chunk)
    return rows + decoder.close()


@pytest.fixture(scope="module")
def elisa_body() -> bytes:
    return dumps(random_rows(ELISA, 200, seed=3))


def test_json_one_byte_chunks_equal_parse_json(elisa_body: bytes) -> None:
    streamed, whole = run(ELISA, one_byte(elisa_body)), parse_json(ELISA, elisa_body, None)
    assert len(streamed) == len(whole) == 200
    for a, b in zip(streamed, whole, strict=True):
        assert_same(a, b)  # same values and same types (ijson floats, not Decimals)


@pytest.mark.parametrize("seed", range(5))
def test_json_random_chunks_equal_parse_json(elisa_body: bytes, seed: int) -> None:
    assert run(ELISA, random_chunks(b"\n  " + elisa_body + b"\n", seed)) == parse_json(
        ELISA, elisa_body, None
    )


def test_json_rows_arrive_before_the_end(elisa_body: bytes) -> None:
    decoder = stream_decoder(ELISA, tsv=False)
    early = decoder.feed(elisa_body[: len(elisa_body) // 2])
    assert len(early) > 10


@pytest.mark.parametrize("seed", range(3))
def test_wrapped_manifest_streams(seed: int) -> None:
    rows = random_rows(MANIFEST, 50, seed=seed)
    body = dumps({"totalElements": 50, "content": rows, "last": True})
    expected = parse_json(MANIFEST, dumps(rows), None)
    assert run(MANIFEST, random_chunks(body, seed)) == expected
    for a, b in zip(run(MANIFEST, one_byte(body)), expected, strict=True):
        assert_same(a, b)


def test_string_rows_stream() -> None:
    op = get_operation("studies", "restricted_accessions")
    assert run(op, one_byte(b'["SDY1","SDY2"]')) == ["SDY1", "SDY2"]


def test_single_object_operations_decode_at_close() -> None:
    op = get_operation("studies", "summary")
    body = dumps({"studyAccession": "SDY1", "studyLinks": [{"name": "x"}]})
    assert run(op, one_byte(body)) == [parse_json(op, body, None)]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b'[{"resultId": 1}, {"resultId": 2', "truncated"),
        (b'[{"resultId": 1},', "truncated"),
        (b"[", "truncated"),
        (b"", "empty"),
        (b"   ", "empty"),
        (b"<html>login</html>", "HTML"),
        (b'{"error": "nope"}', "got an object"),
        (b'{"content": [{"resultId": 1}', "truncated"),
        (b"[1, 2]", "expected JSON objects"),
        (b"nonsense", "expected a JSON array"),
        (b'[{"a": tru}]', "invalid"),
    ],
)
def test_bad_json_streams_raise(body: bytes, message: str) -> None:
    with pytest.raises(DecodeError, match=message):
        run(ELISA, one_byte(body))


def tsv_text(op: Operation, count: int, newline: str = "\n", final_newline: bool = True) -> str:
    columns = list(row_schema_props(op))
    lines = ["\t".join(columns)]
    for row in random_rows(op, count, seed=11, extras=False):
        cells = []
        for c in columns:
            v = row.get(c)
            cells.append("" if v is None else repr(v) if isinstance(v, float) else str(v).replace("\t", " "))
        lines.append("\t".join(cells).replace("\n", " "))
    return newline.join(lines) + (newline if final_newline else "")


@pytest.mark.parametrize(("newline", "final"), [("\n", True), ("\r\n", True), ("\n", False), ("\r\n", False)])
def test_tsv_chunked_equals_table(newline: str, final: bool) -> None:
    text = tsv_text(ELISA, 80, newline, final)
    expected = list(parse_tsv(ELISA, text).rows())
    body = text.encode()
    assert len(expected) == 80
    assert run(ELISA, one_byte(body), tsv=True) == expected
    for seed in range(3):
        assert run(ELISA, random_chunks(body, seed), tsv=True) == expected


def test_tsv_multibyte_characters_split_across_chunks() -> None:
    text = "resultId\tcomments\n1\tµg/mL ≥ naïve\n"
    (row,) = run(ELISA, one_byte(text.encode()), tsv=True)
    assert row.comments == "µg/mL ≥ naïve"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"resultId\tclinical\n1\tY\n2", "ends mid-row"),
        (b"resultId\tclinical\n1\n", "has 1 fields"),
        (b"  <html>", "HTML"),
    ],
)
def test_bad_tsv_streams_raise(body: bytes, message: str) -> None:
    with pytest.raises(DecodeError, match=message):
        run(ELISA, one_byte(body), tsv=True)


def test_empty_tsv_stream_has_no_rows() -> None:
    assert run(ELISA, iter([b""]), tsv=True) == []
    assert run(ELISA, iter([b"resultId\tclinical\n"]), tsv=True) == []


def generated_body(rows: int) -> Iterator[bytes]:
    """A large JSON array produced lazily in 16 KiB chunks (never held whole)."""
    row = b'{"resultId": %d, "clinical": "Y", "studyAccession": "SDY1", "valuePreferred": 1.5, "x": null}'
    yield b"["
    buffer = bytearray()
    for i in range(rows):
        if i:
            buffer += b","
        buffer += row % i
        if len(buffer) > 16384:
            yield bytes(buffer)
            buffer.clear()
    yield bytes(buffer) + b"]"


def test_memory_stays_bounded_on_a_large_body() -> None:
    count = 25_000  # ~2.6 MB of JSON; the decoded models would take ~10x that
    decoder = stream_decoder(ELISA, tsv=False)
    seen = last = 0
    tracemalloc.start()
    try:
        for chunk in generated_body(count):
            for row in decoder.feed(chunk):
                seen += 1
                last = row.result_id
        for row in decoder.close():
            seen += 1
            last = row.result_id
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert (seen, last) == (count, count - 1)
    assert peak < 1_000_000, peak  # a few chunks' worth, not the body or all the models


def test_json_multibyte_characters_split_across_chunks() -> None:
    body = dumps([{"resultId": 1, "comments": "µg/mL ≥ naïve 😀"}])
    (row,) = run(ELISA, one_byte(body))
    assert row.comments == "µg/mL ≥ naïve 😀"


def test_numbers_cut_by_a_chunk_boundary_are_not_split() -> None:
    op = get_operation("studies", "restricted_accessions")  # plain-value rows (strings: numbers are refused)
    with pytest.raises(DecodeError, match=r"row 0: .* int '12345'"):
        run(op, one_byte(b"[12345]"))
    with pytest.raises(DecodeError, match=r"row 1: .* float '678\.25'"):
        run(op, one_byte(b'["SDY1", 678.25]'))


def test_whitespace_before_a_wrapped_body_still_unwraps() -> None:
    rows = random_rows(MANIFEST, 3, seed=1)
    body = b"  \n" + dumps({"content": rows})
    assert run(MANIFEST, one_byte(body)) == parse_json(MANIFEST, dumps(rows), None)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b'[{"resultId": 1} {"resultId": 2}]', "expected ',' or ']'"),
        (b'[{"resultId": 1}] [', "extra data"),
        (b'[{"resultId": NaN}]', "invalid"),
        (b'[{"comments": "\xff"}]', "not UTF-8"),
        (b'[{"comments": "\xc3', "UTF-8"),
    ],
)
def test_malformed_arrays_raise(body: bytes, message: str) -> None:
    for chunks in (iter([body]), one_byte(body)):
        with pytest.raises(DecodeError, match=message):
            run(ELISA, chunks)


def test_an_unbounded_row_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    import immport.streaming

    monkeypatch.setattr(immport.streaming, "MAX_ROW_CHARS", 1000)
    decoder = stream_decoder(ELISA, tsv=False)
    decoder.feed(b'[{"resultId": 1}, {"comments": "')
    with pytest.raises(DecodeError, match="longer than 1000"):
        for _ in range(100):
            decoder.feed(b"x" * 100)
