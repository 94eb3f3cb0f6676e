"""REP008 repo-tests: test folders or files; inconclusive on partial trees."""

from __future__ import annotations

import pytest
from builders import messages, repo_ctx, run

from checks.rules.repo.rep008_tests import RULE


@pytest.mark.parametrize(
    "paths",
    [("tests/",), ("src/", "src/parser_test.go"), ("web/", "web/__tests__/", "web/__tests__/a.js"),
     ("conftest.py",), ("app.spec.ts",)],
)  # fmt: skip
def test_passes(paths: tuple[str, ...]) -> None:
    assert messages(RULE, repo_ctx(language="Python", files=paths)) == []


def test_fails_on_a_complete_tree_without_tests() -> None:
    ctx = repo_ctx(language="Python", files=("src/", "src/app.py"), files_complete=True)
    (problem,) = run(RULE, ctx)
    assert problem.message == "`ml-utils` has no tests: no tests/ folder and no test files"
    assert "pytest" in problem.fix.description
    assert not problem.inconclusive


def test_partial_tree_is_inconclusive() -> None:
    (problem,) = run(RULE, repo_ctx(language="Python", files=("src/", "README.md")))
    assert problem.inconclusive
    assert problem.message == (
        "cannot tell whether `ml-utils` has tests: nothing at its root points to them and "
        "deeper folders were not listed"
    )


def test_rust_inline_tests_are_inconclusive_and_no_code_is_skipped() -> None:
    ctx = repo_ctx(language="Rust", files=("src/", "src/lib.rs"), files_complete=True)
    assert [p.inconclusive for p in run(RULE, ctx)] == [True]
    assert messages(RULE, repo_ctx(language=None, files=("README.md",), files_complete=True)) == []


def test_notebook_collections_are_skipped() -> None:
    book = ("README.md", "notebooks/", "notebooks/01-intro.ipynb", "requirements.txt")
    ctx = repo_ctx(language="Jupyter Notebook", files=book, files_complete=True)
    assert messages(RULE, ctx) == []


@pytest.mark.parametrize("language", ["HTML", "TeX", "CSS"])
def test_sites_books_and_papers_are_not_asked_for_tests(language: str) -> None:
    # chiphuyen/ml-interviews-book: a GitBook whose built pages make it an HTML repository.
    pages = ("README.md", "SUMMARY.md", "contents/intro.md", "_book/index.html")
    ctx = repo_ctx(language=language, files=pages, files_complete=True)
    assert messages(RULE, ctx) == []
    assert (
        len(messages(RULE, repo_ctx(language="JavaScript", files=pages, files_complete=True))) == 1
    )
