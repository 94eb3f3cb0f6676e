"""PRF015 pinned-enough: at least three pins when there are three repos worth pinning."""

from __future__ import annotations

from builders import make_repo, make_snapshot, messages, profile_ctx, run

from checks.rules.profile.prf015_pinned_enough import RULE

FOUR = tuple(make_repo(name=n) for n in ("a-lib", "b-app", "c-tool", "d-site"))


def ctx(repos, pinned, **fields):
    return profile_ctx(make_snapshot(repos=repos, pinned=pinned, **fields))


def test_passes() -> None:
    assert messages(RULE, ctx(FOUR, ("octo/a-lib", "octo/b-app", "octo/c-tool"))) == []
    assert messages(RULE, ctx(FOUR[:2], ("octo/a-lib", "octo/b-app"))) == []  # all they have
    assert messages(RULE, ctx(FOUR, ())) == []  # PRF014's business


def test_too_few_pins() -> None:
    (problem,) = run(RULE, ctx(FOUR, ("octo/a-lib",)))
    assert problem.message == (
        "you pin 1 of 6 slots, though you have 4 repositories of your own worth showing"
    )
    assert "add at least 2 more (candidates: `b-app`, `c-tool`, `d-site`)" in (
        problem.fix.description
    )


def test_unknown_pins_are_inconclusive() -> None:
    assert [p.inconclusive for p in run(RULE, ctx(FOUR, (), unknown=("pinned",)))] == [True]
