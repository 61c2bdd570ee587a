"""The README's sandbox recipe, run as written: start the sandbox, paste the exports, run the README's Python.

Only the port numbers are changed (to a free block, since 8080 may be taken on a shared machine); every
other character of the commands comes from README.md.
"""

from __future__ import annotations

import os
import queue
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tests.cli.conftest import free_port_block

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
README_PORT = 8080


def blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", README, re.S)


def start_command() -> str:
    (line,) = [b.strip() for b in blocks("bash") if "-m immport.sandbox" in b]
    return line


def export_lines() -> list[str]:
    (block,) = [b for b in blocks("bash") if b.lstrip().startswith("export IMMPORT_QUERY_URL")]
    return block.strip().splitlines()


def on_port(text: str, port: int) -> str:
    """The README's text with its sandbox ports (8080..8083) moved to port..port+3."""
    return re.sub(r"\b808([0-3])\b", lambda m: str(port + int(m.group(1))), text)


def python_for(command: str) -> str:
    """`.venv/bin/python` as written when it exists here; else this interpreter (IMMPORT_VENV elsewhere)."""
    if (ROOT / ".venv" / "bin" / "python").exists():
        return command
    return command.replace(".venv/bin/python", sys.executable)


def clean_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("IMMPORT_")}


def test_the_readme_recipe_runs_as_written(tmp_path: Path) -> None:
    port = free_port_block()
    command = python_for(on_port(start_command(), port))
    sandbox = subprocess.Popen(
        ["bash", "-c", f"exec {command}"],
        cwd=ROOT,
        env=clean_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    lines: queue.Queue[str] = queue.Queue()
    assert sandbox.stdout is not None
    stdout = sandbox.stdout
    threading.Thread(target=lambda: [lines.put(line) for line in stdout], daemon=True).start()
    try:
        printed: list[str] = []
        deadline = time.monotonic() + 60
        while len(printed) < len(export_lines()):
            try:
                line = lines.get(timeout=max(0.01, deadline - time.monotonic()))
            except queue.Empty:
                pytest.fail(f"the sandbox printed no export lines; got {printed}")
            if line.startswith("export "):
                printed.append(line.strip())
        assert printed == [on_port(line, port) for line in export_lines()]  # README == what it prints

        example = tmp_path / "example.py"
        example.write_text(blocks("python")[0], encoding="utf-8")
        generated = tmp_path / "generated.py"
        generated.write_text(blocks("python")[1], encoding="utf-8")
        script = "\n".join(
            [
                *(on_port(line, port) for line in export_lines()),
                python_for(f".venv/bin/python {example}"),
                python_for(f".venv/bin/python {generated}"),
            ]
        )
        done = subprocess.run(
            ["bash", "-c", script], cwd=ROOT, env=clean_env(), capture_output=True, text=True, timeout=300
        )
        assert done.returncode == 0, done.stderr
        out = done.stdout.splitlines()
        assert re.match(r"\d+ \['SDY\d+'", out[0]), done.stdout  # the search: total and accessions
        assert re.fullmatch(r"\d+ -?\d+(\.\d+)?", out[-1]), done.stdout  # the generated client's rows
    finally:
        sandbox.terminate()
        sandbox.wait(timeout=30)
