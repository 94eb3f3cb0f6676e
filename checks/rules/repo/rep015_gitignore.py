"""A repository has a ``.gitignore`` so build outputs and secrets stay out of it.

What it does:
    Checks for a ``.gitignore`` file at the root of the repository. Repositories without
    code (no language), empty ones and curated lists of links ("awesome lists") are
    skipped.

Why it matters:
    Without a ``.gitignore``, ``git add .`` commits caches, virtual environments, ``.env``
    files and editor clutter: the junk and the leaked secrets other rules report start here.

Example:
    Fails: a Python project with no ``.gitignore``.
    Passes: a ``.gitignore`` that ignores ``__pycache__/``, ``.venv/`` and ``.env``.

How to fix:
    Create ``.gitignore`` at the root; GitHub's templates at
    https://github.com/github/gitignore cover every language.
    ``portfolio check --repo . --fix`` writes a short one for the repository's language.

Fix safety:
    Safe: the fix only creates ``.gitignore`` when it does not exist.
"""

from __future__ import annotations

from collections.abc import Iterator

from checks import repo_kinds
from checks.fixes import gitignore
from checks.model import Fix, FixSafety, Problem, RepoContext, Rule, Severity, Target


def check(ctx: RepoContext) -> Iterator[Problem]:
    repo = ctx.repo
    if repo_kinds.is_profile_repo(repo):
        return
    if repo.is_empty or not repo.language or repo_kinds.is_link_list(repo):
        return  # a curated list builds nothing: its one script checks the links
    if not repo_kinds.files_known(repo):
        yield Problem(
            message=f"cannot tell whether `{repo.name}` has a .gitignore: files unknown",
            inconclusive=True,
        )
        return
    if ".gitignore" in repo_kinds.root_names(repo):
        return
    language = repo_kinds.main_language(repo)
    yield Problem(
        message=f"`{repo.name}` has no .gitignore",
        fix=Fix(
            description=(
                f"Create .gitignore at the root of `{repo.name}` ignoring {language} build "
                "outputs, caches and .env files (templates: https://github.com/github/gitignore)."
            ),
            safety=FixSafety.SAFE,
            creates={".gitignore": gitignore(language)},
        ),
    )


RULE = Rule(
    id="REP015",
    name="repo-gitignore",
    target=Target.REPO,
    severity=Severity.INFO,
    showcase_severity=Severity.WARNING,
    check=check,
    doc=__doc__,
)
