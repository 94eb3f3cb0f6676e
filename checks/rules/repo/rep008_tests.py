"""A repository has automated tests.

What it does:
    Looks for tests in the file list: a ``test``, ``tests``, ``__tests__``, ``spec`` or
    ``testing`` folder, or files named like tests (``test_*.py``, ``*_test.py``,
    ``*_test.go``, ``*.test.ts``, ``*.spec.js``, ``*Test.java``, ...). When only part of the
    tree was listed (a fetched snapshot) and nothing at the root points to tests, the result
    is inconclusive: tests may sit deeper. Repositories without code and notebook
    collections (notebooks and no Python module at the root) are skipped, and so are curated
    lists of links ("awesome lists") and repositories whose main language is one of pages
    or documents (HTML, CSS, SCSS, TeX: a personal site, a book, a thesis).

Why it matters:
    Tests are evidence that the code works and that its author knows how to keep it working.
    Reviewers look for a tests folder before they read a line of code.

Example:
    Fails: a Python package whose checkout has ``src/`` and no test files anywhere.
    Passes: a ``tests/`` folder with ``test_parser.py``.

How to fix:
    Add a ``tests/`` folder with a first test of the main function, using the language's
    usual tool (pytest, Jest or Vitest, ``cargo test``, ``go test``), and run it in CI.

Fix safety:
    Display-only: tests have to be written by a person.
"""

from __future__ import annotations

from collections.abc import Iterator

from checks import repo_kinds
from checks.model import Fix, FixSafety, Problem, RepoContext, Rule, Severity, Target

TEST_FOLDERS = frozenset({"test", "tests", "__tests__", "spec", "specs", "testing", "t"})
TEST_FILES = (
    "test_*.py", "*_test.py", "tests.py", "conftest.py", "*_test.go", "*.test.js", "*.test.ts",
    "*.test.jsx", "*.test.tsx", "*.spec.js", "*.spec.ts", "*.spec.tsx", "*test.java",
    "*tests.java", "*_spec.rb", "*_test.rb", "test_*.r", "test-*.r", "*tests.cs", "*test.kt",
    "pytest.ini", "tox.ini", "jest.config.*", "vitest.config.*", "karma.conf.js",
)  # fmt: skip
_TOOL = {
    "Python": "pytest",
    "JavaScript": "Jest or Vitest",
    "TypeScript": "Vitest or Jest",
    "Rust": "cargo test",
    "Go": "go test",
    "Java": "JUnit",
    "Ruby": "RSpec or Minitest",
}


def test_evidence(repo) -> str | None:
    """A path that shows the repository has tests, or ``None``."""
    for entry in repo.files:
        parts = entry.path.lower().split("/")
        folders = parts if entry.type == "dir" else parts[:-1]
        if TEST_FOLDERS & set(folders):
            return entry.path
    found = repo_kinds.find_files(repo, *TEST_FILES)
    return found[0].path if found else None


def check(ctx: RepoContext) -> Iterator[Problem]:
    repo = ctx.repo
    if repo_kinds.is_profile_repo(repo) or repo_kinds.is_notebook_collection(repo):
        return
    if repo_kinds.is_link_list(repo):
        return  # a list of links: nothing to test
    if repo.is_empty or not repo.language:
        return
    if test_evidence(repo):
        return
    language = repo_kinds.main_language(repo)
    if language in repo_kinds.DOCUMENT_LANGUAGES:
        return  # a site, a book or a paper: pages to read, no function to test
    if not repo_kinds.files_known(repo) or not repo.files_complete:
        yield Problem(
            message=(
                f"cannot tell whether `{repo.name}` has tests: nothing at its root points to "
                "them and deeper folders were not listed"
            ),
            inconclusive=True,
        )
        return
    if language == "Rust":
        yield Problem(
            message=(
                f"cannot tell whether `{repo.name}` has tests: Rust tests usually live inside "
                "the source files, which are not read"
            ),
            inconclusive=True,
        )
        return
    tool = _TOOL.get(language or "", "the language's usual test tool")
    yield Problem(
        message=f"`{repo.name}` has no tests: no tests/ folder and no test files",
        fix=Fix(
            description=(
                f"Add a tests/ folder with a first test of the main function using {tool}, "
                "and run it in CI."
            ),
            safety=FixSafety.DISPLAY_ONLY,
        ),
    )


RULE = Rule(
    id="REP008",
    name="repo-tests",
    target=Target.REPO,
    severity=Severity.INFO,
    showcase_severity=Severity.WARNING,
    check=check,
    doc=__doc__,
)
