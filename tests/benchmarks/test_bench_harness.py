"""Smoke tests of the benchmark harness itself (no timing assertions: targets live in benchmarks/)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks import FIGURES, _report
from benchmarks.__main__ import _parse
from benchmarks._findings import CAUSES, parse_causes, render_findings
from benchmarks._harness import Measured, Row, Stats, gc_paused, interleaved, judge, ratio_of

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


def test_a_side_timing_itself_in_another_process_reports_its_own_seconds() -> None:
    mine, theirs = interleaved(2, lambda: None, lambda: Measured(7.5))
    assert theirs.values == (7.5, 7.5)
    assert max(mine.values) < 1.0


def test_gc_paused_pauses_the_collector_during_the_call_only() -> None:
    import gc

    seen: list[bool] = []
    gc_paused(lambda: seen.append(gc.isenabled()))()
    assert seen == [False] and gc.isenabled()


def test_causes_are_keyed_by_figure_id_with_met_and_missed_parts() -> None:
    text = (
        "# Causes\n\n## `a`\n\nAlways shown.\n\n### met\n\nWhy met.\n\n"
        "### missed\n\nWhy missed.\n\n## b\n\nB.\n"
    )
    assert parse_causes(text) == {
        "a": {"": "Always shown.", "met": "Why met.", "missed": "Why missed."},
        "b": {"": "B."},
    }
    missed = Row("decode", "a", "t", "ours", "base", "s", "<= 1.2x", Stats((2.0,)), Stats((1.0,)), 2.0)
    missed.met = False
    met = Row("decode", "b", "t", "ours", "base", "s", "<= 1.2x", Stats((1.0,)), Stats((1.0,)), 1.0)
    met.met = True
    context = Row("decode", "c", "t", "ours", "base", "s", "(context)", Stats((1.0,)), Stats((1.0,)), 1.0)
    out = render_findings([missed, met, context], header="Run of commit abc.", causes_text=text)
    assert "| `a` | 2.00x (ours/baseline) | <= 1.2x | **MISSED** |" in out
    assert "| `b` | 1.00x (ours/baseline) | <= 1.2x | **met** |" in out
    assert "`c`" not in out  # context rows have no target
    assert "Why missed." in out and "Why met." not in out and "Run of commit abc." in out


def test_every_figure_id_with_a_target_has_a_written_cause() -> None:
    written = parse_causes(CAUSES.read_text())
    expected = {
        "decode_vs_orjson", "decode_vs_json", "decode_vs_immport_client", "stream_memory",
        "tsv_rows_vs_json_rows", "tsv_to_pandas_vs_pyarrow", "download_vs_curl", "download_segmented_capped",
        "resume_resent", "resume_resent_segmented", "fanout_50_vs_1", "fanout_light_server",
        "first_call_vs_httpx",
    }  # fmt: skip
    assert expected <= set(written)


def test_a_full_run_refuses_to_write_results_from_a_dirty_tree(monkeypatch: pytest.MonkeyPatch) -> None:
    from benchmarks import __main__ as entry

    monkeypatch.setattr(entry, "git_state", lambda: ("abc123", ["immport/client.py"]))
    ran: list[str] = []
    monkeypatch.setattr(entry, "_run_figure", lambda name, ctx: ran.append(name) or [])
    assert entry.main([]) == 2
    assert ran == []  # refused before measuring anything


def test_cli_rejects_unknown_figures_and_bad_runs() -> None:
    assert _parse(["--only", "decode", "--quick"]).only == ["decode"]
    with pytest.raises(SystemExit):
        _parse(["--only", "nope"])
    with pytest.raises(SystemExit):
        _parse(["--runs", "0"])
    assert FIGURES[:8] == (
        "decode", "streaming", "tsv", "download", "fanout", "first_call", "strict", "export"
    )  # fmt: skip


def test_a_new_figure_module_registers_itself_by_existing() -> None:
    from benchmarks import _discover

    bench = ROOT / "benchmarks"
    extra = sorted(p.stem for p in bench.glob("*.py") if not p.stem.startswith("_"))
    assert set(_discover()) == set(extra)


def test_quick_run_of_one_figure_writes_a_report(tmp_path: Path) -> None:
    out = tmp_path / "results.md"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "benchmarks",
            "--quick",
            "--only",
            "first_call",
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
    assert "| first_call_vs_httpx |" in text
    assert "Commit measured:" in text
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
