"""A README says why the project exists: the problem it solves or what makes it different.

What it does:
    Passes when a section of the README (the intro included) is classified as *Why* by the
    README analysis, has a heading such as "Motivation", "Why", "Background" or "Goals" (also
    in Chinese, Japanese, French, Spanish, Portuguese, German, Italian and Russian), or
    the opening sections use wording that gives a purpose ("so that", "the goal", "aims
    at", "unlike", "instead of", "designed to", "helps you", "well-suited for", "a simple way
    to", "no need to", "for deep learning researchers to learn PyTorch", "you'll learn",
    "for educational purposes") or states
    the problem it solves ("is tedious", "hard to", "nobody can", "no easy way to"), or the
    README anywhere states an advantage over the alternatives ("3x faster than", "smaller
    than other ...", "outperforms", "to rival GANs", "a drop-in replacement for", "of
    similar quality to").
    A README not in English (written mostly in Chinese, Japanese, Korean, Cyrillic or
    Arabic script, or with at least three times more common words of Spanish, Portuguese,
    French, Italian, German, Dutch, Turkish or Indonesian than of English), where none of
    that is found, gets an inconclusive result: the wording this rule looks for is mostly
    English.

Why it matters:
    Knowing what a project does is not enough to choose it: readers want to know what
    problem it solves and why this one rather than another. For a showcase project, the why
    is also what tells an employer how you think.

Example:
    Fails: a README with only "What", "Install" and "Usage".
    Passes: "## Why" saying "Existing libraries need a GPU; this one runs on a laptop."

How to fix:
    Add a short "Why" or "Motivation" paragraph: the problem, who has it, and what this
    project does differently.

Fix safety:
    Display-only: the motivation is yours to write.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checks.model import Fix, FixSafety, Problem, RepoContext, Rule, Severity, Target
from checks.readme import WHY
from checks.readme_for import readme_and_analysis, sections_found, unread_wording, where
from checks.rules.readme.rdm002_readme_what import intro_sections

_WHY_HEADING = re.compile(
    r"\b(why|motivation|background|rationale|purpose|goals?|philosophy|the problem|"
    r"problem statement|features|highlights|benefits|comparison|aims?)\b",
    re.IGNORECASE,
)
_WHY_WORDS = re.compile(
    r"\b(so that|the goal|our goal|the aim|aims? (?:to|at)|designed to|helps? (?:you|people|users|"
    r"developers|teams)|unlike|instead of|without having to|makes it easy|in order to|"
    r"the problem|motivat\w+|because|useful (?:for|when|if)|ideal for|well[- ]suited (?:for|to)|"
    r"(?:lets|allows|enables) (?:[\w-]+ ){1,3}(?:to )?\w+|"
    # Who it is for and what they get: "tutorial code for deep learning researchers to
    # learn PyTorch", "for data scientists who need...".
    r"for (?:[\w-]+ ){0,3}(?:people|anyone|teams|developers|researchers|students|beginners|"
    r"engineers|practitioners|scientists|users|newcomers|learners|readers) "
    r"(?:who|to|that|wanting|looking)|"
    # What a reader of teaching material gets: "you'll learn and understand how large language
    # models work", "for educational purposes".
    r"you(?:'ll|\u2019ll| will) (?:learn|understand|be able to)|"
    r"for (?:educational|teaching|learning) purposes|"
    # A benefit stated as a way: "a simple way to achieve SOTA with a single encoder".
    r"an? (?:(?:simple|simpler|easy|easier|fast|faster|quick|better|new|lightweight|cheap)"
    r" )+way to|no need (?:to|for)|so (?:that )?you can|saves? (?:you )?(?:time|hours)|"
    # The problem it solves: "checking this by hand is tedious", "nobody can prove that".
    r"(?:hard|difficult|tedious|painful|error-prone|time-consuming|slow) to|tedious|"
    r"error-prone|nobody can|no (?:easy |simple |good |reliable )?way to)\b",
    re.IGNORECASE,
)


# An advantage over the alternatives, wherever the README states it ("3-6x faster than a
# comparable open source tokeniser", in a Performance section).
_COMPARISON = re.compile(
    r"\b(?:\d+(?:\.\d+)?(?:-\d+(?:\.\d+)?)?x|\d+ times) (?:faster|smaller|cheaper|lighter)\b|"
    r"\b(?:faster|smaller|lighter|cheaper|simpler|easier to use) than (?:a |an |the |any |other |"
    r"existing |comparable |similar )|"
    # Measured against named alternatives: "may have the potential to rival GANs", "outperforms
    # BERT on GLUE", "a drop-in replacement for requests".
    r"\b(?:rivals?|outperform(?:s|ed|ing)?|competitive with|on par with)\b|"
    r"\b(?:similar|comparable) (?:quality|performance|accuracy|results) (?:to|as)\b|"
    r"\ban? (?:(?:drop-in|faster|lighter|simpler|modern) )?(?:alternative|replacement) "
    r"(?:to|for)\b",
    re.IGNORECASE,
)


# The same headings in other languages that READMEs are often written in (no \b: Chinese
# and Japanese put no spaces between words).
_WHY_HEADING_ELSEWHERE = re.compile(
    r"为什么|为何|动机|目的|背景|なぜ|動機|pourquoi|motivaci[oó]n|por qu[eé]|por que|"
    r"motiva[cç][aã]o|warum|perch[eé]|motivazione|почему|зачем|мотивац",
    re.IGNORECASE,
)


def _why_heading(heading: str) -> bool:
    return bool(_WHY_HEADING.search(heading) or _WHY_HEADING_ELSEWHERE.search(heading))


def check(ctx: RepoContext) -> Iterator[Problem]:
    found = readme_and_analysis(ctx.repo)
    if found is None:
        return
    readme, analysis = found
    if analysis.has(WHY) or any(_why_heading(s.heading) for s in analysis.sections):
        return
    opening = intro_sections(analysis.preamble, analysis.sections)
    # Collapse line breaks: "designed\nto" is the same phrase as "designed to".
    if any(_WHY_WORDS.search(" ".join(s.text.split())) for s in opening):
        return
    if _COMPARISON.search(" ".join(readme.text.split())):
        return
    unread = unread_wording(
        ctx.repo, readme, analysis, "why the project exists or what problem it solves"
    )
    if unread is not None:
        yield unread
        return
    yield Problem(
        message=(
            f"{where(ctx.repo)} does not say why the project exists or what problem it solves "
            f"({sections_found(analysis)})"
        ),
        fix=Fix(
            description=(
                f'Add a short "Why" paragraph near the top of {readme.path}: the problem '
                f"`{ctx.repo.name}` solves, for whom, and what it does differently."
            ),
            safety=FixSafety.DISPLAY_ONLY,
        ),
        file=readme.path,
    )


RULE = Rule(
    id="RDM003",
    name="readme-why",
    target=Target.README,
    severity=Severity.INFO,
    showcase_severity=Severity.WARNING,
    check=check,
    doc=__doc__,
    covered_by=("REP019",),
)
