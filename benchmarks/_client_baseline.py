"""Baseline worker inside the bench venv: immport-client 1.0.0 decoding a JSON body the way it does.

Usage (by the harness): ``benchmarks/.venv/bin/python _client_baseline.py PAYLOAD``. It decodes once
(warm-up) and prints ``{"rows": n}``; then for every ``run`` line on stdin it decodes again, with the
garbage collector paused during the call (as ours and the other baselines are), and prints
``{"seconds": t}``. The harness sends ``run`` between its own measurements, so this baseline is
interleaved with ours. Only the stdlib and ``immport_client`` are importable here.

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
    with open(sys.argv[1], "rb") as fh:
        payload = fh.read()
    print(json.dumps({"rows": len(decode(payload))}), flush=True)
    for line in sys.stdin:
        if line.strip() != "run":
            continue
        gc.collect()
        gc.disable()
        start = time.perf_counter()
        decode(payload)
        seconds = time.perf_counter() - start
        gc.enable()
        print(json.dumps({"seconds": seconds}), flush=True)


if __name__ == "__main__":
    main()
