"""PRF005 custom-avatar: inconclusive unless the snapshot says whether the avatar is default."""

from __future__ import annotations

import dataclasses

from builders import make_snapshot, make_user, messages, profile_ctx, run

from checks.rules.profile.prf005_custom_avatar import RULE
from portfolio.snapshot import User


@dataclasses.dataclass(frozen=True)
class UserWithAvatarFlag(User):
    """A user from a snapshot that records whether the avatar is GitHub's default."""

    avatar_is_default: bool | None = None


def test_inconclusive_without_the_field() -> None:
    user = make_user(avatar_url="https://avatars.githubusercontent.com/u/583231?v=4")
    (problem,) = run(RULE, profile_ctx(make_snapshot(user)))
    assert problem.inconclusive
    assert problem.message == (
        "cannot tell whether your profile picture is GitHub's default identicon: the API gives "
        "both the same kind of URL; look at https://github.com/octo"
    )


def test_uses_the_field_when_the_snapshot_has_it() -> None:
    default = profile_ctx(make_snapshot(UserWithAvatarFlag(login="octo", avatar_is_default=True)))
    assert [(p.message, p.inconclusive) for p in run(RULE, default)] == [
        ("your profile picture is GitHub's default identicon", False)
    ]
    custom = profile_ctx(make_snapshot(UserWithAvatarFlag(login="octo", avatar_is_default=False)))
    assert messages(RULE, custom) == []
