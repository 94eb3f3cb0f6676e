"""REP001 repo-description: each case a repo and the exact problems expected."""

from __future__ import annotations

import pytest

from checks.model import RepoContext
from checks.rules.repo.rep001_description import RULE
from portfolio.snapshot import Repo


def problems(description: str | None) -> list[str]:
    ctx = RepoContext(repo=Repo(name="ml-utils", owner="octo", description=description))
    return [p.message for p in RULE.check(ctx)]


@pytest.mark.parametrize(
    "description",
    ["Fast approximate nearest-neighbour search for embeddings, in pure NumPy."],
)
def test_passes(description: str) -> None:
    assert problems(description) == []


def test_missing_description() -> None:
    assert problems(None) == ["`ml-utils` has no description"]
    assert problems("   ") == ["`ml-utils` has no description"]


def test_too_short() -> None:
    assert problems("wip") == [
        "`ml-utils` has a description of 3 characters ('wip'); it cannot say what the project is"
    ]


def test_too_long() -> None:
    assert problems("x" * 351) == [
        "`ml-utils` has a description of 351 characters; GitHub cuts it after 350"
    ]


def test_fix_is_an_exact_gh_command() -> None:
    ctx = RepoContext(repo=Repo(name="ml-utils", owner="octo"))
    (problem,) = RULE.check(ctx)
    assert problem.fix.command.startswith("gh repo edit octo/ml-utils --description ")


def test_unknown_description_is_inconclusive() -> None:
    ctx = RepoContext(repo=Repo(name="ml-utils", owner="octo", unknown=("description",)))
    (problem,) = RULE.check(ctx)
    assert problem.inconclusive
    assert problem.message == (
        "cannot tell whether `ml-utils` has a description: only GitHub knows it (no package "
        "metadata gives one); run the check on a fetched snapshot"
    )


def test_the_profile_repository_needs_no_description() -> None:
    # simonw/simonw: its README is what the profile page shows.
    profile = RepoContext(repo=Repo(name="octo", owner="octo", description=None))
    assert list(RULE.check(profile)) == []
