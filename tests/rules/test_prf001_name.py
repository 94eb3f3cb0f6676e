"""PRF001 profile-name: a display name that is not the login."""

from __future__ import annotations

from builders import make_snapshot, make_user, messages, profile_ctx, run

from checks.rules.profile.prf001_name import RULE


def ctx(name: str | None):
    return profile_ctx(make_snapshot(make_user(login="octo", name=name)))


def test_passes_with_a_real_name() -> None:
    assert messages(RULE, ctx("Octo Cat")) == []


def test_missing_or_login_as_name() -> None:
    assert messages(RULE, ctx(None)) == ["your profile has no display name"]
    assert messages(RULE, ctx("  ")) == ["your profile has no display name"]
    assert messages(RULE, ctx("OCTO")) == ["your display name is just your login (`octo`)"]
    (problem,) = run(RULE, ctx(None))
    assert problem.fix.command == 'gh api -X PATCH /user -f name="YOUR NAME"'
