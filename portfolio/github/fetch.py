"""Builds a Snapshot from GitHub: the only module that knows GitHub's endpoints and queries.

Only public endpoints are used (``/users/{login}/...``, ``/repos/...``, GraphQL ``user(login:)``
and ``repository(owner:, name:)``), never ``/user/...``, so a token that can see private
repositories cannot leak them into a snapshot.

How requests are spent (``docs/snapshot.md`` explains it for users):

- always, conditionally (a 304 reuses the cache): the user, their social accounts and the list
  of their repositories, 100 a page; the list already carries most repository fields;
- with a token: GraphQL, ``BATCH_SIZE`` repositories a query, for languages, latest release,
  parent of forks, file entries, the root ``README.md`` / ``README.rst`` / ``readme.md`` and
  the pinned repositories; a second batched query for READMEs found elsewhere, one for
  committed environment files (``environment_files``: names of secret settings only), and
  one for the licence files of repositories GitHub marks ``NOASSERTION``;
- without a token: one ``git/trees`` request per repository and the README (and any committed
  ``.env``, and the licence file GitHub could not name) from raw.githubusercontent.com, which
  is outside the API rate limit; languages,
  latest release, fork parents and pinned repositories are recorded as unknown;
- a repository whose ``pushed_at`` and ``updated_at`` are unchanged since the previous snapshot
  keeps its previous details: no request at all for it;
- each repository's GraphQL answer is also kept in the HTTP cache under the same two dates, so
  a fetch stopped by the rate limit (or interrupted) resumes where it stopped: the batches
  already answered are not asked again, although no snapshot was written.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import hashlib
import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from portfolio import env_files, licences
from portfolio.errors import FetchError, SnapshotError, UsageError
from portfolio.github import convert, environment_files
from portfolio.github.cache import HttpCache, default_cache_dir
from portfolio.github.client import (
    API_URL,
    GRAPHQL_URL,
    RAW_HOST,
    FetchStats,
    GitHubClient,
    RateLimitError,
    ServerTroubleError,
)
from portfolio.snapshot import FileEntry, Readme, Repo, Snapshot, load_snapshot, save_snapshot

Progress = Callable[[str, int, int], None]
"""``progress(what, done, total)``: called as the fetch advances (e.g. to draw a progress bar)."""

BATCH_SIZE = 25
"""Repositories per GraphQL query: large enough to save requests, small enough that GitHub
answers well within its 10-second query timeout even for repositories with big root folders."""
BLOB_BATCH_SIZE = 50
"""Files per GraphQL query for READMEs found outside the root and for environment files."""
PINNED_FRESH_SECONDS = 60
"""How long an answer about the pinned repositories is reused without asking again. GitHub
gives pins no ETag (they are only in GraphQL, which has no conditional requests), so an
unchanged re-fetch could not otherwise be free. 60 seconds is what GitHub's own API answers
allow (``Cache-Control: max-age=60``): enough for ``build --refresh`` then ``check
--refresh`` in one CI job, short enough that pinning a repository and fetching again shows it.
Any fetch that queries GraphQL for a changed repository asks for the pins in the same query,
at no extra cost."""

DETAIL_FIELDS = (
    "is_empty",
    "files",
    "readme",
    "languages",
    "latest_release",
    "parent",
    "secret_settings",
    "license_name",
)
"""Repo fields that need more than the repository list; the rest come from the list."""
NEEDS_TOKEN = ("languages", "latest_release", "parent")
"""Detail fields that a fetch without a token records as unknown rather than spend on."""

_UNAVAILABLE = (403, 404, 451)
"""Answers for one repository's files that leave them unknown without stopping the fetch: the
branch vanished (404), access blocked, e.g. by a DMCA takedown (403, 451)."""

_LOGIN = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$")

_BLOB = "fragment BlobText on Blob { text isBinary isTruncated byteSize }"
_ENTRIES = (
    "fragment Entries on Tree { entries { name type mode object { ... on Blob { byteSize } } } }"
)
_RATE = "rateLimit { cost remaining resetAt }"
_PINNED = (
    "user(login: $login) { pinnedItems(first: 6, types: REPOSITORY) "
    "{ nodes { ... on Repository { nameWithOwner } } } }"
)
_DETAILS = """
  isEmpty
  parent { nameWithOwner }
  latestRelease { tagName name publishedAt url }
  languages(first: 20, orderBy: {field: SIZE, direction: DESC}) { edges { size node { name } } }
  root: object(expression: "HEAD:") { ...Entries }
  dotgithub: object(expression: "HEAD:.github") { ...Entries }
  workflows: object(expression: "HEAD:.github/workflows") { ...Entries }
  docs: object(expression: "HEAD:docs") { ...Entries }
  readme: object(expression: "HEAD:README.md") { ...BlobText }
  readmeRst: object(expression: "HEAD:README.rst") { ...BlobText }
  readmeLower: object(expression: "HEAD:readme.md") { ...BlobText }
