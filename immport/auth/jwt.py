"""Read claims from a JWT payload without verifying it (we only need ``exp`` to schedule refreshes)."""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any

__all__ = ["jwt_claims", "jwt_expiry"]


def jwt_claims(token: str) -> dict[str, Any] | None:
    """The decoded payload of a compact JWT, or ``None`` if ``token`` is not one."""
    parts = token.split(".")
    if len(parts) != 3:
        return None
    payload = parts[1]
    try:
        raw = base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))
        claims = json.loads(raw)
    except (binascii.Error, ValueError):
        return None
    return claims if isinstance(claims, dict) else None


def jwt_expiry(token: str) -> float | None:
    """The ``exp`` claim (seconds since the epoch), or ``None``."""
    claims = jwt_claims(token)
    exp = claims.get("exp") if claims else None
    if isinstance(exp, bool) or not isinstance(exp, int | float):
        return None
    return float(exp)
