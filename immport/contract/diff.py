"""``diff_specs``: compare two OpenAPI 3 documents and classify every change as breaking or not."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import attrs

from immport.contract._model import Change, DiffReport
from immport.contract._resolve import HTTP_METHODS, Resolver, join, same_subtree, unchanged_refs
from immport.contract._schemas import Emitter, Role, SchemaComparer, brief, kind_for_key
from immport.errors import InvalidRequestError

__all__ = ["diff_specs"]

_OPERATION_KEYS = frozenset(
    {"operationId", "parameters", "requestBody", "responses", "security", "servers", "tags"}
)
_PARAMETER_KEYS = frozenset({"name", "in", "required", "schema", "style", "explode", "content"})
_MEDIA_KEYS = frozenset({"schema"})
_DOCUMENT_KEYS = frozenset({"paths", "components", "info", "servers", "security"})
_PATH_TEMPLATE_VARIABLE = re.compile(r"\{[^}]*\}")


def diff_specs(old: Mapping[str, Any], new: Mapping[str, Any]) -> DiffReport:
    """Every difference between two OpenAPI 3 documents, classified; sorted by pointer then kind."""
    for label, document in (("old", old), ("new", new)):
        if not isinstance(document, Mapping) or not isinstance(document.get("paths"), Mapping):
            raise InvalidRequestError(
                f"the {label} document is not an OpenAPI 3 document (no 'paths' object)"
            )
    changes: list[Change] = []
    old_resolver, new_resolver = Resolver(old), Resolver(new)
    differ = _Differ(old_resolver, new_resolver, changes, unchanged_refs(old_resolver, new_resolver))
    differ.operations()
    differ.components()
    differ.document()
    return DiffReport(tuple(sorted(changes, key=lambda c: (c.pointer, c.kind, c.detail))))


@attrs.frozen
class _Operation:
    path: str
    method: str
    node: Mapping[str, Any]
    path_item: Mapping[str, Any]

    @property
    def label(self) -> str:
        return f"{self.method.upper()} {self.path}"

    @property
    def pointer(self) -> str:
        return join("", "paths", self.path, self.method)


def _operations(resolver: Resolver) -> dict[tuple[str, str], _Operation]:
    """Operations keyed by (method, path with template variables blanked), so renamed path variables match."""
    found: dict[tuple[str, str], _Operation] = {}
    for path, raw_item in resolver.document["paths"].items():
        item, _ = resolver.deref(raw_item)
        for method in HTTP_METHODS:
            if isinstance(item.get(method), Mapping):
                key = (method, _PATH_TEMPLATE_VARIABLE.sub("{}", path))
                found[key] = _Operation(path, method, item[method], item)
    return found


@attrs.define
class _Differ:
    old: Resolver
    new: Resolver
    changes: list[Change]
    unchanged: frozenset[str]

    def emitter(self, operation: str | None = None) -> Emitter:
        return Emitter(self.changes, operation)

    def comparer(self, out: Emitter, role: Role) -> SchemaComparer:
        return SchemaComparer(self.old, self.new, out, role, self.unchanged)

    # ---- operations -------------------------------------------------------------------------------------
    def operations(self) -> None:
        old_ops, new_ops = _operations(self.old), _operations(self.new)
        for key in old_ops.keys() - new_ops.keys():
            op = old_ops[key]
            self.emitter(op.label).add(
                "removed-operation", op.pointer, f"{op.label} removed", op.node.get("operationId")
            )
        for key in new_ops.keys() - old_ops.keys():
            op = new_ops[key]
            self.emitter(op.label).add(
                "added-operation", op.pointer, f"{op.label} added", None, op.node.get("operationId")
            )
        for key in old_ops.keys() & new_ops.keys():
            self.operation(old_ops[key], new_ops[key])

    def operation(self, old: _Operation, new: _Operation) -> None:
        out = self.emitter(new.label)
        pointer = new.pointer
        self.security(old.node, new.node, join(pointer, "security"), out)
        if same_subtree(old.node, new.node, self.unchanged) and same_subtree(
            old.path_item.get("parameters"), new.path_item.get("parameters"), self.unchanged
        ):
            return
        if old.node.get("operationId") != new.node.get("operationId"):
            out.add(
                "changed-operation-id", join(pointer, "operationId"), "operationId changed",
                old.node.get("operationId"), new.node.get("operationId"),
            )  # fmt: skip
        _tags(old.node.get("tags"), new.node.get("tags"), join(pointer, "tags"), out)
        self.parameters(old, new, out)
        self.request_body(
            old.node.get("requestBody"), new.node.get("requestBody"), join(pointer, "requestBody"), out
        )
        self.responses(
            old.node.get("responses") or {}, new.node.get("responses") or {}, join(pointer, "responses"), out
        )
        _servers(old.node.get("servers"), new.node.get("servers"), join(pointer, "servers"), out)
        out.compare_keys(old.node, new.node, pointer, _OPERATION_KEYS)

    def security(
        self, old_op: Mapping[str, Any], new_op: Mapping[str, Any], pointer: str, out: Emitter
    ) -> None:
        before = _requirements(old_op.get("security", self.old.document.get("security")))
        after = _requirements(new_op.get("security", self.new.document.get("security")))
        if before == after:
            return
        if frozenset() in before or not before:
            kind = "added-security-requirement"
        elif frozenset() in after or not after:
            kind = "removed-security-requirement"
        else:
            kind = "changed-security-requirement"
        out.add(
            kind,
            pointer,
            "security requirement changed",
            sorted(map(sorted, before)),
            sorted(map(sorted, after)),
        )

    # ---- parameters -------------------------------------------------------------------------------------
    def _parameters(self, resolver: Resolver, op: _Operation) -> dict[tuple[str, str], Mapping[str, Any]]:
        found: dict[tuple[str, str], Mapping[str, Any]] = {}
        for raw in [*(op.path_item.get("parameters") or ()), *(op.node.get("parameters") or ())]:
            param, _ = resolver.deref(raw)  # operation-level parameters override path-level ones
            found[(str(param.get("name")), str(param.get("in")))] = param
        return found

    def parameters(self, old_op: _Operation, new_op: _Operation, out: Emitter) -> None:
        old_params, new_params = self._parameters(self.old, old_op), self._parameters(self.new, new_op)
        pairs = [
            (old_params.pop(key), new_params.pop(key))
            for key in sorted(old_params.keys() & new_params.keys())
        ]
        # same name, different location
        for name, location in sorted(old_params):
            moved = next((key for key in sorted(new_params) if key[0] == name), None)
            if moved is not None:
                pairs.append((old_params.pop((name, location)), new_params.pop(moved)))
        base = join(new_op.pointer, "parameters")
        for name, _ in sorted(old_params):
            out.add("removed-parameter", join(base, name), f"parameter {name} removed")
        for (name, _), param in sorted(new_params.items()):
            kind = "added-required-parameter" if param.get("required") else "added-optional-parameter"
            out.add(kind, join(base, name), f"parameter {name} added")
        for old, new in pairs:
            self.parameter(old, new, join(base, str(new.get("name"))), out)

    def parameter(self, old: Mapping[str, Any], new: Mapping[str, Any], pointer: str, out: Emitter) -> None:
        if old.get("in") != new.get("in"):
            out.add("changed-parameter-location", pointer, "location changed", old.get("in"), new.get("in"))
        if bool(old.get("required")) != bool(new.get("required")):
            kind = "parameter-became-required" if new.get("required") else "parameter-became-optional"
            out.add(
                kind,
                join(pointer, "required"),
                "required changed",
                bool(old.get("required")),
                bool(new.get("required")),
            )
        if old.get("in") == new.get("in") and _style(old) != _style(new):  # a move implies a style change
            out.add(
                "changed-parameter-style",
                join(pointer, "style"),
                "serialization changed",
                _style(old),
                _style(new),
            )
        comparer = self.comparer(out, "parameter")
        comparer.compare(old.get("schema", {}), new.get("schema", {}), join(pointer, "schema"))
        if "content" in old or "content" in new:
            self.content(
                old.get("content") or {},
                new.get("content") or {},
                join(pointer, "content"),
                out,
                "parameter",
                True,
            )
        out.compare_keys(old, new, pointer, _PARAMETER_KEYS)

    # ---- bodies -----------------------------------------------------------------------------------------
    def request_body(self, old_raw: Any, new_raw: Any, pointer: str, out: Emitter) -> None:
        old = self.old.deref(old_raw)[0] if old_raw is not None else None
        new = self.new.deref(new_raw)[0] if new_raw is not None else None
        if old is None and new is None:
            return
        if old is None or new is None:
            if new is None:
                out.add("removed-request-body", pointer, "request body removed")
            else:
                kind = "added-required-request-body" if new.get("required") else "added-request-body"
                out.add(kind, pointer, "request body added")
            return
        if new.get("required") and not old.get("required"):
            out.add("added-required-request-body", join(pointer, "required"), "request body became required")
        self.content(
            old.get("content") or {}, new.get("content") or {}, join(pointer, "content"), out, "request", True
        )
        out.compare_keys(old, new, pointer, frozenset({"content", "required"}))

    def responses(self, old: Mapping[str, Any], new: Mapping[str, Any], pointer: str, out: Emitter) -> None:
        removed, added, common = _split_keys(old, new)
        for code in removed:
            kind = "removed-response" if _is_success(code) else "removed-error-response"
            out.add(kind, join(pointer, code), f"{code} removed")
        for code in added:
            out.add("added-response", join(pointer, code), f"response {code} added")
        for code in common:
            old_response, new_response = self.old.deref(old[code])[0], self.new.deref(new[code])[0]
            where = join(pointer, code)
            old_content, new_content = old_response.get("content") or {}, new_response.get("content") or {}
            self.content(old_content, new_content, join(where, "content"), out, "response", _is_success(code))
            if old_response.get("headers") != new_response.get("headers"):
                out.add("changed-constraint", join(where, "headers"), "response headers changed")
            out.compare_keys(old_response, new_response, where, frozenset({"content", "headers"}))

    def content(
        self,
        old: Mapping[str, Any],
        new: Mapping[str, Any],
        pointer: str,
        out: Emitter,
        role: Role,
        success: bool,
    ) -> None:
        removed, added, common = _split_keys(old, new)
        for media in removed:
            kind = "removed-media-type" if success else "changed-constraint"
            out.add(kind, join(pointer, media), f"{media} removed")
        for media in added:
            out.add("added-media-type", join(pointer, media), f"{media} added")
        for media in common:
            where = join(pointer, media)
            comparer = self.comparer(out, role)
            comparer.compare(
                old[media].get("schema", {}), new[media].get("schema", {}), join(where, "schema")
            )
            out.compare_keys(old[media], new[media], where, _MEDIA_KEYS)

    # ---- components and the rest of the document -------------------------------------------------------
    def components(self) -> None:
        old_components = self.old.document.get("components") or {}
        new_components = self.new.document.get("components") or {}
        in_use = self.old.reachable_refs(self.old.document["paths"]) | self.new.reachable_refs(
            self.new.document["paths"]
        )
        out = self.emitter()
        for section in sorted(set(old_components) | set(new_components)):
            old_section: Mapping[str, Any] = old_components.get(section) or {}
            new_section: Mapping[str, Any] = new_components.get(section) or {}
            base = join("", "components", section)
            for name in sorted(set(old_section) | set(new_section)):
                self.component(
                    section, name, old_section.get(name), new_section.get(name), join(base, name), in_use, out
                )

    def component(
        self, section: str, name: str, old: Any, new: Any, pointer: str, in_use: set[str], out: Emitter
    ) -> None:
        suffix = {"schemas": "schema", "securitySchemes": "security-scheme"}.get(section, "component")
        if new is None:
            out.add(f"removed-{suffix}", pointer, f"{section} {name} removed")
        elif old is None:
            out.add(f"added-{suffix}", pointer, f"{section} {name} added")
        elif old == new:
            return
        elif section == "securitySchemes":
            out.add("changed-security-scheme", pointer, f"security scheme {name} changed")
        elif join("#", "components", section, name) in in_use:
            return  # reported, resolved, under every operation that uses it
        elif section == "schemas":
            self.comparer(out, "response").compare(old, new, pointer)
        else:
            out.add("changed-component", pointer, f"unused {section} {name} changed")

    def document(self) -> None:
        old, new = self.old.document, self.new.document
        out = self.emitter()
        old_info: Mapping[str, Any] = old.get("info") or {}
        new_info: Mapping[str, Any] = new.get("info") or {}
        for key in sorted(set(old_info) | set(new_info)):
            if old_info.get(key) != new_info.get(key):
                out.add(
                    "changed-info",
                    join("", "info", key),
                    f"info {key} changed",
                    old_info.get(key),
                    new_info.get(key),
                )
        _servers(old.get("servers"), new.get("servers"), "/servers", out)
        for path in sorted(set(old["paths"]) & set(new["paths"])):
            old_item, new_item = self.old.deref(old["paths"][path])[0], self.new.deref(new["paths"][path])[0]
            out.compare_keys(
                old_item, new_item, join("", "paths", path), frozenset({*HTTP_METHODS, "parameters"})
            )
        for key in sorted((set(old) | set(new)) - _DOCUMENT_KEYS):
            if old.get(key) != new.get(key):
                kind = "changed-annotation" if key == "openapi" else kind_for_key(key)
                out.add(kind, join("", key), f"{key} changed", brief(old.get(key)), brief(new.get(key)))


def _servers(old: Any, new: Any, pointer: str, out: Emitter) -> None:
    """Server URLs changed -> changed-servers; otherwise only their descriptions/variables are compared."""
    old_list, new_list = list(old or ()), list(new or ())
    if [s.get("url") for s in old_list] != [s.get("url") for s in new_list]:
        out.add("changed-servers", pointer, "server URLs changed", brief([s.get("url") for s in old_list]),
                brief([s.get("url") for s in new_list]))  # fmt: skip
        return
    for index, (before, after) in enumerate(zip(old_list, new_list, strict=True)):
        out.compare_keys(before, after, join(pointer, str(index)), frozenset({"url"}))


def _tags(old: Any, new: Any, pointer: str, out: Emitter) -> None:
    """The first tag names the generated module (``api/<tag>/``): changing it moves the function."""
    if old == new:
        return
    first_old, first_new = (list(old or ()) or ["default"])[0], (list(new or ()) or ["default"])[0]
    if first_old != first_new:
        out.add("changed-tag", pointer, f"tag {first_old} -> {first_new}: the generated module moves",
                brief(old), brief(new))  # fmt: skip
    else:
        out.add("changed-annotation", pointer, "tags changed", brief(old), brief(new))


def _requirements(raw: Any) -> frozenset[frozenset[str]]:
    """Security alternatives as sets of scheme names; ``frozenset()`` means anonymous access is allowed."""
    return frozenset(frozenset(alternative) for alternative in (raw or ()))


def _style(param: Mapping[str, Any]) -> tuple[str, bool]:
    default = {"query": "form", "cookie": "form", "path": "simple", "header": "simple"}.get(
        str(param.get("in")), "form"
    )
    style = str(param.get("style", default))
    return style, bool(param.get("explode", style == "form"))


def _is_success(code: str) -> bool:
    return code.startswith("2") or code.lower() in ("default", "2xx")


def _split_keys(old: Mapping[str, Any], new: Mapping[str, Any]) -> tuple[list[str], list[str], list[str]]:
    """The keys only in ``old``, only in ``new``, and in both, each sorted."""
    return sorted(set(old) - set(new)), sorted(set(new) - set(old)), sorted(set(old) & set(new))
