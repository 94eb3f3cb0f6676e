"""The plan of the portfolio pages: which files to write, with which template and data.

Pure: from the build inputs and the blog posts Pelican has read, it returns a ``SitePlan``; the
Pelican generator (``portfolio.site.generator``) only renders and writes it. Orders are fixed
(profile order, or sorted) so two builds from the same data give the same files.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from markupsafe import Markup

from portfolio.profile.model import Profile
from portfolio.site import seo
from portfolio.site.markup import EMPTY, markdown_html, plain_text
from portfolio.site.projects import FilterView, ProjectView, filters, grouped
from portfolio.site.themes import Theme
from portfolio.site.views import (
    NavItem,
    PersonView,
    PublicationView,
    SectionView,
    SiteView,
    TalkView,
)
from portfolio.snapshot import Snapshot

HOME_PROJECTS = 6
HOME_PUBLICATIONS = 5
HOME_TALKS = 3
HOME_POSTS = 3


@dataclass(frozen=True)
class PageMeta:
    """The <head> of a page: what search engines and link previews show."""

    title: str
    description: str
    path: str
    """The page's path on the site: ``""`` for home, ``projects/`` ..."""
    heading: str = ""
    og_type: str = "website"
    json_ld: Markup = EMPTY
    nav: str = ""
    """Which navigation entry is the current page."""
    stylesheets: tuple[str, ...] = ()
    """Extra stylesheets under theme/css/, e.g. ``code.css`` on pages with code."""
    noindex: bool = False
    """Ask search engines not to list it (the 404 page)."""


@dataclass(frozen=True)
class OutputPage:
    save_as: str
    template: str
    meta: PageMeta
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class BuildInputs:
    """Everything a build shows, resolved by ``portfolio.site.build`` before Pelican starts."""

    profile: Profile
    snapshot: Snapshot
    theme: Theme
    base_url: str
    person: PersonView
    projects: tuple[ProjectView, ...]
    publications: tuple[PublicationView, ...]
    talks: tuple[TalkView, ...]
    sections: dict[str, SectionView]
    """CV sections with content, by id, in profile order."""
    favicon_url: str | None
    social_image_url: str | None
    assets: dict[str, Path]
    """Local files to publish: site path → file in the profile folder."""
    analytics_pixel: str | None = None
    """A counting image's address, the page path to be appended (GoatCounter, no script)."""


@dataclass(frozen=True)
class SitePlan:
    site: SiteView
    pages: tuple[OutputPage, ...]
    not_found: OutputPage


