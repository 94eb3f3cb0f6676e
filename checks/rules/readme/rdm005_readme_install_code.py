"""The install section of a README shows its commands in a fenced code block.

What it does:
    Finds the README's install section ("Installation", "Setup", "Getting started"...) and
    its subsections, and checks that they hold a fenced code block (```` ``` ````). It
    passes as well when an install command appears in a fenced block anywhere in the README,
    or when the install section links to installation instructions elsewhere. In a
    reStructuredText README, ``::`` literal blocks count as fenced.
    A section that only lists what is needed ("Prerequisites", "Requirements") counts only
    when it speaks of installing (``pip``, "install", ``conda``...): a list of knowledge or
    versions has no commands to show. When the commands are there but in an indented code
    block, the finding names its line.
    READMEs without an install section are left to ``readme-install`` (RDM004).
    Repositories without code (no language detected) are skipped, as there.

Why it matters:
    Commands in a fenced block are copied exactly, shown in a monospace font and get a copy
    button on GitHub. Commands hidden in a sentence get mistyped.

Example:
    Fails: "## Installation" followed by "Install it with pip and then run the script."
    Passes: "## Installation" followed by a ```` ```bash ```` block with ``pip install ml-utils``.

How to fix:
    Put each command of the install section in a fenced code block marked ``bash`` (or the
    shell it runs in).

Fix safety:
    Display-only: the commands are yours to write.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checks.model import Fix, FixSafety, Problem, RepoContext, Rule, Severity, Target
from checks.readme import Section
from checks.readme_for import (
    indented_code_problem,
    is_fenced,
    readme_and_analysis,
    unfenced_block,
    where,
)
from checks.rules.readme.rdm004_readme_install import INSTALL_COMMAND, install_sections
from checks.section_groups import with_nested

# A section that only lists what is needed ("Prerequisites: basic Python, familiarity with
# PyTorch") has no commands to show, unless it speaks of installing them.
_NEEDS_HEADING = re.compile(
    r"\W*(?:system |software |hardware )?(?:requirements|prerequisites|dependencies)\W*",
    re.IGNORECASE,
)
_INSTALL_WORDS = re.compile(
    r"\b(?:install\w*|pip|conda|mamba|npm|yarn|brew|apt(?:-get)?|cargo|docker|clone|"
    r"download\w*|set up|setup)\b",
    re.IGNORECASE,
)


def _about_installing(section: Section) -> bool:
    return not _NEEDS_HEADING.fullmatch(section.heading) or bool(
        _INSTALL_WORDS.search(section.text)
    )


def check(ctx: RepoContext) -> Iterator[Problem]:
    # As in RDM004: a repository without code (a curated list, notes) has nothing to
    # install or run; its headings ("Building Real-World Applications", a course title) are not
    # install or usage sections.
    if not ctx.repo.language:
        return
    found = readme_and_analysis(ctx.repo)
    if found is None:
        return
    readme, analysis = found
    sections = [s for s in install_sections(analysis) if _about_installing(s)]
    if not sections:
        return
    blocks = analysis.code_blocks
    if any(is_fenced(analysis, b) and INSTALL_COMMAND.search(b.text) for b in blocks):
        return
    groups = with_nested(analysis, sections)
    for parts in groups:
        if any(is_fenced(analysis, b) for s in parts for b in s.code_blocks):
            return
        # Install steps kept in the documentation, linked from here, are fine too.
        if any(
            link.kind == "absolute" and "install" in f"{link.text} {link.url}".lower()
            for s in parts
            for link in s.links
        ):
            return
    first = sections[0]
    indented = unfenced_block(analysis, groups)
    if indented is not None:
        yield indented_code_problem(
            ctx.repo,
            readme,
            first,
            indented,
            kind="install",
            shows="its commands",
            opening="```bash",
        )
        return
    yield Problem(
        message=(
            f"{where(ctx.repo)}: the install section `{first.heading}` (line {first.line}) "
            "has no fenced code block with the commands to run"
        ),
        fix=Fix(
            description=(
                f"In `{first.heading}` of {readme.path}, put the install commands in a fenced "
                "code block: a line with ```bash, the commands, then a line with ```."
            ),
            safety=FixSafety.DISPLAY_ONLY,
        ),
        file=readme.path,
        line=first.line,
    )


RULE = Rule(
    id="RDM005",
    name="readme-install-code",
    target=Target.README,
    severity=Severity.INFO,
    showcase_severity=Severity.WARNING,
    check=check,
    doc=__doc__,
)