"""
# The README names asked for in the details query itself, which cover most repositories; a
# README elsewhere (docs/README.md, README.txt, ...) costs one more query per 50 of them.
_README_ALIASES = {"README.md": "readme", "README.rst": "readmeRst", "readme.md": "readmeLower"}
# Which snapshot fields a GraphQL error at repository alias -> this field makes unknown.
_GRAPHQL_FIELDS = {
    "isEmpty": ("is_empty",),
    "parent": ("parent",),
    "latestRelease": ("latest_release",),
    "languages": ("languages",),
    "root": ("files", "readme"),
    "dotgithub": ("files", "readme"),
    "workflows": ("files",),
    "docs": ("files", "readme"),
    "readme": ("readme",),
    "readmeRst": ("readme",),
    "readmeLower": ("readme",),
}
_SHAPE = hashlib.sha256(f"{_DETAILS}{_ENTRIES}{_BLOB}".encode()).hexdigest()[:12]
"""Changes with the queries, so answers kept in the cache by an older version are not reused."""

_FOLDER_ALIASES = {
    "root": "",
    "dotgithub": ".github",
    "workflows": ".github/workflows",
    "docs": "docs",
}


class UnknownUserError(FetchError):
    """GitHub has no user of that name: a typo the user can fix."""

    exit_code = 2


@dataclass(frozen=True)
class FetchReport:
    """What ``fetch_and_save`` did: the snapshot written, where, and what it cost."""

    snapshot: Snapshot
    stats: FetchStats
    path: Path
    missing: tuple[str, ...]
    """Sentences saying what could not be fetched (see ``describe_missing``)."""


@dataclass
class _Details:
    """Detail fields being gathered for one repository, and those that stayed unknown."""

    values: dict[str, Any] = dataclasses.field(default_factory=dict)
    unknown: set[str] = dataclasses.field(default_factory=set)


def check_login(login: str) -> str:
    """``login`` if it can be a GitHub login (it becomes part of URLs), else UsageError."""
    if not _LOGIN.match(login or ""):
        raise UsageError(
            f"{login!r} is not a GitHub login: logins are letters, digits and hyphens, "
            "at most 39 characters, not starting with a hyphen",
            hint="Use the name in your profile's address: https://github.com/LOGIN.",
        )
    return login


def make_client(
    *,
    token: str = "",
    token_source: str = "GITHUB_TOKEN",
    cache_dir: str | Path | None = None,
    max_wait: float = 60.0,
    refresh: bool = False,
) -> GitHubClient:
    """A client with the persisted HTTP cache in ``cache_dir`` (default: ``default_cache_dir``)."""
    return GitHubClient(
        token=token,
        token_source=token_source,
        cache=HttpCache(cache_dir if cache_dir is not None else default_cache_dir()),
        max_wait=max_wait,
        refresh=refresh,
    )


def fetch_snapshot(
    login: str,
    *,
    token: str = "",
    token_source: str = "GITHUB_TOKEN",
    cache_dir: str | Path | None = None,
    previous: Snapshot | None = None,
    max_wait: float = 60.0,
    refresh: bool = False,
    progress: Progress | None = None,
    client: GitHubClient | None = None,
) -> tuple[Snapshot, FetchStats]:
    """Fetch everything the snapshot holds about ``login``; return it and what it cost.

    ``token`` empty means without a token. ``previous`` (the snapshot this one replaces) lets
    unchanged repositories keep their details without any request; ``refresh`` ignores it and
    the HTTP cache. ``client`` replaces the one built from the other arguments (tests inject
    one with a fake clock). Raises FetchError (UnknownUserError for a login GitHub does not
    know, BadTokenError on 401, RateLimitError past ``max_wait``); writes only the cache.
    """
    check_login(login)
    if client is None:
        client = make_client(
            token=token,
            token_source=token_source,
            cache_dir=cache_dir,
            max_wait=max_wait,
            refresh=refresh,
        )
    if client.refresh:
        previous = None
    try:
        snapshot = _fetch(login, client, previous, progress)
        client.prune_cache()  # after success only: a stopped fetch keeps all it can resume from
        return snapshot, client.stats
    finally:
        client.close()


def _fetch(
    login: str, client: GitHubClient, previous: Snapshot | None, progress: Progress | None
) -> Snapshot:
    report = progress or (lambda _what, _done, _total: None)
    report("profile", 0, 3)
    user_response = client.get(f"{API_URL}/users/{login}", ok=(200, 404))
    if user_response.status == 404:
        raise UnknownUserError(
            f"GitHub has no user called {login!r} (404 Not Found)",
            hint=f"Check the spelling: https://github.com/{login} should be your profile.",
        )
    user_data = user_response.json()
    if not isinstance(user_data, dict) or not isinstance(user_data.get("login"), str):
        raise FetchError(
            f"GitHub's answer for /users/{login} is not a user (it has no login)",
            hint="Run the same command again; if it keeps happening, report it with --debug.",
        )
    user = convert.user_from_rest(user_data)
    login = user.login  # GitHub's spelling, e.g. its capitals
    report("profile", 1, 3)
    # Organisations answer 404 here: they have no social accounts, which is not an error.
    social_response = client.get(f"{API_URL}/users/{login}/social_accounts", ok=(200, 404))
    social = convert.social_accounts_from_rest(
        social_response.json() or [] if social_response.status == 200 else []
    )
    report("profile", 2, 3)
    listed = [
        item
        for item in client.paginate(
            f"{API_URL}/users/{login}/repos", {"type": "owner", "per_page": 100}
        )
        if isinstance(item, dict) and not item.get("private")
    ]
    report("profile", 3, 3)

    try:
        repos = [convert.repo_from_rest(item) for item in listed]
    except (KeyError, TypeError):
        raise FetchError(
            f"GitHub's list of repositories for {login} has an entry without a name or owner",
            hint="Run the same command again; if it keeps happening, report it with --debug.",
        ) from None
    details = {repo.name: _Details() for repo in repos}
    reusable = (
        {}
        if previous is None or previous.user.login.lower() != login.lower()
        else {repo.name: repo for repo in previous.repos}
    )
    to_fetch: list[Repo] = []
    reused = 0
    for repo in repos:
        old = reusable.get(repo.name)
        if old is not None and _unchanged(old, repo, client.authenticated):
            details[repo.name] = _Details(
                values={name: getattr(old, name) for name in DETAIL_FIELDS},
                unknown=set(old.unknown) & set(DETAIL_FIELDS),
            )
            reused += 1
        else:
            to_fetch.append(repo)

    unknown: list[str] = []
    pinned: tuple[str, ...] = ()
    try:
        if client.authenticated:
            pinned_or_none = _fetch_with_graphql(client, login, to_fetch, details, report)
            if pinned_or_none is None:
                unknown.append("pinned")
            else:
                pinned = pinned_or_none
        else:
            unknown.append("pinned")
            _fetch_with_rest(client, to_fetch, details, report)
    except RateLimitError as exc:
        done = sum(1 for r in to_fetch if details[r.name].values or details[r.name].unknown)
        missing = [
            r.name for r in to_fetch if not (details[r.name].values or details[r.name].unknown)
        ]
        shown = ", ".join(missing[:5]) + (
            f" and {len(missing) - 5} more" if len(missing) > 5 else ""
        )
        # The last queries (READMEs outside the root, environment files) run once every
        # repository has its details: then none is missing, only some of their files.
        progress = (
            f"Fetched {reused + done} of {len(repos)} repositories; still missing: {shown}"
            if missing
            else f"Fetched all {len(repos)} repositories but not yet all of their files"
        )
        raise RateLimitError(
            f"{exc.message}. {progress}. Nothing was written",
            reset_at=exc.reset_at,
            hint=exc.hint,
        ) from None

    final = tuple(_finish(repo, details[repo.name], client.authenticated) for repo in repos)
    profile_readme = None
    profile_repo = next((r for r in final if r.name.lower() == login.lower()), None)
    if profile_repo is not None:
        profile_readme = profile_repo.readme
        if not profile_repo.knows("readme"):
            unknown.append("profile_readme")
    client.stats.reused_repos = reused
    return Snapshot(
        user=user,
        fetched_at=datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        repos=final,
        social_accounts=social,
        pinned=pinned,
        profile_readme=profile_readme,
        authenticated=client.authenticated,
        unknown=tuple(unknown),
    )


def _unchanged(old: Repo, new: Repo, authenticated: bool) -> bool:
    """Whether ``old``'s details still hold: same push and update times, nothing to fill in."""
    if old.pushed_at != new.pushed_at or old.updated_at != new.updated_at:
        return False
    if old.default_branch != new.default_branch:
        return False
    fillable = set(DETAIL_FIELDS) - (set() if authenticated else set(NEEDS_TOKEN))
    return not (set(old.unknown) & fillable)


