"""Links to a section of the same README (``#install``) point to a heading that exists.

What it does:
    Works out the anchor GitHub gives each heading of a Markdown README (lower case, spaces
    turned into ``-``, punctuation and emoji dropped, ``-1``, ``-2`` added to repeated
    headings), adds the anchors written by hand (``<a name="faq">``, ``id="faq"``), and
    reports each ``[text](#anchor)`` link that matches none of them, with its line and the
    closest anchor that does exist. Hyphens at either end of an anchor are not compared: a
    badge ending a heading leaves a space GitHub turns into one. The table the
    all-contributors bot writes (between its
    ``ALL-CONTRIBUTORS-LIST`` markers) is left out: its ``#ideas-NAME`` links lead nowhere
    by design. Letter case is ignored. reStructuredText READMEs are not
    checked, since their anchors follow other rules.

Why it matters:
    A table of contents whose links do nothing is worse than none: it is usually the first
    thing a visitor clicks. Anchors break silently when a heading is renamed ("Install"
    becomes "Installation") or gets an emoji.

Example:
    Fails: ``- [Install](#install)`` when the heading reads ``## Installation``.
    Passes: ``- [Installation](#installation)``, or ``[FAQ](#faq)`` next to
    ``<a name="faq"></a>``.

How to fix:
    Change the link to the heading's anchor (hover the heading on GitHub and copy its link
    icon), or rename the heading back.

Fix safety:
    Display-only: whether the link or the heading is wrong is your call.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from urllib.parse import unquote

from checks.model import Fix, FixSafety, Problem, RepoContext, Rule, Severity, Target
from checks.readme import ReadmeAnalysis
from checks.readme_for import (
    MAX_LINE_FINDINGS,
    on_lines,
    readme_and_analysis,
    remaining_lines,
    where,
)

# Anchors written by hand in HTML: <a name="x">, <span id="x">, <h2 id="x">.
_HTML_ANCHOR = re.compile(r"""<[a-z][\w-]*\b[^>]*?\b(?:name|id)\s*=\s*["']([^"']+)["']""", re.I)
# What GitHub drops from a heading to make its anchor: everything but letters, digits,
# "_", "-" and spaces (so punctuation and emoji go).
_NOT_SLUG = re.compile(r"[^\w\- ]", re.UNICODE)
# Fragments every page has: "#" alone and "#top" (browsers scroll to the top for both).
_ALWAYS = frozenset({"", "top"})


def github_slug(heading: str) -> str:
    """The anchor GitHub gives a heading, before de-duplication: ``Why ml-utils?`` gives
    ``why-ml-utils``."""
    return _NOT_SLUG.sub("", heading.strip().lower()).replace(" ", "-")


def anchors(analysis: ReadmeAnalysis, text: str) -> set[str]:
    """Every anchor a link in the README can point to, lower case."""
    found: set[str] = set(_ALWAYS)
    seen: dict[str, int] = {}
    for section in analysis.sections:
        if section.style == "bold":
            continue  # a bold line is not a heading: GitHub gives it no anchor
        slug = github_slug(section.heading)
        count = seen.get(slug, 0)
        seen[slug] = count + 1
        found.add(slug if count == 0 else f"{slug}-{count}")
    found.update(match.group(1).lower() for match in _HTML_ANCHOR.finditer(text))
    return found


# The all-contributors bot writes its table between these markers, with links such as
# `#ideas-9inpachi` that name a kind of contribution and lead nowhere by design; the owner
# did not write them and cannot fix them without the bot writing them again.
_CONTRIBUTORS_BLOCK = re.compile(
    r"<!--\s*ALL-CONTRIBUTORS-LIST:START.*?(?:ALL-CONTRIBUTORS-LIST:END\s*-->|\Z)",
    re.DOTALL,
)


def _generated_lines(text: str) -> set[int]:
    """The line numbers (from 1) of the blocks a bot writes into the README."""
    lines: set[int] = set()
    for block in _CONTRIBUTORS_BLOCK.finditer(text):
        first = text.count("\n", 0, block.start()) + 1
        lines.update(range(first, first + block.group(0).count("\n") + 1))
    return lines


def check(ctx: RepoContext) -> Iterator[Problem]:
    found = readme_and_analysis(ctx.repo)
    if found is None:
        return
    readme, analysis = found
    if analysis.format == "rst":
        return
    generated = _generated_lines(readme.text)
    links = [
        link for link in analysis.links if link.kind == "anchor" and link.line not in generated
    ]
    if not links:
        return
    known = anchors(analysis, readme.text)
    # A badge or link at the end of a heading leaves a space in the text GitHub makes its
    # anchor from, so "# Awesome ML [![Awesome](...)](...)" may be `#awesome-ml-`: hyphens at
    # either end are not compared.
    trimmed = {anchor.strip("-") for anchor in known}
    broken = []
    for link in links:
        fragment = unquote(link.url.lstrip("#")).strip().lower().removeprefix("user-content-")
        if fragment not in known and fragment.strip("-") not in trimmed:
            broken.append((link, fragment))
    for link, fragment in broken[:MAX_LINE_FINDINGS]:
        close = difflib.get_close_matches(fragment, sorted(known - _ALWAYS), n=1, cutoff=0.6)
        hint = f" (did you mean `#{close[0]}`?)" if close else ""
        yield Problem(
            message=(
                f"{where(ctx.repo)} line {link.line}: link `{link.url}` points to no heading "
                f"of the README{hint}"
            ),
            fix=Fix(
                description=(
                    f"On line {link.line} of {readme.path}, "
                    + (f"change the link to `#{close[0]}`" if close else "link an existing heading")
                    + " (on GitHub, hover the heading and copy its link icon), or rename the "
                    "heading back."
                ),
                safety=FixSafety.DISPLAY_ONLY,
            ),
            file=readme.path,
            line=link.line,
        )
    rest = [link.line for link, _fragment in broken[MAX_LINE_FINDINGS:]]
    if rest:
        yield remaining_lines(
            ctx.repo,
            readme.path,
            rest,
            f"has {len(rest)} more {'link' if len(rest) == 1 else 'links'} to headings that do "
            f"not exist, on {on_lines(rest)}",
            f"Check each of those links of {readme.path} against the headings.",
        )


RULE = Rule(
    id="RDM018",
    name="anchor-links-resolve",
    target=Target.README,
    severity=Severity.WARNING,
    check=check,
    doc=__doc__,
)
