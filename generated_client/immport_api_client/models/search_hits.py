from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.search_hit import SearchHit
    from ..models.search_total import SearchTotal


T = TypeVar("T", bound="SearchHits")


@_attrs_define
class SearchHits:
    """
    Attributes:
        total (None | SearchTotal):
        max_score (float | None):
        hits (list[SearchHit] | None):
    """

    total: None | SearchTotal = None
    max_score: float | None = None
    hits: list[SearchHit] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.search_total import SearchTotal

        total: dict[str, Any] | None
        if isinstance(self.total, SearchTotal):
            total = self.total.to_dict()
        else:
            total = self.total

        max_score: float | None
        max_score = self.max_score

        hits: list[dict[str, Any]] | None
        if isinstance(self.hits, list):
            hits = []
            for hits_type_0_item_data in self.hits:
                hits_type_0_item = hits_type_0_item_data.to_dict()
                hits.append(hits_type_0_item)

        else:
            hits = self.hits

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "max_score": max_score,
                "hits": hits,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.search_hit import SearchHit
        from ..models.search_total import SearchTotal

        d = dict(src_dict)

        def _parse_total(data: object) -> None | SearchTotal:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                total_type_1 = SearchTotal.from_dict(data)

                return total_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SearchTotal, data)

        total = _parse_total(d.pop("total", None))

        def _parse_max_score(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        max_score = _parse_max_score(d.pop("max_score", None))

        def _parse_hits(data: object) -> list[SearchHit] | None:
            if data is None:
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
            return cast(list[SearchHit] | None, data)

        hits = _parse_hits(d.pop("hits", None))

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
