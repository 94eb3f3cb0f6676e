"""Heading levels in a README go down one step at a time.

What it does:
    Walks the README's headings in order and reports each one that is more than one level
    deeper than the heading before it (a ``####`` right after a ``##``), naming its line:
    the first five one by one, the others together in one finding listing their lines.
    Going back up any number of levels is fine; bold lines used as headings are not checked,
    since their level is only inferred.

Why it matters:
    Heading levels are the README's outline: GitHub builds its table of contents from them,
    and screen readers use them to move around. A skipped level makes a section look like it
    belongs to the wrong parent.

Example:
    Fails: ``## Usage`` followed by ``#### Options``.
    Passes: ``## Usage`` followed by ``### Options``.

How to fix:
    Change the reported heading to one level below the heading it belongs under (add or
    remove ``#`` characters).

Fix safety:
    Display-only: the right level depends on how you want the outline to read.
"""

from __future__ import annotations

from collections.abc import Iterator

from checks.model import Fix, FixSafety, Problem, RepoContext, Rule, Severity, Target
from checks.readme import Section
from checks.readme_for import (
    MAX_LINE_FINDINGS,
    on_lines,
    readme_and_analysis,
    remaining_lines,
    where,
)


def check(ctx: RepoContext) -> Iterator[Problem]:
    found = readme_and_analysis(ctx.repo)
    if found is None:
        return
    readme, analysis = found
    skips: list[tuple[Section, Section]] = []  # (heading, the heading before it)
    previous = None
    for section in analysis.sections:
        if section.style == "bold":
            continue
        if previous is not None and section.level > previous.level + 1:
            skips.append((section, previous))
        previous = section
    for section, previous in skips[:MAX_LINE_FINDINGS]:
        wanted = previous.level + 1
        yield Problem(
            message=(
                f"{where(ctx.repo)} line {section.line}: heading `{section.heading}` is "
                f"level {section.level} right after the level-{previous.level} heading "
                f"`{previous.heading}` (line {previous.line})"
            ),
            fix=Fix(
                description=(
                    f"Make the heading on line {section.line} of {readme.path} level {wanted}"
                    + (f" ({'#' * wanted})" if section.style == "atx" else "")
                    + ", or add the missing level above it."
                ),
                safety=FixSafety.DISPLAY_ONLY,
            ),
            file=readme.path,
            line=section.line,
        )
    # A README built on one skipped level (`##` language, `####` topic, 30 times over)
    # gets one more finding for the rest, not thirty.
    rest = [section.line for section, _ in skips[MAX_LINE_FINDINGS:]]
    if rest:
        yield remaining_lines(
            ctx.repo,
            readme.path,
            rest,
            f"has {len(rest)} more {'heading' if len(rest) == 1 else 'headings'} more than one "
            f"level below the heading before them, on {on_lines(rest)}",
            f"On each of those lines of {readme.path}, make the heading one level below the "
            "heading before it, or add the missing level above it.",
        )


RULE = Rule(
    id="RDM015",
    name="heading-increment",
    target=Target.README,
    severity=Severity.INFO,
    check=check,
    doc=__doc__,
)
