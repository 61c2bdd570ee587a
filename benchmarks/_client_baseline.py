"""Baseline run inside the bench venv: immport-client 1.0.0 decoding a JSON body the way it does.

Usage (by the harness): ``benchmarks/.venv/bin/python _client_baseline.py PAYLOAD RUNS``. Prints a JSON
object ``{"times": [...], "rows": n}``. Only the stdlib and ``immport_client`` are importable here.

immport-client's ``ApiClient.deserialize`` does ``json.loads`` on the body and then builds each list item
with the model's ``from_dict`` (pydantic ``model_validate``); this does exactly those two steps.
"""

from __future__ import annotations

import gc
import json
import sys
import time

from immport_client.models.v_elisa_result import VElisaResult  # type: ignore[import-not-found]


def decode(payload: bytes) -> list[VElisaResult]:
    return [VElisaResult.from_dict(row) for row in json.loads(payload)]


def main() -> None:
    path, runs = sys.argv[1], int(sys.argv[2])
    with open(path, "rb") as fh:
        payload = fh.read()
    rows = len(decode(payload))  # warm-up
    times = []
    for _ in range(runs):
        gc.collect()
        start = time.perf_counter()
        decode(payload)
        times.append(time.perf_counter() - start)
    print(json.dumps({"times": times, "rows": rows}))


if __name__ == "__main__":
    main()
