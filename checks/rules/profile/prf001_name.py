"""The profile shows a real display name, not just the login.

What it does:
    Checks that the profile's "Name" field is set and differs from the login.

Why it matters:
    People search for, remember and cite a name, not a handle. A recruiter who met you at a
    conference searches "Ada Lovelace", not "al1815"; the name also ties your GitHub to your
    LinkedIn and your site.

Example:
    Fails: login ``octo``, name empty (the profile shows only "octo").
    Passes: name "Octo Cat".

How to fix:
    On https://github.com/settings/profile fill in "Name", or run
    ``gh api -X PATCH /user -f name="Your Name"``.

Fix safety:
    Unsafe: it changes your public profile, so it is printed as a ``gh`` command.
"""

from __future__ import annotations

from collections.abc import Iterator

from checks.model import Fix, FixSafety, Problem, ProfileContext, Rule, Severity, Target


def check(ctx: ProfileContext) -> Iterator[Problem]:
    user = ctx.snapshot.user
    name = (user.name or "").strip()
    if name and name.lower() != user.login.lower():
        return
    message = (
        "your profile has no display name"
        if not name
        else f"your display name is just your login (`{user.login}`)"
    )
    yield Problem(
        message=message,
        fix=Fix(
            description=(
                'On https://github.com/settings/profile fill in "Name" with the name people '
                "know you by."
            ),
            safety=FixSafety.UNSAFE,
            command='gh api -X PATCH /user -f name="YOUR NAME"',
        ),
    )


RULE = Rule(
    id="PRF001",
    name="profile-name",
    target=Target.PROFILE,
    severity=Severity.WARNING,
    check=check,
    doc=__doc__,
)