def _finish(repo: Repo, found: _Details, authenticated: bool) -> Repo:
    values = dict(found.values)
    unknown = set(found.unknown)
    if not authenticated:
        for name in NEEDS_TOKEN:
            if name not in values:
                unknown.add(name)
        if not repo.fork and "parent" not in values:
            unknown.discard("parent")  # a repository that is not a fork has no parent to know
    for name in unknown:
        values.pop(name, None)
    # Keep the snapshot's field order for unknown names so files diff cleanly.
    ordered = tuple(name for name in DETAIL_FIELDS if name in unknown)
    return dataclasses.replace(repo, **values, unknown=ordered)


# --- with a token: GraphQL ---------------------------------------------------------------


def _batches(items: Sequence[Repo], size: int) -> Iterable[Sequence[Repo]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _repo_variables(batch: Sequence[Repo]) -> tuple[str, dict[str, str]]:
    declarations = []
    variables: dict[str, str] = {}
    for i, repo in enumerate(batch):
        declarations.append(f"$o{i}: String!, $n{i}: String!")
        variables[f"o{i}"] = repo.owner
        variables[f"n{i}"] = repo.name
    return ", ".join(declarations), variables


def details_query(batch: Sequence[Repo], *, with_pinned: bool) -> tuple[str, dict[str, str]]:
    """The GraphQL query (and variables) for the details of ``batch``."""
    declarations, variables = _repo_variables(batch)
    parts = [_RATE]
    if with_pinned:
        declarations = f"$login: String!, {declarations}" if declarations else "$login: String!"
        parts.append(_PINNED)
    for i in range(len(batch)):
        parts.append(f"r{i}: repository(owner: $o{i}, name: $n{i}) {{ ...Details }}")
    body = "\n  ".join(parts)
    fragments = f"fragment Details on Repository {{{_DETAILS}}}\n{_ENTRIES}\n{_BLOB}"
    return f"query({declarations}) {{\n  {body}\n}}\n{fragments}\n", variables


def pinned_query() -> str:
    return f"query($login: String!) {{\n  {_RATE}\n  {_PINNED}\n}}\n"


def blob_query(batch: Sequence[tuple[Repo, str]], alias: str) -> tuple[str, dict[str, str]]:
    """The GraphQL query for the file blobs at the given paths, each answered as ``alias``
    (``readme``, ``env``) under its repository's ``rN``."""
    declarations, variables = _repo_variables([repo for repo, _path in batch])
    parts = [_RATE]
    for i, (_repo, path) in enumerate(batch):
        declarations += f", $e{i}: String!"
        variables[f"e{i}"] = f"HEAD:{path}"
        parts.append(
            f"r{i}: repository(owner: $o{i}, name: $n{i}) "
            f"{{ {alias}: object(expression: $e{i}) {{ ...BlobText }} }}"
        )
    body = "\n  ".join(parts)
    return f"query({declarations}) {{\n  {body}\n}}\n{_BLOB}\n", variables


def _errors_by_alias(errors: list[dict[str, Any]], aliases: Iterable[str]) -> dict[str, set[str]]:
    """Which snapshot fields each repository alias lost to GraphQL ``errors``."""
    lost: dict[str, set[str]] = {}
    for error in errors:
        path = error.get("path")
        targets = [path[0]] if isinstance(path, list) and path else list(aliases)
        for alias in targets:
            if not isinstance(alias, str) or not alias.startswith("r"):
                continue
            field = path[1] if isinstance(path, list) and len(path) > 1 else None
            names = _GRAPHQL_FIELDS.get(field, DETAIL_FIELDS) if field else DETAIL_FIELDS
            lost.setdefault(alias, set()).update(names)
    return lost


def _pinned_from(data: dict[str, Any], errors: list[dict[str, Any]]) -> tuple[str, ...] | None:
    if any(isinstance(e.get("path"), list) and e["path"][:1] == ["user"] for e in errors):
        return None
    user = data.get("user")
    if not isinstance(user, dict) or not isinstance(user.get("pinnedItems"), dict):
        return None
    nodes = user["pinnedItems"].get("nodes") or []
    return tuple(
        n["nameWithOwner"] for n in nodes if isinstance(n, dict) and n.get("nameWithOwner")
    )


def _fetch_with_graphql(
    client: GitHubClient,
    login: str,
    repos: Sequence[Repo],
    details: dict[str, _Details],
    report: Progress,
) -> tuple[str, ...] | None:
    """Fill ``details`` for ``repos``; return the pinned repositories (None if unknown)."""
    pinned: tuple[str, ...] | None = None
    readmes_elsewhere: list[tuple[Repo, str]] = []
    total = len(repos)
    report("repositories", 0, total)
    if not repos:
        return _pinned_only(client, login)
    to_ask: list[Repo] = []
    for repo in repos:
        node = _recall(client, _details_key(repo), repo)
        if isinstance(node, dict):
            path = _read_details(node, details[repo.name])
            if path is not None:
                readmes_elsewhere.append((repo, path))
        else:
            to_ask.append(repo)
    done = len(repos) - len(to_ask)
    report("repositories", done, total)
    if not to_ask:
        pinned = _pinned_only(client, login)
    for number, batch in enumerate(_batches(to_ask, BATCH_SIZE)):
        first = _query_details(client, login, batch, details, readmes_elsewhere, number == 0)
        if number == 0:
            pinned = first
            _keep_pinned(client, login, pinned)
        done += len(batch)
        report("repositories", done, total)

    still: list[tuple[Repo, str]] = []
    for repo, path in readmes_elsewhere:
        blob = _recall(client, _readme_key(repo, path), repo)
        if isinstance(blob, dict):
            _take_blob(client, repo, path, blob, details[repo.name])
        else:
            still.append((repo, path))
    for batch in _batches(still, BLOB_BATCH_SIZE):
        query, variables = blob_query(batch, "readme")
        result = client.graphql(query, variables)
        lost = _errors_by_alias(result.errors, (f"r{i}" for i in range(len(batch))))
        for i, (repo, path) in enumerate(batch):
            found = details[repo.name]
            node = result.data.get(f"r{i}")
            if "readme" in lost.get(f"r{i}", set()) or not isinstance(node, dict):
                found.unknown.add("readme")
                continue
            if isinstance(node.get("readme"), dict):
                _keep(client, _readme_key(repo, path), repo, node["readme"])
            _take_blob(client, repo, path, node.get("readme"), found)
    _read_environment_files(client, repos, details)
    _read_licence_names(client, repos, details)
    return pinned


def _read_environment_files(
    client: GitHubClient, repos: Sequence[Repo], details: dict[str, _Details]
) -> None:
    """Record what the environment files among the listed files hold (names only)."""
    listed = [repo for repo in repos if "files" in details[repo.name].values]
    wanted = [
        (repo, path)
        for repo in listed
        for path in env_files.files_to_read(details[repo.name].values["files"])
    ]
    read: dict[str, environment_files.SecretSettings] = {}
    to_ask = []
    for repo, path in wanted:
        names = environment_files.recall(client, repo, path)
        if names is None:
            to_ask.append((repo, path))
        else:
            read.setdefault(repo.name, {})[path] = names
    for batch in _batches(to_ask, BLOB_BATCH_SIZE):
        result = client.graphql(*blob_query(batch, "env"))
        for i, (repo, path) in enumerate(batch):
            node = result.data.get(f"r{i}")
            text = _blob_text(node.get("env") if isinstance(node, dict) else None)
            if text is not None:  # else unread (an error, a binary file): judged by its name
                read.setdefault(repo.name, {})[path] = environment_files.keep(
                    client, repo, path, text
                )
    for repo in listed:
        details[repo.name].values["secret_settings"] = read.get(repo.name, {})


def _read_licence_names(
    client: GitHubClient, repos: Sequence[Repo], details: dict[str, _Details]
) -> None:
    """Name the licence of each repository GitHub marks ``NOASSERTION`` from the opening of
    its root licence file, when that names a published licence GitHub does not list (CC
    BY-NC 4.0, OpenRAIL-M...). One more query per ``BLOB_BATCH_SIZE`` licence files; the
    names found are kept in the cache until the next push."""
    wanted: list[tuple[Repo, str]] = []
    for repo in repos:
        found = details[repo.name]
        if repo.license != "NOASSERTION":
            found.values["license_name"] = None
        elif "files" in found.values:
            wanted.extend((repo, path) for path in _licence_files(found.values["files"]))
            found.values["license_name"] = None  # until a file names it
        else:
            found.unknown.add("license_name")
    to_ask: list[tuple[Repo, str]] = []
    names: dict[tuple[str, str], str | None] = {}
    for repo, path in wanted:
        kept = _recall(client, _licence_key(repo, path), repo)
        if isinstance(kept, dict) and "name" in kept:
            names[repo.name, path] = kept["name"] if isinstance(kept["name"], str) else None
        else:
            to_ask.append((repo, path))
    for batch in _batches(to_ask, BLOB_BATCH_SIZE):
        result = client.graphql(*blob_query(batch, "licence"))
        lost = _errors_by_alias(result.errors, (f"r{i}" for i in range(len(batch))))
        for i, (repo, path) in enumerate(batch):
            node = result.data.get(f"r{i}")
            if lost.get(f"r{i}") or not isinstance(node, dict):
                details[repo.name].unknown.add("license_name")
                continue
            name = _licence_name(node.get("licence"))
            _keep(client, _licence_key(repo, path), repo, {"name": name})
            names[repo.name, path] = name
    for repo, path in wanted:
        name = names.get((repo.name, path))
        found = details[repo.name]
        if name and not found.values.get("license_name"):
            found.values["license_name"] = name


def _licence_files(entries: Sequence[FileEntry]) -> list[str]:
    # GitHub reads the root only; two files at most (LICENSE and LICENSE-MODEL, say).
    files = (e.path for e in entries if e.type == "file")
    return licences.root_licence_files(files)[:2]


def _licence_name(blob: Any) -> str | None:
    """The unlisted licence a licence blob opens with. Only the opening is read, so a blob
    GitHub truncated still counts; a binary one has no text and no name."""
    if not isinstance(blob, dict) or not isinstance(blob.get("text"), str):
        return None
    return licences.name_from_opening(blob["text"].removeprefix("\ufeff"))


def _licence_key(repo: Repo, path: str) -> str:
    return f"{GRAPHQL_URL}#licence/{repo.owner}/{repo.name}/{quote(path)}"


def _pinned_only(client: GitHubClient, login: str) -> tuple[str, ...] | None:
    """The pinned repositories when no other query is needed: from the cache while the last
    answer is younger than ``PINNED_FRESH_SECONDS``, else from a query of their own."""
    text = client.recall(_pinned_key(login), fresh_key="pinned")
    try:
        kept = json.loads(text) if text is not None else None
        age = client.now() - float(kept["checked_at"])
        names = kept["pinned"]
        if 0 <= age < PINNED_FRESH_SECONDS and isinstance(names, list):
            return tuple(str(name) for name in names)
    except (ValueError, TypeError, KeyError):
        pass  # a damaged cache entry is asked again, not trusted
    result = client.graphql(pinned_query(), {"login": login})
    pinned = _pinned_from(result.data, result.errors)
    _keep_pinned(client, login, pinned)
    return pinned


def _keep_pinned(client: GitHubClient, login: str, pinned: tuple[str, ...] | None) -> None:
    if pinned is not None:
        body = json.dumps({"checked_at": client.now(), "pinned": list(pinned)})
        client.keep(_pinned_key(login), body, fresh_key="pinned")


def _pinned_key(login: str) -> str:
    return f"{GRAPHQL_URL}#pinned/{login.lower()}"


def _fresh_key(repo: Repo) -> str:
    # What the repository list says about the repository's state: its details cannot change
    # without one of these changing (the same test as for reusing the previous snapshot).
    return f"{repo.default_branch} {repo.pushed_at} {repo.updated_at}"


def _details_key(repo: Repo) -> str:
    return f"{GRAPHQL_URL}#details/{_SHAPE}/{repo.owner}/{repo.name}"


def _readme_key(repo: Repo, path: str) -> str:
    return f"{GRAPHQL_URL}#readme/{_SHAPE}/{repo.owner}/{repo.name}/{quote(path)}"


def _recall(client: GitHubClient, key: str, repo: Repo) -> Any:
    text = client.recall(key, fresh_key=_fresh_key(repo))
    if text is None:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return None  # a damaged cache entry is asked again, not trusted


def _keep(client: GitHubClient, key: str, repo: Repo, node: Any) -> None:
    client.keep(key, json.dumps(node, ensure_ascii=False), fresh_key=_fresh_key(repo))


def _query_details(
    client: GitHubClient,
    login: str,
    batch: Sequence[Repo],
    details: dict[str, _Details],
    readmes_elsewhere: list[tuple[Repo, str]],
    with_pinned: bool,
) -> tuple[str, ...] | None:
    """One details query for ``batch``; returns the pinned items when asked for them."""
    query, variables = details_query(batch, with_pinned=with_pinned)
    if with_pinned:
        variables["login"] = login
    try:
        result = client.graphql(query, variables)
    except ServerTroubleError:
        # GitHub gives up on queries that take it more than 10 seconds (repositories with
        # huge root folders): ask again in halves before giving up.
        if len(batch) == 1:
            raise
        half = len(batch) // 2
        pinned = _query_details(
            client, login, batch[:half], details, readmes_elsewhere, with_pinned
        )
        _query_details(client, login, batch[half:], details, readmes_elsewhere, False)
        return pinned
    lost = _errors_by_alias(result.errors, (f"r{i}" for i in range(len(batch))))
    for i, repo in enumerate(batch):
        found = details[repo.name]
        found.unknown |= lost.get(f"r{i}", set())
        node = result.data.get(f"r{i}")
        if not isinstance(node, dict):
            found.unknown |= set(DETAIL_FIELDS)
            continue
        if not lost.get(f"r{i}"):
            # Kept only when complete: a field GitHub failed on is asked again next time.
            _keep(client, _details_key(repo), repo, node)
        path = _read_details(node, found)
        if path is not None:
            readmes_elsewhere.append((repo, path))
    return _pinned_from(result.data, result.errors) if with_pinned else None


def _read_details(node: dict[str, Any], found: _Details) -> str | None:
    """Read one repository's GraphQL details; return a README path still to fetch, if any."""
    values = found.values
    if "is_empty" not in found.unknown:
        values["is_empty"] = bool(node.get("isEmpty"))
    if "languages" not in found.unknown:
        values["languages"] = convert.languages_from_graphql(node.get("languages"))
    if "latest_release" not in found.unknown:
        values["latest_release"] = convert.release_from_graphql(node.get("latestRelease"))
    if "parent" not in found.unknown:
        parent = node.get("parent")
        values["parent"] = parent.get("nameWithOwner") if isinstance(parent, dict) else None
    if values.get("is_empty"):
        values["files"], values["readme"] = (), None
        found.unknown -= {"files", "readme"}
        return None
    if "files" not in found.unknown:
        entries = []
        for alias, folder in _FOLDER_ALIASES.items():
            entries.extend(convert.entries_from_graphql(folder, node.get(alias)))
        values["files"] = tuple(sorted(entries, key=lambda e: e.path))
    if "readme" in found.unknown or "files" in found.unknown:
        found.unknown.add("readme")
        return None
    path = convert.find_readme(values["files"])
    if path is None:
        values["readme"] = None
        return None
    alias = _README_ALIASES.get(path)
    text = _blob_text(node.get(alias)) if alias else None
    if text is not None:
        values["readme"] = Readme(path=path, format=convert.readme_format(path), text=text)
        return None
    return path


def _blob_text(blob: Any) -> str | None:
    if not isinstance(blob, dict) or blob.get("isTruncated") or blob.get("isBinary"):
        return None
    text = blob.get("text")
    return text.removeprefix("\ufeff") if isinstance(text, str) else None


def _take_blob(client: GitHubClient, repo: Repo, path: str, blob: Any, found: _Details) -> None:
    text = _blob_text(blob)
    if text is None:
        # GraphQL gives no text for a README it cannot show as UTF-8 (or a very large one):
        # fetch its bytes once and decode them leniently instead of losing it.
        text = _readme_bytes_via_rest(client, repo, path)
    if text is None:
        found.unknown.add("readme")
        return
    found.values["readme"] = Readme(path=path, format=convert.readme_format(path), text=text)


def _readme_bytes_via_rest(client: GitHubClient, repo: Repo, path: str) -> str | None:
    response = client.get(
        f"{API_URL}/repos/{repo.owner}/{repo.name}/contents/{quote(path)}",
        fresh_key=repo.pushed_at,
        ok=(200, 404, *_UNAVAILABLE),
    )
    data = response.json() if response.status == 200 else None
    if not isinstance(data, dict) or data.get("encoding") != "base64":
        return None  # over 1 MB, GitHub sends no content here
    try:
        raw = base64.b64decode(str(data.get("content", "")))
    except (binascii.Error, ValueError):
        return None
    return convert.decode_text(raw)


# --- without a token: REST trees and raw READMEs -----------------------------------------


def _fetch_with_rest(
    client: GitHubClient, repos: Sequence[Repo], details: dict[str, _Details], report: Progress
) -> None:
    total = len(repos)
    report("repositories", 0, total)
    for done, repo in enumerate(repos, start=1):
        _rest_details(client, repo, details[repo.name])
        report("repositories", done, total)


def _rest_details(client: GitHubClient, repo: Repo, found: _Details) -> None:
    # The tree and README cannot change without a push, so they are cached under pushed_at:
    # a fetch that stopped at the rate limit resumes here without asking twice.
    fresh = f"{repo.default_branch} {repo.pushed_at}"
    if not repo.default_branch:
        found.values.update(is_empty=True, files=(), readme=None)
        return
    branch = quote(repo.default_branch, safe="")
    response = client.get(
        f"{API_URL}/repos/{repo.owner}/{repo.name}/git/trees/{branch}",
        {"recursive": "1"},
        fresh_key=fresh,
        ok=(200, *_UNAVAILABLE, 409),
    )
    if response.status == 409:  # "Git Repository is empty."
        found.values.update(is_empty=True, files=(), readme=None)
        return
    if response.status in _UNAVAILABLE:
        found.unknown |= {"is_empty", "files", "readme"}
        if repo.license == "NOASSERTION":
            found.unknown.add("license_name")
        return
    tree = response.json()
    if not isinstance(tree, dict):
        raise FetchError(f"GitHub's answer for the files of {repo.owner}/{repo.name} is not a tree")
    entries = convert.entries_from_rest_tree(tree)
    found.values.update(is_empty=False, files=entries)
    found.values["secret_settings"] = _rest_environment_files(client, repo, branch, entries)
    _rest_licence_name(client, repo, branch, fresh, entries, found)
    path = convert.find_readme(entries)
    if path is None:
        found.values["readme"] = None
        return
    raw = client.get(
        _raw_url(repo, branch, path),
        fresh_key=fresh,
        accept="text/plain",
        ok=(200, *_UNAVAILABLE),
    )
    if raw.status in _UNAVAILABLE:
        found.unknown.add("readme")  # listed in the tree a moment ago: not a missing README
        return
    found.values["readme"] = Readme(
        path=path, format=convert.readme_format(path), text=raw.text.removeprefix("\ufeff")
    )


def _rest_environment_files(
    client: GitHubClient, repo: Repo, branch: str, entries: Sequence[FileEntry]
) -> environment_files.SecretSettings:
    """The secret settings of the environment files among ``entries``, downloaded one by one
    from raw.githubusercontent.com without the cache (only the names are kept)."""
    found: environment_files.SecretSettings = {}
    for path in env_files.files_to_read(entries):
        names = environment_files.recall(client, repo, path)
        if names is None:
            response = client.get(
                _raw_url(repo, branch, path),
                accept="text/plain",
                ok=(200, *_UNAVAILABLE),
                cached=False,
            )
            if response.status != 200:
                continue  # gone or blocked since the tree was listed: judged by its name
            names = environment_files.keep(client, repo, path, response.text)
        found[path] = names
    return found


def _rest_licence_name(
    client: GitHubClient,
    repo: Repo,
    branch: str,
    fresh: str,
    entries: Sequence[FileEntry],
    found: _Details,
) -> None:
    """Without a token: the licence name from the root licence files of a ``NOASSERTION``
    repository, downloaded from raw.githubusercontent.com (cached until the next push)."""
    found.values["license_name"] = None
    if repo.license != "NOASSERTION":
        return
    for path in _licence_files(entries):
        response = client.get(
            _raw_url(repo, branch, path),
            fresh_key=fresh,
            accept="text/plain",
            ok=(200, *_UNAVAILABLE),
        )
        if response.status != 200:
            found.unknown.add("license_name")  # listed a moment ago: unread, not nameless
            continue
        name = licences.name_from_opening(response.text.removeprefix("\ufeff"))
        if name:
            found.values["license_name"] = name
            found.unknown.discard("license_name")
            return


def _raw_url(repo: Repo, branch: str, path: str) -> str:
    """Where raw.githubusercontent.com serves the file at ``path`` (``branch`` URL-quoted)."""
    return f"https://{RAW_HOST}/{repo.owner}/{repo.name}/{branch}/{quote(path)}"


# --- the whole job -----------------------------------------------------------------------


def describe_missing(snapshot: Snapshot) -> tuple[str, ...]:
    """Sentences for the user about what the snapshot records as unknown."""
    lines = []
    if not snapshot.knows("pinned"):
        why = "" if snapshot.authenticated else " (GitHub shows them only to a token)"
        lines.append(f"pinned repositories{why}")
    if not snapshot.knows("profile_readme"):
        lines.append("the profile README")
    counts: dict[str, int] = {}
    for repo in snapshot.repos:
        for name in repo.unknown:
            counts[name] = counts.get(name, 0) + 1
    labels = {
        "languages": "language breakdown",
        "latest_release": "latest release",
        "parent": "fork parent",
        "files": "file list",
        "readme": "README",
        "is_empty": "empty-or-not",
        "secret_settings": "environment files",
        "license_name": "licence name",
    }
    for name in DETAIL_FIELDS:
        if counts.get(name):
            lines.append(f"{labels[name]} of {counts[name]} repositories")
    return tuple(lines)


def fetch_and_save(
    login: str,
    output: str | Path,
    *,
    token: str = "",
    token_source: str = "GITHUB_TOKEN",
    cache_dir: str | Path | None = None,
    max_wait: float = 60.0,
    refresh: bool = False,
    progress: Progress | None = None,
    client: GitHubClient | None = None,
) -> FetchReport:
    """Fetch ``login`` and write the snapshot to ``output`` atomically.

    The snapshot already at ``output`` (if it is about the same user and readable) lets
    unchanged repositories be reused; ``refresh`` ignores it and the HTTP cache. On any error
    ``output`` is left exactly as it was.
    """
    check_login(login)
    if max_wait < 0:
        raise UsageError(f"--max-wait {max_wait:g}: give a number of seconds, 0 or more")
    path = Path(output)
    if path.is_dir():
        raise UsageError(f"{path} is a folder; give a file name, e.g. {path / 'snapshot.json'}")
    previous = None
    if not refresh and path.exists():
        try:
            previous = load_snapshot(path)
        except SnapshotError:
            previous = None  # unreadable or of another version: it is replaced, not reused
    snapshot, stats = fetch_snapshot(
        login,
        token=token,
        token_source=token_source,
        cache_dir=cache_dir,
        previous=previous,
        max_wait=max_wait,
        refresh=refresh,
        progress=progress,
        client=client,
    )
    save_snapshot(snapshot, path)
    return FetchReport(
        snapshot=snapshot, stats=stats, path=path, missing=describe_missing(snapshot)
    )
