"""What the fetch keeps of the environment files (``.env``) it reads: names, never values.

A committed ``.env`` holds secrets more often than not, but ``docker/.env`` with
``COMPOSE_PROJECT_NAME=shop`` does not, and the check of secrets (REP011) should tell them
apart from GitHub as it does on a local checkout. So the fetch reads such files (at most
``env_files.MAX_FILES`` per repository; ``fetch`` knows where and how) and keeps only the
names of the settings that hold a secret. Neither the snapshot nor the HTTP cache ever holds
a value read here: the files themselves are downloaded without the cache, and what is kept
for the next fetch is the list of names, under the repository's branch and last push.
"""

from __future__ import annotations

import json
from urllib.parse import quote

from portfolio.env_files import MAX_BYTES, secret_settings
from portfolio.github.client import GitHubClient
from portfolio.snapshot import Repo

SecretSettings = dict[str, tuple[str, ...]]
"""Path of each environment file read -> names of its settings that hold a secret."""


def keep(client: GitHubClient, repo: Repo, path: str, text: str) -> tuple[str, ...]:
    """The names of the secret settings in ``text`` (the file at ``path``), kept in the cache
    for the next fetch; the text itself is not kept."""
    names = tuple(secret_settings(text[:MAX_BYTES]))
    client.keep(_key(repo, path), json.dumps(names), fresh_key=_fresh_key(repo))
    return names


def recall(client: GitHubClient, repo: Repo, path: str) -> tuple[str, ...] | None:
    """The names ``keep`` stored for the file at ``path`` since the last push, if any."""
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
