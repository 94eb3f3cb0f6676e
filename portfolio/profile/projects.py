"""Which projects the site shows, in which order, with the profile's overrides applied.

``select_projects`` joins ``profile.projects`` and the snapshot: pinned, auto or manual mode
picks repositories, overrides change how each is shown, and projects that are not on GitHub
come last. Things the user may want to know but that do not stop a build (a listed repository
missing from the snapshot, pinned repositories unknown) go to the ``warn`` callback.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from portfolio.profile.model import ExternalProject, Profile, ProjectOverride
from portfolio.snapshot import Repo, Snapshot


@dataclass(frozen=True)
class Project:
    """One project as the site shows it: a repository or an external project."""

    slug: str
    """Unique among the selected projects; the page address uses it (``projects/<slug>/``)."""
    title: str
    summary: str | None
    """Markdown (from profile.yaml) or the repository description (plain text)."""
    repo: Repo | None
    """The repository, or None for a project that is not on GitHub."""
    url: str | None
    """The code (GitHub page) or, for an external project, its own address."""
    homepage: str | None = None
    image: str | None = None
    """A local path inside the profile folder or an http(s) address (``model.is_url``)."""
    tags: tuple[str, ...] = ()
    group: str | None = None
    featured: bool = False
    demo: str | None = None
    paper: str | None = None
    show_readme: bool = True
    """Whether to build its page from the README (False also when there is no README)."""
    date: str | None = None


def select_projects(
    profile: Profile, snapshot: Snapshot, *, warn: Callable[[str], None] | None = None
) -> list[Project]:
    """The projects to show, in order. ``warn`` receives one sentence per thing to tell."""
    say = warn or (lambda _message: None)
    settings = profile.projects
    mode = settings.mode
    repos: list[Repo]
    if mode == "pinned":
        if not snapshot.knows("pinned"):
            say(
                "projects.mode is `pinned`, but the snapshot does not know your pinned "
                "repositories (it was fetched without a token); showing repositories chosen "
                "by `projects.auto` instead. Fetch again with GITHUB_TOKEN set to use them."
            )
            mode = "auto"
        elif not snapshot.pinned:
            say(
                "projects.mode is `pinned`, but you have no pinned repositories; showing "
                "repositories chosen by `projects.auto` instead."
            )
            mode = "auto"
    if mode == "pinned":
        repos = _named(snapshot.pinned, snapshot, "pinned repository", say)
    elif mode == "manual":
        repos = _named(settings.repos, snapshot, "projects.repos entry", say)
    else:
        repos = _auto(profile, snapshot)

    used: set[str] = set()
    projects = [_from_repo(repo, _override_for(repo, settings.overrides), used) for repo in repos]
    for key in settings.overrides:
        if not any(key in (r.name, r.full_name) for r in repos):
            where = "in the snapshot" if snapshot.repo(key) is None else "among the projects shown"
            say(f"projects.overrides.{key}: no repository `{key}` {where}; the override is unused")
    projects += [_from_external(item, used) for item in settings.external]
    return projects


def _named(
    names: tuple[str, ...], snapshot: Snapshot, what: str, say: Callable[[str], None]
) -> list[Repo]:
    found: list[Repo] = []
    for name in names:
        repo = snapshot.repo(name)
        if repo is None:
            say(
                f"{what} `{name}` is not in the snapshot; skipped (run `portfolio fetch` "
                "again if it is new)"
            )
        elif repo not in found:
            found.append(repo)
    return found


def _auto(profile: Profile, snapshot: Snapshot) -> list[Repo]:
    rules = profile.projects.auto
    login = snapshot.user.login.lower()
    owners = {o.lower() for o in rules.owners}
    topics = {t.lower() for t in rules.topics}
    chosen = [
        repo
        for repo in snapshot.repos
        if not repo.is_empty
        # The profile README repository (login/login) is the profile itself, not a project.
        and not (repo.owner.lower() == login and repo.name.lower() == login)
        and (rules.include_forks or not repo.fork)
        and (rules.include_archived or not repo.archived)
        and repo.stars >= rules.min_stars
        and (not owners or repo.owner.lower() in owners)
        and (not topics or topics & {t.lower() for t in repo.topics})
    ]
    # Sort twice (stable): first the tie-breaker (name), then the main key, newest/most first.
    chosen.sort(key=lambda r: r.full_name.lower())
    if rules.sort == "pushed":
        chosen.sort(key=lambda r: r.pushed_at or "", reverse=True)
    else:
        chosen.sort(key=lambda r: (r.stars, r.pushed_at or ""), reverse=True)
    return chosen[: rules.limit]


def _override_for(repo: Repo, overrides: dict[str, ProjectOverride]) -> ProjectOverride:
    for key in (repo.full_name, repo.name):
        for candidate, override in overrides.items():
            if candidate.lower() == key.lower():
                return override
    return ProjectOverride()


def _from_repo(repo: Repo, override: ProjectOverride, used: set[str]) -> Project:
    slug = _unique(_slugify(repo.name), used, fallback=_slugify(f"{repo.owner}-{repo.name}"))
    return Project(
        slug=slug,
        title=override.title or repo.name,
        summary=override.summary or repo.description,
        repo=repo,
        url=repo.html_url,
        homepage=repo.homepage or None,
        image=override.image,
        tags=override.tags or repo.topics,
        group=override.group,
        featured=override.featured,
        demo=override.demo,
        paper=override.paper,
        show_readme=override.readme and repo.readme is not None,
        date=(repo.pushed_at or "")[:10] or None,
    )


def _from_external(item: ExternalProject, used: set[str]) -> Project:
    return Project(
        slug=_unique(_slugify(item.title), used),
        title=item.title,
        summary=item.summary,
        repo=None,
        url=item.url,
        image=item.image,
        tags=item.tags,
        group=item.group,
        featured=item.featured,
        demo=item.demo,
        paper=item.paper,
        show_readme=False,
        date=item.date,
    )


def _slugify(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    # Capped so the page's folder name fits the file system whatever the name's length;
    # `_unique` keeps two names that share their first 80 characters apart.
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:80].strip("-")
    return slug or "project"


def _unique(slug: str, used: set[str], fallback: str | None = None) -> str:
    if slug in used and fallback:
        slug = fallback
    candidate, number = slug, 2
    while candidate in used:
        candidate = f"{slug}-{number}"
        number += 1
    used.add(candidate)
    return candidate
