"""Strict-mode findings: one ``Violation`` per mismatch, grouped into a ``StrictReport``; the policy that
decides which kinds raise ``ContractViolation`` and which only warn.

This module needs no optional dependency: the client imports it to enforce a report.
"""

from __future__ import annotations

import warnings
from collections import Counter
from collections.abc import Iterable
from typing import Literal, get_args

import attrs

from immport.errors import ContractViolation, ContractWarning, InvalidRequestError

__all__ = [
    "DEFAULT_POLICY",
    "MAX_GROUPS",
    "MAX_VIOLATIONS",
    "WARN_ONLY",
    "StrictPolicy",
    "StrictReport",
    "Violation",
    "ViolationKind",
    "enforce",
    "policy_for",
]

ViolationKind = Literal[
    "unknown-field", "wrong-type", "unknown-enum-value", "null-in-non-nullable", "missing-field", "malformed"
]
# the order of a report: drift that matters first (unknown fields), fields missing from older releases last
KIND_ORDER: tuple[ViolationKind, ...] = get_args(ViolationKind)
KIND_TITLES: dict[str, str] = {
    "unknown-field": "unknown field",
    "wrong-type": "wrong type",
    "unknown-enum-value": "unknown enum value",
    "null-in-non-nullable": "null in a non-nullable field",
    "missing-field": "missing field",
    "malformed": "malformed body",
}
MAX_VIOLATIONS = 100  # violations kept per report (every one is still counted)
MAX_GROUPS = 50  # distinct (kind, field) groups kept per report


@attrs.frozen
class Violation:
    """One mismatch: ``pointer`` is a JSON pointer into the body (``/0/valuePreferred``) or, for TSV,
    ``/header/<column>`` (a column) or ``/<row>/<column>`` (a cell)."""

    operation: str
    pointer: str
    kind: ViolationKind
    expected: str
    seen: str

    @property
    def field(self) -> str:
        """The field or column name (the pointer's last token), "" for the whole body."""
        last = self.pointer.rsplit("/", 1)[-1]
        return last.replace("~1", "/").replace("~0", "~")

    @property
    def where(self) -> str:
        """The pointer with row numbers blanked (``/*/valuePreferred``): the same drift in every row."""
        return "/".join("*" if token.isdigit() else token for token in self.pointer.split("/"))

    def __str__(self) -> str:
        return f"{self.pointer or '/'}: {KIND_TITLES[self.kind]} (expected {self.expected}, got {self.seen})"


def _policy_kinds(value: Iterable[str]) -> frozenset[ViolationKind]:
    kinds = frozenset(value)
    unknown = kinds - set(KIND_ORDER)
    if unknown:
        choices = list(KIND_ORDER)
        raise InvalidRequestError(f"unknown violation kind(s) {sorted(unknown)}; choose from {choices}")
    return kinds  # type: ignore[return-value]


@attrs.frozen
class StrictPolicy:
    """Which violation kinds raise ``ContractViolation`` (the others are issued as ``ContractWarning``;
    kinds in ``ignore`` are not reported at all).

    The default: unknown fields, wrong types, unknown enum values and malformed bodies raise; a field
    missing from a record (older data releases lack newer fields) and a null in a non-nullable field warn.
    """

    raise_on: frozenset[ViolationKind] = attrs.field(
        default=frozenset({"unknown-field", "wrong-type", "unknown-enum-value", "malformed"}),
        converter=_policy_kinds,
    )
    ignore: frozenset[ViolationKind] = attrs.field(default=frozenset(), converter=_policy_kinds)


DEFAULT_POLICY = StrictPolicy()
WARN_ONLY = StrictPolicy(raise_on=())


def policy_for(strict: object) -> StrictPolicy | None:
    """The policy of a client's ``strict`` setting: None (off), "warn", "error" or a ``StrictPolicy``."""
    if isinstance(strict, StrictPolicy):
        return strict
    return {"off": None, "warn": WARN_ONLY, "error": DEFAULT_POLICY}[str(strict)]


@attrs.define
class _Group:
    first: Violation
    count: int = 0
    rows: set[str] = attrs.field(factory=set)  # distinct row numbers (bounded by the cap in add())


@attrs.define
class StrictReport:
    """Every violation found in one response, grouped by (kind, field); bounded memory.

    Every violation is counted (``counts``, per kind); the first of each group and up to
    ``MAX_VIOLATIONS`` in all are kept (``violations``, unknown fields first).
    """

    operation: str
    ignore: frozenset[str] = frozenset()
    counts: Counter[str] = attrs.field(factory=Counter)
    _groups: dict[tuple[str, str], _Group] = attrs.field(factory=dict)
    _kept: list[Violation] = attrs.field(factory=list)

    def add(self, violation: Violation) -> None:
        if violation.kind in self.ignore:
            return
        self.counts[violation.kind] += 1
        key = (violation.kind, violation.where)
        group = self._groups.get(key)
        if group is None:
            if len(self._groups) >= MAX_GROUPS:
                return
            group = self._groups[key] = _Group(violation)
            self._kept.append(violation)
        elif len(self._kept) < MAX_VIOLATIONS:
            self._kept.append(violation)
        group.count += 1

    def extend(self, violations: Iterable[Violation]) -> None:
        for violation in violations:
            self.add(violation)

    def __bool__(self) -> bool:
        return bool(self.counts)

    @property
    def violations(self) -> list[Violation]:
        """The kept violations, unknown fields first (see ``KIND_ORDER``), then in body order."""
        return sorted(self._kept, key=lambda v: KIND_ORDER.index(v.kind))

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def summary(self, subject: str | None = None) -> str:
        """A readable report: one line per (kind, field) group, unknown fields first.

        The first line is ``subject`` (default "<operation>: the response does not match the spec")
        followed by the counts per kind.
        """
        groups = sorted(self._groups.values(), key=lambda g: KIND_ORDER.index(g.first.kind))
        total = self.total
        plural = "s" * (total != 1)
        subject = subject or f"{self.operation}: the response does not match the spec"
        head = f"{subject} ({total} violation{plural}: "
        head += ", ".join(f"{self.counts[k]} {KIND_TITLES[k]}" for k in KIND_ORDER if self.counts[k])
        lines = [head + ")"]
        for group in groups:
            first = group.first
            times = f" x{group.count}" if group.count > 1 else ""
            lines.append(
                f"  {KIND_TITLES[first.kind]} {first.field or '(body)'}{times}: "
                f"first at {first.pointer or '/'}, expected {first.expected}, got {first.seen}"
            )
        hidden = total - sum(g.count for g in groups)
        if hidden:
            lines.append(f"  ... and {hidden} more in other fields")
        return "\n".join(lines)

    def error(self) -> ContractViolation:
        """The exception naming every group; ``.operation``/``.pointer``/... describe the first violation."""
        first = self.violations[0]
        return ContractViolation(
            self.summary(),
            operation=self.operation,
            pointer=first.pointer,
            expected=first.expected,
            seen=first.seen,
            violations=tuple(self.violations),
            counts=dict(self.counts),
        )

    def should_raise(self, policy: StrictPolicy) -> bool:
        return any(self.counts[kind] for kind in policy.raise_on)


def enforce(report: StrictReport, policy: StrictPolicy, *, stacklevel: int = 2) -> None:
    """Raise ``ContractViolation`` when the policy says a kind found matters, else warn once (if any)."""
    if not report:
        return
    if report.should_raise(policy):
        raise report.error()
    warnings.warn(report.summary(), ContractWarning, stacklevel=stacklevel + 1)
