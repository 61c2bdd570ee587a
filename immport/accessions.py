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

# ASCII digits (not \d, which also matches other scripts' digits: Arabic-Indic, Devanagari ...), optionally
# followed by ".digits" (subject accessions appear as SUB112829.269 in shared data). A study accession is
# SDY and digits only, as ImmPort documents it (``/study/summary/SDY1680``, ``/api/study/manifest/{sdy}``).
_PATTERNS = {kind: re.compile(rf"{prefix}[0-9]+(\.[0-9]+)?") for kind, (prefix, _) in ACCESSION_KINDS.items()}
_PATTERNS["study"] = re.compile("SDY[0-9]+")


def normalize_accession(value: object, kind: str = "study") -> str:
    """``" sdy1 "`` -> ``"SDY1"``; anything that is not an accession of ``kind`` -> InvalidRequestError.

    The one accession check: filters, exports, file manifests and ``client.ui`` all call it.
    """
    prefix, noun = ACCESSION_KINDS[kind]
    if not isinstance(value, str):
        raise InvalidRequestError(f"{value!r} is not a {noun} accession (expected a string like {prefix}1)")
    text = value.strip().upper()
    if not _PATTERNS[kind].fullmatch(text):
        raise InvalidRequestError(
            f'"{value}" is not a {noun} accession (expected {prefix} followed by the digits 0-9)'
        )
    return text
