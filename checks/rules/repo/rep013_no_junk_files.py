"""A repository does not commit caches, virtual environments or editor and OS clutter.

What it does:
    Looks through the file list for folders and files that tools create and nobody should
    commit: ``node_modules/``, ``__pycache__/``, ``.ipynb_checkpoints/``, virtual
    environments (``venv/``, ``.venv/``, or any folder holding ``pyvenv.cfg``),
    ``.pytest_cache/``, ``.mypy_cache/``, ``.DS_Store``, ``Thumbs.db``, ``desktop.ini`` and
    editor swap and backup files (``*.swp``, ``*~``), except under a test folder, where a
    tool's tests keep them on purpose. Each kind is reported once, at its first place.

Why it matters:
    Junk files say "committed with ``git add .`` without looking". They bury the real code,
    bloat clones, and a committed ``node_modules`` or ``venv`` can hold thousands of files.

Example:
    Fails: ``__pycache__/`` and ``.DS_Store`` committed at the root.
    Passes: both listed in ``.gitignore`` and absent from the tree.

How to fix:
    Remove them from Git but not from disk, and ignore them:
    ``git rm -r --cached __pycache__ && echo "__pycache__/" >> .gitignore && git commit``.

Fix safety:
    Display-only: the fix removes tracked files, which a person should run and review.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Iterator

from checks.model import Fix, FixSafety, Problem, RepoContext, Rule, Severity, Target
from checks.repo_kinds import TEST_FOLDERS
from portfolio.snapshot import Repo

JUNK_FOLDERS = {
    "node_modules": "installed npm packages",
    "__pycache__": "Python bytecode caches",
    ".ipynb_checkpoints": "Jupyter autosaves",
    "venv": "a Python virtual environment",
    ".venv": "a Python virtual environment",
    ".pytest_cache": "a pytest cache",
    ".mypy_cache": "a mypy cache",
    ".ruff_cache": "a ruff cache",
    ".tox": "tox environments",
    ".sass-cache": "a Sass cache",
}
JUNK_FILES = {
    ".ds_store": "macOS folder metadata",
    "thumbs.db": "Windows thumbnails",
    "desktop.ini": "Windows folder settings",
    "*.swp": "an editor swap file",
    "*~": "an editor backup file",
    "pyvenv.cfg": "a Python virtual environment",
}


# Editor leftovers under a test folder are what a tool's tests feed it (bat's
# tests/examples/test.json~); a cache or .DS_Store there is junk all the same.
_EDITOR_FILES = frozenset({"*.swp", "*~"})


def junk_kind(path: str) -> tuple[str, str] | None:
    """``(what to ignore, what it is)`` for a junk entry, or ``None``."""
    parts = path.split("/")
    for depth, part in enumerate(parts):
        if part in JUNK_FOLDERS:
            return "/".join(parts[: depth + 1]), JUNK_FOLDERS[part]
    name = parts[-1].lower()
    for pattern, kind in JUNK_FILES.items():
        if fnmatch.fnmatchcase(name, pattern):
            if pattern in _EDITOR_FILES and TEST_FOLDERS & set(parts[:-1]):
                return None  # bat tests that it ignores `test.rs~`: a fixture, not a slip
            if name == "pyvenv.cfg" and len(parts) > 1:
                return "/".join(parts[:-1]), kind
            return path, kind
    return None


def junk_folders(repo: Repo) -> set[str]:
    """The junk folders of ``repo`` (``src/__pycache__``, a virtual environment found by its
    ``pyvenv.cfg``), as this rule reports them."""
    folders = set()
    for entry in repo.files:
        junk = junk_kind(entry.path)
        if junk is not None and (junk[0] != entry.path or entry.type == "dir"):
            folders.add(junk[0])
    return folders


def _pathspec(path: str, is_folder: bool) -> str:
    """Git pathspecs for every copy of this junk in the tree (git's ``*`` also matches ``/``)."""
    name = path.rpartition("/")[2]
    return f"'{name}/*' '*/{name}/*'" if is_folder else f"'{name}' '*/{name}'"


def check(ctx: RepoContext) -> Iterator[Problem]:
    repo = ctx.repo
    # One finding per kind of junk, at its first place: ".DS_Store in 40 folders" is one fix.
    places: dict[str, list[tuple[str, bool]]] = {}
    for entry in repo.files:
        junk = junk_kind(entry.path)
        if junk is None:
            continue
        path, kind = junk
        is_folder = path != entry.path or entry.type == "dir"
        found = places.setdefault(kind, [])
        if path not in [p for p, _ in found]:
            found.append((path, is_folder))
    for kind, found in places.items():
        path, is_folder = found[0]
        shown = path + ("/" if is_folder else "")
        pattern = path.rpartition("/")[2] + ("/" if is_folder else "")
        more = len(found) - 1
        elsewhere = f" (and {more} more place{'s' if more > 1 else ''})" if more else ""
        remove = (
            f'git rm -r --cached "{path}"'
            if not more
            else f"git ls-files -z -- {_pathspec(path, is_folder)} | xargs -0 git rm --cached"
        )
        yield Problem(
            message=f"`{repo.name}` has {shown} committed{elsewhere}: {kind}",
            file=path,
            fix=Fix(
                description=(
                    f'Run `{remove} && echo "{pattern}" >> .gitignore` and commit: the files '
                    "stay on your disk but leave the repository."
                ),
                safety=FixSafety.DISPLAY_ONLY,
            ),
        )


RULE = Rule(
    id="REP013",
    name="no-junk-files",
    target=Target.REPO,
    severity=Severity.WARNING,
    check=check,
    doc=__doc__,
)
