"""What a profile.yaml holds, as frozen dataclasses: the one description of the format.

The loader validates against these classes, ``docs/profile.schema.json`` is generated from them
and ``docs/profile.md`` documents them; each field's ``doc`` and ``kind`` live here, next to it.
Every section is optional: an empty file with only ``schema: portfolio/v1`` is a valid profile.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SCHEMA_ID = "portfolio/v1"

# What a string field means; the loader checks it and the JSON Schema describes it.
TEXT = "text"
MARKDOWN = "markdown"
URL = "url"
"""An absolute ``http://`` or ``https://`` address."""
LINK = "link"
"""An absolute http(s) address, a ``mailto:`` address or a path on the site such as ``/blog/``."""
EMAIL = "email"
DATE = "date"
"""ISO ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""
END_DATE = "end-date"
"""A date, or ``present`` for something still going on."""
FILE = "file"
"""A file inside the profile folder."""
FOLDER = "folder"
"""A folder inside the profile folder."""
FILE_OR_URL = "file-or-url"
COLOR = "color"
"""A CSS hex colour such as ``#2a6df4``."""
ID = "id"
"""Lower-case letters, digits and hyphens, e.g. ``open-source``."""
AVATAR = "avatar"
"""``github``, a file inside the profile folder or an http(s) address."""
THEME = "theme"
"""A bundled theme's name, or a folder inside the profile folder (``./my-theme``)."""


def option(
    default: Any = dataclasses.MISSING,
    *,
    doc: str,
    kind: str | None = None,
    choices: tuple[str, ...] | None = None,
    example: Any = None,
    factory: Any = dataclasses.MISSING,
    minimum: int | None = None,
) -> Any:
    """A dataclass field carrying its documentation and validation rules as metadata."""
    metadata = {"doc": doc, "kind": kind, "choices": choices, "example": example}
    metadata["minimum"] = minimum
    if factory is not dataclasses.MISSING:
        return dataclasses.field(default_factory=factory, metadata=metadata)
    return dataclasses.field(default=default, metadata=metadata)


def section(cls: type, doc: str, example: Any = None) -> Any:
    """A field holding a nested section, empty (all defaults) unless the file sets it."""
    return option(doc=doc, factory=cls, example=example)


def listing(doc: str, example: Any = None) -> Any:
    """A field holding a list, empty unless the file sets it."""
    return option((), doc=doc, example=example)


# --- site -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class NavLink:
    """One entry of the navigation bar."""

    title: str = option(doc="The text of the link.", example="Blog")
    url: str = option(doc="Where it goes: a page of the site or a full address.", kind=LINK)


@dataclass(frozen=True)
class Analytics:
    """Visitor statistics: off unless you choose a provider."""

    provider: str = option(
        "none",
        doc="`none` (the default: no tracking at all), `plausible` or `goatcounter`.",
        choices=("none", "plausible", "goatcounter"),
    )
    site_id: str | None = option(
        None,
        doc="Your site's name at the provider: the domain for Plausible, the code for GoatCounter.",
        example="jane.example.org",
    )


