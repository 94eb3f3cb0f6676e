"""``--apply``: make the API-side fixes (About box, topics, profile fields) through GitHub's API.

Only fixes whose rule put concrete values in ``Fix.api`` are applied, and only after the
caller has shown the list to the user and had a yes. Three endpoints are used, all on the
token owner's own data: ``PATCH /repos/{owner}/{repo}``, ``GET``/``PUT
/repos/{owner}/{repo}/topics`` and ``PATCH /user``. The token never appears in a message.
"""

from __future__ import annotations

from collections.abc import Iterable

import github

from checks.model import ApiChange, Finding, FixSafety
from portfolio import __version__
from portfolio.errors import FetchError


def plan_api_changes(findings: Iterable[Finding]) -> list[ApiChange]:
    """The distinct API changes of counted findings, in report order."""
    changes: list[ApiChange] = []
    for finding in findings:
        fix = finding.fix
        if not finding.counted or fix is None or fix.api is None:
            continue
        if fix.safety == FixSafety.SAFE:
            continue  # safe fixes create files; an API change is never "safe"
        if fix.api not in changes:
            changes.append(fix.api)
    return changes


def apply_api_changes(
    changes: Iterable[ApiChange], *, token: str, base_url: str = "https://api.github.com"
) -> list[str]:
    """Apply each change in order; returns their descriptions. Stops at the first refusal."""
    client = github.Github(
        auth=github.Auth.Token(token),
        base_url=base_url,
        retry=None,
        timeout=15,
        user_agent=f"portfolio-kit/{__version__}",
    )
    done: list[str] = []
    try:
        for change in changes:
            try:
                _apply(client.requester, change)
            except github.GithubException as exc:
                message = exc.data.get("message") if isinstance(exc.data, dict) else None
                applied = f" (already applied: {'; '.join(done)})" if done else ""
                raise FetchError(
                    f"{change.describe()}: GitHub refused it ({exc.status}: "
                    f"{_scrub(str(message or 'no reason given'), token)}){applied}",
                    hint="The token needs the `repo` scope for repositories you own "
                    "(`user` for profile fields); a fine-grained token needs Administration "
                    "write access to the repository.",
                ) from None
            done.append(change.describe())
    finally:
        client.close()
    return done


def _apply(requester, change: ApiChange) -> None:
    if change.kind == "repo":
        requester.requestJsonAndCheck("PATCH", f"/repos/{change.repo}", input=dict(change.values))
    elif change.kind == "topics":
        _headers, current = requester.requestJsonAndCheck("GET", f"/repos/{change.repo}/topics")
        names = list(dict.fromkeys([*current.get("names", []), *dict(change.values)["add"]]))
        requester.requestJsonAndCheck("PUT", f"/repos/{change.repo}/topics", input={"names": names})
    elif change.kind == "profile":
        requester.requestJsonAndCheck("PATCH", "/user", input=dict(change.values))
    else:
        raise ValueError(f"unknown API change kind {change.kind!r}")  # a bug in a rule


def _scrub(text: str, token: str) -> str:
    return text.replace(token, "***") if token else text
