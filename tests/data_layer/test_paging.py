"""SearchPager: the one paging logic behind iter_studies / iter_subjects (sync and async)."""

from __future__ import annotations

from typing import Any

import pytest

from immport._paging import SearchPager
from immport.errors import DecodeError, InvalidRequestError
from immport.search_results import SearchResults, StudySource, decode_search


def page(count: int, total: int | None, start: int = 0) -> SearchResults[StudySource]:
    hits: dict[str, Any] = {"hits": [{"_id": str(start + i)} for i in range(count)]}
    if total is not None:
        hits["total"] = {"value": total, "relation": "eq"}
    return decode_search("search.studies", {"hits": hits}, StudySource)


def walk(
    pager: SearchPager[StudySource], pages: list[SearchResults[StudySource]]
) -> tuple[list[str], list[dict[str, Any]]]:
    ids: list[str] = []
    asked: list[dict[str, Any]] = []
    for response in pages:
        arguments = pager.next_arguments()
        if arguments is None:
            break
        asked.append(arguments)
        ids += [str(h.id) for h in pager.accept(response)]
    assert pager.next_arguments() is None
    return ids, asked


def test_walks_until_total() -> None:
    pager = SearchPager({"term": "flu", "page_size": 2, "species": None})
    ids, asked = walk(pager, [page(2, 5, 0), page(2, 5, 2), page(1, 5, 4), page(9, 5)])
    assert ids == ["0", "1", "2", "3", "4"]
    assert asked == [{"term": "flu", "from_record": n, "page_size": 2} for n in (0, 2, 4)]


def test_server_capping_page_size_does_not_stop_early() -> None:
    pager = SearchPager({"page_size": 100})
    ids, asked = walk(pager, [page(50, 120, 0), page(50, 120, 50), page(20, 120, 100)])
    assert len(ids) == 120 and [a["from_record"] for a in asked] == [0, 50, 100]


def test_empty_page_ends_the_walk() -> None:
    ids, asked = walk(SearchPager({"page_size": 10}), [page(10, 1000), page(0, 1000)])
    assert len(ids) == 10 and len(asked) == 2


def test_page_without_a_total_is_a_decode_error() -> None:
    with pytest.raises(DecodeError, match=r"hits\.total"):
        page(3, None)


@pytest.mark.parametrize("size", [0, -1, 2.5, True, "10"])
def test_bad_page_size(size: Any) -> None:
    with pytest.raises(InvalidRequestError, match="page_size"):
        SearchPager({"page_size": size})


def test_non_search_page_is_a_decode_error() -> None:
    with pytest.raises(DecodeError, match="expected an object, got list"):
        decode_search("search.studies", [1, 2], StudySource)
