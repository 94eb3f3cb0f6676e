"""The snapshot: everything we know about one GitHub user at one moment, as frozen dataclasses.

The snapshot is the only thing that crosses from the network into the rest of the tool. `fetch`
writes it; `check` and `build` read it and stay offline, like a lock file. Its JSON form is
versioned by ``schema_version`` and documented in ``docs/snapshot.md``.

"Unknown" is never guessed: a field the fetch could not get (pinned repositories without a
token, a repository's languages when the budget ran out) is named in the ``unknown`` tuple of its
object, and rules that need it report *inconclusive*.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from portfolio.errors import SnapshotError
from portfolio.files import write_text_atomic

SCHEMA_VERSION = 1
SNAPSHOT_FILENAME = "snapshot.json"


@dataclass(frozen=True)
class SocialAccount:
    """A link from the profile's "Social accounts" list."""

    provider: str
    """GitHub's name for the site: ``linkedin``, ``twitter``, ``mastodon``, ``generic``, ..."""
    url: str


@dataclass(frozen=True)
class User:
    """The public fields of a GitHub user, as ``GET /users/{login}`` returns them."""

    login: str
    name: str | None = None
    bio: str | None = None
    avatar_url: str | None = None
    blog: str | None = None
    """The "Website" field of the profile."""
    company: str | None = None
    location: str | None = None
    email: str | None = None
    """The public email, when the user chose to show one."""
    hireable: bool | None = None
    twitter_username: str | None = None
    followers: int = 0
    following: int = 0
    public_repos: int = 0
    created_at: str | None = None
    html_url: str | None = None

    @property
    def profile_url(self) -> str:
        return self.html_url or f"https://github.com/{self.login}"


@dataclass(frozen=True)
class Readme:
    """A README file: where it is, its markup and its text."""

    path: str
    """Path inside the repository, e.g. ``README.md`` or ``docs/README.rst``."""
    format: str
    """``markdown``, ``rst``, ``text`` or ``other`` (from the file extension, as GitHub does)."""
    text: str
    """The decoded text; bytes that were not UTF-8 are replaced, never fatal."""


@dataclass(frozen=True)
class FileEntry:
    """One entry of a repository's tree that the checks look at."""

    path: str
    """Path from the repository root with ``/`` separators, e.g. ``.github/workflows/ci.yml``."""
    type: str
    """``file``, ``dir``, ``symlink`` or ``submodule``."""
    size: int | None = None


@dataclass(frozen=True)
class Release:
    """The latest published release of a repository."""

    tag_name: str
    name: str | None = None
    published_at: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class Repo:
    """A public repository owned by the user."""

    name: str
    owner: str
    description: str | None = None
    homepage: str | None = None
    topics: tuple[str, ...] = ()
    language: str | None = None
    """The main language as GitHub detects it."""
    languages: dict[str, int] = field(default_factory=dict)
    """Bytes of code per language."""
    license: str | None = None
    """SPDX id (``MIT``, ``Apache-2.0``); ``NOASSERTION`` when GitHub saw a licence it could
    not identify; ``None`` when there is none."""
    license_name: str | None = None
    """With ``NOASSERTION``: the name of the published licence that the file's opening gives,
    when it is one GitHub does not list (``Llama 2 Community License Agreement``, ``CC BY-NC
    4.0``). Read from the opening of the root licence file, by the fetch or on a checkout."""
    fork: bool = False
    parent: str | None = None
    """For a fork, ``owner/name`` of the repository it was forked from, when known."""
    archived: bool = False
    is_template: bool = False
    is_empty: bool = False
    stars: int = 0
    forks: int = 0
    created_at: str | None = None
    pushed_at: str | None = None
    updated_at: str | None = None
    default_branch: str | None = None
    has_pages: bool = False
    latest_release: Release | None = None
    readme: Readme | None = None
    files: tuple[FileEntry, ...] = ()
    """Root entries, ``.github/`` and its ``workflows/``, plus whatever else the fetch listed."""
    files_complete: bool = False
    """True when ``files`` lists the whole tree (a local checkout); False when only some
    folders were listed, so a path missing from ``files`` may still exist."""
    secret_settings: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """The environment files (``.env``) of ``files`` whose text was read, each with the names
    of its settings that hold a secret (empty when none does). Values are never kept. An
    environment file missing here was not read (too large, more than a few, unreadable)."""
    unknown: tuple[str, ...] = ()
    """Names of fields the fetch could not get; their values above are placeholders."""

    @property
    def full_name(self) -> str:
        return f"{self.owner}/{self.name}"

    @property
    def html_url(self) -> str:
        return f"https://github.com/{self.owner}/{self.name}"

    def knows(self, field_name: str) -> bool:
        """Whether ``field_name`` was actually fetched (rules report inconclusive otherwise)."""
        return field_name not in self.unknown


