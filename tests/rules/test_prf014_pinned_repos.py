"""PRF014 pinned-repos: something pinned when there is something to pin."""

from __future__ import annotations

from builders import make_repo, make_snapshot, messages, profile_ctx, run

from checks.rules.profile.prf014_pinned_repos import RULE

OWN = (make_repo(name="ml-utils"), make_repo(name="site"), make_repo(name="fork", fork=True))


def test_passes() -> None:
    assert messages(RULE, profile_ctx(make_snapshot(repos=OWN, pinned=("octo/ml-utils",)))) == []
    only_forks = (make_repo(name="fork", fork=True), make_repo(name="hello-world"))
    assert messages(RULE, profile_ctx(make_snapshot(repos=only_forks))) == []


def test_nothing_pinned() -> None:
    (problem,) = run(RULE, profile_ctx(make_snapshot(repos=OWN)))
    assert problem.message == "you pin no repositories, though you have 2 of your own"
    assert "candidates: `ml-utils`, `site`" in problem.fix.description


def test_unknown_pins_are_inconclusive() -> None:
    (problem,) = run(RULE, profile_ctx(make_snapshot(repos=OWN, unknown=("pinned",))))
    assert problem.inconclusive
    assert problem.message == (
        "your pinned repositories are unknown: GitHub only shows them to a fetch with a token "
        "(`GITHUB_TOKEN=... portfolio fetch octo`)"
    )
