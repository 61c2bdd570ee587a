"""Local ``$ref`` resolution, ``allOf`` flattening and JSON-pointer escaping for OpenAPI 3 documents."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from immport.errors import InvalidRequestError

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


def escape(token: str) -> str:
    """One JSON-pointer reference token (RFC 6901)."""
    return token.replace("~", "~0").replace("/", "~1")


def join(pointer: str, *tokens: str) -> str:
    return pointer + "".join("/" + escape(t) for t in tokens)


class Resolver:
    """Follows local references (``#/components/...``) inside one document."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document

    def lookup(self, ref: str) -> Any:
        if not ref.startswith("#"):
            raise InvalidRequestError(f"only local $ref are supported, found {ref!r}")
        node: Any = self.document
        for raw in ref[1:].split("/")[1:]:
            token = raw.replace("~1", "/").replace("~0", "~")
            if not isinstance(node, Mapping) or token not in node:
                raise InvalidRequestError(f"unresolvable $ref {ref!r}")
            node = node[token]
        return node

    def deref(self, node: Any) -> tuple[Any, tuple[str, ...]]:
        """The node behind a chain of ``$ref`` objects, and the refs followed."""
        refs: list[str] = []
        while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if ref in refs:
                raise InvalidRequestError(f"$ref cycle through {ref!r}")
            refs.append(ref)
            node = self.lookup(ref)
        return node, tuple(refs)

    def flatten(self, schema: Any) -> tuple[dict[str, Any], frozenset[str]]:
        """The schema with ``$ref`` followed and ``allOf`` parts merged (siblings win), plus the refs used.

        ``{"allOf": [{"$ref": X}], "nullable": true}`` becomes X's content with ``nullable: true``.
        """
        node, refs = self.deref(schema)
        if not isinstance(node, Mapping):
            return {}, frozenset(refs)
        used = set(refs)
        merged: dict[str, Any] = {}
        for part in node.get("allOf") or ():
            flat, part_refs = self.flatten(part)
            used |= part_refs
            _merge_into(merged, flat)
        _merge_into(merged, {k: v for k, v in node.items() if k != "allOf"})
        return merged, frozenset(used)

    def reachable_refs(self, root: Any) -> set[str]:
        """Every ``$ref`` reachable from ``root``, following references transitively."""
        seen: set[str] = set()
        pending = list(_refs_in(root))
        while pending:
            ref = pending.pop()
            if ref in seen:
                continue
            seen.add(ref)
            try:
                pending.extend(_refs_in(self.lookup(ref)))
            except InvalidRequestError:
                continue
        return seen


def unchanged_refs(old: Resolver, new: Resolver) -> frozenset[str]:
    """Component refs whose target, and everything it references, is identical in both documents."""
    old_components = old.document.get("components") or {}
    new_components = new.document.get("components") or {}
    inner: dict[str, list[str]] = {}
    for section in set(old_components) & set(new_components):
        old_section, new_section = old_components[section] or {}, new_components[section] or {}
        for name in set(old_section) & set(new_section):
            if old_section[name] == new_section[name]:
                inner[join("#", "components", section, name)] = _refs_in(old_section[name])
    stable = set(inner)
    changed = True
    while changed:  # drop refs whose target points at something that changed
        changed = False
        for ref in list(stable):
            if not all(target in stable for target in inner[ref]):
                stable.discard(ref)
                changed = True
    return frozenset(stable)


def same_subtree(old: Any, new: Any, stable: frozenset[str]) -> bool:
    """True when two nodes are equal and every ref inside them points at an unchanged target."""
    return bool(old == new and all(ref in stable for ref in _refs_in(old)))


def _merge_into(target: dict[str, Any], part: Mapping[str, Any]) -> None:
    for key, value in part.items():
        if key == "properties" and isinstance(value, Mapping):
            target["properties"] = {**target.get("properties", {}), **value}
        elif key == "required" and isinstance(value, list):
            target["required"] = sorted({*target.get("required", []), *value})
        else:
            target[key] = value


def _refs_in(node: Any) -> list[str]:
    """Every ``$ref`` string in a JSON tree (iterative; JSON documents are plain dicts and lists)."""
    found: list[str] = []
    pending = [node]
    while pending:
        current = pending.pop()
        if isinstance(current, dict):
            ref = current.get("$ref")
            if isinstance(ref, str):
                found.append(ref)
            pending.extend(v for v in current.values() if isinstance(v, dict | list))
        elif isinstance(current, list):
            pending.extend(v for v in current if isinstance(v, dict | list))
    return found
