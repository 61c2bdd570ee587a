"""Issue 12.5: typing is tested. ``mypy --strict`` checks typed example scripts (and the README's Python
blocks, extracted here so they cannot drift) with 0 errors; each rule has a negative script whose
marked lines (``# E: <message fragment>``) must be exactly the lines mypy reports.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from mypy import api

HERE = Path(__file__).parent
ROOT = HERE.parents[1]
EXAMPLES = sorted((HERE / "examples").glob("*.py"))
NEGATIVE = sorted((HERE / "negative").glob("*.py"))
_ERROR = re.compile(r"^(?P<path>[^:]+):(?P<line>\d+): error: (?P<message>.*)$")
_EXPECT = re.compile(r"#\s*E:\s*(?P<fragment>.+)$")


def readme_blocks(tmp: Path) -> list[Path]:
    """Every ```python block of README.md, as its own module."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"^```python\n(.*?)^```", text, flags=re.S | re.M)
    paths = []
    for number, block in enumerate(blocks):
        path = tmp / f"readme_block_{number}.py"
        path.write_text(block, encoding="utf-8")
        paths.append(path)
    return paths


@pytest.fixture(scope="module")
def mypy_errors(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[tuple[int, str]]]:
    """One mypy --strict run over everything; errors by file name."""
    readme = readme_blocks(tmp_path_factory.mktemp("readme"))
    assert readme, "README.md has no python block"
    files = [str(p) for p in [*EXAMPLES, *NEGATIVE, *readme]]
    args = [
        "--strict",
        "--config-file",
        str(ROOT / "pyproject.toml"),
        "--cache-dir",
        str(ROOT / ".mypy_cache"),
    ]
    stdout, stderr, _status = api.run([*args, *files])
    assert not stderr, stderr
    errors: dict[str, list[tuple[int, str]]] = {}
    for line in stdout.splitlines():
        match = _ERROR.match(line)
        if match:
            errors.setdefault(Path(match["path"]).name, []).append((int(match["line"]), match["message"]))
    errors["__output__"] = [(0, stdout)]
    return errors


def test_there_are_examples_and_one_negative_script_per_rule() -> None:
    assert {p.name for p in EXAMPLES} >= {"rows.py", "search.py", "errors_and_async.py"}
    assert {p.stem for p in NEGATIVE} == {
        "misspelled_filter",
        "tsv_by_format_only",
        "rows_are_optional",
        "search_is_typed",
        "filter_value_types",
    }


README_BLOCKS = len(re.findall(r"^```python\n", (ROOT / "README.md").read_text(encoding="utf-8"), re.M))


@pytest.mark.parametrize(
    "name", [p.name for p in EXAMPLES] + [f"readme_block_{n}.py" for n in range(README_BLOCKS)]
)
def test_typed_examples_and_readme_pass_mypy_strict(
    name: str, mypy_errors: dict[str, list[tuple[int, str]]]
) -> None:
    assert mypy_errors.get(name, []) == [], mypy_errors["__output__"][0][1]


@pytest.mark.parametrize("path", NEGATIVE, ids=[p.stem for p in NEGATIVE])
def test_negative_scripts_fail_exactly_where_marked(
    path: Path, mypy_errors: dict[str, list[tuple[int, str]]]
) -> None:
    expected = {
        number: match["fragment"].strip()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if (match := _EXPECT.search(line))
    }
    assert expected, f"{path.name} marks no expected error"
    reported: dict[int, list[str]] = {}
    for number, message in mypy_errors.get(path.name, []):
        reported.setdefault(number, []).append(message)
    assert set(reported) == set(expected), mypy_errors["__output__"][0][1]
    for number, fragment in expected.items():
        assert any(fragment in message for message in reported[number]), (number, fragment, reported[number])


def test_a_misspelled_filter_gives_one_short_line_naming_the_right_one(
    mypy_errors: dict[str, list[tuple[int, str]]],
) -> None:
    (only,) = [m for n, m in mypy_errors["misspelled_filter.py"] if n == 6]
    assert only.startswith('Unexpected keyword argument "studyy_accession"')
    assert 'did you mean "study_accession"?' in only and len(only) < 160
