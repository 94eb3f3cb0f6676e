"""A showcase library says how to report a security problem privately.

What it does:
    For showcase repositories that look like libraries (see REP010), checks for a security
    policy: ``SECURITY.md`` at the root, in ``.github/`` or ``docs/``, or a README section
    titled "Security". GitHub links that file from the repository's Security tab.

Why it matters:
    People who install your library need to know that a vulnerability will be handled, and
    whoever finds one needs a private way to tell you instead of a public issue. A policy is
    also a sign the project is run with its users in mind.

Example:
    Fails: a pinned Python package with no SECURITY.md and no security section.
    Passes: ``SECURITY.md`` saying which versions get fixes and to report through GitHub's
    private vulnerability reporting.

How to fix:
    Add ``SECURITY.md`` (``portfolio check --repo . --fix`` writes a short one) and turn on
    private vulnerability reporting in Settings → Code security.

Fix safety:
    Safe: the fix only creates ``SECURITY.md`` when it does not exist.
"""

from __future__ import annotations

from collections.abc import Iterator

from checks import repo_kinds
from checks.model import Fix, FixSafety, Problem, RepoContext, Rule, Severity, Target


def security_template(full_name: str) -> str:
    return (
        "# Security policy\n\n"
        "## Supported versions\n\n"
        "Fixes go into the latest release only.\n\n"
        "## Reporting a vulnerability\n\n"
        "Please do not open a public issue. Report it privately through "
        f"https://github.com/{full_name}/security/advisories/new; you will get an answer "
        "within a week.\n"
    )


def check(ctx: RepoContext) -> Iterator[Problem]:
    repo = ctx.repo
    if not ctx.showcase:
        return
    evidence = repo_kinds.library_evidence(repo)
    if evidence is None:
        return
    for entry in repo_kinds.find_files(repo, "security", "security.*"):
        if entry.path.lower().rpartition("/")[0] in ("", ".github", "docs"):
            return
    if repo.readme and repo_kinds.find_heading(repo.readme, "security"):
        return
    if not repo_kinds.files_known(repo):
        yield Problem(
            message=f"cannot tell whether `{repo.name}` has a security policy: files unknown",
            inconclusive=True,
        )
        return
    yield Problem(
        message=(
            f"`{repo.name}` is a showcase library ({evidence}) with no security policy "
            "(SECURITY.md or a Security section in its README)"
        ),
        fix=Fix(
            description=(
                "Add SECURITY.md saying how to report a vulnerability privately, and turn on "
                f"private vulnerability reporting at github.com/{repo.full_name}/settings/"
                "security_analysis."
            ),
            safety=FixSafety.SAFE,
            creates={"SECURITY.md": security_template(repo.full_name)},
        ),
    )


RULE = Rule(
    id="REP017",
    name="security-policy",
    target=Target.REPO,
    severity=Severity.INFO,
    check=check,
    doc=__doc__,
    covered_by=("REP019",),
)
