"""Pinned repositories and the repositories worth pinning: shared by the PRF014-PRF016 rules."""

from __future__ import annotations

from checks.model import Problem
from checks.repo_kinds import low_signal_reason
from portfolio.snapshot import Repo, Snapshot

SLOTS = 6
"""GitHub shows at most six pinned items."""


def eligible(snapshot: Snapshot) -> list[Repo]:
    """Own repositories worth pinning: no fork, archived, empty, low-signal or profile repo."""
    login = snapshot.user.login.lower()
    return [
        r
        for r in snapshot.repos
        if not (r.fork or r.archived or r.is_empty or r.is_template)
        and r.name.lower() != login
        and low_signal_reason(r) is None
    ]


def unknown_problem(snapshot: Snapshot) -> Problem:
    """The one inconclusive problem when pinned items could not be fetched (they need a token)."""
    return Problem(
        message=(
            "your pinned repositories are unknown: GitHub only shows them to a fetch with a "
            f"token (`GITHUB_TOKEN=... portfolio fetch {snapshot.user.login}`)"
        ),
        inconclusive=True,
    )