@dataclass(frozen=True)
class Site:
    """Settings of the whole site."""

    title: str | None = option(
        None, doc="The site's name; defaults to the person's name.", example="Ada Example"
    )
    description: str | None = option(
        None,
        doc="One sentence for search engines and link previews; defaults to the headline.",
        example="Machine-learning engineer working on speech models.",
    )
    base_url: str | None = option(
        None,
        doc="The address the site is published at; needed for canonical links and the sitemap.",
        kind=URL,
        example="https://ada.github.io",
    )
    language: str = option("en", doc="The language of the pages, as a BCP 47 tag.", example="en-GB")
    theme: str = option(
        "default",
        doc="A bundled theme (`default`, `academic`) or the path of your own theme folder "
        "inside the profile folder, such as `./my-theme`.",
        kind=THEME,
        example="academic",
    )
    color_scheme: str = option(
        "auto",
        doc="`auto` follows the visitor's light or dark setting; `light` or `dark` forces one.",
        choices=("auto", "light", "dark"),
    )
    accent_color: str | None = option(
        None, doc="Colour of links and highlights.", kind=COLOR, example="#2a6df4"
    )
    sections: tuple[str, ...] = option(
        (),
        doc="Which sections the home page shows, in that order; the ids are `about`, "
        "`projects`, `experience`, `education`, `skills`, `publications`, `talks`, "
        "`certifications`, `awards`, `languages` and the `id` of each custom section. "
        "Empty means all of them that have content, in that order.",
        example=["about", "projects", "publications"],
    )
    nav: tuple[NavLink, ...] = listing(
        "Links of the navigation bar; empty gives one link per page of the site.",
        example=[{"title": "Blog", "url": "/blog/"}],
    )
    footer: str | None = option(
        None,
        doc="A line of text at the bottom of every page.",
        kind=MARKDOWN,
        example="Built with portfolio-kit.",
    )
    favicon: str | None = option(
        None, doc="The small icon browsers show in tabs.", kind=FILE, example="favicon.png"
    )
    social_image: str | None = option(
        None,
        doc="The picture shown when someone shares a link to the site (1200x630 works best).",
        kind=FILE,
        example="images/card.png",
    )
    content: str = option(
        "content",
        doc="The folder of your own Markdown posts and pages.",
        kind=FOLDER,
        example="content",
    )
    analytics: Analytics = section(Analytics, "Visitor statistics; off by default.")


# --- person and links -----------------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    """Who the site is about."""

    name: str | None = option(
        None, doc="Your name; defaults to the name on GitHub.", example="Ada Example"
    )
    pronouns: str | None = option(None, doc="Shown next to your name.", example="she/her")
    headline: str | None = option(
        None,
        doc="One line that says what you do.",
        example="ML engineer · speech recognition",
    )
    avatar: str = option(
        "github",
        doc="`github` (your GitHub picture), a file in the profile folder or an https address.",
        kind=AVATAR,
        example="images/me.jpg",
    )
    bio: str | None = option(
        None,
        doc="A short introduction (two or three sentences); defaults to your GitHub bio.",
        kind=MARKDOWN,
    )
    about: str | None = option(None, doc="A longer story for the About section.", kind=MARKDOWN)
    location: str | None = option(None, doc="Where you are.", example="Lyon, France")
    email: str | None = option(
        None, doc="Your public address.", kind=EMAIL, example="ada@example.org"
    )
    obfuscate_email: bool = option(
        True, doc="Write the address so that spam robots cannot read it from the page."
    )
    status: str | None = option(
        None, doc="A short status line.", example="Open to work from May 2026"
    )
    cv: str | None = option(
        None,
        doc="Your CV as a PDF: a file in the profile folder or an address.",
        kind=FILE_OR_URL,
        example="cv.pdf",
    )


@dataclass(frozen=True)
class CustomLink:
    """A link to a site not listed above."""

    title: str = option(doc="The text of the link.", example="Personal blog")
    url: str = option(doc="The address.", kind=URL, example="https://blog.example.org")


@dataclass(frozen=True)
class Links:
    """Your pages elsewhere, as full addresses."""

    github: str | None = option(
        None,
        doc="Your GitHub profile; defaults to the one in the snapshot.",
        kind=URL,
        example="https://github.com/ada",
    )
    linkedin: str | None = option(
        None, doc="LinkedIn.", kind=URL, example="https://www.linkedin.com/in/ada"
    )
    website: str | None = option(None, doc="Another website of yours.", kind=URL)
    scholar: str | None = option(
        None,
        doc="Google Scholar.",
        kind=URL,
        example="https://scholar.google.com/citations?user=XXXXXXX",
    )
    orcid: str | None = option(
        None, doc="ORCID.", kind=URL, example="https://orcid.org/0000-0002-1825-0097"
    )
    kaggle: str | None = option(None, doc="Kaggle.", kind=URL)
    huggingface: str | None = option(
        None, doc="Hugging Face.", kind=URL, example="https://huggingface.co/ada"
    )
    x: str | None = option(None, doc="X (Twitter).", kind=URL)
    mastodon: str | None = option(None, doc="Mastodon.", kind=URL)
    bluesky: str | None = option(None, doc="Bluesky.", kind=URL)
    youtube: str | None = option(None, doc="YouTube.", kind=URL)
    custom: tuple[CustomLink, ...] = listing("Any other links.")


