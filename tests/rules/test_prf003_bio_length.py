"""PRF003 bio-length: at most 160 characters and at least min_length."""

from __future__ import annotations

from builders import make_snapshot, make_user, messages, profile_ctx

from checks.rules.profile.prf003_bio_length import RULE


def ctx(bio: str | None):
    return profile_ctx(make_snapshot(make_user(bio=bio)))


def test_passes() -> None:
    assert messages(RULE, ctx("Data engineer building streaming pipelines in Rust.")) == []
    assert messages(RULE, ctx("x" * 160)) == []
    assert messages(RULE, ctx(None)) == []  # PRF002's business


def test_too_long_and_too_short() -> None:
    assert messages(RULE, ctx("x" * 161)) == ["your bio has 161 characters; GitHub allows 160"]
    assert messages(RULE, ctx("Dev")) == [
        "your bio has only 3 characters ('Dev'); it cannot say your role and focus"
    ]
