"""PRF004 bio-role-and-focus: the bio names a role and a focus."""

from __future__ import annotations

import pytest
from builders import make_snapshot, make_user, messages, profile_ctx

from checks.rules.profile.prf004_bio_role_and_focus import RULE


def ctx(bio: str):
    return profile_ctx(make_snapshot(make_user(bio=bio)))


@pytest.mark.parametrize(
    "bio",
    [
        "Backend engineer focused on distributed databases.",
        "PhD student in NLP @ ETH",
        "Research scientist, computer vision and robotics",
        "Frontend developer. React, TypeScript, accessibility.",
    ],
)
def test_passes(bio: str) -> None:
    assert messages(RULE, ctx(bio)) == []


def test_missing_role_and_focus() -> None:
    assert messages(RULE, ctx("Just a curious person.")) == [
        "your bio ('Just a curious person.') does not say your role (e.g. engineer, researcher, "
        "student) or your focus (e.g. machine learning, web backends, security)"
    ]


def test_missing_focus_only() -> None:
    assert messages(RULE, ctx("Software engineer and dad")) == [
        "your bio ('Software engineer and dad') does not say your focus (e.g. machine learning, "
        "web backends, security)"
    ]
