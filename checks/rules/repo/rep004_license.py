"""A repository says under which licence others may use it.

What it does:
    Checks for a licence the way GitHub finds one: a licence GitHub detected (an SPDX id such
    as ``MIT``), a ``LICENSE``, ``LICENCE``, ``COPYING`` or ``UNLICENSE`` file at the root
    (any extension, any case), or else a "License"/"Licence" section in the README. Empty
    repositories and the profile README repository (``LOGIN/LOGIN``) are skipped.

Why it matters:
    Without a licence, nobody may legally reuse, modify or share the code, whatever the
    author intended; companies and careful developers skip such projects. Recruiters read a
    licence as a sign the project is meant to be used.

Example:
    Fails: a repository with code and a README but no licence file and no licence section.
    Passes: a ``LICENSE`` file with the MIT text (GitHub shows "MIT license" in the sidebar).

How to fix:
    Pick a licence at https://choosealicense.com. On the repository page choose
    Add file → Create new file, type ``LICENSE`` as the name, press "Choose a license
    template", pick one and commit.

Fix safety:
    Display-only: choosing a licence is a legal decision only the author can make.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterator

from checks import repo_kinds
from checks.model import Fix, FixSafety, Problem, RepoContext, Rule, Severity, Target

LICENSE_FILES = ("license", "license.*", "licence", "licence.*", "copying", "copying.*",
                 "unlicense", "unlicense.*", "license-*", "licence-*")  # fmt: skip


def licence_file(repo) -> str | None:
    """The path of a licence file at the root of the tree, if there is one."""
    for entry in repo_kinds.find_files(repo, *LICENSE_FILES):
        # A link to the licence text elsewhere in the repository (doc/LICENSE.txt) counts.
        if "/" not in entry.path and entry.type in ("file", "symlink"):
            return entry.path
    return None


def licence_link(path: str | None, readme_path: str) -> str:
    """The link from the README to the licence file (``LICENSE`` when there is none yet),
    relative to the README's folder: docs/README.md links ../LICENSE."""
    return posixpath.relpath(path or "LICENSE", posixpath.dirname(readme_path) or ".")


def check(ctx: RepoContext) -> Iterator[Problem]:
    repo = ctx.repo
    if repo_kinds.is_profile_repo(repo):
        return
    if repo.knows("license") and repo.license:
        return
    if licence_file(repo):
        return
    if repo.readme and repo_kinds.find_heading(repo.readme, "license", "licence", "licensing"):
        return
    if repo.is_empty:
        return  # nothing to license yet; PRF017 lists empty repos
    missing = [f for f in ("license", "files", "readme") if not repo.knows(f)]
    if missing:
        yield Problem(
            message=(
                f"cannot tell whether `{repo.name}` has a licence: "
                f"{', '.join(missing)} unknown (fetch again)"
            ),
            inconclusive=True,
        )
        return
    yield Problem(
        message=(
            f"`{repo.name}` has no licence: no LICENSE file at its root and no licence "
            "section in its README"
        ),
        fix=Fix(
            description=(
                "Pick a licence at https://choosealicense.com, then on "
                f"github.com/{repo.full_name} choose Add file → Create new file, name it "
                'LICENSE, press "Choose a license template" and commit.'
            ),
            safety=FixSafety.DISPLAY_ONLY,
        ),
    )


RULE = Rule(
    id="REP004",
    name="repo-license",
    target=Target.REPO,
    severity=Severity.WARNING,
    showcase_severity=Severity.ERROR,
    check=check,
    doc=__doc__,
)