# --- projects -------------------------------------------------------------------------------


@dataclass(frozen=True)
class AutoProjects:
    """How ``auto`` mode chooses repositories."""

    sort: str = option(
        "stars",
        doc="`stars` (most starred first) or `pushed` (most recently changed first).",
        choices=("stars", "pushed"),
    )
    limit: int = option(6, doc="How many projects at most.", minimum=1)
    topics: tuple[str, ...] = option(
        (), doc="Only repositories with at least one of these topics.", example=["nlp"]
    )
    include_forks: bool = option(False, doc="Also show repositories you forked.")
    include_archived: bool = option(False, doc="Also show archived repositories.")
    min_stars: int = option(0, doc="Only repositories with at least this many stars.", minimum=0)
    owners: tuple[str, ...] = option(
        (),
        doc="Only repositories of these owners (your login or organisations); empty means any "
        "owner in the snapshot.",
        example=["ada", "speech-lab"],
    )


@dataclass(frozen=True)
class ProjectOverride:
    """Changes to how one repository is shown."""

    title: str | None = option(None, doc="Shown instead of the repository name.")
    summary: str | None = option(
        None, doc="Shown instead of the repository description.", kind=MARKDOWN
    )
    image: str | None = option(
        None, doc="A picture: a file in the profile folder or an address.", kind=FILE_OR_URL
    )
    tags: tuple[str, ...] = option((), doc="Shown instead of the repository topics.")
    group: str | None = option(
        None, doc="Projects with the same group are listed together.", example="Research"
    )
    featured: bool = option(False, doc="Also show it on the home page.")
    demo: str | None = option(None, doc="A live demo.", kind=URL)
    paper: str | None = option(None, doc="The paper it belongs to.", kind=URL)
    readme: bool = option(True, doc="Build a page for it from its README.")


@dataclass(frozen=True)
class ExternalProject:
    """A project that is not a repository in the snapshot."""

    title: str = option(doc="Its name.", example="Speech corpus for Breton")
    summary: str | None = option(None, doc="What it is, in a sentence or two.", kind=MARKDOWN)
    url: str | None = option(None, doc="Where it lives.", kind=URL)
    image: str | None = option(
        None, doc="A picture: a file in the profile folder or an address.", kind=FILE_OR_URL
    )
    tags: tuple[str, ...] = option((), doc="Keywords, used for filtering.")
    group: str | None = option(None, doc="Projects with the same group are listed together.")
    featured: bool = option(False, doc="Also show it on the home page.")
    demo: str | None = option(None, doc="A live demo.", kind=URL)
    paper: str | None = option(None, doc="The paper it belongs to.", kind=URL)
    date: str | None = option(None, doc="When it was made.", kind=DATE)


@dataclass(frozen=True)
class Projects:
    """Which projects the site shows and how."""

    mode: str = option(
        "auto",
        doc="`pinned` (the repositories pinned on your GitHub profile), `auto` (chosen by the "
        "rules under `auto`) or `manual` (the list under `repos`, in that order).",
        choices=("pinned", "auto", "manual"),
    )
    repos: tuple[str, ...] = option(
        (),
        doc="For `manual` mode: repository names (or `owner/name`), in the order to show them.",
        example=["speechkit", "speech-lab/corpus-tools"],
    )
    auto: AutoProjects = section(AutoProjects, "For `auto` mode: how to choose.")
    overrides: dict[str, ProjectOverride] = option(
        doc="Per repository name (or `owner/name`): changes to how it is shown.",
        factory=dict,
        example={"speechkit": {"title": "SpeechKit", "featured": True}},
    )
    external: tuple[ExternalProject, ...] = listing(
        "Projects that are not on GitHub (or not in the snapshot), shown after the others."
    )


