"""A repository has a description of a sensible length.

What it does:
    Checks that the repository's "About" description is set and between 10 and 350
    characters (GitHub cuts longer ones in lists and search results). Not for the profile
    repository (``LOGIN/LOGIN``): its README is what the profile page shows.

Why it matters:
    The description is the line people read in search results, on your profile and in link
    previews. A repository without one looks abandoned and is skipped.

Example:
    Fails: a repository whose About box says "No description, website, or topics provided."
    Passes: "Fast approximate nearest-neighbour search for embeddings, in pure NumPy."

How to fix:
    On the repository page, click the gear next to "About" and write one line that says
    what it is and for whom; or run ``gh repo edit OWNER/NAME --description "..."``.

Fix safety:
    Unsafe: the fix changes a public repository setting, so it is only printed as a ``gh``
    command, or applied with ``--apply``, after showing the change.
"""

from __future__ import annotations

from collections.abc import Iterator

from checks import repo_kinds
from checks.model import Fix, FixSafety, Problem, RepoContext, Rule, Severity, Target

MIN_LENGTH = 10
MAX_LENGTH = 350


def check(ctx: RepoContext) -> Iterator[Problem]:
    repo = ctx.repo
    if repo_kinds.is_profile_repo(repo):
        return  # its README is read on the profile page; nobody looks for its About box
    description = (repo.description or "").strip()
    how = (
        f'On github.com/{repo.full_name} click the gear next to "About" and write one line '
        "saying what it is and for whom."
    )
    command = f'gh repo edit {repo.full_name} --description "WHAT IT IS, FOR WHOM"'
    if not description and not repo.knows("description"):
        yield Problem(
            message=(
                f"cannot tell whether `{repo.name}` has a description: only GitHub knows it "
                "(no package metadata gives one); run the check on a fetched snapshot"
            ),
            inconclusive=True,
        )
    elif not description:
        yield Problem(
            message=f"`{repo.name}` has no description",
            fix=Fix(
                description=how,
                safety=FixSafety.UNSAFE,
                command=command,
            ),
        )
    elif len(description) < MIN_LENGTH:
        yield Problem(
            message=(
                f"`{repo.name}` has a description of {len(description)} characters "
                f"({description!r}); it cannot say what the project is"
            ),
            fix=Fix(description=how, safety=FixSafety.UNSAFE, command=command),
        )
    elif len(description) > MAX_LENGTH:
        yield Problem(
            message=(
                f"`{repo.name}` has a description of {len(description)} characters; "
                f"GitHub cuts it after {MAX_LENGTH}"
            ),
            fix=Fix(
                description="Shorten it to one sentence; move the details into the README.",
                safety=FixSafety.UNSAFE,
                command=command,
            ),
        )


RULE = Rule(
    id="REP001",
    name="repo-description",
    target=Target.REPO,
    severity=Severity.WARNING,
    showcase_severity=Severity.ERROR,
    check=check,
    doc=__doc__,
)
