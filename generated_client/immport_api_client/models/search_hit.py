from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.search_hit_highlight_type_0 import SearchHitHighlightType0
    from ..models.search_hit_source_type_0 import SearchHitSourceType0


T = TypeVar("T", bound="SearchHit")


@_attrs_define
class SearchHit:
    """
    Attributes:
        field_index (None | str | Unset):
        field_id (None | str | Unset):
        field_score (float | None | Unset):
        field_source (None | SearchHitSourceType0 | Unset):
        highlight (None | SearchHitHighlightType0 | Unset):
    """

    field_index: None | str | Unset = UNSET
    field_id: None | str | Unset = UNSET
    field_score: float | None | Unset = UNSET
    field_source: None | SearchHitSourceType0 | Unset = UNSET
    highlight: None | SearchHitHighlightType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.search_hit_highlight_type_0 import SearchHitHighlightType0
        from ..models.search_hit_source_type_0 import SearchHitSourceType0

        field_index: None | str | Unset
        if isinstance(self.field_index, Unset):
            field_index = UNSET
        else:
            field_index = self.field_index

        field_id: None | str | Unset
        if isinstance(self.field_id, Unset):
            field_id = UNSET
        else:
            field_id = self.field_id

        field_score: float | None | Unset
        if isinstance(self.field_score, Unset):
            field_score = UNSET
        else:
            field_score = self.field_score

        field_source: dict[str, Any] | None | Unset
        if isinstance(self.field_source, Unset):
            field_source = UNSET
        elif isinstance(self.field_source, SearchHitSourceType0):
            field_source = self.field_source.to_dict()
        else:
            field_source = self.field_source

        highlight: dict[str, Any] | None | Unset
        if isinstance(self.highlight, Unset):
            highlight = UNSET
        elif isinstance(self.highlight, SearchHitHighlightType0):
            highlight = self.highlight.to_dict()
        else:
            highlight = self.highlight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field_index is not UNSET:
            field_dict["_index"] = field_index
        if field_id is not UNSET:
            field_dict["_id"] = field_id
        if field_score is not UNSET:
            field_dict["_score"] = field_score
        if field_source is not UNSET:
            field_dict["_source"] = field_source
        if highlight is not UNSET:
            field_dict["highlight"] = highlight

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.search_hit_highlight_type_0 import SearchHitHighlightType0
        from ..models.search_hit_source_type_0 import SearchHitSourceType0

        d = dict(src_dict)

        def _parse_field_index(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_index = _parse_field_index(d.pop("_index", UNSET))

        def _parse_field_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_id = _parse_field_id(d.pop("_id", UNSET))

        def _parse_field_score(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        field_score = _parse_field_score(d.pop("_score", UNSET))

        def _parse_field_source(data: object) -> None | SearchHitSourceType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                field_source_type_0 = SearchHitSourceType0.from_dict(data)

                return field_source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SearchHitSourceType0 | Unset, data)

        field_source = _parse_field_source(d.pop("_source", UNSET))

        def _parse_highlight(data: object) -> None | SearchHitHighlightType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                highlight_type_0 = SearchHitHighlightType0.from_dict(data)

                return highlight_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SearchHitHighlightType0 | Unset, data)

        highlight = _parse_highlight(d.pop("highlight", UNSET))

        search_hit = cls(
            field_index=field_index,
            field_id=field_id,
            field_score=field_score,
            field_source=field_source,
            highlight=highlight,
        )

        search_hit.additional_properties = d
        return search_hit

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
