"""The install section of a README shows its commands in a fenced code block.

What it does:
    Finds the README's install section ("Installation", "Setup", "Getting started"...) and
    its subsections, and checks that they hold a fenced code block (```` ``` ````). It
    passes as well when an install command appears in a fenced block anywhere in the README,
    or when the install section links to installation instructions elsewhere. In a
    reStructuredText README, ``::`` literal blocks count as fenced.
    A section that only lists what is needed ("Prerequisites", "Requirements") or says where
    to begin ("Getting started", "Quick start", "How do I get started?") counts only when it
    or a subsection speaks of installing (``pip``, "install", ``conda``...): a list of
    knowledge, or a course's "read chapter 1", has no commands to show; nor has a list of
    links to other projects ("Deployment" among related resources). When the commands are
    there but in an indented code block, the finding names its line.
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
# PyTorch", a course's "What are the prerequisites?"), or only says where to begin (a
# course's "How do I get started?": read chapter 1), has no commands to show, unless it
# speaks of installing something or its heading does ("Requirements and installation").
_LOOSE_HEADING = re.compile(
    r"\b(?:requirements|prerequisites?|dependencies|what you need|get(?:ting)? started|"
    r"quick ?start|how to run|run(?:ning)? the (?:code|notebooks?))\b",
    re.IGNORECASE,
)
_INSTALL_IN_HEADING = re.compile(
    r"\b(?:install\w*|set(?:ting)?[- ]?up|build\w*|compil\w+|deploy\w*|download\w*)\b",
    re.IGNORECASE,
)
# Words that install something. Docker counts as a command (`docker run`), not as a skill
# to have ("experience with: Python, Docker"); "setup" as a noun is the machine one has
# ("Technical setup: a laptop is enough"), "set up" the step of installing.
_INSTALL_WORDS = re.compile(
    r"\b(?:install\w*|pip|conda|mamba|npm|yarn|brew|apt(?:-get)?|cargo|clone|"
    r"docker(?:-compose)? (?:run|pull|build|compose|load)|download\w*|set up)\b",
    re.IGNORECASE,
)


# A list item that holds a link: "* timmx (Export timm models to ONNX) - https://...".
_LINK_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+.*(?:\]\(|https?://)")


def _about_installing(group: list[Section]) -> bool:
    """Whether an install section (with the sections nested under it) is about installing.
    A list of links (pytorch-image-models' "Deployment" among its "Awesome PyTorch
    Resources") points to other projects: nothing of this one to install there."""
    heading = group[0].heading
    lines = [line for part in group for line in part.text.splitlines() if line.strip()]
    if lines and all(_LINK_ITEM.match(line) for line in lines):
        return any(_INSTALL_WORDS.search(line) for line in lines)
    if _LOOSE_HEADING.search(heading) and not _INSTALL_IN_HEADING.search(heading):
        return any(_INSTALL_WORDS.search(part.text) for part in group)
    return True


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
    groups = [g for g in with_nested(analysis, install_sections(analysis)) if _about_installing(g)]
    if not groups:
        return
    blocks = analysis.code_blocks
    if any(is_fenced(analysis, b) and INSTALL_COMMAND.search(b.text) for b in blocks):
        return
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
    first = groups[0][0]
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
