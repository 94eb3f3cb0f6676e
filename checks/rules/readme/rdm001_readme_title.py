"""A README starts with a title: a level-1 heading naming the project.

What it does:
    Checks that the first heading of the README is a level-1 heading (``# Name``, a setext
    ``Name`` underlined with ``===``, an HTML ``<h1>``, or an rst title), and that nothing but
    badges, logos and short lines comes before it. An HTML heading of any level that opens
    the README, such as ``<h2 align="center">`` around a logo, counts as a title banner; so
    does a logo or banner image in the first lines (or under nothing but badges) whose alt
    text names the project or says "logo" or "banner" (for an image without alt text, its
    file name: ``Detectron2-Logo-Horz.svg``).

Why it matters:
    The title is the first thing a visitor reads and what search engines and link previews
    show. A README that opens on "## Installation" or on a paragraph leaves the reader
    wondering what they are looking at.

Example:
    Fails: a README whose first line is ``## Setup`` or ``Some notes about this code``.
    Passes: ``# ml-utils`` followed by a one-line description, or
    ``<h1 align="center">ml-utils</h1>`` under a centred logo.
    When news ("## Latest updates") comes above the level-1 title, or a table of contents
    above the heading that names the project, the finding says where the title is and asks
    to move it to the top. A level-1 heading after the install or usage sections is a
    chapter, not a title to move.
    A README in a markup the README checks do not read (AsciiDoc ``README.adoc``, Org,
    Textile...) is reported here once, as inconclusive, and the README checks skip it.

How to fix:
    Add ``# NAME`` as the first line of the README, with the project's name, then a sentence
    saying what it is. Under YAML front matter (a Hugging Face Space's settings), which must
    stay at the very top: the fix says so.

Fix safety:
    Display-only: the title is yours to write; nothing is changed for you.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checks import readme_markup as markup
from checks.model import Fix, FixSafety, Problem, RepoContext, Rule, Severity, Target
from checks.readme import ReadmeAnalysis, Section
from checks.readme_features import heading_categories
from checks.readme_for import (
    TOC_HEADING,
    letters,
    names_project,
    readme_and_analysis,
    sections_found,
    unread_markup,
    where,
)
from checks.repo_kinds import is_profile_repo
from portfolio.front_matter import front_matter_lines
from portfolio.snapshot import Readme

# A logo counts as the title only at the very top of the README: in its first lines, or
# under nothing but badges (rich puts six lines of them above its logo).
LOGO_MAX_LINE = 5
# Words of a heading that may name a usual section ("Getting started", "How to use").
_SECTION_HEADING_WORDS = 3
# A preamble longer than this (in words of prose) is an intro written before any title.
MAX_PREAMBLE_WORDS = 40


def check(ctx: RepoContext) -> Iterator[Problem]:
    markup_name = unread_markup(ctx.repo)
    if markup_name is not None and not is_profile_repo(ctx.repo):
        # Said once, here, for all the README checks, which skip such a README.
        yield Problem(
            message=(
                f"{where(ctx.repo)} is written in {markup_name}, which the README checks do "
                "not read (they read Markdown and reStructuredText): they were skipped"
            ),
            file=ctx.repo.readme.path if ctx.repo.readme else None,
            inconclusive=True,
        )
        return
    found = readme_and_analysis(ctx.repo)
    if found is None:
        return
    readme, analysis = found
    if logo_title(analysis, ctx.repo.name):
        return
    if not analysis.sections:
        if analysis.line_count == 0 or not readme.text.strip():
            message = f"{where(ctx.repo)} is empty: it has no title"
        else:
            message = f"{where(ctx.repo)} has no headings at all, so no title"
        yield _problem(ctx, message, line=1)
        return
    first = analysis.sections[0]
    # A centred HTML heading opening the README (often around the logo) is a title banner,
    # whatever its level: `<h2 align="center">` is how many projects write their title.
    banner = first.style == "html" and analysis.preamble.word_count == 0
    path = readme.path
    late_title = _late_title(analysis, ctx.repo.name) if first.level != 1 else None
    if late_title is not None and not banner:
        # segment-anything opens on "## Latest updates -- SAM 2" and has its title below.
        yield _problem(
            ctx,
            f"{where(ctx.repo)} does not open on its title: its first heading is "
            f"`{first.heading}` (line {first.line}, level {first.level}) and the title "
            f"`{late_title.heading}` comes on line {late_title.line}",
            line=first.line,
            fix=_move_up(late_title, first, path),
        )
    elif first.level != 1 and not banner:
        yield _problem(
            ctx,
            f"{where(ctx.repo)} has no level-1 title at the top: its first heading is "
            f"`{first.heading}` (level {first.level}; {sections_found(analysis)})",
            line=first.line,
            fix=_promote(first, path)
            if analysis.preamble.word_count == 0 and not names_a_section(first, ctx.repo.name)
            else (
                f"Add {markup.title(readme.format, ctx.repo.name)} (or the project's display "
                f"name) as {_first_line(readme)}, above `{first.heading}` (line "
                f"{first.line}), followed by one sentence saying what it is."
            ),
        )
    elif analysis.preamble.word_count > MAX_PREAMBLE_WORDS:
        yield _problem(
            ctx,
            f"{where(ctx.repo)} has {analysis.preamble.word_count} words before its title "
            f"`{first.heading}` (line {first.line}); the title should come first",
            line=1,
            fix=(
                f"Move the title `{first.heading}` (line {first.line}) to the top of {path}, "
                "then one sentence saying what it is; the text now above it (news, notes) "
                "can follow under its own heading."
            ),
        )


def _promote(first: Section, path: str) -> str:
    """The fix when the README opens on its title written one level too low: raise it. (An
    HTML heading opening the README is a banner and never gets here.)"""
    how = {
        "setext": "underline it with `===` instead of `---`",
        "atx": f"write it with a single `#`: `# {first.heading}`",
    }.get(first.style, f"write it as `# {first.heading}`")
    return (
        f"`{first.heading}` (line {first.line} of {path}) is the title: make it a level-1 "
        f"heading ({how}), followed by one sentence saying what it is."
    )


def _move_up(title: Section, first: Section, path: str) -> str:
    """The fix when the title comes below another heading: move it to the top."""
    if TOC_HEADING.search(first.heading):
        level = "" if title.level == 1 else f", as a level-1 heading (`# {title.heading}`)"
        return (
            f"Move the title `{title.heading}` (line {title.line}) to the top of {path}"
            f"{level}, then one sentence saying what it is; the table of contents can follow "
            "under it."
        )
    return (
        f"Move the title `{title.heading}` (line {title.line}) to the top of {path}, then "
        f"one sentence saying what it is; `{first.heading}` can follow under it, as a news "
        "section."
    )


def _late_title(analysis: ReadmeAnalysis, name: str) -> Section | None:
    """The title, when it comes after the README's first heading: a level-1 heading naming
    the project under news or a notice, or the heading right after an opening table of
    contents that names no usual section (vit-pytorch's `## Vision Transformer - Pytorch`
    under `## Table of Contents`). A level-1 heading that comes after the install or usage
    sections is a chapter, not the title."""
    sections = analysis.sections
    first = sections[0]
    if TOC_HEADING.search(first.heading) and len(sections) > 1:
        after = sections[1]
        if after.level <= first.level and not names_a_section(after, name):
            return after
    for index, section in enumerate(sections[1:], start=1):
        if section.level == 1 and names_project(section.heading, name):
            # Under news, a notice or a note, it is the title; under sections that say how
            # to install or use the project, a chapter (rich's `# Rich Library`).
            before = sections[:index]
            if not any("how" in heading_categories(s.heading) for s in before):
                return section
            return None
    return None


def names_a_section(first: Section, name: str) -> bool:
    """Whether the README's first heading names one of its sections ("Table of Contents",
    "Installation") rather than the project, so that it is no title written too low."""
    if names_project(first.heading, name):
        return False
    # A title may hold a section's word ("Introduction to Machine Learning Interviews Book",
    # "Generative Handwriting Demo using TensorFlow"); a section's heading is short.
    short = len(first.heading.split()) <= _SECTION_HEADING_WORDS
    return bool(TOC_HEADING.search(first.heading)) or (
        short and bool(heading_categories(first.heading))
    )


def logo_title(analysis: ReadmeAnalysis, name: str) -> bool:
    """Whether the README opens on a logo or banner image that names the project: a title
    drawn rather than written (``<img src="logo.svg" alt="Awesome">`` at the top)."""
    wanted = letters(name)
    for image in analysis.preamble.images:
        if image.badge or not _at_the_top(image.line, analysis):
            continue
        alt = image.alt.lower()
        if (wanted and wanted in letters(alt)) or _LOGO_WORD.search(alt):
            return True
        # Without alt text (RDM012 reports that), the file's name may say it is a logo:
        # ``.github/Detectron2-Logo-Horz.svg``. A file named after the project may be a
        # screenshot (``ml-utils-demo.gif``), so only the words "logo" and "banner" count.
        if not alt and _LOGO_WORD.search(_file_name(image.src)):
            return True
    return False


_LOGO_WORD = re.compile(r"(?<![a-z])(logo|banner)(?![a-z])")
# What may stand above a logo at the top: images (badges), the links around them (empty
# once the image is gone), HTML tags.
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_EMPTY_LINK_OR_TAG = re.compile(r"\[\s*\]\([^)]*\)|<[^>]*>")


def _at_the_top(line: int, analysis: ReadmeAnalysis) -> bool:
    """Whether ``line`` of the preamble has only badges and markup above it: no prose."""
    if line <= LOGO_MAX_LINE:
        return True
    above = analysis.preamble.text.splitlines()[: line - analysis.preamble.line]
    bare = (_EMPTY_LINK_OR_TAG.sub("", _IMAGE.sub("", text)) for text in above)
    return not any(re.search(r"[^\W\d_]{2}", text) for text in bare)


def _file_name(src: str) -> str:
    path = src.split("?", 1)[0].split("#", 1)[0]
    return path.rstrip("/").rsplit("/", 1)[-1].lower()


def _first_line(readme: Readme | None) -> str:
    """Where the title goes: the README's first line, or the one right under its YAML front
    matter (a Hugging Face Space reads its settings only from the very top)."""
    path = readme.path if readme else "README.md"
    settings = front_matter_lines(readme.text) if readme and readme.format == "markdown" else 0
    if settings:
        return f"the line right under the front matter of {path} (line {settings + 1})"
    return f"the first line of {path}"


def _problem(ctx: RepoContext, message: str, *, line: int, fix: str | None = None) -> Problem:
    readme = ctx.repo.readme
    readme_path = readme.path if readme else "README.md"
    title = markup.title(readme.format if readme else "markdown", ctx.repo.name)
    return Problem(
        message=message,
        fix=Fix(
            description=fix
            or (
                f"Make {_first_line(readme)} {title} (or the project's display name), "
                "followed by one sentence saying what it is."
            ),
            safety=FixSafety.DISPLAY_ONLY,
        ),
        file=readme_path,
        line=line,
    )


RULE = Rule(
    id="RDM001",
    name="readme-title",
    target=Target.README,
    severity=Severity.WARNING,
    check=check,
    doc=__doc__,
)
