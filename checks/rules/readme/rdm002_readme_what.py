"""A README says what the project is, at the top: in the intro or the first section.

What it does:
    Looks at the text before the first heading, the first section and, when the first
    section is just the title, the one after it. It passes when one of them says what the
    project is: a section the README analysis classifies as *What* or *Why*, or at least one
    sentence of prose that is not installation, credits or history. Prose right under the
    title counts whatever the analysis makes of it, and so does prose under a tagline written
    as a heading just below the title (``<h3 align="center">State-of-the-art
    Parameter-Efficient Fine-Tuning methods</h3>``): that heading names no part of the README.
    Such a tagline written in HTML, a centred subtitle, is an intro by itself, with only
    badges under it; pictures between the title and the tagline (a banner) do not matter.
    A title written one level too low (``## Alias-Free Generative Adversarial Networks``,
    reported by readme-title) is read as the title: the prose under it counts.

Why it matters:
    Visitors decide in seconds whether a project is for them. If the README opens on badges
    and an install command, they leave without knowing what it does.

Example:
    Fails: ``# ml-utils`` followed directly by ``## Installation``.
    Passes: ``# ml-utils`` then "Fast approximate nearest-neighbour search for embeddings,
    in pure NumPy, for people who cannot install FAISS."

How to fix:
    Under the title, write one or two sentences: what it is, what it does, for whom.

Fix safety:
    Display-only: only you can say what your project is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checks.model import Fix, FixSafety, Problem, RepoContext, Rule, Severity, Target
from checks.readme import WHAT, WHY, Section
from checks.readme_for import readme_and_analysis, sections_found, where
from checks.readme_inline import count_words
from checks.rules.readme.rdm001_readme_title import names_a_section
from checks.rules.readme.rdm004_readme_install import INSTALL_HEADING
from checks.rules.readme.rdm006_readme_usage import USAGE_HEADING

# Prose words (heading words left out) that make a paragraph an intro rather than a caption.
MIN_INTRO_WORDS = 8
# Fewer words suffice when the README analysis already classifies the section as What/Why.
MIN_CLASSIFIED_WORDS = 3
_INTRO_HEADING = re.compile(
    r"\b(about|overview|introduction|intro|description|what is|what it does|summary)\b",
    re.IGNORECASE,
)
# Categories that are not an intro even when they are long prose.
_NOT_INTRO = frozenset({"how", "when", "who", "contribution"})
# A tagline is a phrase ("State-of-the-art Parameter-Efficient Fine-Tuning methods"), where the
# name of a part of a README is a word or two ("Installation", "Quick start").
MIN_TAGLINE_WORDS = 4
# ...written right under the title: at most this many lines below it (a blank line, or a
# setext underline and a blank line).
MAX_TAGLINE_GAP = 3


def check(ctx: RepoContext) -> Iterator[Problem]:
    found = readme_and_analysis(ctx.repo)
    if found is None:
        return
    readme, analysis = found
    candidates = intro_sections(analysis.preamble, analysis.sections)
    tagline = len(candidates) == 3 and _is_tagline(candidates[1], candidates[2])
    # A title written one level too low (stylegan3's "## Alias-Free Generative Adversarial
    # Networks (StyleGAN3)", which RDM001 reports) still has the intro under it.
    low_title = (
        len(candidates) > 1
        and candidates[1] is analysis.sections[0]
        and candidates[1].level > 1
        and not names_a_section(candidates[1], ctx.repo.name)
    )
    if any(
        _says_what(section, opening=(tagline and i == 2) or (low_title and i == 1))
        for i, section in enumerate(candidates)
    ):
        return
    if tagline and candidates[2].style == "html":
        # A centred subtitle is the project's one-line description, as the About box is
        # (trl: <h3 align="center">A comprehensive library to post-train foundation models).
        return
    shown = candidates[-1]
    if not analysis.sections:
        top = "it has no heading and no sentence that introduces the project"
    else:
        top = f"nothing up to `{shown.heading}` reads as an intro"
    yield Problem(
        message=(
            f"{where(ctx.repo)} does not say what the project is at the top: {top} "
            f"({sections_found(analysis)})"
        ),
        fix=Fix(
            description=(
                f"Under the title of {readme.path}, add one or two sentences saying what "
                f"`{ctx.repo.name}` is, what it does and for whom."
            ),
            safety=FixSafety.DISPLAY_ONLY,
        ),
        file=readme.path,
        line=shown.line,
    )


def intro_sections(preamble: Section, sections: tuple[Section, ...]) -> list[Section]:
    """Where an intro may sit: the preamble, the first section, and the next one when the
    first is only the title (a level-1 heading with next to nothing under it). A table of
    contents is skipped: the intro is the section it leads to; so is a short list of the
    team under the title (a student project's "Team Members:" above its "Introduction")."""
    sections = tuple(
        s
        for s in sections
        if not _CONTENTS_HEADING.fullmatch(s.heading)
        and not (_TEAM_HEADING.fullmatch(s.heading) and s.word_count <= MAX_TEAM_WORDS)
    )
    found = [preamble]
    if sections:
        found.append(sections[0])
        if len(sections) > 1 and sections[0].level == 1 and _prose_words(sections[0]) < 3:
            found.append(sections[1])
    return found


_CONTENTS_HEADING = re.compile(r"\W*(?:table of contents|contents|toc)\W*", re.IGNORECASE)
_TEAM_HEADING = re.compile(
    r"\W*(?:(?:the |our |project )?team(?: members)?|(?:group |team )?members|authors?|"
    r"contributors|created by|made by)\W*",
    re.IGNORECASE,
)
# Names, with their roles or links: more words than that are a section of their own.
MAX_TEAM_WORDS = 60


def _prose_words(section: Section) -> int:
    # Counted as ``word_count`` counts them: "模块文档" is four words, not one. The alt text
    # of badges and images ("CRAN status", "Codecov test coverage") is not an intro. Only
    # Markdown's ``![CRAN status](...)`` puts it among the words; ``<img alt="...">`` does
    # not, since tags are not counted, so its alt text is not taken off.
    outside_tags = " ".join(_TAG.sub(" ", section.text).split())  # `[![CRAN\nstatus](...)]`
    alt = sum(
        count_words(image.alt)
        for image in section.images
        if " ".join(image.alt.split()) in outside_tags
    )
    return max(section.word_count - count_words(section.heading) - alt, 0)


_TAG = re.compile(r"<[^>]*>")


def _is_tagline(title: Section, section: Section) -> bool:
    """Whether ``section``'s heading, just under a bare title, is a tagline rather than the
    name of a part of the README."""
    heading = section.heading
    # Under a title made only of pictures (a banner, a rule, badges), the next heading is
    # the first thing to read, however many lines the pictures take (trl's <picture>).
    return (
        (section.line - title.line <= MAX_TAGLINE_GAP or _prose_words(title) == 0)
        and count_words(heading) >= MIN_TAGLINE_WORDS
        and not INSTALL_HEADING.search(heading)
        and not USAGE_HEADING.search(heading)
    )


def _says_what(section: Section, opening: bool = False) -> bool:
    words = _prose_words(section)
    if words == 0:
        return False  # a bare title or a code block says nothing, whatever its category
    if _INTRO_HEADING.search(section.heading):
        return True
    if section.categories & {WHAT, WHY} and words >= MIN_CLASSIFIED_WORDS:
        return True
    if words < MIN_INTRO_WORDS:
        return False
    # Prose right under the title (or before any heading) is the intro whatever the
    # classifier makes of it; prose under a later heading must not be instructions or credits.
    opening = opening or section.level <= 1
    return opening or not section.categories & _NOT_INTRO


RULE = Rule(
    id="RDM002",
    name="readme-what",
    target=Target.README,
    severity=Severity.WARNING,
    showcase_severity=Severity.ERROR,
    check=check,
    doc=__doc__,
    covered_by=("REP019",),
)