def plan_site(inputs: BuildInputs, articles: list, pelican_pages: list) -> SitePlan:
    profile, person, theme = inputs.profile, inputs.person, inputs.theme
    projects = list(inputs.projects)
    publications = list(inputs.publications)
    talks = list(inputs.talks)
    sections = inputs.sections
    pages: list[OutputPage] = []

    site = SiteView(
        title=profile.site.title or person.name,
        description=profile.site.description
        or person.headline
        or plain_text(str(person.bio_html))
        or f"The portfolio of {person.name}",
        language=profile.site.language,
        base_url=inputs.base_url,
        color_scheme=profile.site.color_scheme,
        person=person,
        nav=_nav(
            profile,
            theme,
            bool(projects),
            bool(publications),
            bool(talks),
            bool(articles),
            pelican_pages,
        ),
        footer_html=markdown_html(profile.site.footer, inline=True),
        build_date=inputs.snapshot.fetched_at[:10],
        favicon_url=inputs.favicon_url,
        social_image_url=inputs.social_image_url or person.avatar_url,
        has_accent=bool(profile.site.accent_color),
        theme=theme.name,
        stylesheets=theme.stylesheets,
        analytics_pixel=inputs.analytics_pixel,
    )

    # --- home
    order = profile.site.sections or theme.sections
    home_sections = []
    for section_id in order:
        section = _home_section(section_id, person, projects, publications, talks, sections)
        if section is not None:
            home_sections.append(section)
    person_ld = _person_ld(site)
    pages.append(
        OutputPage(
            "index.html",
            "home",
            PageMeta(
                title=site.title if site.title == person.name else f"{site.title} · {person.name}",
                description=site.description,
                path="",
                heading=person.name,
                og_type="profile",
                json_ld=seo.json_ld(
                    {
                        "@type": "ProfilePage",
                        "url": site.absolute(""),
                        "name": site.title,
                        "mainEntity": person_ld,
                        "dateModified": site.build_date,
                    }
                ),
                nav="home",
            ),
            {"sections": home_sections, "posts": articles[:HOME_POSTS]},
        )
    )

    # --- projects index and its filters
    if projects:
        topic_filters, language_filters = filters(projects)
        pages.append(
            OutputPage(
                "projects/index.html",
                "projects",
                PageMeta(
                    title=f"Projects · {site.title}",
                    description=f"{len(projects)} projects by {person.name}: "
                    + ", ".join(p.title for p in projects[:6])
                    + ("…" if len(projects) > 6 else "."),
                    path="projects/",
                    heading="Projects",
                    json_ld=_collection_ld(site, "Projects", "projects/"),
                    nav="projects",
                ),
                {
                    "groups": grouped(projects),
                    "topic_filters": topic_filters,
                    "language_filters": language_filters,
                    "active_filter": None,
                },
            )
        )
        for active in topic_filters + language_filters:
            pages.append(_filter_page(site, projects, active, topic_filters, language_filters))
        for project in projects:
            if project.path:
                pages.append(_project_page(site, person_ld, project))

    # --- CV, publications, talks
    pages.append(
        OutputPage(
            "cv/index.html",
            "cv",
            PageMeta(
                title=f"CV · {person.name}",
                description=f"Curriculum vitae of {person.name}"
                + (f": {person.headline}" if person.headline else "."),
                path="cv/",
                heading=f"{person.name}",
                json_ld=_collection_ld(site, "CV", "cv/"),
                nav="cv",
                stylesheets=("print.css",),
            ),
            {
                "sections": [sections[k] for k in sections],
                "projects": projects,
                "publications": publications,
                "talks": talks,
            },
        )
    )
    if publications:
        pages.append(
            OutputPage(
                "publications/index.html",
                "publications",
                PageMeta(
                    title=f"Publications · {site.title}",
                    description=f"{len(publications)} publications by {person.name}.",
                    path="publications/",
                    heading="Publications",
                    json_ld=_collection_ld(site, "Publications", "publications/"),
                    nav="publications",
                ),
                {"publications": publications},
            )
        )
    if talks:
        pages.append(
            OutputPage(
                "talks/index.html",
                "talks",
                PageMeta(
                    title=f"Talks · {site.title}",
                    description=f"{len(talks)} talks by {person.name}.",
                    path="talks/",
                    heading="Talks",
                    json_ld=_collection_ld(site, "Talks", "talks/"),
                    nav="talks",
                ),
                {"talks": talks},
            )
        )
    not_found = OutputPage(
        "404.html",
        "404",
        PageMeta(
            title=f"Page not found · {site.title}",
            description="This page does not exist (any more).",
            path="404.html",
            heading="Page not found",
            noindex=True,
        ),
    )
    return SitePlan(site, tuple(pages), not_found)


def _home_section(section_id, person, projects, publications, talks, sections):
    if section_id == "about":
        body = person.about_html or person.bio_html
        return SectionView("about", "About", "about", (), body) if body else None
    if section_id == "projects":
        featured = [p for p in projects if p.featured] or projects[:HOME_PROJECTS]
        return (
            SectionView("projects", "Projects", "projects", tuple(featured)) if featured else None
        )
    if section_id == "publications":
        chosen = [p for p in publications if p.selected] or publications[:HOME_PUBLICATIONS]
        if chosen:
            return SectionView("publications", "Publications", "publications", tuple(chosen))
        return None
    if section_id == "talks":
        return SectionView("talks", "Talks", "talks", tuple(talks[:HOME_TALKS])) if talks else None
    return sections.get(section_id)