# --- CV sections ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Experience:
    """A job or role."""

    role: str = option(doc="Your title.", example="Machine-learning engineer")
    organization: str = option(doc="Where.", example="Acme Speech")
    start: str = option(doc="When it started.", kind=DATE, example="2022-03")
    end: str | None = option(
        None, doc="When it ended; leave out or write `present` if it goes on.", kind=END_DATE
    )
    location: str | None = option(None, doc="City, or `Remote`.")
    url: str | None = option(None, doc="The organisation's site.", kind=URL)
    summary: str | None = option(None, doc="What you did.", kind=MARKDOWN)
    highlights: tuple[str, ...] = option((), doc="Achievements, one per item.")


@dataclass(frozen=True)
class Education:
    """A degree or course of study."""

    degree: str = option(doc="The degree.", example="MSc Computer Science")
    institution: str = option(doc="Where.", example="University of Lyon")
    start: str | None = option(None, doc="When it started.", kind=DATE)
    end: str | None = option(None, doc="When it ended, or `present`.", kind=END_DATE)
    location: str | None = option(None, doc="City.")
    url: str | None = option(None, doc="The institution's site.", kind=URL)
    summary: str | None = option(None, doc="Thesis, focus, grade.", kind=MARKDOWN)


@dataclass(frozen=True)
class Skill:
    """One skill; write just its name, or a mapping with a level."""

    name: str = option(doc="The skill.", example="PyTorch")
    level: str | None = option(
        None,
        doc="`beginner`, `intermediate`, `advanced` or `expert`.",
        choices=("beginner", "intermediate", "advanced", "expert"),
    )


# A YAML scalar in place of these classes sets this field (``- PyTorch`` means name: PyTorch).
SHORTHAND: dict[type, str] = {Skill: "name"}


@dataclass(frozen=True)
class SkillGroup:
    """A group of skills shown together."""

    group: str = option(doc="The group's title.", example="Machine learning")
    skills: tuple[Skill, ...] = listing(
        "The skills: names, or mappings with `name` and `level`.",
        example=["PyTorch", {"name": "JAX", "level": "intermediate"}],
    )


@dataclass(frozen=True)
class Publication:
    """A paper, article, thesis or book."""

    title: str = option(doc="The title.")
    authors: tuple[str, ...] = option((), doc="Authors, in order.", example=["A. Example"])
    venue: str | None = option(None, doc="Journal, conference or publisher.", example="ICASSP")
    date: str | None = option(None, doc="When it was published.", kind=DATE)
    url: str | None = option(None, doc="Where to read it.", kind=URL)
    doi: str | None = option(None, doc="Its DOI, such as `10.1000/xyz123`.")
    pdf: str | None = option(
        None, doc="The PDF: a file in the profile folder or an address.", kind=FILE_OR_URL
    )
    code: str | None = option(None, doc="Its code.", kind=URL)
    abstract: str | None = option(None, doc="The abstract.", kind=MARKDOWN)
    selected: bool = option(False, doc="Show it first and on the home page.")


@dataclass(frozen=True)
class Publications:
    """Your publications, from this file and from a BibTeX file, merged."""

    bibtex: str | None = option(
        None,
        doc="A BibTeX file in the profile folder; its entries are added to `items` (an entry "
        "with the same DOI or title as one in `items` is skipped).",
        kind=FILE,
        example="publications.bib",
    )
    highlight: str | None = option(
        None, doc="Your name as it appears in author lists, shown in bold.", example="A. Example"
    )
    items: tuple[Publication, ...] = listing("Publications written in profile.yaml.")


@dataclass(frozen=True)
class Talk:
    """A talk, poster or workshop."""

    title: str = option(doc="The title.")
    event: str = option(doc="Where it was given.", example="PyCon FR")
    date: str = option(doc="When.", kind=DATE)
    location: str | None = option(None, doc="City, or `Online`.")
    url: str | None = option(None, doc="The event's page.", kind=URL)
    slides: str | None = option(None, doc="The slides: a file or an address.", kind=FILE_OR_URL)
    video: str | None = option(None, doc="A recording.", kind=URL)
    summary: str | None = option(None, doc="What it was about.", kind=MARKDOWN)


@dataclass(frozen=True)
class Certification:
    """A certificate."""

    name: str = option(doc="Its name.", example="AWS Certified Machine Learning")
    issuer: str = option(doc="Who issued it.", example="Amazon Web Services")
    date: str | None = option(None, doc="When you got it.", kind=DATE)
    expires: str | None = option(None, doc="When it expires.", kind=DATE)
    url: str | None = option(None, doc="Where to verify it.", kind=URL)
    credential_id: str | None = option(None, doc="The credential's id.")


