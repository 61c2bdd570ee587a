"""The Shared Data API spec as shipped with the package (codegen.sh copies it into ``_generated/spec/``).

``upstream`` is ImmPort's document byte for byte; ``corrected`` has openapi/corrections.overlay.yaml applied.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any, Literal

__all__ = ["load_spec", "spec_bytes"]


def spec_bytes(which: Literal["upstream", "corrected"] = "corrected") -> bytes:
    return (
        resources.files("immport._generated").joinpath("spec").joinpath(f"{which}.openapi.json").read_bytes()
    )


@cache
def _load(which: str) -> Any:
    return json.loads(spec_bytes(which))  # type: ignore[arg-type]


def load_spec(which: Literal["upstream", "corrected"] = "corrected") -> dict[str, Any]:
    """A fresh deep copy of the spec (callers may mutate it)."""
    return json.loads(json.dumps(_load(which)))  # type: ignore[no-any-return]