def _nav(profile: Profile, theme: Theme, projects, publications, talks, blog, pages) -> tuple:
    if profile.site.nav:
        return tuple(
            NavItem(link.title, link.url, external=link.url.startswith(("http:", "https:")))
            if not link.url.startswith("/")
            else NavItem(link.title, link.url.lstrip("/"))
            for link in profile.site.nav
        )
    available = {
        "home": NavItem("Home", ""),
        "projects": NavItem("Projects", "projects/") if projects else None,
        "publications": NavItem("Publications", "publications/") if publications else None,
        "talks": NavItem("Talks", "talks/") if talks else None,
        "blog": NavItem("Blog", "blog/") if blog else None,
        "cv": NavItem("CV", "cv/"),
    }
    order = theme.nav or ("home", "projects", "publications", "talks", "blog", "cv")
    items = [available[key] for key in order if available.get(key)]
    # The user's own pages (content/pages/) come before the CV, in Pelican's order.
    own = [NavItem(page.title, page.url) for page in pages]
    at = len(items) - 1 if items and items[-1].path == "cv/" else len(items)
    return tuple(items[:at] + own + items[at:])


def _filter_page(site, projects, active: FilterView, topic_filters, language_filters):
    if active.kind == "topic":
        chosen = [p for p in projects if active.name in p.tags]
        heading = f"Projects about {active.name}"
    else:
        chosen = [p for p in projects if p.language == active.name]
        heading = f"Projects in {active.name}"
    return OutputPage(
        active.path + "index.html",
        "projects",
        PageMeta(
            title=f"{heading} · {site.title}",
            description=f"{len(chosen)} of {site.person.name}'s projects: "
            + ", ".join(p.title for p in chosen[:6])
            + ".",
            path=active.path,
            heading=heading,
            json_ld=_collection_ld(site, heading, active.path),
            nav="projects",
        ),
        {
            "groups": [(None, chosen)],
            "topic_filters": topic_filters,
            "language_filters": language_filters,
            "active_filter": active,
        },
    )


def _project_page(site: SiteView, person_ld: dict, project: ProjectView) -> OutputPage:
    data = seo.prune(
        {
            "@type": "SoftwareSourceCode",
            "name": project.title,
            "description": project.summary_text,
            "url": site.absolute(project.path),
            "codeRepository": project.code_url,
            "programmingLanguage": project.language,
            "keywords": list(project.tags),
            "license": f"https://spdx.org/licenses/{project.license}.html"
            if project.license
            else None,
            "dateModified": project.last_push,
            "author": {"@type": "Person", "name": person_ld["name"], "url": person_ld["url"]},
        }
    )
    return OutputPage(
        project.path + "index.html",
        "project",
        PageMeta(
            title=f"{project.title} · {site.title}",
            description=project.summary_text
            or f"{project.title}, a project by {site.person.name}.",
            path=project.path,
            heading=project.title,
            og_type="article",
            json_ld=seo.json_ld(data),
            nav="projects",
            stylesheets=("code.css",) if project.readme_html else (),
        ),
        {"project": project},
    )


def _person_ld(site: SiteView) -> dict:
    person = site.person
    return seo.prune(
        {
            "@type": "Person",
            "name": person.name,
            "url": site.absolute(""),
            "image": _absolute(site, person.avatar_url),
            "jobTitle": person.headline,
            "description": plain_text(str(person.bio_html)),
            "address": {"@type": "PostalAddress", "addressLocality": person.location}
            if person.location
            else None,
            "sameAs": person.same_as,
        }
    )


def _collection_ld(site: SiteView, name: str, path: str) -> Markup:
    return seo.json_ld(
        {
            "@type": "CollectionPage",
            "name": f"{name} · {site.title}",
            "url": site.absolute(path),
            "author": {"@type": "Person", "name": site.person.name, "url": site.absolute("")},
        }
    )


def _absolute(site: SiteView, url: str | None) -> str | None:
    """A full address for a file of the site (``files/me.jpg``); full addresses unchanged."""
    if not url:
        return None
    return url if "://" in url else site.absolute(url)
