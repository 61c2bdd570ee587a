from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.search_hits import SearchHits


T = TypeVar("T", bound="SearchResponse")


@_attrs_define
class SearchResponse:
    """
    Attributes:
        took (int | None):
        timed_out (bool | None):
        hits (None | SearchHits):
    """

    took: int | None = None
    timed_out: bool | None = None
    hits: None | SearchHits = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.search_hits import SearchHits

        took: int | None
        took = self.took

        timed_out: bool | None
        timed_out = self.timed_out

        hits: dict[str, Any] | None
        if isinstance(self.hits, SearchHits):
            hits = self.hits.to_dict()
        else:
            hits = self.hits

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "took": took,
                "timed_out": timed_out,
                "hits": hits,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.search_hits import SearchHits

        d = dict(src_dict)

        def _parse_took(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        took = _parse_took(d.pop("took", None))

        def _parse_timed_out(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        timed_out = _parse_timed_out(d.pop("timed_out", None))

        def _parse_hits(data: object) -> None | SearchHits:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                hits_type_1 = SearchHits.from_dict(data)

                return hits_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SearchHits, data)

        hits = _parse_hits(d.pop("hits", None))

        search_response = cls(
            took=took,
            timed_out=timed_out,
            hits=hits,
        )

        search_response.additional_properties = d
        return search_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
