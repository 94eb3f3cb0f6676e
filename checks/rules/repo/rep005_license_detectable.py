"""A repository's licence is one GitHub can recognise.

What it does:
    Reports a repository whose licence GitHub saw but could not identify (GitHub's
    ``NOASSERTION``), usually because the standard text was edited, shortened or combined
    with other terms.

Why it matters:
    When GitHub cannot name the licence, neither can visitors, package indexes or the legal
    checks companies run: a modified licence text is treated as "unknown terms" and the
    project gets skipped.

Example:
    Fails: a ``LICENSE`` file that starts with the MIT text but adds a custom clause.
    Passes: the unmodified MIT text with your name and year (GitHub shows "MIT license").

How to fix:
    Replace the licence file with the unmodified text of a standard licence from
    https://choosealicense.com (only the year and names change). Put any extra terms in a
    separate file, or reconsider them.

Fix safety:
    Display-only: the licence text is a legal choice only the author can make.
"""

from __future__ import annotations

from collections.abc import Iterator

from checks.model import Fix, FixSafety, Problem, RepoContext, Rule, Severity, Target
from checks.rules.repo.rep004_license import licence_file


def check(ctx: RepoContext) -> Iterator[Problem]:
    repo = ctx.repo
    if repo.license != "NOASSERTION":
        return
    path = licence_file(repo)
    named = f"{path} of `{repo.name}`" if path else f"the licence of `{repo.name}`"
    yield Problem(
        message=(f"GitHub cannot identify {named}: it is not the standard text of a known licence"),
        file=path,
        fix=Fix(
            description=(
                f"Replace {path or 'the licence file'} with the unmodified text of a standard "
                "licence from https://choosealicense.com (change only the year and names); "
                "keep any extra terms in a separate file."
            ),
            safety=FixSafety.DISPLAY_ONLY,
        ),
    )


RULE = Rule(
    id="REP005",
    name="license-detectable",
    target=Target.REPO,
    severity=Severity.WARNING,
    check=check,
    doc=__doc__,
)
