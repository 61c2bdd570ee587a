"""Without an optional extra, each entry point says which one to install, in one line, without a traceback.

A missing package is simulated with ``sys.modules[name] = None`` in a child interpreter (nothing uninstalled).
"""

from __future__ import annotations

import subprocess
import sys

import pytest

BLOCK = "import sys\nfor name in {blocked!r}:\n    sys.modules[name] = None\n"


def run_without(blocked: tuple[str, ...], code: str) -> subprocess.CompletedProcess[str]:
    script = BLOCK.format(blocked=blocked) + code
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)


def assert_says_install(done: subprocess.CompletedProcess[str], extra: str) -> None:
    assert done.returncode == 2, (done.returncode, done.stderr)
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), done.stderr
    assert f"pip install 'immport[{extra}]'" in lines[0]


@pytest.mark.parametrize("missing", ["click", "rich"])
def test_the_immport_command_without_the_cli_extra_says_to_install_it(missing: str) -> None:
    done = run_without((missing,), "from immport.cli import main\nsys.exit(main(['--help']))")
    assert_says_install(done, "cli")
    assert missing in done.stderr


SANDBOX_PACKAGES = ("starlette", "uvicorn")


def test_python_m_immport_sandbox_without_the_sandbox_extra_says_to_install_it() -> None:
    code = "import runpy\nsys.argv = ['immport.sandbox', '--port', '0']\n"
    code += "runpy.run_module('immport.sandbox', run_name='__main__')"
    assert_says_install(run_without(SANDBOX_PACKAGES, code), "sandbox")


@pytest.mark.parametrize("args", [["sandbox", "serve", "--port", "0"], ["demo"]])
def test_sandbox_serve_and_demo_without_the_sandbox_extra_say_to_install_it(args: list[str]) -> None:
    code = f"from immport.cli import main\nsys.exit(main({args!r}))"
    assert_says_install(run_without(SANDBOX_PACKAGES, code), "sandbox")


def test_the_library_without_the_sandbox_extra_raises_an_import_error_naming_it() -> None:
    code = "import immport.sandbox\ntry:\n    immport.sandbox.running\nexcept ImportError as exc:\n"
    code += "    print(exc)\n    sys.exit(2 if 'immport[sandbox]' in str(exc) else 1)\n"
    done = run_without(SANDBOX_PACKAGES, code)
    assert done.returncode == 2, done.stdout + done.stderr
