"""ImmPort accession numbers (SDY1, SUB112829, ARM235 ...): validate and normalise before sending."""

from __future__ import annotations

import re

from immport.errors import InvalidRequestError

__all__ = ["ACCESSION_KINDS", "WIRE_ACCESSION_KINDS", "normalize_accession"]

# kind -> (prefix, what it names)
ACCESSION_KINDS: dict[str, tuple[str, str]] = {
    "study": ("SDY", "study"),
    "subject": ("SUB", "subject"),
    "arm": ("ARM", "arm"),
    "experiment": ("EXP", "experiment"),
    "biosample": ("BS", "biosample"),
    "expsample": ("ES", "experiment sample"),
    "planned_visit": ("PV", "planned visit"),
    "treatment": ("TRT", "treatment"),
}

# exact-match wire parameters holding accessions (treatmentAccession is a partial match: not validated)
WIRE_ACCESSION_KINDS: dict[str, str] = {
    "studyAccession": "study",
    "subjectAccession": "subject",
    "armAccession": "arm",
    "experimentAccession": "experiment",
    "biosampleAccession": "biosample",
    "expsampleAccession": "expsample",
    "plannedVisitAccession": "planned_visit",
}

# ASCII digits, optionally followed by ".digits" (subject accessions appear as SUB112829.269 in shared
# data); not \d, which also matches other scripts' digits (Arabic-Indic, Devanagari ...)
_PATTERNS = {kind: re.compile(rf"{prefix}[0-9]+(\.[0-9]+)?") for kind, (prefix, _) in ACCESSION_KINDS.items()}


def normalize_accession(value: object, kind: str = "study") -> str:
    """``" sdy1 "`` -> ``"SDY1"``; anything that is not an accession of ``kind`` -> InvalidRequestError."""
    prefix, noun = ACCESSION_KINDS[kind]
    if not isinstance(value, str):
        raise InvalidRequestError(f"{value!r} is not a {noun} accession (expected a string like {prefix}1)")
    text = value.strip().upper()
    if not _PATTERNS[kind].fullmatch(text):
        raise InvalidRequestError(
            f'"{value}" is not a {noun} accession (expected {prefix} followed by the digits 0-9)'
        )
    return text
