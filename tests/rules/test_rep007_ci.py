"""REP007 repo-ci: a CI config; inconclusive when .github/workflows was not listed."""

from __future__ import annotations

import pytest
from builders import messages, repo_ctx, run

from checks.model import FixSafety
from checks.rules.repo.rep007_ci import RULE


@pytest.mark.parametrize(
    "paths",
    [
        (".github/", ".github/workflows/", ".github/workflows/test.yaml"),
        (".gitlab-ci.yml",),
        (".circleci/", ".circleci/config.yml"),
        ("Jenkinsfile",),
    ],
)
def test_passes(paths: tuple[str, ...]) -> None:
    assert messages(RULE, repo_ctx(language="Python", files=paths)) == []


def test_no_code_is_skipped() -> None:
    assert messages(RULE, repo_ctx(language=None, files=("README.md",))) == []


def test_fails_with_a_workflow_template_for_python() -> None:
    (problem,) = run(RULE, repo_ctx(language="Python", files=("README.md", "src/")))
    assert problem.message == (
        "`ml-utils` has no CI: no workflow in .github/workflows/ or other CI config"
    )
    assert problem.fix.safety is FixSafety.SAFE
    assert "python -m pytest" in problem.fix.creates[".github/workflows/ci.yml"]


def test_a_workflow_file_in_a_subfolder_does_not_count() -> None:
    paths = ("docs/", "docs/.travis.yml", ".github/", ".github/workflows/")
    (problem,) = run(RULE, repo_ctx(language="Haskell", files=paths))
    assert problem.fix.safety is FixSafety.DISPLAY_ONLY  # no template for Haskell


def test_an_empty_workflows_folder_is_no_ci() -> None:
    (problem,) = run(RULE, repo_ctx(language="Go", files=(".github/",)))
    assert problem.message.startswith("`ml-utils` has no CI")


def test_inconclusive_when_files_are_unknown() -> None:
    (problem,) = run(RULE, repo_ctx(language="Go", unknown=("files",)))
    assert problem.inconclusive
    assert problem.message == (
        "cannot tell whether `ml-utils` has CI: its .github/workflows folder was not listed"
    )


def test_the_profile_readme_repo_is_skipped() -> None:
    assert messages(RULE, repo_ctx(name="octo", language="Python", files=("README.md",))) == []


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("HTML", "builds the site on every push and publishes it"),
        ("TeX", "compiles the document on every push"),
        ("Java", "builds the project and runs its tests"),
    ],
)
def test_a_site_or_a_document_is_asked_to_build_not_to_run_tests(language: str, words: str) -> None:
    (problem,) = run(RULE, repo_ctx(language=language, files=("README.md", "index.html")))
    assert words in problem.fix.description
