"""Smoke tests of the benchmark harness itself (no timing assertions: targets live in benchmarks/)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks import FIGURES, _report
from benchmarks.__main__ import _parse
from benchmarks._harness import Row, Stats, interleaved, judge, ratio_of
from benchmarks.imports import _top_level

ROOT = Path(__file__).resolve().parents[2]


def test_stats_report_median_min_max() -> None:
    stats = Stats((3.0, 1.0, 2.0, 10.0))
    assert (stats.median, stats.min, stats.max) == (2.5, 1.0, 10.0)


def test_interleaved_runs_every_function_round_robin() -> None:
    calls: list[str] = []
    mine, theirs = interleaved(3, lambda: calls.append("a"), lambda: calls.append("b"))
    assert len(mine.values) == len(theirs.values) == 3
    # one warm-up call each, then the order rotates every round
    assert calls == ["a", "b", "a", "b", "b", "a", "a", "b"]


def test_ratio_and_judge() -> None:
    row = Row("f", "n", "t", "ours", "base", "s", "<= 1.2x")
    row.ratio = ratio_of(Stats((1.3,)), Stats((1.0,)))
    judge(row, row.ratio, at_most=1.2)
    assert row.met is False
    judge(row, 3.5, at_least=3.0)
    assert row.met is True


def test_render_marks_met_missed_and_pending() -> None:
    met = Row(
        "decode", "a", "fast one", "ours", "json", "s", "<= 1.2x", Stats((0.5, 0.6)), Stats((0.5,)), 1.1
    )
    met.met = True
    missed = Row("decode", "b", "slow one", "ours", "json", "s", "<= 1.2x", Stats((2.0,)), Stats((1.0,)), 2.0)
    missed.met = False
    missed.profile = "0.5 parse_json"
    pending = Row("download", "c", "dl", "ours", "curl", "MB/s", ">= 0.9x", pending="immport.files.download")
    text = _report.render(
        [met, missed, pending],
        command="python -m benchmarks",
        started="now",
        elapsed=1.0,
        quick=False,
        machine_info={"cores": "2"},
        version_info={"python": "3.11"},
        titles={"decode": "Decode", "download": "Download"},
    )
    assert "| a | 550.0 ms | 500.0 ms | 1.10x | <= 1.2x | **met** |" in text
    assert "| b | 2.00 s | 1.00 s | 2.00x | <= 1.2x | **MISSED** |" in text
    assert "| c | pending | - | - | >= 0.9x | pending |" in text
    assert "pending: immport.files.download" in text
    assert "550.0 ms (500.0 ms - 600.0 ms, n=2)" in text
    assert "## Decode" in text and "## Download" in text and "0.5 parse_json" in text


def test_importtime_parser_keeps_top_level_modules_only() -> None:
    stderr = (
        "import time: self [us] | cumulative | imported package\n"
        "import time:       100 |        100 |   httpx._api\n"
        "import time:       500 |       1200 | httpx\n"
        "import time:        40 |         40 | immport.client\n"
    )
    assert _top_level(stderr) == {"httpx": 1200, "immport.client": 40}


def test_cli_rejects_unknown_figures_and_bad_runs() -> None:
    assert _parse(["--only", "decode", "--quick"]).only == ["decode"]
    with pytest.raises(SystemExit):
        _parse(["--only", "nope"])
    with pytest.raises(SystemExit):
        _parse(["--runs", "0"])
    assert set(FIGURES) == {"decode", "streaming", "tsv", "download", "fanout", "imports", "export"}


def test_quick_run_of_one_figure_writes_a_report(tmp_path: Path) -> None:
    out = tmp_path / "results.md"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "benchmarks",
            "--quick",
            "--only",
            "imports",
            "--runs",
            "1",
            "--output",
            str(out),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    text = out.read_text()
    assert "## Machine" in text and "## Versions" in text
    assert "| import_immport_vs_httpx |" in text
    assert "quick mode" in text


def test_latency_server_answers_its_body_to_any_get() -> None:
    import httpx

    from benchmarks._latency import delaying

    with delaying(b'[{"a":1}]', 0) as base, httpx.Client() as http:
        first = http.get(f"{base}/api/study/arm/SDY1")
        second = http.get(f"{base}/other")  # same keep-alive connection
    assert first.status_code == second.status_code == 200
    assert first.json() == second.json() == [{"a": 1}]


def test_replay_server_serves_a_valid_json_array_of_the_requested_rows() -> None:
    import httpx

    from benchmarks._replay import BLOCK_ROWS, replaying

    with replaying(2 * BLOCK_ROWS) as base:
        rows = httpx.get(f"{base}/result/elisa", timeout=60).json()
    assert len(rows) == 2 * BLOCK_ROWS
    assert rows[0] == rows[BLOCK_ROWS] and "resultId" in rows[0]


@pytest.mark.skipif(not Path("/proc/self/clear_refs").exists(), reason="Linux /proc only")
def test_memory_child_resets_the_peak_to_the_current_rss() -> None:
    from benchmarks import _memory_child

    spike = bytearray(64 * 2**20)
    spike[::4096] = b"\x01" * len(spike[::4096])  # touch every page
    del spike
    source = _memory_child._reset_peak()
    assert source.startswith("VmHWM")
    assert _memory_child._peak_mb(source) - _memory_child._rss_mb() < 32
