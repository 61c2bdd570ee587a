"""Upload templates and batch-updater files: what the sandbox hands out, and the checks that judge them.

Template files follow ImmPort's layout: line 1 ``<template name>\\tSchema Version ...``, line 2 the
"Please do not delete or edit this column" banner, line 3 ``Column Name`` + the columns, data rows from line 4
with an empty first cell. Each problem becomes a :class:`Finding` with the file name and line number.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable
from typing import Final

import attrs

from immport.sandbox.data.vocab import lookup_terms

__all__ = [
    "BANNER",
    "BATCH_TABLES",
    "TEMPLATES",
    "Finding",
    "Template",
    "batch_template_zip",
    "check_batch_file",
    "check_package",
    "template_zip",
]

SCHEMA_VERSION = "Schema Version 3.38"
BANNER = "Please do not delete or edit this column"


@attrs.frozen
class Template:
    name: str
    columns: tuple[str, ...]
    required: tuple[str, ...]
    vocab: dict[str, str]  # column -> lookup table
    numeric: tuple[str, ...] = ()


TEMPLATES: Final[dict[str, Template]] = {
    t.name: t
    for t in (
        Template(
            "subjectHumans",
            (
                "Subject ID",
                "Arm Or Cohort ID",
                "Sex",
                "Min Subject Age",
                "Max Subject Age",
                "Age Unit",
                "Age Event",
                "Race",
                "Ethnicity",
                "Description",
            ),
            ("Subject ID", "Arm Or Cohort ID", "Sex"),
            {
                "Sex": "Sex",
                "Age Unit": "TimeUnit",
                "Age Event": "AgeEvent",
                "Race": "Race",
                "Ethnicity": "Ethnicity",
            },
            ("Min Subject Age", "Max Subject Age"),
        ),
        Template(
            "experiments",
            ("User Defined ID", "Name", "Description", "Measurement Technique"),
            ("User Defined ID", "Name", "Measurement Technique"),
            {"Measurement Technique": "ExpMeasurementTech"},
        ),
        Template(
            "protocols",
            ("User Defined ID", "File Name", "Name", "Description", "Type"),
            ("User Defined ID", "File Name", "Name"),
            {"Type": "ProtocolType"},
        ),
    )
}

BATCH_TABLES: Final[dict[str, frozenset[str]]] = {
    "reagent": frozenset(
        {"reagent_accession", "analyte_preferred", "analyte_reported", "description", "name"}
    ),
    "subject": frozenset({"subject_accession", "description", "gender", "race", "ethnicity"}),
    "experiment": frozenset({"experiment_accession", "name", "description"}),
    "biosample": frozenset({"biosample_accession", "name", "description", "subtype"}),
}
BATCH_FORMATS: Final = frozenset({"update_value"})


@attrs.frozen
class Finding:
    file_name: str
    line_number: int | None
    status: str  # "Error" or "Information"
    message: str | None  # error message (None for information rows)
    description: str


def _error(file_name: str, line: int | None, message: str) -> Finding:
    return Finding(file_name, line, "Error", message, message)


def template_text(template: Template) -> str:
    return (
        f"{template.name}\t{SCHEMA_VERSION}\r\n{BANNER}\r\nColumn Name\t"
        + "\t".join(template.columns)
        + "\r\n"
    )


def template_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for template in TEMPLATES.values():
            archive.writestr(f"{template.name}.txt", template_text(template))
    return buffer.getvalue()


def batch_template_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "UpdateValue.Reagent.txt",
            "[data_columns => analyte_preferred~analyte_reported, format => update_value, "
            "key_columns => reagent_accession, table_name => reagent]\r\n"
            "reagent_accession\tanalyte_preferred\tanalyte_reported\r\n",
        )
    return buffer.getvalue()


def _decode(name: str, content: bytes) -> list[str] | Finding:
    try:
        return content.decode("utf-8-sig").splitlines()
    except UnicodeDecodeError:
        return _error(name, None, "File is not UTF-8 text")


def check_template_file(name: str, content: bytes) -> tuple[list[Finding], int]:
    """Findings for one template file, and the number of data rows it holds."""
    lines = _decode(name, content)
    if isinstance(lines, Finding):
        return [lines], 0
    first = lines[0].split("\t") if lines else [""]
    template = TEMPLATES.get(first[0].strip())
    if template is None:
        return [
            _error(name, 1, f"Unknown template '{first[0].strip()}' (line 1 must name an ImmPort template)")
        ], 0
    if len(lines) < 2 or not lines[1].startswith(BANNER):
        return [_error(name, 2, f"Missing header line '{BANNER}'")], 0
    header = lines[2].split("\t") if len(lines) > 2 else []
    if not header or header[0] != "Column Name":
        return [_error(name, 3, "Missing 'Column Name' header row")], 0
    columns = [c.strip() for c in header[1:]]
    unknown = [c for c in columns if c not in template.columns]
    if unknown:
        return [_error(name, 3, f"Column '{unknown[0]}' is not defined for template {template.name}")], 0
    missing = [c for c in template.columns if c not in columns]
    if missing:
        return [_error(name, 3, f"Required column '{missing[0]}' is missing")], 0
    findings: list[Finding] = []
    rows = 0
    for number, line in enumerate(lines[3:], start=4):
        if not line.strip():
            continue
        cells = line.split("\t")
        if len(cells) != len(columns) + 1:
            findings.append(
                _error(name, number, f"Expected {len(columns) + 1} tab-separated values, found {len(cells)}")
            )
            continue
        rows += 1
        row = dict(zip(columns, (c.strip() for c in cells[1:]), strict=True))
        for column in template.required:
            if not row[column]:
                findings.append(_error(name, number, f"'{column}' is required"))
        for column, table in template.vocab.items():
            allowed = {term.casefold() for term, _ in lookup_terms(table)}
            if row[column] and row[column].casefold() not in allowed:
                findings.append(
                    _error(name, number, f"'{row[column]}' is not a valid value for '{column}' (lk{table})")
                )
        for column in template.numeric:
            if row[column]:
                try:
                    float(row[column])
                except ValueError:
                    findings.append(_error(name, number, f"'{column}' must be a number, got '{row[column]}'"))
    findings.append(
        Finding(name, None, "Information", None, f"Parsed {rows} row(s) of template {template.name}")
    )
    return findings, rows


def _members(files: Iterable[tuple[str, bytes]]) -> list[tuple[str, bytes]]:
    """Files of the package, zips expanded (the caller has checked they are zips)."""
    members = []
    for name, content in files:
        if name.lower().endswith(".zip"):
            with zipfile.ZipFile(io.BytesIO(content)) as archive:
                for info in archive.infolist():
                    if not info.is_dir() and not info.filename.startswith("__MACOSX/"):
                        members.append((info.filename.rsplit("/", 1)[-1], archive.read(info)))
        else:
            members.append((name, content))
    return members


def check_package(files: Iterable[tuple[str, bytes]]) -> list[Finding]:
    """Findings for an upload package (a zip, or several files); rejected when any finding is an Error."""
    findings: list[Finding] = []
    templates = 0
    for name, content in _members(files):
        if name.lower().endswith(".txt"):
            templates += 1
            found, _ = check_template_file(name, content)
            findings.extend(found)
        else:
            findings.append(
                Finding(name, None, "Information", None, f"Stored in:file_info ({len(content)} bytes)")
            )
    if templates == 0:
        findings.append(_error("", None, "The package contains no template (.txt) files"))
    return findings


def _batch_header(line: str) -> dict[str, str] | None:
    text = line.strip()
    if not (text.startswith("[") and text.endswith("]")):
        return None
    fields = {}
    for part in text[1:-1].split(","):
        key, sep, value = part.partition("=>")
        if not sep:
            return None
        fields[key.strip()] = value.strip()
    return fields


def check_batch_file(files: Iterable[tuple[str, bytes]]) -> list[Finding]:
    """Findings for a batch-updater file (its first line declares table, key and data columns)."""
    members = [(n, c) for n, c in _members(files) if n.lower().endswith(".txt")]
    if len(members) != 1:
        return [_error("", None, f"Expected exactly one batch (.txt) file, found {len(members)}")]
    name, content = members[0]
    lines = _decode(name, content)
    if isinstance(lines, Finding):
        return [lines]
    header = _batch_header(lines[0]) if lines else None
    if header is None or not {"data_columns", "format", "key_columns", "table_name"} <= header.keys():
        return [
            _error(
                name,
                1,
                "Line 1 must be [data_columns => .., format => .., key_columns => .., table_name => ..]",
            )
        ]
    table = header["table_name"]
    if table not in BATCH_TABLES:
        return [_error(name, 1, f"Unknown table_name '{table}'")]
    if header["format"] not in BATCH_FORMATS:
        return [_error(name, 1, f"Unknown format '{header['format']}'")]
    keys = [c.strip() for c in header["key_columns"].split("~") if c.strip()]
    data = [c.strip() for c in header["data_columns"].split("~") if c.strip()]
    bad = [c for c in keys + data if c not in BATCH_TABLES[table]]
    if bad:
        return [_error(name, 1, f"Column '{bad[0]}' does not exist in table {table}")]
    columns = [c.strip() for c in lines[1].split("\t")] if len(lines) > 1 else []
    if columns != keys + data:
        return [_error(name, 2, f"Header row must be: {' '.join(keys + data)}")]
    findings: list[Finding] = [Finding(name, None, "Information", None, f"[{lines[0].strip()[1:-1]}]")]
    rows = 0
    for number, line in enumerate(lines[2:], start=3):
        if not line.strip():
            continue
        cells = line.split("\t")
        if len(cells) != len(columns):
            findings.append(
                _error(name, number, f"Expected {len(columns)} tab-separated values, found {len(cells)}")
            )
        elif any(not cells[k].strip() for k in range(len(keys))):
            findings.append(_error(name, number, "Key column value is empty"))
        else:
            rows += 1
    findings.append(Finding(name, None, "Information", None, f"{rows} row(s) to update in table {table}"))
    return findings
