"""What the templates show: plain, frozen view objects made from the profile and the snapshot.

Templates never see a ``Profile`` or a ``Snapshot`` directly; they see these, with every string
either plain text (Jinja escapes it) or ``Markup`` that has already been sanitised here. That
keeps the escaping decision in one place and the templates simple to override.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from markupsafe import Markup, escape

from portfolio.profile.model import Profile, is_url
from portfolio.site.markup import EMPTY, date_range, format_date, markdown_html, obfuscated_mailto
from portfolio.snapshot import Snapshot

# Turns a local file of the profile folder into its address on the site (and copies it).
AssetResolver = Callable[[str], str]

_LINK_TITLES = {
    "github": "GitHub",
    "linkedin": "LinkedIn",
    "website": "Website",
    "scholar": "Google Scholar",
    "orcid": "ORCID",
    "kaggle": "Kaggle",
    "huggingface": "Hugging Face",
    "x": "X",
    "mastodon": "Mastodon",
    "bluesky": "Bluesky",
    "youtube": "YouTube",
}


@dataclass(frozen=True)
class LinkView:
    title: str
    url: str
    kind: str = "custom"


@dataclass(frozen=True)
class PersonView:
    name: str
    login: str
    pronouns: str | None
    headline: str | None
    avatar_url: str | None
    bio_html: Markup
    about_html: Markup
    location: str | None
    email_html: Markup | None
    email: str | None
    status: str | None
    cv_url: str | None
    links: tuple[LinkView, ...]

    @property
    def same_as(self) -> list[str]:
        return [link.url for link in self.links]


@dataclass(frozen=True)
class EntryView:
    """One line of a CV section: a job, a degree, an award, a custom item."""

    title: str
    subtitle: str | None = None
    when: str = ""
    location: str | None = None
    url: str | None = None
    summary_html: Markup = EMPTY
    highlights: tuple[str, ...] = ()


@dataclass(frozen=True)
class SkillGroupView:
    title: str
    skills: tuple[tuple[str, str | None], ...]


@dataclass(frozen=True)
class PublicationView:
    title: str
    authors_html: Markup
    venue: str | None
    year: str
    url: str | None
    doi: str | None
    pdf_url: str | None
    code_url: str | None
    abstract_html: Markup
    selected: bool

    @property
    def doi_url(self) -> str | None:
        return f"https://doi.org/{self.doi}" if self.doi else None


@dataclass(frozen=True)
class TalkView:
    title: str
    event: str
    when: str
    date: str
    location: str | None
    url: str | None
    slides_url: str | None
    video_url: str | None
    summary_html: Markup


@dataclass(frozen=True)
class SectionView:
    """A home or CV section; ``kind`` picks the template ``sections/<kind>.html``."""

    id: str
    title: str
    kind: str
    items: tuple = ()
    body_html: Markup = EMPTY


@dataclass(frozen=True)
class NavItem:
    title: str
    path: str
    """A site path such as ``projects/`` (made relative per page), or a full address."""
    external: bool = False


@dataclass(frozen=True)
class SiteView:
    """What every page knows about the site."""

    title: str
    description: str
    language: str
    base_url: str
    """Absolute, without a trailing slash."""
    color_scheme: str
    person: PersonView
    nav: tuple[NavItem, ...]
    footer_html: Markup
    build_date: str
    """The snapshot's fetch time (ISO date): builds from the same data are identical."""
    favicon_url: str | None
    social_image_url: str | None
    has_accent: bool
    theme: str
    stylesheets: tuple[str, ...]
    """The theme's stylesheets, under ``theme/css/``."""
    analytics_pixel: str | None = None

    def absolute(self, path: str) -> str:
        return f"{self.base_url}/{path.lstrip('/')}"


def person_view(profile: Profile, snapshot: Snapshot, asset: AssetResolver) -> PersonView:
    user = snapshot.user
    p = profile.person
    avatar = user.avatar_url if p.avatar == "github" else _file_or_url(p.avatar, asset)
    email = p.email or None
    email_html = None
    if email:
        email_html = obfuscated_mailto(email) if p.obfuscate_email else _plain_mailto(email)
    return PersonView(
        name=p.name or user.name or user.login,
        login=user.login,
        pronouns=p.pronouns,
        headline=p.headline,
        avatar_url=avatar,
        bio_html=markdown_html(p.bio or user.bio),
        about_html=markdown_html(p.about),
        location=p.location or user.location,
        email_html=email_html,
        email=email,
        status=p.status,
        cv_url=_file_or_url(p.cv, asset),
        links=tuple(link_views(profile, snapshot)),
    )


