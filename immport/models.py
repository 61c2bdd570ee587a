"""The typed row models (``VElisaResult``, ``StudyArmApi``, ``LkDisease`` ...), importable from ``immport``.

They are the generated attrs models of ``immport_api_client.models``, re-exported so a user script
names them without reaching into the generated package: ``from immport.models import VElisaResult``.
Each model is imported on first use (the generated package is lazy too).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from immport_api_client.models import *  # noqa: F403


def __getattr__(name: str) -> Any:
    import immport_api_client.models as generated

    return getattr(generated, name)
