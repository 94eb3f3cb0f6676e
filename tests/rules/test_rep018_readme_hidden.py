"""REP018 readme-hidden: a README in .github/ hides the root README on the front page."""

from __future__ import annotations

from builders import make_repo, messages, readme, repo_ctx, run

from checks.rules.repo.rep018_readme_hidden import RULE
from portfolio.snapshot import FileEntry


def test_one_readme_where_github_looks_passes() -> None:
    for paths in (
        ("README.md", ".github/", ".github/workflows/", ".github/workflows/README.md"),
        (".github/", ".github/README.md", "src/", "src/app.py"),  # the only README
        ("README.md", "docs/", "docs/README.md"),  # the root comes before docs/
    ):
        assert messages(RULE, repo_ctx(files=paths)) == []
    # .github/README.md as a link to ../README.md shows the root README itself.
    linked = (FileEntry("README.md", "file"), FileEntry(".github/README.md", "symlink"))
    assert messages(RULE, repo_ctx(files=linked)) == []


def test_a_readme_in_dot_github_hides_the_root_one() -> None:
    # MLOps-House-Price-Prediction: .github/README.md documents the CI workflows.
    paths = ("README.md", ".github/", ".github/README.md", ".github/workflows/")
    shown = readme("# GitHub Workflows & Secrets\n", ".github/README.md")
    (problem,) = run(RULE, repo_ctx(make_repo(files=paths, readme=shown)))
    assert problem.message == (
        "GitHub shows .github/README.md on the front page of `ml-utils`, so README.md at the "
        "root stays hidden"
    )
    assert problem.file == ".github/README.md"
    assert problem.fix.description == (
        "Move .github/README.md out of .github/ (`git mv .github/README.md "
        ".github/workflows/README.md`, or to docs/), fix the links to it and commit: GitHub "
        "then shows README.md."
    )
