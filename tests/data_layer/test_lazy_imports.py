"""First use loads only what it needs: no generated model for the groups, one model for an ELISA call."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

PROBE = textwrap.dedent(
    """
    import json, sys

    def models():
        return sorted(m for m in sys.modules if m.startswith("immport_api_client.models"))

    import immport
    immport.Client
    import immport.resources
    seen = {"groups": models()}
    from immport.operations import get_operation, parse_json, prepare
    op = get_operation("results", "elisa")
    prepare(op, {"study_accession": "SDY1"})
    seen["api"] = sorted(m for m in sys.modules if m.startswith("immport_api_client.api"))
    rows = parse_json(op, b'[{"resultId": 7}]', None)
    seen["elisa"] = models()
    import immport_api_client.models as package  # the package's own names still work, all of them
    from immport_api_client.models import *  # noqa: F403
    seen["same_class"] = type(rows[0]) is package.VElisaResult
    seen["star"] = StudyApi.__name__  # noqa: F405
    seen["all"] = len(models())
    print(json.dumps(seen))
    """
)


def run_probe() -> dict[str, object]:
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True)
    result: dict[str, object] = json.loads(done.stdout)
    return result


def test_groups_import_no_model_and_a_call_imports_its_own_model_only() -> None:
    seen = run_probe()
    assert seen["groups"] == []
    # its own row model only: requests are encoded from the operation table, no generated api module is loaded
    assert seen["elisa"] == ["immport_api_client.models", "immport_api_client.models.v_elisa_result"]
    assert seen["api"] == []
    assert seen["same_class"] is True
    assert seen["star"] == "StudyApi"
    assert isinstance(seen["all"], int) and seen["all"] > 50  # import * still loads every model


def test_operation_models_resolve_lazily_and_enums_are_plain_choices() -> None:
    from immport.operations import get_operation

    op = get_operation("search", "studies")
    fmt = op.param("format_")
    assert op.model is None  # search answers are typed by the facade (immport.search_results)
    # the wire values themselves: encoding needs no generated Enum class
    assert fmt is not None and (fmt.choices, fmt.default) == (("json", "tsv"), "json")
    elisa = get_operation("results", "elisa")
    assert elisa.model_ref == "immport_api_client.models.v_elisa_result:VElisaResult"
    assert elisa.model is not None and elisa.model.__name__ == "VElisaResult"
