"""Contract tools: classify spec changes (``diff_specs``), check the live spec, strict response validation.

``immport.contract.strict`` (strict response validation) is imported lazily by the client.
"""

from __future__ import annotations

from immport.contract._model import KINDS, Change, DiffReport
from immport.contract.diff import diff_specs
from immport.contract.live import DEFAULT_SPEC_URL, check_live, load_spec_file, run_check, run_diff
from immport.contract.render import FailOn, exit_code, render_json, render_text
from immport.contract.violations import DEFAULT_POLICY, StrictPolicy, StrictReport, Violation

__all__ = [
    "DEFAULT_POLICY",
    "DEFAULT_SPEC_URL",
    "KINDS",
    "Change",
    "DiffReport",
    "FailOn",
    "StrictPolicy",
    "StrictReport",
    "Violation",
    "check_live",
    "diff_specs",
    "exit_code",
    "load_spec_file",
    "render_json",
    "render_text",
    "run_check",
    "run_diff",
]
