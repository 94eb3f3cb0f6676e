"""A repository has a README.

What it does:
    Checks that the repository has a README file that GitHub shows on its front page
    (``README.md``, ``README.rst``, ``README`` ... at the root, in ``.github/`` or ``docs/``).
    Empty repositories are left to PRF017, which says whether to fill or delete them.

Why it matters:
    The README is the front page of a project: what it is, why it exists, how to use it.
    Without one, visitors see a list of files and leave; nobody can judge the work.

Example:
    Fails: a repository with code and no README.
    Passes: a ``README.md`` that says what the project is and how to run it.

How to fix:
    Create ``README.md`` at the root: a title, one paragraph on what it does and for whom,
    how to install it, how to use it, and its licence. ``portfolio check --repo . --fix``
    writes a skeleton filled with what it knows.

Fix safety:
    Safe: the fix only creates ``README.md`` from a template when no README exists.
"""

from __future__ import annotations

from collections.abc import Iterator

from checks.fixes import readme_skeleton
from checks.model import Fix, FixSafety, Problem, RepoContext, Rule, Severity, Target


def check(ctx: RepoContext) -> Iterator[Problem]:
    repo = ctx.repo
    if repo.is_empty:
        return  # PRF017 lists empty repos with what to do about them
    if repo.readme is not None:
        return
    if not repo.knows("readme"):
        yield Problem(
            message=f"whether `{repo.name}` has a README is unknown: the fetch could not get it",
            inconclusive=True,
        )
        return
    yield Problem(
        message=f"`{repo.name}` has no README",
        fix=Fix(
            description=(
                "Create README.md at the root: what it is and for whom, how to install it, how "
                "to use it, and its licence."
            ),
            safety=FixSafety.SAFE,
            creates={"README.md": readme_skeleton(repo)},
        ),
    )


RULE = Rule(
    id="REP006",
    name="repo-readme",
    target=Target.REPO,
    severity=Severity.ERROR,
    check=check,
    doc=__doc__,
)
