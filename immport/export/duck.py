"""Read an export back with DuckDB: one view per data kind over its Parquet files (the ``duckdb`` extra).

The views read the hive layout (``study_accession`` comes back from the directory names), so
``SELECT study_accession, avg(value_preferred) FROM elisa GROUP BY 1`` works at once. Spark, Dask and
``pyarrow.dataset`` read the same directory (``partitioning="hive"``) when the data outgrows one machine.
"""

from __future__ import annotations

import os
import re
from typing import Any

from immport.errors import InvalidRequestError
from immport.export.destination import Destination
from immport.export.journal import JOURNAL_DIR, Journal

__all__ = ["connect", "dataset_kinds"]

_KIND_DIR = re.compile(r"^kind=([a-z0-9_]+)$")


def dataset_kinds(destination: Destination) -> dict[str, bool]:
    """Kinds that have Parquet files -> whether they are partitioned by study."""
    kinds: dict[str, bool] = {}
    for relative in destination.find("", ".parquet"):
        first, _, rest = relative.partition("/")
        match = _KIND_DIR.match(first)
        if match and not relative.rpartition("/")[2].startswith("."):
            kinds[match.group(1)] = "/" in rest
    return dict(sorted(kinds.items()))


def connect(
    target: Destination | str | os.PathLike[str], *, database: str = ":memory:", filesystem: Any = None
) -> Any:
    """A ``duckdb.DuckDBPyConnection`` with one view per exported kind (``elisa``, ``study_arm`` ...)."""
    try:
        import duckdb
    except ImportError:  # pragma: no cover - depends on the environment
        raise InvalidRequestError(
            "reading an export with DuckDB needs the duckdb package: pip install 'immport[duckdb]'"
        ) from None
    destination = target if isinstance(target, Destination) else Destination(target, filesystem)
    kinds = dataset_kinds(destination)
    if not kinds and not Journal(destination).exists():
        raise InvalidRequestError(
            f"no export at {destination.url} (no kind=... directories, no {JOURNAL_DIR}/)"
        )
    connection = duckdb.connect(database)
    if not destination.local:
        connection.register_filesystem(destination.fs)
    for kind, partitioned in kinds.items():
        pattern = destination.url + f"/kind={kind}/" + ("*/*.parquet" if partitioned else "*.parquet")
        literal = pattern.replace("'", "''")
        connection.execute(
            f"CREATE OR REPLACE VIEW {kind} AS SELECT * FROM read_parquet('{literal}', "
            f"hive_partitioning = {'true' if partitioned else 'false'})"
        )
    return connection