@dataclass(frozen=True)
class Snapshot:
    """One user, their profile README, pinned items and public repositories at ``fetched_at``."""

    user: User
    fetched_at: str
    """ISO 8601 UTC time of the fetch."""
    repos: tuple[Repo, ...] = ()
    social_accounts: tuple[SocialAccount, ...] = ()
    pinned: tuple[str, ...] = ()
    """``owner/name`` of the pinned repositories, in the order shown on the profile."""
    profile_readme: Readme | None = None
    """README of the special ``login/login`` repository, shown on the profile page."""
    authenticated: bool = False
    """Whether the fetch used a token (pinned items need one)."""
    unknown: tuple[str, ...] = ()
    """Top-level fields the fetch could not get, e.g. ``pinned`` without a token."""
    schema_version: int = SCHEMA_VERSION

    def knows(self, field_name: str) -> bool:
        return field_name not in self.unknown

    def repo(self, name: str) -> Repo | None:
        """The repository called ``name`` (or ``owner/name``), if the snapshot has it."""
        for repo in self.repos:
            if name in (repo.name, repo.full_name):
                return repo
        return None

    def to_json(self) -> str:
        """The snapshot as pretty, stable JSON (keys in field order, a final newline)."""
        return json.dumps(_to_plain(self), indent=2, ensure_ascii=False) + "\n"

    @classmethod
    def from_json(cls, text: str, *, source: str = "snapshot.json") -> Snapshot:
        """Parse and validate a snapshot; errors name ``source`` and the field path."""
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise SnapshotError(
                f"{source}:{exc.lineno}: not valid JSON ({exc.msg})",
                hint="Re-create it with `portfolio fetch LOGIN`.",
            ) from None
        except RecursionError:
            # Thousands of nested `[` exhaust Python's stack in the json module: not a snapshot.
            raise SnapshotError(
                f"{source}: nested thousands of levels deep, which no snapshot is",
                hint="Re-create it with `portfolio fetch LOGIN`.",
            ) from None
        if not isinstance(data, dict):
            raise SnapshotError(f"{source}: expected a JSON object at the top level")
        version = data.get("schema_version")
        if not isinstance(version, int) or isinstance(version, bool):
            raise SnapshotError(f"{source}: schema_version: missing or not a whole number")
        if version > SCHEMA_VERSION:
            raise SnapshotError(
                f"{source}: schema_version {version} is newer than this version of portfolio "
                f"understands ({SCHEMA_VERSION}); upgrade with `pip install -U portfolio-kit`"
            )
        if version < 1:
            raise SnapshotError(
                f"{source}: schema_version {version} is not supported; "
                "re-fetch with `portfolio fetch LOGIN`"
            )
        return _from_plain(cls, data, source, "")


def load_snapshot(path: str | Path) -> Snapshot:
    """Read ``path`` (a snapshot file, or a profile folder holding ``snapshot.json``)."""
    path = Path(path)
    if path.is_dir():
        path = path / SNAPSHOT_FILENAME
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise SnapshotError(
            f"{path}: no snapshot here",
            hint="Create it with `portfolio fetch LOGIN -o " + str(path) + "`.",
        ) from None
    except OSError as exc:
        raise SnapshotError(f"{path}: cannot read ({exc.strerror})") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SnapshotError(f"{path}: not UTF-8 text (byte {exc.start})") from None
    return Snapshot.from_json(text, source=str(path))


def save_snapshot(snapshot: Snapshot, path: str | Path) -> None:
    """Write the snapshot atomically: the previous file survives any failure."""
    write_text_atomic(path, snapshot.to_json())


# --- JSON <-> dataclasses -------------------------------------------------------------------
# A small, strict converter driven by the type hints above, so that the dataclasses are the one
# description of the format and every malformed value is reported with its path.


def _to_plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _to_plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [_to_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _to_plain(v) for k, v in value.items()}
    return value


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    if cls not in _HINTS:
        _HINTS[cls] = typing.get_type_hints(cls)
    return _HINTS[cls]


def _from_plain(tp: Any, value: Any, source: str, where: str) -> Any:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        options = typing.get_args(tp)
        if value is None and type(None) in options:
            return None
        for option in options:
            if option is not type(None):
                return _from_plain(option, value, source, where)
    if dataclasses.is_dataclass(tp):
        return _dataclass_from_plain(tp, value, source, where)
    if origin is tuple:
        if not isinstance(value, list):
            raise _type_error(source, where, "a list", value)
        (item_tp, _ellipsis) = typing.get_args(tp)
        return tuple(
            _from_plain(item_tp, item, source, f"{where}[{i}]") for i, item in enumerate(value)
        )
    if origin is dict:
        if not isinstance(value, dict):
            raise _type_error(source, where, "an object", value)
        _key_tp, value_tp = typing.get_args(tp)
        return {str(k): _from_plain(value_tp, v, source, f"{where}.{k}") for k, v in value.items()}
    if tp is bool:
        if not isinstance(value, bool):
            raise _type_error(source, where, "true or false", value)
        return value
    if tp is int:
        if not isinstance(value, int) or isinstance(value, bool):
            raise _type_error(source, where, "a whole number", value)
        return value
    if tp is str:
        if not isinstance(value, str):
            raise _type_error(source, where, "a string", value)
        return value
    raise TypeError(f"snapshot field {where} has an unsupported type {tp!r}")  # a bug, not input


def _dataclass_from_plain(cls: type, value: Any, source: str, where: str) -> Any:
    if not isinstance(value, dict):
        raise _type_error(source, where, "an object", value)
    hints = _hints(cls)
    kwargs = {}
    for f in dataclasses.fields(cls):
        path = f"{where}.{f.name}" if where else f.name
        if f.name in value:
            kwargs[f.name] = _from_plain(hints[f.name], value[f.name], source, path)
        elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            raise SnapshotError(f"{source}: {path}: missing")
    # Unknown keys are ignored on purpose: a snapshot from a newer minor version still loads.
    return cls(**kwargs)


def _type_error(source: str, where: str, expected: str, value: Any) -> SnapshotError:
    got = "null" if value is None else type(value).__name__
    return SnapshotError(f"{source}: {where or 'top level'}: expected {expected}, got {got}")
