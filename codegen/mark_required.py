"""codegen.sh step: a schema marked ``x-immport-always-sent: true`` gets every property ``required``.

The overlay cannot compute a list, so it marks schemas and this step expands the mark (in the patched
copy only; the vendored spec is never changed). Together with ``nullable`` (overlay) and our
``openapi/templates/model.py.jinja``, generated models type such fields ``X | None``: see openapi/README.md.

Usage: python codegen/mark_required.py PATCHED_SPEC   (rewrites the file in place)
"""

from __future__ import annotations

import json
import sys
from typing import Any

MARK = "x-immport-always-sent"


def mark_required(doc: dict[str, Any]) -> int:
    count = 0
    for schema in doc.get("components", {}).get("schemas", {}).values():
        if schema.pop(MARK, False) and schema.get("properties"):
            schema["required"] = list(schema["properties"])
            count += 1
    return count


if __name__ == "__main__":
    path = sys.argv[1]
    with open(path) as f:
        doc = json.load(f)
    mark_required(doc)
    with open(path, "w") as f:
        json.dump(doc, f)
