"""A long README has a table of contents.

What it does:
    For READMEs longer than ``max_words`` words (1,500) that also have more than
    ``max_sections`` sections (10, counting headings of levels 1 to 3), checks for a table of
    contents: a
    "Contents" / "Table of contents" heading, a list of at least three links to the README's
    own headings (``[Usage](#usage)``), or a ``[TOC]`` / ``.. contents::`` marker.

Why it matters:
    Readers of a long README look for one thing (install, an option, the licence). A table
    of contents at the top lets them jump there instead of scrolling past everything else.
    GitHub's outline menu lists the headings too, but it is folded away, and PyPI, docs
    sites and editors do not have it. A README that is long but has few sections, or has
    many short sections, is quick to scan without one: both limits must be passed.

Example:
    Fails: a 2,500-word README with 14 sections and no list of them.
    Passes: the same README with "## Contents" and a list of links to its sections; a
    600-word README with 13 short sections.

How to fix:
    Under the intro, add "## Contents" with a bulleted list of ``[Section](#section)``
    links (editors such as VS Code's Markdown All in One generate and update it).

Fix safety:
    Display-only: nothing is written for you.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checks import readme_markup as markup
from checks.model import Fix, FixSafety, Problem, RepoContext, Rule, Severity, Target
from checks.readme import ReadmeAnalysis
from checks.readme_for import TOC_HEADING, readme_and_analysis, where

MAX_WORDS = 1500
MAX_SECTIONS = 10
# Anchor links in one section that make it a table of contents.
MIN_TOC_LINKS = 3

_TOC_MARKER = re.compile(
    r"^\s*(?:\[TOC\]|\[\[_TOC_\]\]|\.\. contents::|<!--\s*(?:toc|START doctoc))", re.I | re.M
)


def has_toc(analysis: ReadmeAnalysis, text: str) -> bool:
    if any(TOC_HEADING.search(s.heading) for s in analysis.sections):
        return True
    if _TOC_MARKER.search(text):
        return True
    return any(
        sum(1 for link in s.links if link.kind == "anchor") >= MIN_TOC_LINKS
        for s in analysis.all_sections
    )


def check(ctx: RepoContext) -> Iterator[Problem]:
    found = readme_and_analysis(ctx.repo)
    if found is None:
        return
    readme, analysis = found
    max_words = int(ctx.options.get("max_words", MAX_WORDS))
    max_sections = int(ctx.options.get("max_sections", MAX_SECTIONS))
    outline = [s for s in analysis.sections if 1 <= s.level <= 3]
    # Both limits: 13 short sections (typer) or 1,600 words under two headings scan quickly.
    if analysis.word_count <= max_words or len(outline) <= max_sections:
        return
    if has_toc(analysis, readme.text):
        return
    yield Problem(
        message=(
            f"{where(ctx.repo)} is long ({analysis.word_count} words and {len(outline)} "
            "sections) and has no table of contents"
        ),
        fix=Fix(
            description=(
                f"Under the intro of {readme.path}, add {markup.contents(readme.format)}."
            ),
            safety=FixSafety.DISPLAY_ONLY,
        ),
        file=readme.path,
    )


RULE = Rule(
    id="RDM016",
    name="readme-toc",
    target=Target.README,
    severity=Severity.INFO,
    options={"max_words": MAX_WORDS, "max_sections": MAX_SECTIONS},
    check=check,
    doc=__doc__,
    covered_by=("REP019",),
)
