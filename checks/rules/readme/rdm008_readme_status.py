"""A README says where the project stands: its status, version, changelog or roadmap.

What it does:
    Passes when the README analysis finds a *When* section (status, versions, history,
    roadmap), a heading such as "Status", "Roadmap", "Changelog" or "Releases", a version
    badge, a link to a changelog, or wording such as "work in progress", "stable",
    "deprecated", "no longer maintained", "stopped developing", "superseded by" or a version
    number like ``v1.2``.
    A README not in English (written mostly in Chinese, Japanese, Korean, Cyrillic or
    Arabic script, or with at least three times more common words of Spanish, Portuguese,
    French, Italian, German, Dutch, Turkish or Indonesian than of English), where none of
    that is found, gets an inconclusive result: the wording this rule looks for is mostly
    English.

Why it matters:
    Visitors want to know whether they can rely on a project: is it finished, maintained,
    experimental, abandoned? Saying so honestly, even "a weekend experiment, not maintained",
    turns an old project into a finished one instead of a neglected one.

Example:
    Fails: a README that never says whether the project is maintained or which version is
    current.
    Passes: "**Status:** stable, used daily since 2024; see CHANGELOG.md", or a version badge.

How to fix:
    Add one status line near the top ("Status: maintained", "Status: finished, no longer
    developed") and link the changelog or releases if you have them.

Fix safety:
    Display-only: only you know the status of your project.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checks.model import Fix, FixSafety, Problem, RepoContext, Rule, Severity, Target
from checks.readme import WHEN
from checks.readme_for import readme_and_analysis, sections_found, unread_wording, where

_STATUS_HEADING = re.compile(
    r"\b(status|roadmap|changelog|change log|changes|history|releases?|versions?|"
    r"news|updates?|what'?s new|to-?do|todo|future work|milestones?|progress)\b",
    re.IGNORECASE,
)
_STATUS_WORDS = re.compile(
    r"\b(status:|work in progress|wip|under (?:active )?development|actively maintained|"
    r"maintained|unmaintained|no longer maintained|not maintained|deprecated|archived|"
    # Theano: "MILA has stopped developing Theano".
    r"stopped (?:developing|development|maintaining|maintenance)|"
    r"no longer (?:actively )?(?:developed|supported|updated)|end[- ]of[- ]life|superseded by|"
    r"experimental|stable|beta|alpha|pre-release|production[- ]ready|roadmap|changelog|"
    r"release notes|v\d+\.\d+(?:\.\d+)?|version \d+(?:\.\d+)*)\b",
    re.IGNORECASE,
)
_VERSION_BADGE = re.compile(
    r"(/v/|/version/|/release/|/tag/|badge\.fury\.io|pypi|npmjs|crates\.io|release|version)",
    re.IGNORECASE,
)


def check(ctx: RepoContext) -> Iterator[Problem]:
    found = readme_and_analysis(ctx.repo)
    if found is None:
        return
    readme, analysis = found
    if analysis.has(WHEN) or any(_STATUS_HEADING.search(s.heading) for s in analysis.sections):
        return
    if any(_VERSION_BADGE.search(f"{b.src} {b.alt}") for b in analysis.badges):
        return
    if any(
        re.search(r"changelog|changes|history|releases", link.url, re.I) for link in analysis.links
    ):
        return
    if any(_STATUS_WORDS.search(s.text) for s in analysis.all_sections):
        return
    unread = unread_wording(
        ctx.repo, readme, analysis, "the project's status, its version or what changed"
    )
    if unread is not None:
        yield unread
        return
    yield Problem(
        message=(
            f"{where(ctx.repo)} does not say the project's status (maintained, finished, "
            f"experimental), its version or what changed ({sections_found(analysis)})"
        ),
        fix=Fix(
            description=(
                f'Add a status line near the top of {readme.path}, e.g. "Status: maintained" '
                'or "Status: finished, no longer developed", and link CHANGELOG.md or '
                f"{ctx.repo.html_url}/releases if you publish releases."
            ),
            safety=FixSafety.DISPLAY_ONLY,
        ),
        file=readme.path,
    )


RULE = Rule(
    id="RDM008",
    name="readme-status",
    target=Target.README,
    severity=Severity.INFO,
    showcase_severity=Severity.WARNING,
    check=check,
    doc=__doc__,
    covered_by=("REP019",),
)
