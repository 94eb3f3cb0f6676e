"""The README on the repository's front page is the one written for visitors.

What it does:
    GitHub shows one README on a repository's front page, and looks for it first in
    ``.github/``, then at the root, then in ``docs/``. Reports a repository with a README in
    ``.github/`` (often notes on its workflows) and another one at the root: GitHub shows the
    first, and the root README, the project's real front page, stays hidden. The README rules
    then judge the README that GitHub shows, so this finding explains theirs too. A README in
    ``.github/`` that is a link to the root one shows that one, and passes.

Why it matters:
    Visitors land on notes about CI secrets instead of what the project is and how to run
    it, and most never open the file list to find the real README.

Example:
    Fails: ``.github/README.md`` describing the workflows beside the project's ``README.md``.
    Passes: the workflow notes moved to ``.github/workflows/README.md``, which GitHub shows
    only to someone browsing that folder.

How to fix:
    Move the README out of ``.github/``: ``git mv .github/README.md
    .github/workflows/README.md`` (or ``docs/ci.md``), fix the links to it, and commit.

Fix safety:
    Display-only: moving a file changes links a person should check.
"""

from __future__ import annotations

from collections.abc import Iterator

from checks.model import Fix, FixSafety, Problem, RepoContext, Rule, Severity, Target
from portfolio.github.convert import is_readme_name
from portfolio.snapshot import Repo


def readmes_in(repo: Repo, folder: str, *, links: bool = True) -> list[str]:
    """The README files directly in ``folder`` ("" for the root), sorted; with ``links``
    false, not those that are symbolic links."""
    kinds = ("file", "symlink") if links else ("file",)
    return sorted(
        entry.path
        for entry in repo.files
        if entry.type in kinds
        and entry.path.rpartition("/")[0] == folder
        and is_readme_name(entry.path.rpartition("/")[2])
    )


def check(ctx: RepoContext) -> Iterator[Problem]:
    repo = ctx.repo
    # A link in .github/ to the root README (`.github/README.md -> ../README.md`) shows it.
    shown = readmes_in(repo, ".github", links=False)
    hidden = readmes_in(repo, "")
    if not shown or not hidden:
        return
    # Of several READMEs in .github/, GitHub shows the one it renders best; the repo's
    # README is that one when the snapshot or checkout found it.
    front = repo.readme.path if repo.readme and repo.readme.path in shown else shown[0]
    target = ".github/workflows/" + front.rpartition("/")[2]
    yield Problem(
        message=(
            f"GitHub shows {front} on the front page of `{repo.name}`, so {hidden[0]} at the "
            "root stays hidden"
        ),
        file=front,
        fix=Fix(
            description=(
                f"Move {front} out of .github/ (`git mv {front} {target}`, or to docs/), fix "
                f"the links to it and commit: GitHub then shows {hidden[0]}."
            ),
            safety=FixSafety.DISPLAY_ONLY,
        ),
    )


RULE = Rule(
    id="REP018",
    name="readme-hidden",
    target=Target.REPO,
    severity=Severity.WARNING,
    showcase_severity=Severity.ERROR,
    check=check,
    doc=__doc__,
)
