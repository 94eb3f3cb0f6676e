"""The profile picture is a photo or logo of yours, not GitHub's default identicon.

What it does:
    Reports a default avatar when the snapshot says so (an ``avatar_is_default`` field).
    GitHub's API gives uploaded pictures and generated identicons the same kind of URL, so
    without that field the result is inconclusive: the linter never guesses.

Why it matters:
    A face or a distinctive logo makes a profile memorable and trustworthy; the generated
    pixel pattern reads as "throwaway account" in lists of contributors and reviewers.

Example:
    Fails: the snapshot says the avatar is the default identicon.
    Passes: an uploaded photo.

How to fix:
    On https://github.com/settings/profile click the picture, then "Upload a photo": a
    clear head-and-shoulders photo, or a logo you use everywhere (LinkedIn, your site).

Fix safety:
    Display-only: only you can choose the picture.
"""

from __future__ import annotations

from collections.abc import Iterator

from checks.model import Fix, FixSafety, Problem, ProfileContext, Rule, Severity, Target

_FIX = Fix(
    description=(
        'On https://github.com/settings/profile click the picture, then "Upload a photo": '
        "a clear photo of you, or a logo you use on LinkedIn and your site too."
    ),
    safety=FixSafety.DISPLAY_ONLY,
)


def check(ctx: ProfileContext) -> Iterator[Problem]:
    user = ctx.snapshot.user
    # Read defensively: the field is not in every snapshot version (see the docstring).
    is_default = getattr(user, "avatar_is_default", None)
    if is_default is False:
        return
    if is_default is True:
        yield Problem(message="your profile picture is GitHub's default identicon", fix=_FIX)
        return
    yield Problem(
        message=(
            "cannot tell whether your profile picture is GitHub's default identicon: the API "
            f"gives both the same kind of URL; look at {user.profile_url}"
        ),
        inconclusive=True,
    )


RULE = Rule(
    id="PRF005",
    name="custom-avatar",
    target=Target.PROFILE,
    severity=Severity.INFO,
    check=check,
    doc=__doc__,
)
