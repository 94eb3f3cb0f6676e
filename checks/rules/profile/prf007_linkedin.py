"""Your LinkedIn is linked from your GitHub profile.

What it does:
    Looks for a LinkedIn URL among the profile's social accounts or in its Website field.
    When the social accounts could not be fetched, the result is inconclusive.

Why it matters:
    Recruiters move between LinkedIn and GitHub to check that the person and the work match.
    A link both ways makes that one click, and makes the profile look complete and current.

Example:
    Fails: social accounts list only Mastodon.
    Passes: ``https://www.linkedin.com/in/octo-cat`` among the social accounts.

How to fix:
    On https://github.com/settings/profile add your LinkedIn URL under "Social accounts",
    or run ``gh api -X POST /user/social_accounts -f "account_urls[]=URL"``.

Fix safety:
    Unsafe: it changes your public profile, so it is printed as a ``gh`` command.
"""

from __future__ import annotations

from collections.abc import Iterator

from checks.model import Fix, FixSafety, Problem, ProfileContext, Rule, Severity, Target
from checks.rules.profile._links import profile_links


def check(ctx: ProfileContext) -> Iterator[Problem]:
    snapshot = ctx.snapshot
    if profile_links(snapshot)["linkedin"]:
        return
    if not snapshot.knows("social_accounts"):
        yield Problem(
            message=(
                "cannot tell whether your LinkedIn is linked: your social accounts are unknown "
                "(fetch again)"
            ),
            inconclusive=True,
        )
        return
    yield Problem(
        message="your profile does not link your LinkedIn (not among your social accounts)",
        fix=Fix(
            description=(
                "On https://github.com/settings/profile add your LinkedIn URL under "
                '"Social accounts".'
            ),
            safety=FixSafety.UNSAFE,
            command=(
                "gh api -X POST /user/social_accounts "
                '-f "account_urls[]=https://www.linkedin.com/in/YOUR-NAME"'
            ),
        ),
    )


RULE = Rule(
    id="PRF007",
    name="profile-linkedin",
    target=Target.PROFILE,
    severity=Severity.INFO,
    check=check,
    doc=__doc__,
)
