"""The bench venv (``benchmarks/.venv``): baselines that must never enter the project's dependencies."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

VENV = Path(__file__).resolve().parent / ".venv"
PACKAGES = ("immport-client==1.0.0",)


def python() -> Path:
    return VENV / "bin" / "python"


def ensure() -> Path:
    """Create the bench venv and install the baseline packages once; later runs reuse it."""
    marker = VENV / ".installed"
    wanted = "\n".join(PACKAGES)
    if marker.exists() and marker.read_text() == wanted:
        return python()
    if not python().exists():
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    subprocess.run(
        [str(python()), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", *PACKAGES],
        check=True,
    )
    marker.write_text(wanted)
    return python()


def versions() -> dict[str, str]:
    """Installed versions of the baseline packages (empty when the venv does not exist yet)."""
    if not python().exists():
        return {}
    code = (
        "import importlib.metadata as m, json\n"
        "out = {}\n"
        "for name in ('immport-client', 'pydantic', 'pydantic-core'):\n"
        "    try:\n"
        "        out[name] = m.version(name)\n"
        "    except m.PackageNotFoundError:\n"
        "        pass\n"
        "print(json.dumps(out))\n"
    )
    done = subprocess.run([str(python()), "-c", code], capture_output=True, text=True, check=False)
    return json.loads(done.stdout) if done.returncode == 0 else {}
