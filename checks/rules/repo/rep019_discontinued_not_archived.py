"""A repository whose README says it is no longer developed is archived.

What it does:
    Reports a repository that is not archived although its README says development has
    stopped: near the top ("MILA has stopped developing Theano", "# Deprecated!", "Gym will
    not be receiving any future updates", "This project is no longer maintained") or under a
    heading such as "Status" or "Notice". A deprecated option or "not actively maintained"
    (still looked after, slowly) does not count. Archived repositories are skipped like
    every rule skips them, so a finding on a fetched snapshot means the repository is not
    archived; a checkout cannot tell, so its message says "if".

    Where this rule reports, the rules that ask the README for more (what, why, install,
    usage, who, screenshots, a table of contents, training and results of an ML project, a
    contributing guide, a security policy) say nothing: writing more for a finished project
    is not the fix, archiving is.

Why it matters:
    Visitors judge a repository by its front page. One that says "deprecated" but still
    takes issues and pull requests looks neglected; an archived one is read-only, carries
    GitHub's "This repository has been archived" banner and reads as finished work, and it no
    longer counts in your profile's score here.

Example:
    Fails: a repository whose README opens with "This project is no longer maintained; use
    newlib instead" and that is not archived.
    Passes: the same repository archived, or a README that says "Status: maintained".

How to fix:
    If development has stopped for good, archive the repository: ``gh repo archive
    OWNER/NAME`` (or Settings → Danger zone → Archive this repository; it can be undone). If
    you still take fixes, say so instead ("Status: maintenance only, bug fixes welcome") and
    disable this rule for the repository.

Fix safety:
    Display-only: archiving makes the repository read-only, which only its owner can decide.
"""

from __future__ import annotations

from collections.abc import Iterator

from checks.discontinued import discontinued_notice
from checks.model import Fix, FixSafety, Problem, RepoContext, Rule, Severity, Target
from checks.readme_for import readme_and_analysis, where


def check(ctx: RepoContext) -> Iterator[Problem]:
    repo = ctx.repo
    found = readme_and_analysis(repo)
    if found is None:
        return
    readme, analysis = found
    notice = discontinued_notice(readme, analysis, repo.name)
    if notice is None:
        return
    # A snapshot knows the repository is not archived (archived ones are not checked); a
    # checkout does not know at all.
    state = (
        " but the repository is not archived"
        if repo.knows("archived")
        else "; archive the repository if it is not archived yet"
    )
    yield Problem(
        message=(
            f"{where(repo)} says the project is no longer developed (line {notice.line}: "
            f'"{notice.quote}"){state}'
        ),
        file=readme.path,
        line=notice.line,
        fix=Fix(
            description=(
                f"Archive `{repo.name}` on GitHub (Settings → Danger zone → Archive this "
                "repository, or the command below): it becomes read-only and shows as "
                f"finished work. If you still take fixes, say so in {readme.path} "
                '("Status: maintenance only, bug fixes welcome") and disable REP019 for it.'
            ),
            safety=FixSafety.DISPLAY_ONLY,
            command=f"gh repo archive {repo.full_name} --yes",
        ),
    )


RULE = Rule(
    id="REP019",
    name="discontinued-not-archived",
    target=Target.REPO,
    severity=Severity.INFO,
    showcase_severity=Severity.WARNING,
    check=check,
    doc=__doc__,
)
