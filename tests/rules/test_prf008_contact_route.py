"""PRF008 contact-route: email, website, Twitter or a social account."""

from __future__ import annotations

import pytest
from builders import make_snapshot, make_user, messages, profile_ctx, run

from checks.rules.profile.prf008_contact_route import RULE


@pytest.mark.parametrize(
    "snapshot",
    [
        make_snapshot(make_user(email="octo@example.com")),
        make_snapshot(make_user(blog="https://octo.dev")),
        make_snapshot(make_user(twitter_username="octo")),
        make_snapshot(social=(("mastodon", "https://hachyderm.io/@octo"),)),
    ],
)
def test_passes(snapshot) -> None:
    assert messages(RULE, profile_ctx(snapshot)) == []


def test_no_route() -> None:
    assert messages(RULE, profile_ctx(make_snapshot())) == [
        "your profile gives no way to reach you: no public email, website or social account"
    ]
    (problem,) = run(RULE, profile_ctx(make_snapshot(unknown=("social_accounts",))))
    assert problem.inconclusive
