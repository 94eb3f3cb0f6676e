"""Reads the environment files (``.env``) that repositories commit, keeping names, never values.

A committed ``.env`` holds secrets more often than not, but ``docker/.env`` with
``COMPOSE_PROJECT_NAME=shop`` does not, and the check of secrets (REP011) should tell them
apart from GitHub as it does on a local checkout. So the fetch reads such files (at most
``env_files.MAX_FILES`` per repository) and keeps only the names of the settings that hold a
secret. Neither the snapshot nor the HTTP cache ever holds a value read here: the files
themselves are downloaded without the cache, and what is kept for the next fetch is the list
of names.

Most users commit no environment file, and then this costs nothing. Otherwise: without a
token, one download per file from raw.githubusercontent.com (outside the API's rate limit);
with a token, one GraphQL query per ``BATCH_SIZE`` files.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any
from urllib.parse import quote

from portfolio.env_files import MAX_BYTES, secret_settings
from portfolio.github.client import RAW_HOST, GitHubClient
from portfolio.snapshot import Repo

BATCH_SIZE = 50
"""Files per GraphQL query (each is one small blob)."""

_BLOB = "... on Blob { text isBinary isTruncated }"
# Answers that leave a file unread without stopping the fetch: gone since the tree was listed
# (404), or access blocked (403, 451). The file is then judged by its name.
_UNREAD = (403, 404, 451)

SecretSettings = dict[str, tuple[str, ...]]


def read_with_rest(client: GitHubClient, repo: Repo, paths: Sequence[str]) -> SecretSettings:
    """The secret settings of the files at ``paths`` in ``repo``, downloaded one by one."""
    found: SecretSettings = {}
    branch = quote(repo.default_branch or "HEAD", safe="")
    for path in paths:
        kept = _recall(client, repo, path)
        if kept is not None:
            found[path] = kept
            continue
        response = client.get(
            f"https://{RAW_HOST}/{repo.owner}/{repo.name}/{branch}/{quote(path)}",
            accept="text/plain",
            ok=(200, *_UNREAD),
            cached=False,
        )
        if response.status == 200:
            found[path] = _settings(client, repo, path, response.text)
    return found


def read_with_graphql(
    client: GitHubClient, wanted: Sequence[tuple[Repo, str]]
) -> dict[str, SecretSettings]:
    """The secret settings of each ``(repo, path)`` in ``wanted``, by repository name."""
    found: dict[str, SecretSettings] = {}
    to_ask = []
    for repo, path in wanted:
        kept = _recall(client, repo, path)
        if kept is not None:
            found.setdefault(repo.name, {})[path] = kept
        else:
            to_ask.append((repo, path))
    for start in range(0, len(to_ask), BATCH_SIZE):
        batch = to_ask[start : start + BATCH_SIZE]
        result = client.graphql(*query(batch))
        for i, (repo, path) in enumerate(batch):
            node = result.data.get(f"r{i}")
            text = _blob_text(node.get("env") if isinstance(node, dict) else None)
            if text is not None:  # else unread (an error, a binary file): judged by its name
                found.setdefault(repo.name, {})[path] = _settings(client, repo, path, text)
    return found


def query(batch: Sequence[tuple[Repo, str]]) -> tuple[str, dict[str, str]]:
    """The GraphQL query (and its variables) for the blobs of ``batch``."""
    declarations = []
    variables: dict[str, str] = {}
    parts = ["rateLimit { cost remaining resetAt }"]
    for i, (repo, path) in enumerate(batch):
        declarations.append(f"$o{i}: String!, $n{i}: String!, $e{i}: String!")
        variables.update({f"o{i}": repo.owner, f"n{i}": repo.name, f"e{i}": f"HEAD:{path}"})
        parts.append(
            f"r{i}: repository(owner: $o{i}, name: $n{i}) "
            f"{{ env: object(expression: $e{i}) {{ {_BLOB} }} }}"
        )
    body = "\n  ".join(parts)
    return f"query({', '.join(declarations)}) {{\n  {body}\n}}\n", variables


def _blob_text(blob: Any) -> str | None:
    if not isinstance(blob, dict) or blob.get("isBinary") or blob.get("isTruncated"):
        return None
    text = blob.get("text")
    return text if isinstance(text, str) else None


def _settings(client: GitHubClient, repo: Repo, path: str, text: str) -> tuple[str, ...]:
    """The names of ``text``'s secret settings, kept in the cache for the next fetch."""
    names = tuple(secret_settings(text[:MAX_BYTES]))
    client.keep(_key(repo, path), json.dumps(names), fresh_key=_fresh_key(repo))
    return names


def _recall(client: GitHubClient, repo: Repo, path: str) -> tuple[str, ...] | None:
    text = client.recall(_key(repo, path), fresh_key=_fresh_key(repo))
    try:
        names = json.loads(text) if text is not None else None
    except ValueError:
        return None  # a damaged cache entry is read again, not trusted
    if isinstance(names, list) and all(isinstance(name, str) for name in names):
        return tuple(names)
    return None


def _key(repo: Repo, path: str) -> str:
    return f"https://github.com/{repo.owner}/{repo.name}/{quote(path)}#secret-settings"


def _fresh_key(repo: Repo) -> str:
    # A file's contents cannot change without a push.
    return f"{repo.default_branch} {repo.pushed_at}"
