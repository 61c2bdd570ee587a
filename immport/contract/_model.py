"""What a spec diff reports: one ``Change`` per difference, each of a kind that is breaking or not."""

from __future__ import annotations

from collections import Counter
from typing import Any

import attrs

# kind -> breaking?  Every change the diff reports has one of these kinds.
KINDS: dict[str, bool] = {
    # operations
    "removed-operation": True,
    "added-operation": False,
    "changed-operation-id": True,  # generated function names and the facade registry are keyed by it
    "changed-tag": True,  # the generated module moves: api/<first tag>/<operationId>.py
    "added-security-requirement": True,
    "changed-security-requirement": True,
    "removed-security-requirement": False,
    # parameters
    "removed-parameter": True,
    "added-required-parameter": True,
    "added-optional-parameter": False,
    "parameter-became-required": True,
    "parameter-became-optional": False,
    "changed-parameter-location": True,
    "changed-parameter-type": True,
    "changed-parameter-style": True,
    "tightened-constraint": True,  # maxLength lowered, pattern added...: requests that passed are rejected
    # request bodies
    "added-required-request-body": True,
    "added-request-body": False,
    "removed-request-body": True,
    "added-required-property": True,
    "property-became-required": True,
    # responses
    "removed-response": True,
    "added-response": False,
    "removed-error-response": False,
    "removed-media-type": True,
    "added-media-type": False,
    # schemas (request and response bodies, parameter schemas)
    "removed-property": True,
    "added-property": False,
    "changed-property-type": True,
    "changed-array-object": True,
    "changed-format": True,  # the generated type changes (str -> datetime)
    "changed-format-same-type": False,  # int64 on an integer, double on a number: identical generated code
    "changed-schema-ref": True,  # $ref <-> inline, or another component: the generated class changes
    "removed-enum-value": True,
    "added-enum-value": False,  # in a request or parameter
    "added-response-enum-value": True,  # the old client's Enum raises ValueError on the new value
    "response-became-nullable": True,  # the generated annotation widens to X | None
    "request-became-non-nullable": True,  # None is no longer accepted
    "changed-nullable": False,
    "changed-required": False,
    "changed-constraint": False,
    # components
    "removed-schema": True,  # its generated model class disappears
    "added-schema": False,
    "removed-security-scheme": True,
    "changed-security-scheme": True,
    "added-security-scheme": False,
    "added-component": False,
    "removed-component": False,
    "changed-component": False,
    # documentation only
    "changed-description": False,
    "changed-summary": False,
    "changed-example": False,
    "changed-annotation": False,
    "changed-info": False,
    "changed-servers": False,
    # anything the rules above do not recognise: assumed breaking until a person says otherwise
    "changed-unclassified": True,
}


def _record(obj: object, *names: str) -> dict[str, Any]:
    """These attributes of ``obj`` as a dict, in this order (the order reports print them in)."""
    return {name: getattr(obj, name) for name in names}


@attrs.frozen
class Change:
    """One difference between two specs. ``pointer`` is JSON-pointer-like (parameters by name)."""

    kind: str = attrs.field(validator=attrs.validators.in_(KINDS))
    pointer: str
    detail: str = ""
    operation: str | None = None  # "GET /result/elisa"
    old: Any = None
    new: Any = None

    @property
    def breaking(self) -> bool:
        return KINDS[self.kind]

    def to_dict(self) -> dict[str, Any]:
        return _record(self, "kind", "breaking", "pointer", "operation", "detail", "old", "new")


@attrs.frozen
class ApiChange:
    """One change in the public API of the package generated from the spec (the generated-code view).

    ``kind`` is griffe's breakage kind (``object-removed``, ``parameter-removed``, ...) or one of
    ``parameter-annotation-changed``, ``return-annotation-changed``, ``attribute-annotation-changed``,
    ``enum-value-changed``, ``object-added``; ``causes`` are the pointers of the spec changes behind it.
    """

    kind: str
    path: str  # "immport_api_client.api.study_result.get_elisa_result.sync(study_accession)"
    breaking: bool
    old: str | None = None
    new: str | None = None
    causes: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {**_record(self, "kind", "breaking", "path", "old", "new"), "causes": list(self.causes)}


@attrs.frozen
class GeneratedView:
    """The API changes between the clients generated from both specs (``checked`` False: not compared,
    ``note`` says why)."""

    checked: bool
    note: str = ""
    changes: tuple[ApiChange, ...] = ()

    @property
    def breaking(self) -> tuple[ApiChange, ...]:
        return tuple(c for c in self.changes if c.breaking)


@attrs.frozen
class DiffReport:
    changes: tuple[Change, ...]
    generated: GeneratedView | None = None  # None: only the spec-level rules were applied

    @property
    def breaking(self) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.breaking)

    @property
    def non_breaking(self) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if not c.breaking)

    def kinds(self) -> Counter[str]:
        return Counter(c.kind for c in self.changes)
