"""Contract tools: classify spec changes (``diff_specs``), check the live spec, strict response validation.

``immport.contract.strict`` (strict response validation) is imported lazily by the client.
"""

from __future__ import annotations

from immport.contract._model import KINDS, ApiChange, Change, DiffReport, GeneratedView
from immport.contract.diff import diff_specs
from immport.contract.live import DEFAULT_SPEC_URL, check_live, judge, load_spec_file, run_check, run_diff
from immport.contract.render import FailOn, exit_code, render_json, render_text
from immport.contract.violations import DEFAULT_POLICY, StrictPolicy, StrictReport, Violation

__all__ = [
    "DEFAULT_POLICY",
    "DEFAULT_SPEC_URL",
    "KINDS",
    "ApiChange",
    "Change",
    "DiffReport",
    "FailOn",
    "GeneratedView",
    "StrictPolicy",
    "StrictReport",
    "Violation",
    "check_live",
    "diff_specs",
    "exit_code",
    "judge",
    "load_spec_file",
    "render_json",
    "render_text",
    "run_check",
    "run_diff",
]
