"""Read an environment file (``.env``) and tell which of its settings look like secrets.

A committed ``.env`` is usually a leak, but not always: ``docker/.env`` often holds only
``COMPOSE_PROJECT_NAME=shop``, and some projects commit a ``.env.local`` that lists every
variable with an empty value, as documentation. When the file itself can be read (a local
checkout), REP011 reports it only if a variable whose name says it is secret (``API_KEY``,
``DB_PASSWORD``, ``SECRET``, ``TOKEN``...) has a value, or a value carries credentials
(``postgres://user:pass@host``, a private key block). Reading is bounded and never raises on
bad bytes: a file that cannot be read is reported as before, by its name.
"""

from __future__ import annotations

import re

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
    r"^(?:|<[^>]*>|\$\{[^}]*\}|x+|\.+|changeme|change[-_]me|your[-_ ].*|replace[-_ ].*|"
    r"todo|none|null|false|true|0)$",
    re.IGNORECASE,
)
# A .env file is a few kilobytes; reading more says nothing new.
MAX_BYTES = 256_000


def secret_settings(text: str) -> list[str]:
    """The names of the settings in ``text`` (a ``.env`` file) that hold a secret value."""
    found = []
    for line in text.splitlines():
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
