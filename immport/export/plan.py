"""What to fetch: the units (kind, study) of this run, given the selection, the journal and ``force``.

A unit is skipped when the journal already has it at the study's current ``latest_data_release_version``
(lookups: at the current global data release), unless forced. Studies the journal knows that search no
longer returns are reported as disappeared (their files are left in place).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping

import attrs

from immport.export.journal import Journal
from immport.export.kinds import Kind

__all__ = ["Plan", "Unit", "make_plan"]


@attrs.frozen
class Unit:
    kind: Kind
    study: str | None
    data_release: str | None


@attrs.frozen
class Plan:
    todo: list[Unit]
    up_to_date: list[Unit]
    unavailable: list[Unit]  # not requested: availability says the study has no such data


def make_plan(
    kinds: Iterable[Kind],
    releases: Mapping[str, str | None],
    journal: Journal,
    *,
    global_release: str | None,
    force: bool | Collection[str] = False,
    known_empty: Mapping[str, Collection[str]] | None = None,
) -> Plan:
    """``releases``: study accession -> its latest data release, in selection order.
    ``force``: True (everything) or the accessions (and/or kind names) to fetch again.
    ``known_empty``: study -> kinds it has no data for (from availability): not requested at all."""
    todo: list[Unit] = []
    current: list[Unit] = []
    unavailable: list[Unit] = []
    forced = force if isinstance(force, bool) else False
    forced_names = frozenset() if isinstance(force, bool) else frozenset(force)
    for kind in kinds:
        targets: list[tuple[str | None, str | None]] = (
            list(releases.items()) if kind.per_study else [(None, global_release)]
        )
        for study, release in targets:
            unit = Unit(kind, study, release)
            if known_empty and study is not None and kind.name in known_empty.get(study, ()):
                unavailable.append(unit)
                continue
            record = journal.get(kind.name, study)
            again = forced or kind.name in forced_names or (study is not None and study in forced_names)
            if record is not None and record.data_release == release and not again:
                current.append(unit)
            else:
                todo.append(unit)
    return Plan(todo, current, unavailable)
