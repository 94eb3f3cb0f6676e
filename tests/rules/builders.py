"""Small builders for rule tests: a repo, a snapshot or a context in one line each.

Shared by every ``tests/rules/test_*.py``; add to it, keep each builder short.
"""

from __future__ import annotations

from typing import Any

from checks.model import Problem, ProfileContext, RepoContext, Rule
from portfolio.snapshot import FileEntry, Readme, Repo, Snapshot, SocialAccount, User

FETCHED_AT = "2026-11-21T12:00:00Z"


def files(*paths: str, size: int | None = None) -> tuple[FileEntry, ...]:
    """File entries from paths; a trailing ``/`` makes a folder (``"tests/"``)."""
    return tuple(
        FileEntry(path=p.rstrip("/"), type="dir" if p.endswith("/") else "file", size=size)
        for p in paths
    )


def readme(text: str, path: str = "README.md", fmt: str = "markdown") -> Readme:
    return Readme(path=path, format=fmt, text=text)


def make_repo(name: str = "ml-utils", owner: str = "octo", **fields: Any) -> Repo:
    """A repo; ``files`` may be given as a tuple of path strings."""
    if fields.get("files") and isinstance(fields["files"][0], str):
        fields["files"] = files(*fields["files"])
    if isinstance(fields.get("readme"), str):
        fields["readme"] = readme(fields["readme"])
    return Repo(name=name, owner=owner, **fields)


def make_user(login: str = "octo", **fields: Any) -> User:
    return User(login=login, **fields)


def make_snapshot(
    user: User | None = None,
    *,
    repos: tuple[Repo, ...] = (),
    social: tuple[tuple[str, str], ...] = (),
    profile_readme: str | None = None,
    **fields: Any,
) -> Snapshot:
    """A snapshot; ``social`` is ``(provider, url)`` pairs, ``profile_readme`` its Markdown."""
    user = user or make_user()
    return Snapshot(
        user=user,
        fetched_at=fields.pop("fetched_at", FETCHED_AT),
        repos=repos,
        social_accounts=tuple(SocialAccount(provider=p, url=u) for p, u in social),
        profile_readme=(
            readme(profile_readme, path=f"{user.login}/README.md")
            if profile_readme is not None
            else None
        ),
        **fields,
    )


def repo_ctx(
    repo: Repo | None = None,
    *,
    showcase: bool = False,
    snapshot: Snapshot | None = None,
    **fields: Any,
) -> RepoContext:
    """A context for a repo rule; without ``repo``, ``fields`` build one with ``make_repo``."""
    return RepoContext(repo=repo or make_repo(**fields), snapshot=snapshot, showcase=showcase)


def profile_ctx(snapshot: Snapshot, showcase: frozenset[str] = frozenset()) -> ProfileContext:
    return ProfileContext(snapshot=snapshot, showcase=showcase)


def run(rule: Rule, ctx: Any) -> list[Problem]:
    return list(rule.check(ctx))


def messages(rule: Rule, ctx: Any) -> list[str]:
    """The messages of the problems the rule yields, in order."""
    return [p.message for p in rule.check(ctx)]
