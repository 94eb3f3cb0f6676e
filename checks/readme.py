"""README analysis: split a README into sections and say what each one is about.

This is the public API the README rules are written against. ``analyze_readme`` turns the text
of a README (Markdown or reStructuredText) into a ``ReadmeAnalysis``: the preamble, the
sections with their heading, level and 1-based line numbers, and the signals found in each
(code blocks, images, badges, links, tables, lists, HTML blocks, word count, categories).
``classify_section`` says which of the categories ``what``, ``why``, ``how``, ``when``,
``who``, ``references``, ``contribution`` and ``other`` one section covers.

Example::

    >>> analysis = analyze_readme("# tool\\n\\nA tiny tool.\\n\\n## Install\\n\\n    pip i t\\n")
    >>> [s.heading for s in analysis.sections]
    ['tool', 'Install']
    >>> analysis.has("how")
    True

Both functions are pure, never print, never raise on any text (empty, binary, huge or deeply
nested) and run in time linear in the size of the input. See ``docs/readme-analysis.md``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

# The category labels, in the order of the paper by Prana et al. (2019) that defined them.
WHAT = "what"
WHY = "why"
HOW = "how"
WHEN = "when"
WHO = "who"
REFERENCES = "references"
CONTRIBUTION = "contribution"
OTHER = "other"
CATEGORIES: tuple[str, ...] = (WHAT, WHY, HOW, WHEN, WHO, REFERENCES, CONTRIBUTION, OTHER)

FORMATS: tuple[str, ...] = ("markdown", "rst", "text")
"""Accepted values of ``fmt``; anything else (``other``, ``gfm``, ...) is read as Markdown."""


@dataclass(frozen=True)
class CodeBlock:
    """A block of code: fenced (```` ``` ```` or ``~~~``), indented, ``<pre>``, or an rst
    ``code-block`` / ``::`` literal block."""

    language: str | None
    """The language named after the fence or directive (``bash``, ``python``), lower-cased;
    ``None`` when none is given."""
    line: int
    """Line of the opening fence or directive (or of the first indented line)."""
    text: str
    """The code itself, without the fences."""
    fenced: bool = True
    """False for indented code and rst ``::`` literal blocks."""


@dataclass(frozen=True)
class Image:
    """An image: Markdown ``![alt](src)``, HTML ``<img>``, or rst ``.. image::``."""

    src: str
    alt: str
    """The alternative text; ``""`` when the image has none (an accessibility problem)."""
    line: int
    badge: bool = False
    """True for status badges (shields.io, CI, coverage, package version images)."""
    link: str | None = None
    """Where the image links to, when it is wrapped in a link (usual for badges)."""


@dataclass(frozen=True)
class Link:
    """A link: Markdown inline, reference or autolink, bare URL, HTML ``<a>``, or rst link."""

    url: str
    text: str
    line: int
    kind: str
    """``absolute`` (has a scheme or starts with ``//``, including ``mailto:``), ``anchor``
    (``#section`` in the same README) or ``relative`` (a path inside the repository)."""


@dataclass(frozen=True)
class Table:
    """A table: GFM pipe table, HTML ``<table>``, or rst grid / simple table."""

    line: int
    rows: int
    """Body rows, without the header row (``0`` when unknown, e.g. an HTML table)."""
    columns: int


@dataclass(frozen=True)
class ListBlock:
    """A run of list items (nested items included)."""

    line: int
    items: int
    ordered: bool


@dataclass(frozen=True)
class HtmlBlock:
    """Raw HTML written in the README, e.g. a centred ``<p align="center">`` logo block."""

    line: int
    text: str


@dataclass(frozen=True)
class Section:
    """One heading and the text under it, up to the next heading of any level."""

    heading: str
    """The heading as a reader sees it: markup, links and HTML tags removed, e.g.
    ``Installation``; ``""`` for the preamble."""
    level: int
    """1-6 (``#`` is 1); 0 for the preamble. Bold lines used as headings are level 2; rst
    levels follow the order in which the title styles first appear."""
    line: int
    """First line of the section (the heading's first line; 1 for the preamble)."""
    end_line: int
    """Last line of the section, inclusive; ``line - 1`` for an empty preamble."""
    text: str
    """The body: the lines after the heading up to the next heading, as written."""
    categories: frozenset[str] = frozenset()
    """Zero or more of ``CATEGORIES``, from ``classify_section``."""
    code_blocks: tuple[CodeBlock, ...] = ()
    images: tuple[Image, ...] = ()
    """All images, badges included."""
    links: tuple[Link, ...] = ()
    """All links, those around badges and images included."""
    badges: tuple[Image, ...] = ()
    """The images in ``images`` that are badges."""
    tables: tuple[Table, ...] = ()
    lists: tuple[ListBlock, ...] = ()
    html_blocks: tuple[HtmlBlock, ...] = ()
    inline_code: tuple[str, ...] = ()
    """Spans of inline code (```` `pip install x` ````), without the backticks."""
    word_count: int = 0
    """Words of prose in heading and body, code and markup left out; each CJK character
    counts as one word."""
    style: str = "atx"
    """How the heading is written: ``atx`` (``#``), ``setext`` (underlined), ``html``
    (``<h2>``), ``bold`` (a line of bold text), ``rst``, or ``preamble``."""


@dataclass(frozen=True)
class ReadmeAnalysis:
    """A whole README: its preamble, sections and the signals of all of them together."""

    format: str
    """``markdown`` or ``rst``: how the text was read."""
    preamble: Section
    """Everything before the first heading (level 0): badges, logo, intro paragraph."""
    sections: tuple[Section, ...]
    """The sections in order, preamble not included."""
    title: str | None
    """The text of the first level-1 heading (rst: the first title), or ``None``."""
    code_blocks: tuple[CodeBlock, ...] = ()
    images: tuple[Image, ...] = ()
    links: tuple[Link, ...] = ()
    badges: tuple[Image, ...] = ()
    tables: tuple[Table, ...] = ()
    lists: tuple[ListBlock, ...] = ()
    html_blocks: tuple[HtmlBlock, ...] = ()
    word_count: int = 0
    line_count: int = 0
    unread_language: str | None = None
    """Why the analysis cannot read this README's wording (``"not in English"``, ``"mostly in
    Chinese or Japanese script"``), else ``None``. The classifier and the wording rules read
    English only, so the sections of such a README get no categories (see
    ``checks.readme_language``)."""

    @property
    def all_sections(self) -> tuple[Section, ...]:
        """The preamble followed by the sections."""
        return (self.preamble, *self.sections)

    def has(self, category: str) -> bool:
        """Whether any section (preamble included) covers ``category``, e.g. ``has("how")``."""
        return any(category in s.categories for s in self.all_sections)

    def sections_with(self, category: str) -> tuple[Section, ...]:
        """The sections (preamble included, when it qualifies) that cover ``category``."""
        return tuple(s for s in self.all_sections if category in s.categories)

    def headings(self) -> Iterator[str]:
        """The headings in order, e.g. to list them in a finding ("sections found: ...")."""
        return (s.heading for s in self.sections)


def analyze_readme(text: str | bytes, fmt: str = "markdown") -> ReadmeAnalysis:
    """Split ``text`` into a preamble and sections, find its signals and classify each section.

    ``fmt`` is ``"markdown"`` (also used for ``"text"`` and unknown values) or ``"rst"``.
    Bytes are decoded as UTF-8 with replacement. Never raises on any text.
    """
    from checks.readme_build import build_analysis

    if isinstance(text, bytes | bytearray):
        text = bytes(text).decode("utf-8", errors="replace")
    return build_analysis(str(text), (fmt or "markdown").lower())


def classify_section(
    heading: str,
    text: str,
    *,
    level: int | None = None,
    position: int | None = None,
    parent: str | None = None,
    next_heading: str | None = None,
) -> set[str]:
    """The categories (a subset of ``CATEGORIES``) that one section covers.

    ``heading`` is the heading line (with or without its ``#`` marks), ``text`` the body.
    ``level`` (1-6, 0 for a preamble; when not given, the heading's ``#`` marks give it),
    ``position`` (0 for the first section after the preamble), ``parent`` (the heading of
    the section this one is nested in, e.g. ``API`` for ``Parameters``) and
    ``next_heading`` (the heading of the section that follows, ``""`` for the last section)
    help when known; the two-argument call is the documented minimum. An empty set means no
    category applies with enough confidence, or the section is not in English (the
    classifier reads English only; see ``checks.readme_language``).

    Example: ``classify_section("## Installation", "```\\npip install tool\\n```")`` gives
    ``{"how"}``.
    """
    from checks.readme_classify import classify

    return classify(
        heading or "",
        text or "",
        level=level,
        position=position,
        parent=parent,
        next_heading=next_heading,
    )
