"""Compare two schemas (after ``$ref``/``allOf`` resolution) and emit classified changes."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Literal

import attrs

from immport.contract._model import Change
from immport.contract._resolve import Resolver, join, same_subtree

Role = Literal["parameter", "request", "response"]

_CONSTRAINT_KEYS = frozenset(
    {
        "default", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minLength",
        "maxLength", "pattern", "minItems", "maxItems", "uniqueItems", "minProperties", "maxProperties",
        "readOnly", "writeOnly", "allowEmptyValue", "allowReserved",
    }
)  # fmt: skip
_ANNOTATION_KEYS = frozenset({"title", "externalDocs", "deprecated", "xml", "tags"})
# constraints a request or parameter must now satisfy more narrowly when they are added or moved this way
_UPPER_BOUNDS = frozenset({"maximum", "maxLength", "maxItems", "maxProperties"})
_LOWER_BOUNDS = frozenset({"minimum", "minLength", "minItems", "minProperties"})
_RESTRICTING = frozenset({"pattern", "multipleOf", "uniqueItems", "exclusiveMinimum", "exclusiveMaximum"})
_BOUND_KEYS = _UPPER_BOUNDS | _LOWER_BOUNDS | _RESTRICTING
# string formats that change the generated Python type (openapi-python-client: datetime, date, File, UUID)
_TYPED_STRING_FORMATS = frozenset({"date-time", "date", "binary", "uuid"})
# keys compare_schema handles itself
_SCHEMA_KEYS = (
    frozenset(
        {"type", "nullable", "format", "enum", "properties", "required", "items", "additionalProperties"}
    )
    | _BOUND_KEYS
)


def kind_for_key(key: str) -> str:
    """The kind of change for a key that has no special rule: documentation, constraint or unknown."""
    if key == "description":
        return "changed-description"
    if key == "summary":
        return "changed-summary"
    if key in ("example", "examples"):
        return "changed-example"
    if key in _ANNOTATION_KEYS or key.startswith("x-"):
        return "changed-annotation"
    if key in ("servers", "variables"):
        return "changed-servers"
    if key in _CONSTRAINT_KEYS:
        return "changed-constraint"
    return "changed-unclassified"


def brief(value: Any) -> Any:
    """A value small enough to show in a report (scalars and short lists), else None."""
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if (
        isinstance(value, list)
        and len(value) <= 20
        and all(isinstance(v, str | int | float | bool) for v in value)
    ):
        return value
    return None


@attrs.define
class Emitter:
    """Collects changes for one operation (or one document-level section)."""

    changes: list[Change]
    operation: str | None = None

    def add(self, kind: str, pointer: str, detail: str = "", old: Any = None, new: Any = None) -> None:
        self.changes.append(Change(kind, pointer, detail, self.operation, brief(old), brief(new)))

    def compare_keys(
        self, old: Mapping[str, Any], new: Mapping[str, Any], pointer: str, skip: frozenset[str]
    ) -> None:
        """Every other key that differs, classified by its name."""
        for key in sorted((set(old) | set(new)) - skip):
            if old.get(key) != new.get(key):
                self.add(kind_for_key(key), join(pointer, key), f"{key} changed", old.get(key), new.get(key))


def _type_of(schema: Mapping[str, Any]) -> str | None:
    declared = schema.get("type")
    if isinstance(declared, str):
        return declared
    if "properties" in schema:
        return "object"
    if "items" in schema:
        return "array"
    return None


def _generated_type(schema: Mapping[str, Any]) -> tuple[str | None, str | None]:
    """What decides the generated Python type of a scalar: its type, and a string's format if it matters."""
    kind, fmt = _type_of(schema), schema.get("format")
    return kind, fmt if kind == "string" and fmt in _TYPED_STRING_FORMATS else None


def _class_source(schema: Any) -> str | None:
    """The component a generated class is named after (a ``$ref``, or ``allOf`` of one); None: inline."""
    if not isinstance(schema, Mapping):
        return None
    if isinstance(schema.get("$ref"), str):
        return str(schema["$ref"])
    parts = schema.get("allOf")
    if isinstance(parts, list) and len(parts) == 1 and isinstance(parts[0], Mapping):
        ref = parts[0].get("$ref")
        return ref if isinstance(ref, str) else None
    return None


