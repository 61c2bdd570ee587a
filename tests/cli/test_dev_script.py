"""`./dev`: the first (slow) setup says what it is doing; a set-up venv starts silently."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_first_setup_prints_one_line_saying_it_is_installing(tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    (venv / "bin").mkdir(parents=True)
    fake = venv / "bin" / "python"  # stands in for the venv's python: pip "installs" instantly
    fake.write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
    fake.chmod(0o755)
    env = {**os.environ, "IMMPORT_VENV": str(venv)}

    first = subprocess.run([str(ROOT / "dev"), "setup"], env=env, capture_output=True, text=True, timeout=60)
    assert first.returncode == 0, first.stderr
    lines = first.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("dev: installing immport"), first.stderr
    assert str(venv) in lines[0]

    again = subprocess.run([str(ROOT / "dev"), "setup"], env=env, capture_output=True, text=True, timeout=60)
    assert again.returncode == 0 and again.stderr == ""
