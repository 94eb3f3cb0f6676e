"""Environment files (``.env``): which they are, and which of their settings hold a secret.

A committed ``.env`` is usually a leak, but not always: ``docker/.env`` often holds only
``COMPOSE_PROJECT_NAME=shop``, and some projects commit a ``.env.local`` that lists every
variable with an empty value, as documentation. Both ways of reading a repository (the fetch
from GitHub and a local checkout) read such files and keep only the names of the settings
whose name says they are secret (``API_KEY``, ``DB_PASSWORD``, ``SECRET``, ``TOKEN``...) and
have a value, or whose value carries credentials (``postgres://user:pass@host``, a private key
block): never a value. REP011 reports a file by those names, or by its own name when it could
not be read. Reading is bounded and never raises on bad bytes.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Iterable
from pathlib import Path

from portfolio.snapshot import FileEntry

# Names of variables that hold secrets: API_KEY, OPENAI_API_KEY, DB_PASSWORD, GITHUB_TOKEN,
# AWS_SECRET_ACCESS_KEY, SESSION_SECRET, PRIVATE_KEY, AUTH, CREDENTIALS, DSN...
_SECRET_NAME = re.compile(
    r"(?:^|_)(?:key|apikey|secret|token|password|passwd|pwd|pass|credentials?|auth|"
    r"private|dsn|cookie|salt|signature|webhook)(?:_|$)",
    re.IGNORECASE,
)
# Values that carry a secret whatever their name: credentials in a URL, a private key block.
_SECRET_VALUE = re.compile(r"://[^/\s:@]+:[^/\s@]+@|-----BEGIN [A-Z ]*PRIVATE KEY-----")
_ASSIGNMENT = re.compile(r"^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.]*)\s*[=:]\s*(.*?)\s*$")
# Values that say "put yours here" rather than hold one.
_PLACEHOLDER = re.compile(
    r"^(?:|<[^>]*>|\$\{[^}]*\}|x+|\.+|change[-_]?(?:me|this|it)|your[-_ ].*|replace[-_ ].*|"
    r"todo|none|null|false|true|0|placeholder|example|dummy|secret|password)$",
    re.IGNORECASE,
)
# A .env file is a few kilobytes; reading more says nothing new.
MAX_BYTES = 256_000
# Read per repository at most: enough to judge one, bounded for a repository of many services.
MAX_FILES = 5
NAME_PATTERNS = (".env", ".env.*", "*.env")
"""File names of environment files (``.env``, ``.env.production``, ``prod.env``), lower case."""
TEMPLATE_MARKERS = ("example", "sample", "template", "dist", "defaults", "test", "dummy", "fake")
"""Names holding one of these are templates meant to be committed (``.env.example``)."""


def is_template(path: str) -> bool:
    """Whether the file at ``path`` is named as a template (``.env.example``, ``key.sample``)."""
    name = path.rsplit("/", 1)[-1].lower()
    return any(marker in name for marker in TEMPLATE_MARKERS)


def is_environment_file(path: str) -> bool:
    """Whether the file at ``path`` is named as an environment file, and not as a template."""
    if is_template(path):
        return False
    name = path.rsplit("/", 1)[-1].lower()
    return any(fnmatch.fnmatchcase(name, pattern) for pattern in NAME_PATTERNS)


def files_to_read(entries: Iterable[FileEntry]) -> list[str]:
    """The paths of the environment files among ``entries`` worth reading: files no larger
    than ``MAX_BYTES`` (when the size is known), shallowest first, at most ``MAX_FILES``."""
    paths = [
        entry.path
        for entry in entries
        if entry.type == "file"
        and is_environment_file(entry.path)
        and (entry.size is None or entry.size <= MAX_BYTES)
    ]
    return sorted(paths, key=lambda path: (path.count("/"), path))[:MAX_FILES]


def read_secret_settings(path: Path) -> tuple[str, ...] | None:
    """The secret settings of the environment file at ``path`` on disk, or ``None`` when it
    cannot be read."""
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES)
    except OSError:
        return None
    return tuple(secret_settings(data.decode("utf-8", errors="replace")))


def secret_settings(text: str) -> list[str]:
    """The names of the settings in ``text`` (a ``.env`` file) that hold a secret value."""
    found = []
    # A byte-order mark (Windows editors) would hide the first setting's name from the match;
    # GraphQL answers strip it, files on disk and raw downloads do not.
    for line in text.removeprefix("\ufeff").splitlines():
        match = _ASSIGNMENT.match(line)
        if match is None:
            secret = _SECRET_VALUE.search(line)
            if secret:
                found.append("a private key" if secret.group(0).startswith("-") else "a password")
            continue
        name, value = match.group(1), match.group(2)
        if value.startswith("#"):
            value = ""  # `API_KEY= # set yours`: an empty setting with a comment
        value = value.strip("'\"")
        if _SECRET_VALUE.search(value) or (
            _SECRET_NAME.search(name) and not _PLACEHOLDER.match(value)
        ):
            found.append(name)
    return found
