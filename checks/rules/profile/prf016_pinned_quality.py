"""Your pins show your own work: no fork, archived or empty repository pinned.

What it does:
    Checks each pinned repository you own: a fork, an archived repository or an empty one
    is reported by name. Pinned repositories of other owners (projects you contribute to)
    are fine and not checked. Unknown pins (fetched without a token) are inconclusive.

Why it matters:
    Pins are your shop window. A pinned fork shows someone else's work, an archived repo
    says "finished, do not look further", and an empty repo shows nothing.

Example:
    Fails: a pinned fork of ``tensorflow/models`` with no commits of yours.
    Passes: three pinned projects you wrote and maintain.

How to fix:
    On your profile page click "Customize your pins", untick the repository named in the
    finding and pick one of your own projects instead.

Fix safety:
    Display-only: GitHub's API has no endpoint to pin items; choose them on the profile page.
"""

from __future__ import annotations

from collections.abc import Iterator

from checks.model import Fix, FixSafety, Problem, ProfileContext, Rule, Severity, Target
from checks.rules.profile._pinned import unknown_problem


def check(ctx: ProfileContext) -> Iterator[Problem]:
    snapshot = ctx.snapshot
    if not snapshot.knows("pinned"):
        if snapshot.repos:
            yield unknown_problem(snapshot)
        return
    for full_name in snapshot.pinned:
        repo = snapshot.repo(full_name)
        if repo is None or repo.owner.lower() != snapshot.user.login.lower():
            continue
        if repo.fork:
            parent = f" of {repo.parent}" if repo.parent else ""
            why = f"a fork{parent}: it shows someone else's work"
        elif repo.archived:
            why = "archived: it tells visitors the project is over"
        elif repo.is_empty:
            why = "empty: there is nothing to see"
        else:
            continue
        yield Problem(
            message=f"you pin `{repo.name}`, which is {why}",
            fix=Fix(
                description=(
                    f'On {snapshot.user.profile_url} click "Customize your pins", untick '
                    f"`{repo.name}` and pin one of your own active projects instead."
                ),
                safety=FixSafety.DISPLAY_ONLY,
            ),
        )


RULE = Rule(
    id="PRF016",
    name="pinned-quality",
    target=Target.PROFILE,
    severity=Severity.WARNING,
    check=check,
    doc=__doc__,
)
