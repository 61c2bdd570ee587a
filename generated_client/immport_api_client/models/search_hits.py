from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_hit import SearchHit
    from ..models.search_total import SearchTotal


T = TypeVar("T", bound="SearchHits")


@_attrs_define
class SearchHits:
    """
    Attributes:
        total (None | SearchTotal | Unset):
        max_score (float | None | Unset):
        hits (list[SearchHit] | None | Unset):
    """

    total: None | SearchTotal | Unset = UNSET
    max_score: float | None | Unset = UNSET
    hits: list[SearchHit] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.search_total import SearchTotal

        total: dict[str, Any] | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        elif isinstance(self.total, SearchTotal):
            total = self.total.to_dict()
        else:
            total = self.total

        max_score: float | None | Unset
        if isinstance(self.max_score, Unset):
            max_score = UNSET
        else:
            max_score = self.max_score

        hits: list[dict[str, Any]] | None | Unset
        if isinstance(self.hits, Unset):
            hits = UNSET
        elif isinstance(self.hits, list):
            hits = []
            for hits_type_0_item_data in self.hits:
                hits_type_0_item = hits_type_0_item_data.to_dict()
                hits.append(hits_type_0_item)

        else:
            hits = self.hits

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if max_score is not UNSET:
            field_dict["max_score"] = max_score
        if hits is not UNSET:
            field_dict["hits"] = hits

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.search_hit import SearchHit
        from ..models.search_total import SearchTotal

        d = dict(src_dict)

        def _parse_total(data: object) -> None | SearchTotal | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                total_type_1 = SearchTotal.from_dict(data)

                return total_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SearchTotal | Unset, data)

        total = _parse_total(d.pop("total", UNSET))

        def _parse_max_score(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_score = _parse_max_score(d.pop("max_score", UNSET))

        def _parse_hits(data: object) -> list[SearchHit] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                hits_type_0 = []
                _hits_type_0 = data
                for hits_type_0_item_data in _hits_type_0:
                    hits_type_0_item = SearchHit.from_dict(hits_type_0_item_data)

                    hits_type_0.append(hits_type_0_item)

                return hits_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SearchHit] | None | Unset, data)

        hits = _parse_hits(d.pop("hits", UNSET))

        search_hits = cls(
            total=total,
            max_score=max_score,
            hits=hits,
        )

        search_hits.additional_properties = d
        return search_hits

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
