"""Project pages: one view per project shown, and the topic and language filters.

Filtering works without JavaScript: every topic and every language gets its own small static
page listing the matching projects, linked from the projects index.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from markupsafe import Markup

from portfolio.profile import Project, is_url
from portfolio.readme import RenderedReadme, render_readme
from portfolio.site.markup import format_date, markdown_html, plain_text, slugify
from portfolio.site.views import AssetResolver
from portfolio.snapshot import Readme, Repo


@dataclass(frozen=True)
class ProjectView:
    slug: str
    title: str
    summary_html: Markup
    summary_text: str
    path: str
    """The project's page on the site, e.g. ``projects/tabcheck/``; empty when it has none."""
    group: str | None
    featured: bool
    tags: tuple[str, ...]
    language: str | None
    languages: tuple[str, ...]
    stars: int | None
    forks: int | None
    license: str | None
    """SPDX id of the licence GitHub recognised (``MIT``), for machines (the page's JSON-LD)."""
    license_label: str
    """The licence as the page names it: the SPDX id, the name of a published licence GitHub
    does not list (``CC BY-NC 4.0``), "other (see its licence file)", or "none stated"."""
    last_push: str | None
    """ISO date of the last push."""
    code_url: str | None
    homepage_url: str | None
    demo_url: str | None
    paper_url: str | None
    image_url: str | None
    release: str | None
    readme_html: Markup | None
    toc: tuple
    readme_unnamed: tuple[int, int] = (0, 0)
    """Images without alt text and links made only of them, in ``readme_html``."""
    archived: bool = False
    fork_of: str | None = None
    date: str | None = None

    @property
    def last_push_text(self) -> str:
        return format_date(self.last_push) if self.last_push else ""


@dataclass(frozen=True)
class FilterView:
    kind: str
    """``topic`` or ``language``."""
    name: str
    slug: str
    path: str
    count: int


def project_view(
    project: Project,
    asset: AssetResolver,
    render: Callable[[Readme, Repo], RenderedReadme] = render_readme,
) -> ProjectView:
    """The view of one selected project; a repository with a README or a summary gets a page.

    ``render`` renders its README (a build passes its cache's, ``ReadmeCache.render``).
    """
    repo = project.repo
    rendered = None
    if repo is not None and repo.readme is not None and project.show_readme:
        rendered = render(repo.readme, repo)
    summary = project.summary or (rendered.summary if rendered else "") or ""
    has_page = repo is not None and (rendered is not None or bool(summary))
    return ProjectView(
        slug=project.slug,
        title=project.title,
        summary_html=markdown_html(summary, inline=True),
        summary_text=plain_text(summary),
        path=f"projects/{project.slug}/" if has_page else "",
        group=project.group,
        featured=project.featured,
        tags=tuple(project.tags),
        language=repo.language if repo else None,
        languages=_top_languages(repo) if repo else (),
        stars=repo.stars if repo else None,
        forks=repo.forks if repo else None,
        license=None if repo is None or repo.license in (None, "NOASSERTION") else repo.license,
        license_label=_licence_label(repo),
        last_push=((repo.pushed_at or "")[:10] or None) if repo else None,
        code_url=repo.html_url if repo else None,
        homepage_url=project.homepage if repo else project.url,
        demo_url=project.demo,
        paper_url=project.paper,
        image_url=_file_or_url(project.image, asset),
        release=repo.latest_release.tag_name if repo and repo.latest_release else None,
        readme_html=Markup(rendered.html) if rendered else None,
        toc=tuple(rendered.toc) if rendered else (),
        readme_unnamed=rendered.unnamed if rendered else (0, 0),
        archived=bool(repo and repo.archived),
        fork_of=repo.parent if repo and repo.fork else None,
        date=project.date,
    )


def _licence_label(repo: Repo | None) -> str:
    """What a visitor reads as the project's licence. GitHub's "Other" (``NOASSERTION``) is a
    licence file it could not name, not a missing one: the name read from the file's opening
    when it is a published licence (CC BY-NC 4.0, OpenRAIL-M), else "other"."""
    if repo is None or repo.license is None:
        return "none stated"
    if repo.license == "NOASSERTION":
        return repo.license_name or "other (see its licence file)"
    return repo.license


def _top_languages(repo: Repo) -> tuple[str, ...]:
    ordered = sorted(repo.languages.items(), key=lambda item: (-item[1], item[0]))
    return tuple(name for name, _bytes in ordered[:5])


def filters(projects: list[ProjectView]) -> tuple[list[FilterView], list[FilterView]]:
    """Topic and language filters with their counts, most used first, then by name."""
    topics: Counter[str] = Counter(t for p in projects for t in p.tags)
    languages: Counter[str] = Counter(p.language for p in projects if p.language)
    return (
        _filter_list("topic", "topics", topics),
        _filter_list("language", "languages", languages),
    )


def grouped(projects: list[ProjectView]) -> list[tuple[str | None, list[ProjectView]]]:
    """Projects by group, in the order each group first appears; ungrouped ones last."""
    groups: dict[str | None, list[ProjectView]] = {}
    for project in projects:
        groups.setdefault(project.group, []).append(project)
    ungrouped = groups.pop(None, [])
    result: list[tuple[str | None, list[ProjectView]]] = list(groups.items())
    if ungrouped:
        result.append((None, ungrouped))
    return result


def _filter_list(kind: str, folder: str, counts: Counter[str]) -> list[FilterView]:
    ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0].lower()))
    return [
        FilterView(kind, name, slugify(name), f"projects/{folder}/{slugify(name)}/", count)
        for name, count in ordered
    ]


def _file_or_url(value: str | None, asset: AssetResolver) -> str | None:
    if not value:
        return None
    return value if is_url(value) else asset(value)
