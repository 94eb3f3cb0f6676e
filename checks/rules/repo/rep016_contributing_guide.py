"""A showcase library tells people how to contribute.

What it does:
    For showcase repositories that look like libraries, checks for a ``CONTRIBUTING`` file
    (at the root, in ``.github/`` or ``docs/``) or a README section titled "Contributing",
    "Contribute", "Development" or "How to help".

Why it matters:
    A library invites others in. A short guide (how to set up, run the tests, propose a
    change) turns interested visitors into contributors and shows you can run a project.

Example:
    Fails: a pinned Python package with no CONTRIBUTING.md and no contributing section.
    Passes: a "Contributing" section saying how to run the tests and open a pull request.

How to fix:
    Add ``CONTRIBUTING.md`` (``portfolio check --repo . --fix`` writes a short one), or a
    "Contributing" section in the README.

Fix safety:
    Safe: the fix only creates ``CONTRIBUTING.md`` when it does not exist.
"""

from __future__ import annotations

from collections.abc import Iterator

from checks import repo_kinds
from checks.model import Fix, FixSafety, Problem, RepoContext, Rule, Severity, Target


def contributing_template(full_name: str) -> str:
    return (
        "# Contributing\n\n"
        "Thank you for helping! Bug reports, ideas and pull requests are welcome.\n\n"
        "## Report a problem or suggest an idea\n\n"
        f"Open an issue at https://github.com/{full_name}/issues and say what you did, what "
        "you expected and what happened.\n\n"
        "## Propose a change\n\n"
        "1. Fork the repository and create a branch.\n"
        "2. Set up the project as the README says and run the tests.\n"
        "3. Make your change with a test, and open a pull request that explains why.\n"
    )


def check(ctx: RepoContext) -> Iterator[Problem]:
    repo = ctx.repo
    if not ctx.showcase:
        return
    evidence = repo_kinds.library_evidence(repo)
    if evidence is None:
        return
    if repo_kinds.contributing_guide(repo) is not None:
        return
    if repo.readme and repo_kinds.find_heading(
        repo.readme, "contributing", "contribute", "contributions", "development", "how to help"
    ):
        return
    yield Problem(
        message=(
            f"`{repo.name}` is a showcase library ({evidence}) with no CONTRIBUTING file and no "
            "contributing section in its README"
        ),
        fix=Fix(
            description=(
                "Add CONTRIBUTING.md saying how to set up, run the tests and propose a change, "
                "or a Contributing section in the README."
            ),
            safety=FixSafety.SAFE,
            creates={"CONTRIBUTING.md": contributing_template(repo.full_name)},
        ),
    )


RULE = Rule(
    id="REP016",
    name="contributing-guide",
    target=Target.REPO,
    severity=Severity.INFO,
    check=check,
    doc=__doc__,
    covered_by=("REP019",),
)
