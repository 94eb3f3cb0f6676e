"""Turns GitHub's JSON (REST and GraphQL answers) into snapshot objects.

Pure functions, no I/O: ``portfolio.github.fetch`` asks GitHub, this module reads the answers.
It also knows GitHub's own conventions that the snapshot reproduces: which file GitHub shows as
a repository's README, and how its extension maps to a markup format.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from portfolio.snapshot import FileEntry, Release, Repo, SocialAccount, User

LISTED_FOLDERS = ("", ".github", ".github/workflows", "docs")
"""Folders whose entries the snapshot keeps: what the checks look at, and where READMEs live."""

README_FOLDERS = (".github", "", "docs")
"""Where GitHub looks for a README, in its order: ``.github/``, then the root, then ``docs/``."""

_README_NAME = re.compile(r"^readme(\.[^/]+)?$", re.IGNORECASE)
_FORMATS = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdown": "markdown",
    ".mkdn": "markdown",
    ".mkd": "markdown",
    ".rst": "rst",
    ".rest": "rst",
    ".txt": "text",
    "": "text",
}
_GIT_TYPES = {"blob": "file", "tree": "dir", "commit": "submodule"}
_SYMLINK_MODE = "120000"


def _text(value: Any) -> str | None:
    """GitHub uses "" and null alike for an empty field; the snapshot says None."""
    return value if isinstance(value, str) and value.strip() else None


def _int(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def user_from_rest(data: dict[str, Any]) -> User:
    """``GET /users/{login}`` -> User."""
    hireable = data.get("hireable")
    return User(
        login=str(data["login"]),
        name=_text(data.get("name")),
        bio=_text(data.get("bio")),
        avatar_url=_text(data.get("avatar_url")),
        blog=_text(data.get("blog")),
        company=_text(data.get("company")),
        location=_text(data.get("location")),
        email=_text(data.get("email")),
        hireable=hireable if isinstance(hireable, bool) else None,
        twitter_username=_text(data.get("twitter_username")),
        followers=_int(data.get("followers")),
        following=_int(data.get("following")),
        public_repos=_int(data.get("public_repos")),
        created_at=_text(data.get("created_at")),
        html_url=_text(data.get("html_url")),
    )


def social_accounts_from_rest(items: Iterable[Any]) -> tuple[SocialAccount, ...]:
    """``GET /users/{login}/social_accounts`` -> SocialAccount list, in the profile's order."""
    return tuple(
        SocialAccount(provider=str(item.get("provider") or "generic"), url=str(item["url"]))
        for item in items
        if isinstance(item, dict) and _text(item.get("url"))
    )


def repo_from_rest(data: dict[str, Any]) -> Repo:
    """One item of ``GET /users/{login}/repos`` -> Repo with the fields the list carries."""
    license_info = data.get("license")
    spdx = license_info.get("spdx_id") if isinstance(license_info, dict) else None
    topics = data.get("topics")
    return Repo(
        name=str(data["name"]),
        owner=str(data["owner"]["login"]),
        description=_text(data.get("description")),
        homepage=_text(data.get("homepage")),
        topics=tuple(str(t) for t in topics) if isinstance(topics, list) else (),
        language=_text(data.get("language")),
        license=_text(spdx),
        fork=bool(data.get("fork")),
        archived=bool(data.get("archived")),
        is_template=bool(data.get("is_template")),
        stars=_int(data.get("stargazers_count")),
        forks=_int(data.get("forks_count")),
        created_at=_text(data.get("created_at")),
        pushed_at=_text(data.get("pushed_at")),
        updated_at=_text(data.get("updated_at")),
        default_branch=_text(data.get("default_branch")),
        has_pages=bool(data.get("has_pages")),
    )


def _parent_folder(path: str) -> str:
    return path.rpartition("/")[0]


