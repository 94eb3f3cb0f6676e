"""REP010 releases-or-changelog: libraries publish releases or keep a changelog."""

from __future__ import annotations

import pytest
from builders import messages, repo_ctx, run

from checks.model import FixSafety
from checks.rules.repo.rep010_releases_or_changelog import RULE
from portfolio.snapshot import Release


@pytest.mark.parametrize(
    "fields",
    [
        {"files": ("setup.py", "CHANGELOG.md")},
        {"files": ("setup.py", "docs/", "docs/changes.rst")},
        {"files": ("setup.py",), "latest_release": Release(tag_name="v1.0.0")},
        {"files": ("app.py", "requirements.txt")},  # not a library
    ],
)
def test_passes(fields: dict) -> None:
    assert messages(RULE, repo_ctx(**fields)) == []


def test_library_without_release_or_changelog() -> None:
    (problem,) = run(RULE, repo_ctx(files=("setup.py", "src/")))
    assert problem.message == (
        "`ml-utils` looks like a library (it has a setup.py) but has no release and no changelog"
    )
    assert problem.fix.safety is FixSafety.SAFE
    assert problem.fix.creates["CHANGELOG.md"].startswith("# Changelog\n")
    assert "gh release create v0.1.0 --repo octo/ml-utils --generate-notes" in (
        problem.fix.description
    )


def test_changelog_deep_in_the_tree_does_not_count() -> None:
    ctx = repo_ctx(topics=("library",), files=("vendor/", "vendor/x/", "vendor/x/CHANGELOG.md"))
    assert messages(RULE, ctx) == [
        "`ml-utils` looks like a library (its topics include library) but has no release and "
        "no changelog"
    ]


def test_unknown_release_is_inconclusive() -> None:
    ctx = repo_ctx(description="A parsing library", unknown=("latest_release",))
    assert [p.inconclusive for p in run(RULE, ctx)] == [True]
