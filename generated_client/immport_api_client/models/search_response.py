from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_hits import SearchHits


T = TypeVar("T", bound="SearchResponse")


@_attrs_define
class SearchResponse:
    """
    Attributes:
        took (int | None | Unset):
        timed_out (bool | None | Unset):
        hits (None | SearchHits | Unset):
    """

    took: int | None | Unset = UNSET
    timed_out: bool | None | Unset = UNSET
    hits: None | SearchHits | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.search_hits import SearchHits

        took: int | None | Unset
        if isinstance(self.took, Unset):
            took = UNSET
        else:
            took = self.took

        timed_out: bool | None | Unset
        if isinstance(self.timed_out, Unset):
            timed_out = UNSET
        else:
            timed_out = self.timed_out

        hits: dict[str, Any] | None | Unset
        if isinstance(self.hits, Unset):
            hits = UNSET
        elif isinstance(self.hits, SearchHits):
            hits = self.hits.to_dict()
        else:
            hits = self.hits

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if took is not UNSET:
            field_dict["took"] = took
        if timed_out is not UNSET:
            field_dict["timed_out"] = timed_out
        if hits is not UNSET:
            field_dict["hits"] = hits

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.search_hits import SearchHits

        d = dict(src_dict)

        def _parse_took(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        took = _parse_took(d.pop("took", UNSET))

        def _parse_timed_out(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        timed_out = _parse_timed_out(d.pop("timed_out", UNSET))

        def _parse_hits(data: object) -> None | SearchHits | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                hits_type_1 = SearchHits.from_dict(data)

                return hits_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SearchHits | Unset, data)

        hits = _parse_hits(d.pop("hits", UNSET))

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
