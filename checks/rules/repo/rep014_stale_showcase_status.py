"""A showcase repository that has not changed in a long time says what state it is in.

What it does:
    For showcase repositories (pinned, or selected for the site) with no push for more than
    ``months`` months (12 by default, measured from the snapshot's fetch time), checks that
    the README has a status line: "maintained", "finished", "complete", "archived",
    "deprecated", "no longer maintained", "work in progress", a "Status" heading or a
    repostatus.org badge. The age itself is never a problem; the missing explanation is.

Why it matters:
    A visitor who sees "last commit 2 years ago" cannot tell a finished, stable project from
    an abandoned one. One line answers that, and a finished project is a fine thing to show.

Example:
    Fails: a pinned project last pushed in 2023 whose README never says whether it is done.
    Passes: the same README with "Status: finished. It does what it set out to do; issues
    are still welcome."

How to fix:
    Add a status line near the top of the README, e.g. "**Status:** finished, not actively
    developed", or "**Status:** maintained"; or archive the repository if it is done for good
    (Settings → Archive this repository).

Fix safety:
    Display-only: only the author knows the project's status.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta

from checks import repo_kinds
from checks.model import Fix, FixSafety, Problem, RepoContext, Rule, Severity, Target

OPTIONS = {"months": 12}

_STATUS = re.compile(
    r"\b(status|maintained|unmaintained|maintenance|finished|complete[d]?|feature[- ]complete"
    r"|archived|deprecated|superseded|discontinued|abandoned|no longer (maintained|developed"
    r"|supported)|not (actively )?(maintained|developed)|work in progress|wip|stable"
    r"|active development|on hold|retired)\b|repostatus\.org|project-status",
    re.I,
)


def status_line(text: str) -> int | None:
    """The line number of the first status statement in a README, or ``None``."""
    for number, line in repo_kinds.iter_lines(repo_kinds.strip_html_comments(text)):
        if _STATUS.search(line):
            return number
    return None


def check(ctx: RepoContext) -> Iterator[Problem]:
    repo = ctx.repo
    if not ctx.showcase or repo.readme is None:
        return
    options = {**OPTIONS, **ctx.options}
    pushed = repo_kinds.parse_time(repo.pushed_at)
    now = repo_kinds.parse_time(ctx.snapshot.fetched_at) if ctx.snapshot else None
    if pushed is None or now is None:
        yield Problem(
            message=(
                f"cannot tell whether `{repo.name}` is stale: its last push date or the "
                "fetch time is unknown"
            ),
            inconclusive=True,
        )
        return
    months = (now - pushed) / timedelta(days=30.44)
    if months <= options["months"] or status_line(repo.readme.text) is not None:
        return
    yield Problem(
        message=(
            f"`{repo.name}` is a showcase repo last pushed {int(months)} months ago and its "
            f"{repo.readme.path} does not say whether it is maintained, finished or archived"
        ),
        file=repo.readme.path,
        fix=Fix(
            description=(
                f'Add a line near the top of {repo.readme.path}, e.g. "**Status:** finished, '
                'not actively developed; issues welcome" or "**Status:** maintained"; or '
                f"archive it on github.com/{repo.full_name}/settings if it is done for good."
            ),
            safety=FixSafety.DISPLAY_ONLY,
        ),
    )


RULE = Rule(
    id="REP014",
    name="stale-showcase-status",
    target=Target.REPO,
    severity=Severity.WARNING,
    options=OPTIONS,
    check=check,
    doc=__doc__,
    covered_by=("REP019",),
)
