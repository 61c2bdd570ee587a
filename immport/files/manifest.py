"""Manifest rows (FileDetails) -> typed entries with safe relative paths, and the manifest request."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import quote

import attrs

from immport._flows import Flow, get_json
from immport._lenient import opt_int, opt_str
from immport._records import as_record
from immport.accessions import normalize_accession
from immport.errors import InvalidRequestError

FILE_TYPES = ("all", "archive_file", "release_file", "study_file", "protocol_file", "result_file")
_MD5_RE = re.compile(r"^[0-9a-fA-F]{32}$")


def _pick(row: Mapping[str, Any], *keys: str) -> Any:
    for key in keys:
        value = row.get(key)
        if value is not None:
            return value
    return None


def _opt_md5(value: Any) -> str | None:
    return value.lower() if isinstance(value, str) and _MD5_RE.match(value) else None


def safe_relative_path(path: str) -> PurePosixPath:
    """Normalise a manifest/result-file path to a relative path; refuse anything escaping the destination."""
    text = path.strip().replace("\\", "/").lstrip("/")
    parts = [p for p in text.split("/") if p not in ("", ".")]
    if not parts:
        raise InvalidRequestError(f"empty file path in manifest row: {path!r}")
    if any(p == ".." for p in parts) or "\x00" in text or re.match(r"^[A-Za-z]:$", parts[0]):
        raise InvalidRequestError(f"refusing a file path that escapes the destination: {path!r}")
    return PurePosixPath(*parts)


@attrs.frozen
class ManifestEntry:
    """One file to download: FileDetails from ``/api/study/manifest`` (or a filePath result row)."""

    path: PurePosixPath  # relative, normalised
    file_uuid: str | None
    file_name: str | None
    size: int | None
    generated_md5: str | None
    reported_md5: str | None
    file_type: str | None = None
    file_accession: str | None = None
    study_accession: str | None = None
    raw: Mapping[str, Any] = attrs.field(factory=dict, eq=False, repr=False)

    @classmethod
    def from_row(cls, row: object) -> ManifestEntry:
        if isinstance(row, ManifestEntry):
            return row
        data = _as_mapping(row)
        raw_path = _pick(data, "path", "filePath", "file_path")
        if not isinstance(raw_path, str):
            raise InvalidRequestError(f"manifest row has no path: {_describe(data)}")
        return cls(
            path=safe_relative_path(raw_path),
            file_uuid=opt_str(_pick(data, "fileUUID", "fileUuid", "file_uuid")),
            file_name=opt_str(_pick(data, "fileName", "file_name")),
            size=opt_int(_pick(data, "filesizeBytes", "filesize_bytes")),
            generated_md5=_opt_md5(_pick(data, "generatedMD5", "generatedMd5", "generated_md5")),
            reported_md5=_opt_md5(_pick(data, "reportedMD5", "reportedMd5", "reported_md5")),
            file_type=opt_str(_pick(data, "fileType", "file_type")),
            file_accession=opt_str(_pick(data, "fileAccession", "file_accession")),
            study_accession=opt_str(_pick(data, "studyAccession", "study_accession")),
            raw=dict(data),
        )


def _as_mapping(row: object) -> Mapping[str, Any]:
    record = as_record(row)
    if record is None:
        raise InvalidRequestError(f"not a manifest row: {type(row).__name__}")
    return record


def _describe(data: Mapping[str, Any]) -> str:
    keys = ("fileName", "fileAccession", "fileUUID", "path", "filePath")
    return ", ".join(f"{k}={data[k]!r}" for k in keys if data.get(k) is not None) or "(no identifying fields)"


def entries_from_rows(rows: Iterable[object]) -> list[ManifestEntry]:
    """Typed, de-duplicated entries (filePath rows repeat per linked sample); each row needs a DRS id."""
    entries: dict[PurePosixPath, ManifestEntry] = {}
    for row in rows:
        entry = ManifestEntry.from_row(row)
        if not entry.file_uuid:
            raise InvalidRequestError(f"manifest row has no fileUUID (DRS id), cannot download {entry.path}")
        seen = entries.get(entry.path)
        if seen is not None and seen.file_uuid != entry.file_uuid:
            raise InvalidRequestError(f"two different files map to the same path {entry.path}")
        entries.setdefault(entry.path, entry)
    return list(entries.values())


def check_file_type(file_type: str) -> str:
    if file_type not in FILE_TYPES:
        raise InvalidRequestError(f"file_type must be one of {', '.join(FILE_TYPES)}; got {file_type!r}")
    return file_type


def manifest_flow(query_url: str, accession: str, file_type: str = "all") -> Flow[list[ManifestEntry]]:
    """``GET {query_url}/api/study/manifest/{sdy}?fileType=...`` -> typed entries."""
    sdy = normalize_accession(accession)
    kind = check_file_type(file_type)
    url = f"{query_url.rstrip('/')}/api/study/manifest/{quote(sdy, safe='')}"
    payload = yield from get_json(url, params=[("fileType", kind)])
    if isinstance(payload, dict) and isinstance(payload.get("content"), list):
        payload = payload["content"]  # some deployments wrap the list
    if not isinstance(payload, list):
        raise InvalidRequestError(f"manifest for {sdy} is not a list of rows")
    return entries_from_rows(payload)


def target_path(dest: Path, relative: PurePosixPath) -> Path:
    """``dest/relative``, refusing anything that resolves (e.g. through a symlink) outside ``dest``."""
    root = dest.resolve()
    target = root.joinpath(*relative.parts)
    resolved = target.resolve()
    if os.path.commonpath([root, resolved]) != str(root):
        raise InvalidRequestError(f"refusing a file path that escapes the destination: {relative}")
    return target