def entries_from_rest_tree(tree: dict[str, Any]) -> tuple[FileEntry, ...]:
    """``GET /repos/{o}/{r}/git/trees/{ref}?recursive=1`` -> the entries of LISTED_FOLDERS."""
    entries = []
    for item in tree.get("tree") or []:
        path = item.get("path")
        if not isinstance(path, str) or _parent_folder(path) not in LISTED_FOLDERS:
            continue
        kind = "symlink" if item.get("mode") == _SYMLINK_MODE else _GIT_TYPES.get(item.get("type"))
        if kind is None:
            continue
        size = item.get("size")
        entries.append(
            FileEntry(path=path, type=kind, size=size if isinstance(size, int) else None)
        )
    return tuple(sorted(entries, key=lambda e: e.path))


def entries_from_graphql(folder: str, tree: Any) -> list[FileEntry]:
    """A GraphQL ``Tree`` object (``object(expression: "HEAD:folder")``) -> its entries."""
    if not isinstance(tree, dict) or not isinstance(tree.get("entries"), list):
        return []
    entries = []
    for item in tree["entries"]:
        name = item.get("name")
        if not isinstance(name, str):
            continue
        mode = item.get("mode")
        is_link = mode == int(_SYMLINK_MODE, 8) or str(mode) == _SYMLINK_MODE
        kind = "symlink" if is_link else _GIT_TYPES.get(item.get("type"))
        if kind is None:
            continue
        blob = item.get("object")
        size = blob.get("byteSize") if isinstance(blob, dict) else None
        path = f"{folder}/{name}" if folder else name
        entries.append(
            FileEntry(path=path, type=kind, size=size if isinstance(size, int) else None)
        )
    return entries


def extension(path: str) -> str:
    """The file's extension, lower-cased, as GitHub's markup rendering reads it: the last
    suffix decides (``README.en.md`` is Markdown); ``""`` for ``README``."""
    name = path.rpartition("/")[2]
    dot = name.rfind(".")
    return name[dot:].lower() if dot > 0 else ""


def readme_format(path: str) -> str:
    """``markdown``, ``rst``, ``text`` or ``other``, from the extension as GitHub does."""
    return _FORMATS.get(extension(path), "other")


def is_readme_name(name: str) -> bool:
    """Whether a file called ``name`` is a README to GitHub: ``README`` with any extension, in
    any case (``readme.md``, ``README.rst``, ``Readme``)."""
    return bool(_README_NAME.match(name))


def find_readme(entries: Iterable[FileEntry]) -> str | None:
    """The path of the README GitHub shows for these entries, or None when there is none."""
    by_folder: dict[str, list[str]] = {}
    for entry in entries:
        name = entry.path.rpartition("/")[2]
        if entry.type == "file" and is_readme_name(name):
            by_folder.setdefault(_parent_folder(entry.path), []).append(entry.path)
    rank = {"markdown": 0, "rst": 1, "text": 2, "other": 3}
    for folder in README_FOLDERS:
        candidates = by_folder.get(folder)
        if candidates:
            return min(candidates, key=lambda p: (rank[readme_format(p)], p))
    return None


def decode_text(data: bytes) -> str:
    """README bytes -> text; bytes that are not UTF-8 become U+FFFD instead of failing."""
    return data.decode("utf-8", errors="replace").removeprefix("\ufeff")


def languages_from_graphql(languages: Any) -> dict[str, int]:
    """``languages(first: N) { edges { size node { name } } }`` -> {name: bytes}."""
    result: dict[str, int] = {}
    if isinstance(languages, dict):
        for edge in languages.get("edges") or []:
            node = edge.get("node") if isinstance(edge, dict) else None
            if isinstance(node, dict) and isinstance(node.get("name"), str):
                result[node["name"]] = _int(edge.get("size"))
    return result


def release_from_graphql(release: Any) -> Release | None:
    """``latestRelease { tagName name publishedAt url }`` -> Release, or None."""
    if not isinstance(release, dict) or not isinstance(release.get("tagName"), str):
        return None
    return Release(
        tag_name=release["tagName"],
        name=_text(release.get("name")),
        published_at=_text(release.get("publishedAt")),
        url=_text(release.get("url")),
    )
