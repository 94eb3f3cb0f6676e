"""PRF002 profile-bio: a bio is present."""

from __future__ import annotations

from builders import make_snapshot, make_user, messages, profile_ctx

from checks.rules.profile.prf002_bio import RULE


def test_passes_with_a_bio() -> None:
    ctx = profile_ctx(make_snapshot(make_user(bio="ML engineer working on search")))
    assert messages(RULE, ctx) == []


def test_fails_without_a_bio() -> None:
    assert messages(RULE, profile_ctx(make_snapshot(make_user(bio=None)))) == [
        "your profile has no bio"
    ]
    assert messages(RULE, profile_ctx(make_snapshot(make_user(bio="\n ")))) == [
        "your profile has no bio"
    ]
