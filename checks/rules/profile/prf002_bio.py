"""The profile has a bio.

What it does:
    Checks that the profile's "Bio" field is set.

Why it matters:
    The bio is the one line under your name on your profile, in hover cards and in search
    results: the first thing a visitor reads about you. Without it they have to guess who
    you are from repository names.

Example:
    Fails: an empty bio.
    Passes: "ML engineer working on search and recommendation for e-commerce."

How to fix:
    On https://github.com/settings/profile write one sentence in "Bio": your role and what
    you work on. Or run ``gh api -X PATCH /user -f bio="..."``.

Fix safety:
    Unsafe: it changes your public profile, so it is printed as a ``gh`` command.
"""

from __future__ import annotations

from collections.abc import Iterator

from checks.model import Fix, FixSafety, Problem, ProfileContext, Rule, Severity, Target


def check(ctx: ProfileContext) -> Iterator[Problem]:
    if (ctx.snapshot.user.bio or "").strip():
        return
    yield Problem(
        message="your profile has no bio",
        fix=Fix(
            description=(
                'On https://github.com/settings/profile write one sentence in "Bio" saying '
                "your role and what you work on."
            ),
            safety=FixSafety.UNSAFE,
            command='gh api -X PATCH /user -f bio="ROLE working on FOCUS"',
        ),
    )


RULE = Rule(
    id="PRF002",
    name="profile-bio",
    target=Target.PROFILE,
    severity=Severity.WARNING,
    check=check,
    doc=__doc__,
)
