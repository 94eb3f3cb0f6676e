"""You pin repositories on your profile.

What it does:
    Checks that at least one repository is pinned, when you have any repository of your own
    worth pinning (not a fork, archived, empty or a practice repo). GitHub only tells a fetch
    made with a token which items are pinned; without one the result is inconclusive.

Why it matters:
    Without pins, GitHub fills the profile with "Popular repositories" by stars, which may
    be an old fork or a course exercise. Pins are the one place you choose what people see.

Example:
    Fails: no pinned items, while you have five repositories of your own.
    Passes: your best three projects pinned.

How to fix:
    On your profile page click "Customize your pins" and choose the projects that show your
    best work.

Fix safety:
    Display-only: GitHub's API has no endpoint to pin items; choose them on the profile page.
"""

from __future__ import annotations

from collections.abc import Iterator

from checks.model import Fix, FixSafety, Problem, ProfileContext, Rule, Severity, Target
from checks.rules.profile._pinned import eligible, unknown_problem


def check(ctx: ProfileContext) -> Iterator[Problem]:
    snapshot = ctx.snapshot
    candidates = eligible(snapshot)
    if not candidates:
        return  # nothing of your own to pin yet: not a problem with the profile
    if not snapshot.knows("pinned"):
        yield unknown_problem(snapshot)
        return
    if snapshot.pinned:
        return
    names = ", ".join(f"`{r.name}`" for r in candidates[:3])
    yield Problem(
        message=f"you pin no repositories, though you have {len(candidates)} of your own",
        fix=Fix(
            description=(
                f'On {snapshot.user.profile_url} click "Customize your pins" and pin the '
                f"projects that show your best work (candidates: {names})."
            ),
            safety=FixSafety.DISPLAY_ONLY,
        ),
    )


RULE = Rule(
    id="PRF014",
    name="pinned-repos",
    target=Target.PROFILE,
    severity=Severity.WARNING,
    check=check,
    doc=__doc__,
)
