"""Relative links and images in a README point to files that exist in the repository.

What it does:
    Resolves every relative link and image of the README (``[guide](docs/guide.md)``,
    ``![demo](assets/demo.gif)``, ``<img src="logo.png">``) against the README's folder and
    looks the path up in the repository's file list; anchors and query strings are ignored.
    Each missing target is one finding naming its line, and the committed file it probably
    meant: the same path in other letter case, or the only file that adds an extension
    (``LICENSE`` for ``LICENSE.txt``). Links that climb above the root
    (``../../issues``) are GitHub pages, not files, and are not checked. When the file list
    is partial (a fetched snapshot lists only some folders) and a target lies in a folder
    that was not listed, the rule reports once that it could not tell (inconclusive).

Why it matters:
    A broken image shows as a torn icon on the first screen of the project; a broken link
    sends a visitor to GitHub's 404 page. Both usually come from a renamed or uncommitted
    file, or a difference in letter case that works on macOS and fails on GitHub.

Example:
    Fails: ``![screenshot](docs/Screenshot.png)`` when the file is ``docs/screenshot.png``.
    Passes: the same link with the exact path and case of a committed file.

How to fix:
    Commit the missing file, or correct the path (letter case matters on GitHub); run
    ``git ls-files`` to see the exact names. A link to ``cppreference.com`` written without
    ``https://`` is a path on GitHub: the fix says to write the address in full.

Fix safety:
    Display-only: whether to add the file or change the link is your call.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterable, Iterator
from urllib.parse import unquote

from checks.model import Fix, FixSafety, Problem, RepoContext, Rule, Severity, Target
from checks.readme_for import readme_and_analysis, where
from checks.repo_kinds import files_known, has_path
from portfolio.snapshot import FileEntry

# A scheme (http:, mailto:, data:...) or a protocol-relative //host: not a path in the repo.
_EXTERNAL = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|//)", re.IGNORECASE)
# Template placeholders and site-generator variables are not paths yet.
_TEMPLATED = re.compile(r"\{\{|\{%|\$\{|<%")
# How many unresolved targets the inconclusive finding lists.
_LISTED = 5


def targets(url: str, readme_path: str) -> str | None:
    """The repository path a relative ``url`` in the README points to, or ``None`` when it is
    not a path in the repository (external, anchor, empty, above the root, a template)."""
    url = url.strip()
    if not url or url.startswith("#") or _EXTERNAL.match(url) or _TEMPLATED.search(url):
        return None
    path = unquote(re.split(r"[?#]", url, maxsplit=1)[0])
    if not path:
        return None
    if path.startswith("/"):
        joined = path.lstrip("/")
    else:
        joined = posixpath.join(posixpath.dirname(readme_path), path)
    normal = posixpath.normpath(joined)
    if normal == "." or normal.startswith(".."):
        return None
    return normal


def check(ctx: RepoContext) -> Iterator[Problem]:
    repo = ctx.repo
    found = readme_and_analysis(repo)
    if found is None:
        return
    readme, analysis = found
    wanted: dict[str, tuple[int, str]] = {}
    for link in analysis.links:
        if link.kind == "relative":
            _add(wanted, link.url, link.line, "link", readme.path)
    for image in analysis.images:
        _add(wanted, image.src, image.line, "image", readme.path)
    if not wanted:
        return
    if not files_known(repo):
        yield Problem(
            message=(
                f"{where(repo)} has {len(wanted)} relative links or images, but the file list "
                "of the repository is unknown, so they could not be checked"
            ),
            fix=Fix(description="Fetch again, or run `portfolio check --repo .` in a checkout."),
            file=readme.path,
            inconclusive=True,
        )
        return
    unsure: list[str] = []
    for path, (line, kind) in sorted(wanted.items(), key=lambda item: item[1][0]):
        exists = has_path(repo, path)
        if exists is None:
            unsure.append(path)
            continue
        if exists:
            continue
        yield _missing(ctx, path, line, kind, readme.path)
    if unsure:
        shown = ", ".join(f"`{p}`" for p in unsure[:_LISTED])
        more = f" and {len(unsure) - _LISTED} more" if len(unsure) > _LISTED else ""
        yield Problem(
            message=(
                f"{where(repo)}: {len(unsure)} relative link(s) point into folders the snapshot "
                f"did not list, so they could not be checked: {shown}{more}"
            ),
            fix=Fix(
                description=(
                    "Run `portfolio check --repo .` in a checkout of "
                    f"{repo.full_name} to check every link against the whole tree."
                )
            ),
            file=readme.path,
            inconclusive=True,
        )


def _add(wanted: dict[str, tuple[int, str]], url: str, line: int, kind: str, readme: str) -> None:
    path = targets(url, readme)
    if path is not None and path not in wanted:
        wanted[path] = (line, kind)


# A "relative" path whose first part is a host name: `[cppreference.com](cppreference.com)`
# written without its scheme, which GitHub resolves inside the repository. Only the usual
# web endings count, not those that are also file extensions (.md, .py, .sh, .ml).
_HOST_NAME = re.compile(
    r"^(?:www\.[\w-]+(?:\.[\w-]+)+|[\w-]+(?:\.[\w-]+)*\."
    r"(?:com|org|net|io|dev|ai|edu|gov|co|app|me|info|xyz|tech|cloud|page))(?:/|$)",
    re.IGNORECASE,
)


# An address whose scheme lost its colon: ecco's `(https//jalammar.github.io/...)`, which
# GitHub, seeing no scheme, resolves inside the repository.
_SCHEME_WITHOUT_COLON = re.compile(r"^(https?)/+(?=[\w-]+(?:\.[\w-]+)+(?:/|$))", re.IGNORECASE)


def _missing(ctx: RepoContext, path: str, line: int, kind: str, readme_path: str) -> Problem:
    what = "an image" if kind == "image" else "a link"
    near, case_only = _nearest(ctx.repo.files, path)
    scheme = _SCHEME_WITHOUT_COLON.match(path) if near is None else None
    if scheme is not None:
        address = f"{scheme.group(1).lower()}://{path[scheme.end() :]}"
        hint = f": it looks like a web address missing the `:` after `{scheme.group(1)}`"
        fix = f"On line {line} of {readme_path}, write the address in full: `{address}`."
    elif near is None and _HOST_NAME.match(path):
        hint = ": it looks like a web address written without `https://`"
        fix = f"On line {line} of {readme_path}, write the address in full: `https://{path}`."
    elif near is None:
        hint = ""
        fix = (
            f"Commit `{path}`, or correct the path on line {line} of {readme_path} "
            "(`git ls-files` lists the exact names)."
        )
    elif case_only:
        hint = f" (letter case differs from `{near}`)"
        fix = (
            f"Change the path on line {line} of {readme_path} to `{near}`: GitHub paths are "
            "case-sensitive."
        )
    else:
        hint = f" (did you mean `{near}`?)"
        fix = f"Change the path on line {line} of {readme_path} to `{near}`."
    return Problem(
        message=(
            f"{where(ctx.repo)} line {line}: {what} points to `{path}`, which is not in the "
            f"repository{hint}"
        ),
        fix=Fix(description=fix, safety=FixSafety.DISPLAY_ONLY),
        file=readme_path,
        line=line,
    )


def _nearest(entries: Iterable[FileEntry], path: str) -> tuple[str | None, bool]:
    """The committed file the link most likely meant, and whether only letter case differs:
    the same path in other case, else the only file that adds an extension (``LICENSE`` ->
    ``LICENSE.txt``: GitHub serves a file only at its full name)."""
    entries = list(entries)
    wanted = path.lower()
    # Any entry, a folder too ("Docs/" for docs/); only files gain an extension.
    same = [e.path for e in entries if e.path.lower() == wanted]
    if same:
        return same[0], True
    longer = [
        e.path
        for e in entries
        if e.type == "file"
        and e.path.lower().startswith(f"{wanted}.")
        and "/" not in e.path[len(wanted) :]
    ]
    return (longer[0], False) if len(longer) == 1 else (None, False)


RULE = Rule(
    id="RDM013",
    name="relative-links-resolve",
    target=Target.README,
    severity=Severity.WARNING,
    showcase_severity=Severity.ERROR,
    check=check,
    doc=__doc__,
)
