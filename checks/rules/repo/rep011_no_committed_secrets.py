"""A repository contains no committed secrets: environment files, private keys, credentials.

What it does:
    Looks through the file list for files that hold secrets by convention: ``.env`` (and
    ``.env.local``, ``.env.production``, ... but not ``.env.example``), SSH private keys
    (``id_rsa``, ``id_ed25519``, ...), ``*.pem``, ``*.key``, ``*.p12``, ``*.pfx``,
    ``*.keystore``, ``credentials.json``, ``client_secret*.json``, ``service-account*.json``,
    ``.pypirc``, ``.netrc``, ``.git-credentials`` and ``terraform.tfstate``. Files are
    judged by their names, so ``.npmrc`` is left alone: most hold settings such as
    ``package-lock=false``, and only a few an ``_authToken``. Environment files are also
    read (the first five of a repository, by the fetch and on a local checkout alike; the
    snapshot keeps the names of their secret settings, never a value): one is reported,
    naming the settings, only if a setting whose name says it is secret (``API_KEY``,
    ``DB_PASSWORD``, ``TOKEN``...) has a value that is not a placeholder, or a value holds
    credentials (a URL with a password, a private key); ``docker/.env`` with
    ``COMPOSE_PROJECT_NAME=shop`` or a list of empty settings passes. One that could not be
    read (a snapshot made by an older version, a file too large) is reported by its name.
    Files under test-fixture and example folders (``tests/``, ``fixtures/``, ``examples/``
    ...) are taken as the throwaway keys test suites need. A ``.pem`` named as a certificate
    or a bundle of them (``cacert.pem``, ``ca-bundle.pem``, ``fullchain.pem``,
    ``server-cert.pem``) holds public certificates and passes; one whose name says ``key``
    does not.
    Runs on forks and archived repositories too: they are public all the same.

Why it matters:
    Anything pushed to a public repository is copied by scrapers within minutes. A leaked
    key costs money and trust, and a reviewer who spots one stops reading.

Example:
    Fails: ``.env`` with ``OPENAI_API_KEY=...`` committed at the root.
    Passes: ``.env.example`` with empty values, and ``.env`` listed in ``.gitignore``.

How to fix:
    First revoke or rotate the secret: it is public since the push, deleting the file does
    not undo that. Then ``git rm --cached PATH``, add the path to ``.gitignore``, commit, and
    remove it from history with ``git filter-repo --invert-paths --path PATH`` followed by a
    force-push.

Fix safety:
    Display-only: rotating credentials and rewriting history must be done by a person.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Iterator

from checks.model import Fix, FixSafety, Problem, RepoContext, Rule, Severity, Target
from checks.repo_kinds import TEST_FOLDERS
from portfolio.env_files import NAME_PATTERNS, is_template

ENVIRONMENT_FILE = "an environment file"
SECRET_FILES = {
    **dict.fromkeys(NAME_PATTERNS, ENVIRONMENT_FILE),
    "id_rsa": "an SSH private key",
    "id_dsa": "an SSH private key",
    "id_ecdsa": "an SSH private key",
    "id_ed25519": "an SSH private key",
    "*.pem": "a certificate or private key",
    "*.key": "a private key",
    "*.p12": "a certificate bundle with a private key",
    "*.pfx": "a certificate bundle with a private key",
    "*.keystore": "a Java keystore",
    "*.jks": "a Java keystore",
    "credentials.json": "a credentials file",
    "client_secret*.json": "an OAuth client secret",
    "service-account*.json": "a cloud service-account key",
    ".pypirc": "a PyPI credentials file",
    ".netrc": "a login file",
    ".git-credentials": "stored Git passwords",
    ".htpasswd": "a password file",
    "terraform.tfstate": "Terraform state (it stores secrets in clear)",
}
# Test suites commit throwaway keys and .env files on purpose (requests' test certificates,
# flask's test apps), and so do examples and RSpec's spec/: files there are fixtures, not leaks.
FIXTURE_FOLDERS = TEST_FOLDERS | {"spec", "examples", "example"}


# A .pem named as a certificate or a bundle of them holds public certificates, not a key:
# certifi's cacert.pem (vendored in pip), ca-bundle.pem, fullchain.pem, server-cert.pem.
_CERTIFICATE_NAME = re.compile(
    r"^(?!.*key)(?:.*[._-])?(?:cacert|ca[_-]?bundle|ca[_-]?certificates|ca|certs?|"
    r"certificates?|chain|fullchain)(?:[._-].*)?\.pem$"
)


def secret_kind(path: str) -> str | None:
    """What secret the file at ``path`` conventionally holds, or ``None``."""
    *folders, name = path.lower().split("/")
    if FIXTURE_FOLDERS & set(folders) or is_template(path):
        return None
    if _CERTIFICATE_NAME.match(name):
        return None
    for pattern, kind in SECRET_FILES.items():
        if fnmatch.fnmatchcase(name, pattern):
            return kind
    return None


def check(ctx: RepoContext) -> Iterator[Problem]:
    repo = ctx.repo
    for entry in repo.files:
        if entry.type != "file":
            continue
        kind = secret_kind(entry.path)
        if kind is None:
            continue
        settings = repo.secret_settings.get(entry.path) if kind == ENVIRONMENT_FILE else None
        if settings == ():
            continue  # read, and nothing in it is secret (docker/.env's project name)
        if settings:
            kind = f"{kind} setting {', '.join(settings[:_NAMED_SETTINGS])}"
        yield Problem(
            message=f"`{repo.name}` has {entry.path} committed: {kind}",
            file=entry.path,
            fix=Fix(
                description=(
                    f"Rotate or revoke whatever secret {entry.path} holds first (it is public "
                    f"already), then `git rm --cached {entry.path}`, add it to .gitignore, "
                    f"commit, and purge it from history with `git filter-repo --invert-paths "
                    f"--path {entry.path}` (`pip install git-filter-repo`) and a force-push."
                ),
                safety=FixSafety.DISPLAY_ONLY,
            ),
        )


# How many secret settings a finding names before it stops.
_NAMED_SETTINGS = 3


RULE = Rule(
    id="REP011",
    name="no-committed-secrets",
    target=Target.REPO,
    severity=Severity.ERROR,
    applies_to=frozenset({"fork", "archived", "template"}),
    check=check,
    doc=__doc__,
)
