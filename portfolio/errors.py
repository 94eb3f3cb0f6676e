"""The exceptions the library raises; the CLI turns each into a one-line message and an exit code.

Every error carries the exit code the command line should end with, so the CLI needs no table:
2 for what the user can fix in their input (arguments, profile.yaml, config, snapshot), 1 for a
job that could not be done (the network, a build).
"""

from __future__ import annotations

TROUBLESHOOTING_URL = (
    "https://github.com/portfolio-kit/portfolio-kit/blob/main/docs/troubleshooting.md"
)
"""The page that explains every message; ``docs_anchor`` picks its section."""


class PortfolioError(Exception):
    """Base of every error the tool expects; anything else is a bug and shows a traceback."""

    exit_code = 2
    docs_anchor: str | None = None
    """The section of docs/troubleshooting.md about this kind of error, when one section covers
    it wherever it happens; otherwise the CLI points to the section of the command that ran."""

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message


class UsageError(PortfolioError):
    """The command line asks for something impossible (a missing folder, clashing options)."""


class ConfigError(PortfolioError):
    """profile.yaml or the check configuration is invalid; the message names file:line and field."""


class SnapshotError(PortfolioError):
    """snapshot.json is missing, unreadable, of an unknown schema version or malformed."""

    docs_anchor = "snapshotjson"


class FetchError(PortfolioError):
    """Talking to GitHub failed: rate limit, network, bad token, unknown user."""

    exit_code = 1
    # fetch, check --user and build --refresh all fetch the same way.
    docs_anchor = "portfolio-fetch"


class BuildError(PortfolioError):
    """The site could not be built or deployed."""

    exit_code = 1
