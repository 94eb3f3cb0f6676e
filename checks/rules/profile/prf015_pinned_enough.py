"""You use enough of your six pin slots.

What it does:
    Checks that at least ``min_pinned`` items (3 by default) are pinned, when you have that
    many repositories of your own worth pinning (not forks, archived, empty or practice
    repos); with fewer, all of them. No pins at all is PRF014's business; unknown pins
    (fetched without a token) are inconclusive.

Why it matters:
    One lonely pin suggests one project; three to six show range and consistency, and fill
    the part of the profile visitors look at first.

Example:
    Fails: one pinned repository while you have seven of your own.
    Passes: four pinned repositories.

How to fix:
    On your profile page click "Customize your pins" and add projects until at least three
    slots are filled.

Fix safety:
    Display-only: GitHub's API has no endpoint to pin items; choose them on the profile page.
"""

from __future__ import annotations

from collections.abc import Iterator

from checks.model import Fix, FixSafety, Problem, ProfileContext, Rule, Severity, Target
from checks.rules.profile._pinned import SLOTS, eligible, unknown_problem

OPTIONS = {"min_pinned": 3}


def check(ctx: ProfileContext) -> Iterator[Problem]:
    snapshot = ctx.snapshot
    options = {**OPTIONS, **ctx.options}
    candidates = eligible(snapshot)
    needed = min(options["min_pinned"], len(candidates))
    if needed == 0:
        return
    if not snapshot.knows("pinned"):
        yield unknown_problem(snapshot)
        return
    pinned = len(snapshot.pinned)
    if pinned == 0 or pinned >= needed:
        return
    unpinned = [r for r in candidates if r.full_name not in snapshot.pinned]
    names = ", ".join(f"`{r.name}`" for r in unpinned[:3])
    yield Problem(
        message=(
            f"you pin {pinned} of {SLOTS} slots, though you have {len(candidates)} "
            f"repositories of your own worth showing"
        ),
        fix=Fix(
            description=(
                f'On {snapshot.user.profile_url} click "Customize your pins" and add at least '
                f"{needed - pinned} more (candidates: {names})."
            ),
            safety=FixSafety.DISPLAY_ONLY,
        ),
    )


RULE = Rule(
    id="PRF015",
    name="pinned-enough",
    target=Target.PROFILE,
    severity=Severity.INFO,
    options=OPTIONS,
    check=check,
    doc=__doc__,
)
