"""Every exception comes from ``immport`` (``immport.errors``); async mirrors sync."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import assert_type

import immport
from immport.models import VElisaResult
from immport.tsv import TsvTable


def careful(client: immport.Client) -> int:
    try:
        return len(client.results.elisa(study_accession="SDY2"))
    except immport.InvalidRequestError as exc:
        print("bad input:", exc)
    except immport.NotFoundError:
        print("no such study")
    except (immport.DownloadFailedError, immport.TicketTimeoutError, immport.DecodeError) as exc:
        print(type(exc).__name__)
    except immport.ImmPortError:
        raise
    return 0


async def async_rows(client: immport.AsyncClient) -> float:
    rows = await client.results.elisa(study_accession=["SDY2"], min_subject_age_gte=18.5)
    assert_type(rows, list[VElisaResult])
    table = await client.results.elisa(study_accession="SDY2", format="tsv")
    assert_type(table, TsvTable[VElisaResult])
    streamed = client.results.iter_elisa(study_accession="SDY2")
    assert_type(streamed, AsyncIterator[VElisaResult])
    values = [row.value_preferred async for row in streamed if row.value_preferred is not None]
    return sum(values)
