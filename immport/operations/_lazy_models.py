"""Import one generated model without running ``immport_api_client.models``' ``__init__`` (~300 modules).

Python runs a package's ``__init__`` before any of its submodules, and the generated
``models/__init__.py`` imports every model, so even ``immport_api_client.models.v_elisa_result`` (which
the generated ELISA operation imports) would load them all. ``defer_models_init()`` registers the package
with its ``__init__`` deferred: submodules import on their own, and the first lookup of a name the package
does not have yet (``immport_api_client.models.VElisaResult``, ``from ... import *``) runs the real
``__init__``, so code using the package's names sees no difference. Nothing happens when the package is
already imported.
"""

from __future__ import annotations

import importlib.util
import sys
import threading
from typing import Any

PACKAGE = "immport_api_client.models"
_lock = threading.Lock()


def defer_models_init() -> None:
    with _lock:
        if PACKAGE in sys.modules:
            return
        spec = importlib.util.find_spec(PACKAGE)  # (imports the parent package, not this one)
        if spec is None or spec.loader is None or spec.submodule_search_locations is None:
            return
        module = importlib.util.module_from_spec(spec)
        loader = spec.loader
        init_lock = threading.RLock()
        ran = [False]

        def __getattr__(name: str) -> Any:  # PEP 562: only called for names the module lacks
            with init_lock:
                if not ran[0]:
                    ran[0] = True
                    loader.exec_module(module)  # the real __init__, in this module's namespace
            try:
                return module.__dict__[name]
            except KeyError:
                raise AttributeError(f"module {PACKAGE!r} has no attribute {name!r}") from None

        module.__getattr__ = __getattr__  # type: ignore[method-assign]
        sys.modules[PACKAGE] = module
        parent: Any = sys.modules[PACKAGE.rpartition(".")[0]]
        parent.models = module
