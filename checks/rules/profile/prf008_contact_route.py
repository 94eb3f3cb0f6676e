"""The profile gives at least one way to reach you.

What it does:
    Checks that the profile shows a public email, a website, a Twitter/X username or at
    least one social account. When none is set and the social accounts could not be
    fetched, the result is inconclusive.

Why it matters:
    Someone who likes your work (a maintainer, a recruiter, a researcher) needs a way to
    reach you that is not opening an issue on a random repository.

Example:
    Fails: no public email, no website, no social accounts.
    Passes: a website, or ``octo@example.com`` as the public email.

How to fix:
    On https://github.com/settings/profile choose a public email, fill in "Website", or add
    a social account; your portfolio site can carry a contact page.

Fix safety:
    Display-only: only you can choose how people may reach you.
"""

from __future__ import annotations

from collections.abc import Iterator

from checks.model import Fix, FixSafety, Problem, ProfileContext, Rule, Severity, Target


def check(ctx: ProfileContext) -> Iterator[Problem]:
    snapshot = ctx.snapshot
    user = snapshot.user
    routes = [user.email, user.blog, user.twitter_username]
    if any((r or "").strip() for r in routes) or snapshot.social_accounts:
        return
    if not snapshot.knows("social_accounts"):
        yield Problem(
            message=(
                "cannot tell whether your profile has a contact route: no email or website, "
                "and your social accounts are unknown"
            ),
            inconclusive=True,
        )
        return
    yield Problem(
        message=(
            "your profile gives no way to reach you: no public email, website or social account"
        ),
        fix=Fix(
            description=(
                "On https://github.com/settings/profile choose a public email, fill in "
                '"Website", or add a social account (LinkedIn, Mastodon, ...).'
            ),
            safety=FixSafety.DISPLAY_ONLY,
        ),
    )


RULE = Rule(
    id="PRF008",
    name="contact-route",
    target=Target.PROFILE,
    severity=Severity.WARNING,
    check=check,
    doc=__doc__,
)
