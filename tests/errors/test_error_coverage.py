"""The error-coverage script: it names the message sites a recorded run never executed."""

from __future__ import annotations

import ast
import subprocess
import sys

import coverage

from tests.errors import error_coverage
from tests.errors.error_coverage import ROOT, measure, statement_line


def _record(tmp_path, lines_by_file: dict[str, list[int]]):
    data_file = tmp_path / ".coverage"
    data = coverage.CoverageData(basename=str(data_file))
    data.add_lines({str(ROOT / name): lines for name, lines in lines_by_file.items()})
    data.write()
    return data_file


def test_statement_line_is_the_first_line_of_a_multiline_raise() -> None:
    tree = ast.parse(
        "def f(x):\n    if x:\n        raise ValueError(\n            'long message'\n        )\n"
    )
    assert statement_line(tree, 4) == 3
    assert statement_line(tree, 3) == 3


def test_a_message_counts_only_when_its_line_ran(tmp_path) -> None:
    messages = [m for m in error_coverage.collect_messages() if m.file == "portfolio/snapshot.py"]
    assert len(messages) >= 2
    first, rest = messages[0], messages[1:]
    tree = ast.parse((ROOT / first.file).read_text(encoding="utf-8"))
    data_file = _record(tmp_path, {first.file: [statement_line(tree, first.line)]})

    result = measure(data_file, messages)

    assert result.covered == [first]
    assert result.uncovered == rest
    assert result.summary() == f"1 of {len(messages)} error message sites covered"


def test_the_command_fails_and_names_each_uncovered_site(tmp_path, capsys) -> None:
    data_file = _record(tmp_path, {"portfolio/snapshot.py": []})

    code = error_coverage.main(["--data-file", str(data_file)])

    out = capsys.readouterr().out
    assert code == 1
    assert "portfolio/snapshot.py:" in out and "never raised by a test" in out
    assert out.rstrip().endswith("error message sites covered")


def test_the_command_without_data_says_what_to_run(tmp_path, capsys) -> None:
    code = error_coverage.main(["--data-file", str(tmp_path / "missing")])

    assert code == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: {tmp_path / 'missing'}: no coverage data")


def test_the_script_runs_as_a_plain_file() -> None:
    # The README documents both spellings; the plain-file one needs the project on sys.path.
    done = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "errors" / "error_coverage.py"), "--help"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "List the error messages no test produced" in done.stdout
