"""PRF007 profile-linkedin: LinkedIn among social accounts or the website field."""

from __future__ import annotations

from builders import make_snapshot, make_user, messages, profile_ctx, run

from checks.rules.profile.prf007_linkedin import RULE


def test_passes() -> None:
    social = (("linkedin", "https://www.linkedin.com/in/octo-cat"),)
    assert messages(RULE, profile_ctx(make_snapshot(social=social))) == []
    blog = make_user(blog="https://linkedin.com/in/octo-cat")
    assert messages(RULE, profile_ctx(make_snapshot(blog))) == []


def test_fails_without_linkedin() -> None:
    snapshot = make_snapshot(social=(("mastodon", "https://hachyderm.io/@octo"),))
    (problem,) = run(RULE, profile_ctx(snapshot))
    assert problem.message == (
        "your profile does not link your LinkedIn (not among your social accounts)"
    )
    assert problem.fix.command.startswith("gh api -X POST /user/social_accounts")


def test_unknown_social_accounts_are_inconclusive() -> None:
    (problem,) = run(RULE, profile_ctx(make_snapshot(unknown=("social_accounts",))))
    assert problem.inconclusive
