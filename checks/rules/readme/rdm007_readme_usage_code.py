"""The usage section of a README shows an example in a fenced code block.

What it does:
    Finds the README's usage sections ("Usage", "Quick start", "Examples"...) with their
    subsections and checks that at least one holds a fenced code block (```` ``` ````). It
    passes as well when a fenced block elsewhere shows use rather than only installation.
    In a reStructuredText README, ``::`` literal blocks count as fenced.
    When the example is there but in an indented code block, in the usage section or under
    another heading (``python gradio_canny2image.py`` under "ControlNet with Canny Edge"),
    the finding names its line and asks to fence it.
    READMEs without a usage section are left to ``readme-usage`` (RDM006). Repositories
    without code (no language detected) are skipped, as there, and so is a "Demo" or
    "Screenshots" section that shows the project as pictures or a link, and teaching material
    (a course or tutorials): its way in is its lessons, whose outline RDM006 asks for.

Why it matters:
    An example people can copy and run is the fastest way to show what the project does;
    prose instructions ("call the index function with your vectors") are easy to misread.

Example:
    Fails: "## Usage" followed by "Run the main script with your data file."
    Passes: "## Usage" with a ```` ```bash ```` block: ``python main.py data.csv``.

How to fix:
    Add the command or code of the smallest complete example to the usage section, in a
    fenced code block with its language.

Fix safety:
    Display-only: the example is yours to write.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checks.ml import teaching_cue
from checks.model import Fix, FixSafety, Problem, RepoContext, Rule, Severity, Target
from checks.readme import CodeBlock, ReadmeAnalysis, Section
from checks.readme_for import (
    indented_code_problem,
    is_fenced,
    readme_and_analysis,
    unfenced_block,
    where,
)
from checks.rules.readme.rdm006_readme_usage import usage_code_lines, usage_sections
from checks.section_groups import with_nested

# "Demo" or "In action" with a screenshot or a link to the live app shows the project at
# work as a picture or a page: there is no code to run (vcard-personal-portfolio's Demo).
_DEMO_HEADING = re.compile(r"\W*(?:live )?(?:demo|in action|preview|screenshots?)\W*", re.I)


def _shown_not_run(section: Section) -> bool:
    return bool(_DEMO_HEADING.fullmatch(section.heading)) and bool(section.images or section.links)


def check(ctx: RepoContext) -> Iterator[Problem]:
    # As in RDM006: a repository without code (a curated list, notes) has nothing to
    # install or run; its headings ("Building Real-World Applications", a course title) are not
    # install or usage sections.
    if not ctx.repo.language:
        return
    found = readme_and_analysis(ctx.repo)
    if found is None:
        return
    readme, analysis = found
    sections = [s for s in usage_sections(analysis) if not _shown_not_run(s)]
    if not sections:
        return
    if teaching_cue(ctx.repo.description, analysis):
        return  # a course's "How do I get started?" points to its lessons, not to code
    fenced_lines = {b.line for b in analysis.code_blocks if is_fenced(analysis, b)}
    if fenced_lines & set(usage_code_lines(analysis)):
        return
    groups = with_nested(analysis, sections)
    for parts in groups:
        if any(is_fenced(analysis, b) for s in parts for b in s.code_blocks):
            return
    first = sections[0]
    kind = "usage"
    indented = unfenced_block(analysis, groups)
    if indented is None:
        # The examples may stand under other headings, indented: ControlNet runs
        # `python gradio_canny2image.py` under "ControlNet with Canny Edge".
        elsewhere = _indented_example_elsewhere(analysis)
        if elsewhere is not None:
            (indented, first), kind = elsewhere, ""
    if indented is not None:
        yield indented_code_problem(
            ctx.repo,
            readme,
            first,
            indented,
            kind=kind,
            shows="its example",
            opening="```python, ```bash or the code's language",
        )
        return
    yield Problem(
        message=(
            f"{where(ctx.repo)}: the usage section `{first.heading}` (line {first.line}) "
            "has no fenced code block showing an example"
        ),
        fix=Fix(
            description=(
                f"In `{first.heading}` of {readme.path}, add the smallest complete example in "
                "a fenced code block: a line with ```bash (or ```python...), the code, then ```."
            ),
            safety=FixSafety.DISPLAY_ONLY,
        ),
        file=readme.path,
        line=first.line,
    )


def _indented_example_elsewhere(analysis: ReadmeAnalysis) -> tuple[CodeBlock, Section] | None:
    """The first indented code block of the README that shows use (not only installation),
    with the section it stands in."""
    showing_use = set(usage_code_lines(analysis))
    for section in analysis.all_sections:
        for block in section.code_blocks:
            if not is_fenced(analysis, block) and block.line in showing_use:
                return block, section
    return None


RULE = Rule(
    id="RDM007",
    name="readme-usage-code",
    target=Target.README,
    severity=Severity.INFO,
    showcase_severity=Severity.WARNING,
    check=check,
    doc=__doc__,
)
