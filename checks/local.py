"""A checkout on disk as the same ``Repo`` the snapshot holds, so rules run unchanged in CI.

What a working tree can tell (files, README, licence text, package metadata) is filled in;
what only GitHub knows (stars, releases, Pages, and the About box when no package metadata
gives it) is named in ``Repo.unknown``, so rules that need it report *inconclusive*.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from checks.package_metadata import metadata_urls, package_metadata
from portfolio import env_files, licences
from portfolio.errors import UsageError
from portfolio.snapshot import FileEntry, Readme, Repo, Snapshot, User

SKIPPED_FOLDERS = frozenset({".git", "node_modules", ".venv"})
"""Never listed when walking a folder that is not a git repository."""

ONLY_ON_GITHUB = (
    "stars",
    "forks",
    "created_at",
    "pushed_at",
    "updated_at",
    "has_pages",
    "latest_release",
    "archived",
)

README_FOLDERS = (".github", "", "docs")
"""Where GitHub looks for the README it shows, in its order."""

_FORMATS = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdown": "markdown",
    ".mkdn": "markdown",
    ".mkd": "markdown",
    ".rst": "rst",
    ".txt": "text",
    "": "text",
}
_FORMAT_PREFERENCE = ("markdown", "rst", "other", "text")

# Key phrases of licence texts. Order matters: the more specific text is tested first
# (LGPL and AGPL texts mention the GPL; BSD-3 is BSD-2 plus the "Neither the name" clause).
_LICENCES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("AGPL-3.0", ("gnu affero general public license", "version 3")),
    ("LGPL-3.0", ("gnu lesser general public license", "version 3")),
    ("LGPL-2.1", ("gnu lesser general public license", "version 2.1")),
    ("GPL-3.0", ("gnu general public license", "version 3")),
    ("GPL-2.0", ("gnu general public license", "version 2")),
    ("Apache-2.0", ("apache license", "version 2.0")),
    ("MPL-2.0", ("mozilla public license", "2.0")),
    ("EPL-2.0", ("eclipse public license", "2.0")),
    ("BSL-1.0", ("boost software license", "version 1.0")),
    ("CC0-1.0", ("cc0 1.0 universal",)),
    # Books, courses and datasets: GitHub knows these two Creative Commons licences.
    ("CC-BY-SA-4.0", ("creative commons attribution-sharealike 4.0 international public license",)),
    ("CC-BY-4.0", ("creative commons attribution 4.0 international public license",)),
    ("Unlicense", ("this is free and unencumbered software released into the public domain",)),
    ("BSD-3-Clause", ("redistribution and use in source and binary forms", "neither the name")),
    ("BSD-2-Clause", ("redistribution and use in source and binary forms",)),
    ("ISC", ("permission to use, copy, modify, and/or distribute this software for any purpose",)),
    ("MIT", ("permission is hereby granted, free of charge",)),
)

# Extension -> language, for the main language GitHub would show (a small linguist).
_LANGUAGES = {
    ".py": "Python",
    ".ipynb": "Jupyter Notebook",
    ".js": "JavaScript",
    ".mjs": "JavaScript",
    ".cjs": "JavaScript",
    ".jsx": "JavaScript",
    ".ts": "TypeScript",
    ".tsx": "TypeScript",
    ".go": "Go",
    ".rs": "Rust",
    ".java": "Java",
    ".kt": "Kotlin",
    ".scala": "Scala",
    ".rb": "Ruby",
    ".php": "PHP",
    ".c": "C",
    ".h": "C",
    ".cc": "C++",
    ".cpp": "C++",
    ".cxx": "C++",
    ".hpp": "C++",
    ".cs": "C#",
    ".swift": "Swift",
    ".m": "Objective-C",
    ".r": "R",
    ".jl": "Julia",
    ".lua": "Lua",
    ".dart": "Dart",
    ".ex": "Elixir",
    ".exs": "Elixir",
    ".erl": "Erlang",
    ".hs": "Haskell",
    ".ml": "OCaml",
    ".clj": "Clojure",
    ".sh": "Shell",
    ".bash": "Shell",
    ".ps1": "PowerShell",
    ".html": "HTML",
    ".css": "CSS",
    ".scss": "SCSS",
    ".vue": "Vue",
    ".svelte": "Svelte",
    ".tex": "TeX",
}


def load_local_repo(path: str | Path) -> Repo:
    """Describe the checkout at ``path`` as a ``Repo`` with ``files_complete=True``."""
    root = Path(path)
    if not root.is_dir():
        raise UsageError(
            f"{root}: not a folder",
            hint="Give the path of a checkout, e.g. `portfolio check --repo .`",
        )
    root = root.resolve()
    owner, name = _owner_and_name(root)
    files = _list_files(root)
    file_paths = [entry.path for entry in files if entry.type == "file"]
    # A LICENSE or README may be a link to a file in a subfolder (Theano's LICENSE.txt links
    # doc/LICENSE.txt): read it there, but never a link leading out of the checkout.
    readable = sorted(file_paths + _linked_files(root, files))
    metadata = package_metadata(root)
    languages = _languages(root, files)
    licence = detect_licence(root, readable)
    unknown = list(ONLY_ON_GITHUB)
    for key in ("description", "topics", "homepage"):
        if key not in metadata:
            unknown.append(key)  # the About box lives on GitHub, not in the checkout
    return Repo(
        name=name,
        owner=owner,
        description=metadata.get("description"),
        homepage=metadata.get("homepage"),
        topics=tuple(metadata.get("topics", ())),
        language=max(languages, key=languages.__getitem__) if languages else None,
        languages=languages,
        license=licence,
        license_name=unlisted_licence_name(root, readable) if licence == "NOASSERTION" else None,
        readme=_find_readme(root, readable),
        files=tuple(files),
        files_complete=True,
        secret_settings=_secret_settings(root, files),
        is_empty=not file_paths,
        unknown=tuple(unknown),
    )


def profile_from_checkout(repo: Repo) -> Snapshot:
    """What a checkout of the special ``LOGIN/LOGIN`` repository tells about its owner's
    profile: the login and the profile README. The rest (name, bio, website, pinned
    repositories) only GitHub knows, so ``user`` and ``pinned`` are unknown."""
    return Snapshot(
        user=User(login=repo.owner),
        fetched_at=datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        repos=(),
        profile_readme=repo.readme,
        unknown=("user", "pinned"),
    )


# --- identity ---------------------------------------------------------------------------------


def _git(root: Path, *args: str) -> str | None:
    try:
        done = subprocess.run(
            ["git", "-C", str(root), *args],
            capture_output=True,
            check=False,
            timeout=60,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None  # no git installed: treat the folder as a plain folder
    if done.returncode != 0:
        return None
    return done.stdout.decode("utf-8", errors="replace")


def parse_remote(url: str) -> tuple[str, str] | None:
    """``owner, name`` from a GitHub remote URL (https, ssh or scp-like), else ``None``."""
    match = re.search(r"github\.com[:/]+([^/\s]+)/([^/\s]+?)(?:\.git)?/?$", url.strip())
    return (match.group(1), match.group(2)) if match else None


def _owner_and_name(root: Path) -> tuple[str, str]:
    remote = _git(root, "remote", "get-url", "origin")
    parsed = parse_remote(remote) if remote else None
    if parsed:
        return parsed
    # No GitHub remote (a copy, a fresh `git init`): the package metadata often links it.
    for url in metadata_urls(root):
        match = _GITHUB_URL.search(url)
        if match:
            return match.group(1), match.group(2)
    # Nothing says where it lives: the folder name is the best guess; the owner is unknown.
    return "local", root.name


_GITHUB_URL = re.compile(r"github\.com[:/]+([A-Za-z0-9-]+)/([A-Za-z0-9._-]+?)(?:\.git)?(?:[/#?]|$)")


# --- files ------------------------------------------------------------------------------------


def _list_files(root: Path) -> list[FileEntry]:
    listed = _git(root, "ls-files", "-z", "--cached", "--others", "--exclude-standard")
    is_git = listed is not None and _git(root, "rev-parse", "--show-toplevel") is not None
    if is_git and listed is not None:
        paths = sorted({p for p in listed.split("\0") if p})
    else:
        paths = sorted(_walk(root))
    entries: dict[str, FileEntry] = {}
    for relative in paths:
        full = root / relative
        if full.is_symlink():
            entries[relative] = FileEntry(path=relative, type="symlink")
        elif full.is_dir():  # a submodule shows up in git ls-files as a folder
            entries[relative] = FileEntry(path=relative, type="submodule")
        elif full.is_file():
            entries[relative] = FileEntry(path=relative, type="file", size=full.stat().st_size)
        else:
            continue  # deleted in the working tree but not yet in a commit
        parent = relative.rpartition("/")[0]
        while parent and parent not in entries:
            entries[parent] = FileEntry(path=parent, type="dir")
            parent = parent.rpartition("/")[0]
    return sorted(entries.values(), key=lambda entry: entry.path)


def _walk(root: Path) -> list[str]:
    found = []
    for folder, subfolders, filenames in os.walk(root):
        subfolders[:] = sorted(d for d in subfolders if d not in SKIPPED_FOLDERS)
        for filename in filenames:
            found.append((Path(folder) / filename).relative_to(root).as_posix())
    return found


def _linked_files(root: Path, files: list[FileEntry]) -> list[str]:
    """The symbolic links of ``files`` that lead to a file inside ``root`` (resolved)."""
    linked = []
    for entry in files:
        if entry.type != "symlink":
            continue
        try:
            target = (root / entry.path).resolve(strict=True)
        except (OSError, RuntimeError):
            continue  # a dangling or looping link
        if target.is_file() and target.is_relative_to(root):
            linked.append(entry.path)
    return linked


# Code GitHub leaves out of a repository's languages, as its linguist does: other people's
# code kept beside the project's (vendor/, node_modules/, third_party/...) and minified files.
# Without this, mdBook's bundled ace.js and highlight.js outweigh its Rust, and the Rust tool
# would be told to `npm install`.
_VENDORED = re.compile(
    r"(?:^|/)(?:vendor|vendors|node_modules|bower_components|third[-_]?party|external|"
    r"extern|dist)/|^deps/|\.min\.(?:js|css)$",
    re.IGNORECASE,
)
# A file whose lines average more than this many characters is minified (linguist's test).
_MINIFIED_LINE = 110
_MINIFIABLE = frozenset({".js", ".mjs", ".cjs", ".css"})


def _languages(root: Path, files: list[FileEntry]) -> dict[str, int]:
    sizes: Counter[str] = Counter()
    for entry in files:
        if entry.type != "file" or _VENDORED.search(entry.path):
            continue
        extension = os.path.splitext(entry.path)[1].lower()
        language = _LANGUAGES.get(extension)
        if not language:
            continue
        if extension in _MINIFIABLE and _is_minified(root / entry.path):
            continue
        sizes[language] += entry.size or 0
    return dict(sizes.most_common())


# Enough of a file to judge its line length by: a bundle of many megabytes is not read whole.
_MINIFIED_SAMPLE = 256 * 1024


def _is_minified(path: Path) -> bool:
    """Whether a script or style sheet is minified: its lines (in its first 256 KB) average
    over 110 characters."""
    try:
        with path.open("rb") as file:
            data = file.read(_MINIFIED_SAMPLE)
    except OSError:
        return False
    lines = data.count(b"\n") + (0 if data.endswith(b"\n") else 1)
    return len(data) / max(lines, 1) > _MINIFIED_LINE


# --- README and licence -----------------------------------------------------------------------


def readme_format(path: str) -> str:
    return _FORMATS.get(os.path.splitext(path)[1].lower(), "other")


def _find_readme(root: Path, file_paths: list[str]) -> Readme | None:
    for folder in README_FOLDERS:
        candidates = [
            p
            for p in file_paths
            if p.rpartition("/")[0] == folder
            and re.fullmatch(r"readme(\.[A-Za-z0-9]+)?", p.rpartition("/")[2], re.IGNORECASE)
        ]
        if candidates:
            chosen = min(candidates, key=lambda p: (_FORMAT_PREFERENCE.index(readme_format(p)), p))
            text = (root / chosen).read_bytes().decode("utf-8", errors="replace")
            return Readme(path=chosen, format=readme_format(chosen), text=text)
    return None


def _secret_settings(root: Path, files: list[FileEntry]) -> dict[str, tuple[str, ...]]:
    """What the environment files of the checkout hold, as the fetch records it (names only)."""
    found = {}
    for path in env_files.files_to_read(files):
        settings = env_files.read_secret_settings(root / path)
        if settings is not None:
            found[path] = settings
    return found


def detect_licence(root: Path, file_paths: list[str]) -> str | None:
    """SPDX id from a LICENSE/LICENCE/COPYING file at the root; ``NOASSERTION`` if unrecognised."""
    found = licences.root_licence_files(file_paths)
    if not found:
        return None
    for path in found:
        spdx = licence_from_text((root / path).read_bytes().decode("utf-8", errors="replace"))
        if spdx:
            return spdx
    return "NOASSERTION"


def unlisted_licence_name(root: Path, file_paths: list[str]) -> str | None:
    """The name of the published licence GitHub does not list that a root licence file
    opens with (see ``portfolio.licences``), if any."""
    for path in licences.root_licence_files(file_paths):
        try:
            with (root / path).open("rb") as handle:
                opening = handle.read(licences.TITLE_CHARS).decode("utf-8", errors="replace")
        except OSError:
            continue  # unreadable: REP005 reports the NOASSERTION without a name
        name = licences.name_from_opening(opening)
        if name:
            return name
    return None


def licence_from_text(text: str) -> str | None:
    """The SPDX id whose key phrases all appear in ``text`` (spacing and case ignored)."""
    flat = " ".join(text.lower().split())
    for spdx, phrases in _LICENCES:
        if all(phrase in flat for phrase in phrases):
            return spdx
    return None
