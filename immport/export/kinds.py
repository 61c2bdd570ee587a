"""The data kinds an export can hold, derived from the operation table: one kind = one operation.

- the 11 assay results (``elisa``, ``fcs_analyzed``, ``file_path`` ...): ``/result/<x>?studyAccession=SDY1``;
- the study-data resources (``study_arm``, ``study_summary`` ...): ``/api/study/<x>/{studyAccession}``;
- the lookups (``lookup_sex`` ...): not per study;
- the file manifests (``manifest``): ``/api/study/manifest/{studyAccession}``.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import Any

import attrs

from immport.errors import InvalidRequestError
from immport.operations import OPERATIONS, Operation

__all__ = ["GROUPS", "Kind", "all_kinds", "resolve_kinds"]

GROUPS = ("results", "studies", "lookups", "manifest")
_PREFIX = {"results": "", "studies": "study_", "lookups": "lookup_", "files": ""}


@attrs.frozen
class Kind:
    """One exportable data kind: its dataset name and the operation that fetches it."""

    name: str  # "elisa", "study_arm", "lookup_sex", "manifest"
    group: str  # one of GROUPS
    operation: Operation

    @property
    def per_study(self) -> bool:
        return self.group != "lookups"

    def arguments(self, study: str | None) -> dict[str, Any]:
        """The narrow query of this kind for one study (or the whole lookup table)."""
        if study is None:
            return {}
        if self.group == "results":
            return {"study_accession": [study]}
        return {"study_accession": study}


def _group_of(op: Operation) -> str | None:
    if op.group == "results":
        return "results"
    if op.group == "lookups":
        return "lookups"
    if op.group == "files" and op.method_name == "manifest":
        return "manifest"
    if op.group == "studies" and any(p.location == "path" for p in op.params):
        return "studies"  # every per-study resource (restricted_accessions is not per study)
    return None


@cache
def all_kinds() -> dict[str, Kind]:
    kinds: dict[str, Kind] = {}
    for op in OPERATIONS.values():
        group = _group_of(op)
        if group is None:
            continue
        name = _PREFIX[op.group] + op.method_name
        kinds[name] = Kind(name, group, op)
    return kinds


def resolve_kinds(spec: str | Iterable[str] = "results") -> list[Kind]:
    """Kinds from names and group names (``"results"``, ``["elisa", "study_arm"]``, ``"all"``)."""
    names = [spec] if isinstance(spec, str) else list(spec)
    kinds = all_kinds()
    chosen: dict[str, Kind] = {}
    for raw in names:
        for name in (part.strip() for part in raw.split(",")):
            if not name:
                continue
            if name == "all":
                chosen.update(kinds)
            elif name in GROUPS:
                chosen.update({k.name: k for k in kinds.values() if k.group == name})
            elif name in kinds:
                chosen[name] = kinds[name]
            else:
                raise InvalidRequestError(
                    f"unknown data kind {name!r}: use a group ({', '.join(GROUPS)}, all) "
                    f"or one of {', '.join(sorted(kinds))}"
                )
    if not chosen:
        raise InvalidRequestError("no data kinds selected")
    return list(chosen.values())
