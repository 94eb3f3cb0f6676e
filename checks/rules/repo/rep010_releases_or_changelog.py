"""A library tells its users what changed: a published release or a changelog.

What it does:
    For repositories that look like libraries (a library topic, a description that calls it
    a library/package/SDK, or a packaging file such as ``setup.py``), checks for a GitHub
    release or a changelog file (``CHANGELOG``, ``CHANGES``, ``HISTORY``, ``NEWS`` or
    ``RELEASES``, any extension, at the root or in ``docs/``).

Why it matters:
    People who depend on a library need to know which version to pin and what an upgrade
    changes. Releases and a changelog show the project is maintained with its users in mind.

Example:
    Fails: a Python package with a ``setup.py``, no release and no changelog.
    Passes: a ``v1.2.0`` release, or a ``CHANGELOG.md`` with a section per version.

How to fix:
    Publish a release (``gh release create v0.1.0 --repo OWNER/NAME --generate-notes``) or
    add ``CHANGELOG.md`` with one section per version, newest first
    (https://keepachangelog.com).

Fix safety:
    Safe: the fix only creates ``CHANGELOG.md`` when no changelog exists.
"""

from __future__ import annotations

from collections.abc import Iterator

from checks import repo_kinds
from checks.model import Fix, FixSafety, Problem, RepoContext, Rule, Severity, Target

CHANGELOG_NAMES = ("changelog", "changelog.*", "changes", "changes.*", "history", "history.*",
                   "news", "news.*", "releases", "releases.*", "release-notes.*")  # fmt: skip

CHANGELOG_TEMPLATE = """\
# Changelog

All notable changes to this project are listed here, newest first.
The format follows https://keepachangelog.com and versions follow https://semver.org.

## [Unreleased]

### Added

<!-- What is new since the last version, one line each. -->
"""


def changelog_path(repo) -> str | None:
    for entry in repo_kinds.find_files(repo, *CHANGELOG_NAMES):
        folder = entry.path.lower().rpartition("/")[0]
        if entry.type == "file" and folder in ("", "docs", ".github"):
            return entry.path
    return None


def check(ctx: RepoContext) -> Iterator[Problem]:
    repo = ctx.repo
    evidence = repo_kinds.library_evidence(repo)
    if evidence is None or repo.latest_release is not None or changelog_path(repo):
        return
    if not repo.knows("latest_release") or not repo_kinds.files_known(repo):
        yield Problem(
            message=(
                f"cannot tell whether `{repo.name}` has releases or a changelog: "
                "the fetch could not get them"
            ),
            inconclusive=True,
        )
        return
    yield Problem(
        message=(
            f"`{repo.name}` looks like a library ({evidence}) but has no release and no changelog"
        ),
        fix=Fix(
            description=(
                "Add CHANGELOG.md with one section per version, or publish a release: "
                f"`gh release create v0.1.0 --repo {repo.full_name} --generate-notes`."
            ),
            safety=FixSafety.SAFE,
            creates={"CHANGELOG.md": CHANGELOG_TEMPLATE},
        ),
    )


RULE = Rule(
    id="REP010",
    name="releases-or-changelog",
    target=Target.REPO,
    severity=Severity.INFO,
    showcase_severity=Severity.WARNING,
    check=check,
    doc=__doc__,
)