@dataclass(frozen=True)
class Award:
    """A prize, grant or honour."""

    title: str = option(doc="Its name.")
    issuer: str | None = option(None, doc="Who gave it.")
    date: str | None = option(None, doc="When.", kind=DATE)
    url: str | None = option(None, doc="More about it.", kind=URL)
    summary: str | None = option(None, doc="What it was for.", kind=MARKDOWN)


@dataclass(frozen=True)
class Language:
    """A language you speak."""

    name: str = option(doc="The language.", example="French")
    level: str | None = option(None, doc="How well, in your words or CEFR.", example="native")


@dataclass(frozen=True)
class CustomItem:
    """One entry of a custom section."""

    title: str = option(doc="The entry's title.")
    subtitle: str | None = option(None, doc="A second line.")
    date: str | None = option(None, doc="When.", kind=DATE)
    url: str | None = option(None, doc="A link.", kind=URL)
    summary: str | None = option(None, doc="Details.", kind=MARKDOWN)


@dataclass(frozen=True)
class CustomSection:
    """A section of your own, such as Teaching or Volunteering."""

    id: str = option(
        doc="A short name used in `site.sections` and in the address.", kind=ID, example="teaching"
    )
    title: str = option(doc="The heading.", example="Teaching")
    body: str | None = option(None, doc="Text shown before the entries.", kind=MARKDOWN)
    items: tuple[CustomItem, ...] = listing("The entries.")


# --- pass-through sections ------------------------------------------------------------------


@dataclass(frozen=True)
class PelicanOptions:
    """Extra Pelican settings for the build."""

    settings: dict[str, Any] = option(
        doc="Pelican settings added to ours (by name, e.g. `DEFAULT_PAGINATION`).",
        factory=dict,
        example={"DEFAULT_PAGINATION": 10},
    )
    plugins: tuple[str, ...] = option(
        (),
        doc="Extra Pelican plugins to run, by import name; none run unless listed here.",
        example=["pelican.plugins.search"],
    )


# --- the whole file -------------------------------------------------------------------------


@dataclass(frozen=True)
class Profile:
    """The contents of profile.yaml, validated, with defaults filled in."""

    schema: str = option(
        doc=f"The format version; always `{SCHEMA_ID}` for this version of portfolio-kit.",
        example=SCHEMA_ID,
    )
    site: Site = section(Site, "Settings of the whole site.")
    person: Person = section(Person, "Who the site is about.")
    links: Links = section(Links, "Your pages elsewhere.")
    projects: Projects = section(Projects, "Which projects to show and how.")
    experience: tuple[Experience, ...] = listing("Jobs and roles, most recent first.")
    education: tuple[Education, ...] = listing("Degrees and courses.")
    skills: tuple[SkillGroup, ...] = listing("Skills, in groups.")
    publications: Publications = section(Publications, "Papers and articles.")
    talks: tuple[Talk, ...] = listing("Talks and posters.")
    certifications: tuple[Certification, ...] = listing("Certificates.")
    awards: tuple[Award, ...] = listing("Prizes, grants, honours.")
    languages: tuple[Language, ...] = listing("Languages you speak.")
    custom_sections: tuple[CustomSection, ...] = listing("Sections of your own.")
    check: dict[str, Any] = option(
        doc="Settings of `portfolio check`, passed to it untouched (it checks them itself).",
        factory=dict,
    )
    pelican: PelicanOptions = section(PelicanOptions, "Extra Pelican settings and plugins.")
    # Not read from the file: where it was found, so local paths can be resolved.
    root: Path = dataclasses.field(default=Path("."), metadata={"internal": True})
    """The profile folder; every local path above is relative to it."""

    def path(self, relative: str) -> Path:
        """The absolute location of a local path from the file (already checked to exist)."""
        return self.root / relative


def is_url(value: str | None) -> bool:
    """Whether a ``file-or-url`` value is an address rather than a local file."""
    return bool(value) and value.lower().startswith(("http://", "https://"))