def link_views(profile: Profile, snapshot: Snapshot) -> list[LinkView]:
    links = profile.links
    found: list[LinkView] = [
        LinkView("GitHub", links.github or snapshot.user.profile_url, "github")
    ]
    for key, title in _LINK_TITLES.items():
        url = getattr(links, key)
        if key != "github" and url:
            found.append(LinkView(title, url, key))
    for custom in links.custom:
        found.append(LinkView(custom.title, custom.url))
    return found


def cv_sections(profile: Profile, asset: AssetResolver) -> dict[str, SectionView]:
    """Every CV section that has content, by id (``about`` and ``projects`` come elsewhere)."""
    sections: dict[str, SectionView] = {}
    if profile.experience:
        sections["experience"] = SectionView(
            "experience",
            "Experience",
            "entries",
            tuple(
                EntryView(
                    e.role,
                    e.organization,
                    date_range(e.start, e.end),
                    e.location,
                    e.url,
                    markdown_html(e.summary),
                    e.highlights,
                )
                for e in profile.experience
            ),
        )
    if profile.education:
        sections["education"] = SectionView(
            "education",
            "Education",
            "entries",
            tuple(
                EntryView(
                    e.degree,
                    e.institution,
                    date_range(e.start, e.end),
                    e.location,
                    e.url,
                    markdown_html(e.summary),
                )
                for e in profile.education
            ),
        )
    if profile.skills:
        sections["skills"] = SectionView(
            "skills",
            "Skills",
            "skills",
            tuple(
                SkillGroupView(g.group, tuple((s.name, s.level) for s in g.skills))
                for g in profile.skills
            ),
        )
    if profile.certifications:
        sections["certifications"] = SectionView(
            "certifications",
            "Certifications",
            "entries",
            tuple(
                EntryView(
                    c.name,
                    c.issuer,
                    format_date(c.date)
                    + (f" (expires {format_date(c.expires)})" if c.expires else ""),
                    url=c.url,
                )
                for c in profile.certifications
            ),
        )
    if profile.awards:
        sections["awards"] = SectionView(
            "awards",
            "Awards",
            "entries",
            tuple(
                EntryView(
                    a.title, a.issuer, format_date(a.date), None, a.url, markdown_html(a.summary)
                )
                for a in profile.awards
            ),
        )
    if profile.languages:
        sections["languages"] = SectionView(
            "languages",
            "Languages",
            "entries",
            tuple(EntryView(lang.name, lang.level) for lang in profile.languages),
        )
    for custom in profile.custom_sections:
        sections[custom.id] = SectionView(
            custom.id,
            custom.title,
            "entries",
            tuple(
                EntryView(
                    i.title, i.subtitle, format_date(i.date), None, i.url, markdown_html(i.summary)
                )
                for i in custom.items
            ),
            markdown_html(custom.body),
        )
    return sections


def publication_views(
    profile: Profile, items: tuple, asset: AssetResolver
) -> list[PublicationView]:
    """Publications, selected first, then newest first (a stable, documented order)."""
    highlight = profile.publications.highlight
    views = [
        PublicationView(
            title=pub.title,
            authors_html=_authors_html(pub.authors, highlight),
            venue=pub.venue,
            year=(pub.date or "")[:4],
            url=pub.url,
            doi=pub.doi,
            pdf_url=_file_or_url(pub.pdf, asset),
            code_url=pub.code,
            abstract_html=markdown_html(pub.abstract),
            selected=pub.selected,
        )
        for pub in items
    ]
    views.sort(key=lambda v: v.title.lower())
    views.sort(key=lambda v: v.year, reverse=True)
    views.sort(key=lambda v: not v.selected)
    return views


def talk_views(profile: Profile, asset: AssetResolver) -> list[TalkView]:
    views = [
        TalkView(
            title=t.title,
            event=t.event,
            when=format_date(t.date),
            date=t.date,
            location=t.location,
            url=t.url,
            slides_url=_file_or_url(t.slides, asset),
            video_url=t.video,
            summary_html=markdown_html(t.summary),
        )
        for t in profile.talks
    ]
    views.sort(key=lambda v: v.title.lower())
    views.sort(key=lambda v: v.date, reverse=True)
    return views


def _authors_html(authors: tuple[str, ...], highlight: str | None) -> Markup:
    parts = [
        Markup("<strong>{}</strong>").format(a) if highlight and a == highlight else escape(a)
        for a in authors
    ]
    return Markup(", ").join(parts)


def _file_or_url(value: str | None, asset: AssetResolver) -> str | None:
    if not value:
        return None
    return value if is_url(value) else asset(value)


def _plain_mailto(address: str) -> Markup:
    return Markup('<a href="mailto:{0}">{0}</a>').format(address)