def _makes_class(schema: Mapping[str, Any]) -> bool:
    """openapi-python-client generates a class (model or Enum) for an object with properties or an enum."""
    return bool(schema.get("properties")) or "enum" in schema


def _tightens(key: str, old: Any, new: Any) -> bool:
    """Whether changing ``key`` from ``old`` to ``new`` (None: absent) rejects values that passed before."""
    if new is None or new is False:
        return False  # removed (or switched off): looser
    if old is None or old is False or key in _RESTRICTING:
        return True  # added, or a pattern / multipleOf that changed: assume narrower
    try:
        return bool(new < old) if key in _UPPER_BOUNDS else bool(new > old)
    except TypeError:
        return True


def _enum_values(schema: Mapping[str, Any]) -> set[str] | None:
    values = schema.get("enum")
    return None if values is None else {json.dumps(v, sort_keys=True) for v in values}


@attrs.define
class SchemaComparer:
    old: Resolver
    new: Resolver
    out: Emitter
    role: Role
    unchanged: frozenset[str] = frozenset()  # refs identical in both documents (see unchanged_refs)
    _stack: set[tuple[frozenset[str], frozenset[str]]] = attrs.field(factory=set)

    def compare(self, old_schema: Any, new_schema: Any, pointer: str) -> None:
        if same_subtree(old_schema, new_schema, self.unchanged):
            return
        o, old_refs = self.old.flatten(old_schema)
        n, new_refs = self.new.flatten(new_schema)
        old_class, new_class = _class_source(old_schema), _class_source(new_schema)
        same_type = _type_of(o) == _type_of(n)  # else the type change is what gets reported
        if old_class != new_class and same_type and (_makes_class(o) or _makes_class(n)):
            self.out.add(
                "changed-schema-ref",
                pointer,
                f"generated class changes: {_class_name(old_class)} -> {_class_name(new_class)}",
                old_class,
                new_class,
            )
        frame = (old_refs, new_refs)
        if (old_refs or new_refs) and frame in self._stack:
            return  # recursive schema: this pair is already being compared further up
        self._stack.add(frame)
        try:
            self._compare_flat(o, n, pointer)
        finally:
            self._stack.discard(frame)

    def _compare_flat(self, o: Mapping[str, Any], n: Mapping[str, Any], pointer: str) -> None:
        old_type, new_type = _type_of(o), _type_of(n)
        if old_type != new_type:
            self.out.add(
                self._type_kind(old_type, new_type),
                pointer,
                f"type {old_type} -> {new_type}",
                old_type,
                new_type,
            )
            return
        if bool(o.get("nullable")) != bool(n.get("nullable")):
            widened = bool(n.get("nullable"))
            kind = "changed-nullable"
            if widened and self.role == "response":
                kind = "response-became-nullable"  # the generated annotation widens to ``X | None``
            elif not widened and self.role != "response":
                kind = "request-became-non-nullable"  # None is no longer accepted
            self.out.add(
                kind, join(pointer, "nullable"), "nullable changed", o.get("nullable"), n.get("nullable")
            )
        if o.get("format") != n.get("format"):
            same = _generated_type(o) == _generated_type(n)
            self.out.add(
                "changed-format-same-type" if same else "changed-format",
                join(pointer, "format"),
                "format changed" + (" (same generated type)" if same else ""),
                o.get("format"),
                n.get("format"),
            )
        self._compare_bounds(o, n, pointer)
        self._compare_enum(o, n, pointer)
        self._compare_properties(o, n, pointer)
        if "items" in o or "items" in n:
            self.compare(o.get("items", {}), n.get("items", {}), join(pointer, "items"))
        old_extra, new_extra = o.get("additionalProperties"), n.get("additionalProperties")
        if isinstance(old_extra, Mapping) and isinstance(new_extra, Mapping):
            self.compare(old_extra, new_extra, join(pointer, "additionalProperties"))
        elif old_extra != new_extra:
            self.out.add(
                "changed-constraint", join(pointer, "additionalProperties"), "additionalProperties changed"
            )
        self.out.compare_keys(o, n, pointer, _SCHEMA_KEYS)

    def _compare_bounds(self, o: Mapping[str, Any], n: Mapping[str, Any], pointer: str) -> None:
        """Constraints: tightening one on what the client sends (parameter, request body) is breaking."""
        for key in sorted(_BOUND_KEYS & (set(o) | set(n))):
            old, new = o.get(key), n.get(key)
            if old == new:
                continue
            tightened = self.role != "response" and _tightens(key, old, new)
            kind = "tightened-constraint" if tightened else "changed-constraint"
            self.out.add(kind, join(pointer, key), f"{key} changed", old, new)

    def _type_kind(self, old_type: str | None, new_type: str | None) -> str:
        if self.role == "parameter":
            return "changed-parameter-type"
        if {old_type, new_type} == {"array", "object"}:
            return "changed-array-object"
        return "changed-property-type"

    def _compare_enum(self, o: Mapping[str, Any], n: Mapping[str, Any], pointer: str) -> None:
        old_values, new_values = _enum_values(o), _enum_values(n)
        where = join(pointer, "enum")
        if old_values is not None and new_values is not None:
            for value in sorted(old_values - new_values):
                self.out.add("removed-enum-value", where, f"enum value {value} removed", json.loads(value))
            # a client generated from the old spec raises ValueError on a new value in a response
            added = "added-response-enum-value" if self.role == "response" else "added-enum-value"
            for value in sorted(new_values - old_values):
                self.out.add(added, where, f"enum value {value} added", None, json.loads(value))
        elif new_values is not None:  # a free value became an enum
            kind = "changed-constraint" if self.role == "response" else "removed-enum-value"
            self.out.add(kind, where, "values restricted to an enum", None, n.get("enum"))
        elif old_values is not None:  # an enum became a free value
            kind = "added-response-enum-value" if self.role == "response" else "changed-constraint"
            self.out.add(kind, where, "enum restriction lifted", o.get("enum"))

    def _compare_properties(self, o: Mapping[str, Any], n: Mapping[str, Any], pointer: str) -> None:
        old_props: Mapping[str, Any] = o.get("properties") or {}
        new_props: Mapping[str, Any] = n.get("properties") or {}
        old_required, new_required = set(o.get("required") or ()), set(n.get("required") or ())
        removed, added = sorted(set(old_props) - set(new_props)), sorted(set(new_props) - set(old_props))
        renamed = self._rename_guess(removed, added, old_props, new_props)
        for name in removed:
            hint = f"; renamed to {renamed}?" if renamed else ""
            self.out.add(
                "removed-property", join(pointer, "properties", name), f"property {name} removed{hint}"
            )
        for name in added:
            required = self.role == "request" and name in new_required
            kind = "added-required-property" if required else "added-property"
            self.out.add(kind, join(pointer, "properties", name), f"property {name} added")
        for name in sorted(set(old_props) & set(new_props)):
            self.compare(old_props[name], new_props[name], join(pointer, "properties", name))
        common = set(old_props) & set(new_props)
        for name in sorted((old_required ^ new_required) & common):
            became = name in new_required
            kind = "property-became-required" if became and self.role == "request" else "changed-required"
            what = "required" if became else "optional"
            self.out.add(kind, join(pointer, "properties", name), f"property {name} became {what}")

    def _rename_guess(
        self, removed: list[str], added: list[str], old_props: Mapping[str, Any], new_props: Mapping[str, Any]
    ) -> str | None:
        """The new name when exactly one property went and one of the same type came (a likely rename)."""
        if len(removed) != 1 or len(added) != 1:
            return None
        old_type = _type_of(self.old.flatten(old_props[removed[0]])[0])
        return added[0] if old_type == _type_of(self.new.flatten(new_props[added[0]])[0]) else None


def _class_name(ref: str | None) -> str:
    return ref.rsplit("/", 1)[-1] if ref else "inline schema"
