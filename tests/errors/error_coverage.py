"""Which user-visible error messages the test suite never produced.

Every message site (the line that raises a ``PortfolioError`` or builds a profile.yaml or
check-configuration mistake) is listed by the collector of tests/docs/test_troubleshooting.py;
this script looks each one up in a coverage data file and names the lines no test executed.

Usage, from the project folder (see tests/errors/README.md)::

    .venv/bin/coverage run --rcfile=tests/errors/coverage.ini -m pytest -q
    .venv/bin/coverage combine --rcfile=tests/errors/coverage.ini
    .venv/bin/python -m tests.errors.error_coverage

Exit code 0 when every message site ran, 1 when some did not (each is listed as file:line and
its message), 2 when there is no coverage data to read.
"""

from __future__ import annotations

import argparse
import ast
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    # Run as a plain file (python tests/errors/error_coverage.py) the project is not importable.
    sys.path.insert(0, str(ROOT))

import coverage  # noqa: E402

from tests.docs.test_troubleshooting import Message, collect_messages  # noqa: E402


@dataclass(frozen=True)
class Result:
    covered: list[Message]
    uncovered: list[Message]

    @property
    def total(self) -> int:
        return len(self.covered) + len(self.uncovered)

    def summary(self) -> str:
        return f"{len(self.covered)} of {self.total} error message sites covered"


def statement_line(tree: ast.Module, line: int) -> int:
    """The first line of the innermost statement holding ``line``.

    Coverage records a statement that spans several lines under its first line, while a
    message may sit on a later one (``raise ConfigError(\\n f"...")``, ``errors.add(`` inside
    a longer expression).
    """
    # Statements nest without overlapping, so the innermost one holding the line (the raise,
    # not the if or def around it) is the one that starts last.
    starts = [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.stmt) and node.lineno <= line <= (node.end_lineno or node.lineno)
    ]
    return max(starts, default=line)


def measure(data_file: Path, messages: list[Message] | None = None) -> Result:
    """Split the message sites into those the recorded run executed and those it did not."""
    data = coverage.CoverageData(basename=str(data_file))
    data.read()
    messages = collect_messages() if messages is None else messages
    trees: dict[str, ast.Module] = {}
    covered, uncovered = [], []
    for message in messages:
        path = ROOT / message.file
        if message.file not in trees:
            trees[message.file] = ast.parse(path.read_text(encoding="utf-8"), message.file)
        executed = set(data.lines(str(path)) or ())
        ran = statement_line(trees[message.file], message.line) in executed
        (covered if ran else uncovered).append(message)
    return Result(covered, uncovered)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.errors.error_coverage",
        description=(
            "List the error messages no test produced, from a coverage data file.\n\n"
            "Example:\n"
            "  .venv/bin/coverage run --rcfile=tests/errors/coverage.ini -m pytest -q\n"
            "  .venv/bin/coverage combine --rcfile=tests/errors/coverage.ini\n"
            "  .venv/bin/python -m tests.errors.error_coverage"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--data-file",
        type=Path,
        default=Path(".coverage"),
        help="the combined coverage data (default: .coverage in the current folder)",
    )
    args = parser.parse_args(argv)
    if not args.data_file.is_file():
        print(
            f"error: {args.data_file}: no coverage data; run the suite under coverage first "
            "and combine it (see tests/errors/README.md)",
            file=sys.stderr,
        )
        return 2
    result = measure(args.data_file)
    for message in result.uncovered:
        print(f"{message.where}: never raised by a test: {message.template!r}")
    print(result.summary())
    return 1 if result.uncovered else 0


if __name__ == "__main__":
    sys.exit(main())
