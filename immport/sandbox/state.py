"""What the sandbox's apps share: config, runtime knobs, signing secrets, data catalog and tickets."""

from __future__ import annotations

import itertools
import random
import secrets
import threading
from collections.abc import Iterable, Iterator

import attrs

from immport.sandbox.config import SandboxConfig, Tunables
from immport.sandbox.data.catalog import Catalog
from immport.sandbox.submission.tickets import Ticket

__all__ = ["SandboxState"]


@attrs.define
class SandboxState:
    config: SandboxConfig
    tunables: Tunables
    catalog: Catalog
    jwt_secret: bytes = attrs.field(factory=lambda: secrets.token_bytes(32), repr=False)
    url_secret: bytes = attrs.field(factory=lambda: secrets.token_bytes(32), repr=False)
    rng: random.Random = attrs.field(factory=random.Random)
    lock: threading.Lock = attrs.field(factory=threading.Lock)
    file_base_url: str | None = None  # where presigned URLs point; None = the requesting host
    tickets: dict[str, Ticket] = attrs.field(factory=dict)
    registrations: Iterator[int] = attrs.field(factory=lambda: itertools.count(19546))

    @classmethod
    def create(cls, config: SandboxConfig) -> SandboxState:
        state = cls(
            config=config,
            tunables=attrs.evolve(config.tunables),
            catalog=Catalog(
                seed=config.seed,
                rows=config.rows,
                file_size=config.file_size,
                extra_studies=config.extra_studies,
                bumped=frozenset(a.upper() for a in config.bumped_studies),
            ),
        )
        state.rng.seed(config.seed)
        return state

    def bump_release(self, accessions: Iterable[str]) -> None:
        """Release the given studies in the next data release (search, study info and the global
        release version change; their rows stay the same)."""
        with self.lock:
            bumped = self.catalog.bumped | {a.upper() for a in accessions}
            self.catalog = attrs.evolve(self.catalog, bumped=frozenset(bumped))
