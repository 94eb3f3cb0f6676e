"""The bio says your role and your focus.

What it does:
    Looks in the bio for a role (engineer, developer, researcher, scientist, student,
    designer, maintainer, ...) and a focus or domain (machine learning, web, security,
    bioinformatics, a language such as Rust, ...). A heuristic with a fixed vocabulary, so
    it is only a hint; an empty bio is PRF002's business.

Why it matters:
    Visitors decide in seconds whether you are relevant to them. "Researcher in computer
    vision" answers both questions at once; "Coffee lover. He/him." answers neither.

Example:
    Fails: "Just a curious person." (no role, no focus).
    Passes: "Backend engineer focused on distributed databases."

How to fix:
    Rewrite the bio as "ROLE working on FOCUS", e.g. "PhD student in NLP" or "Frontend
    developer building accessible design systems", on https://github.com/settings/profile.

Fix safety:
    Display-only: only you can say what your role and focus are.
"""

from __future__ import annotations

from collections.abc import Iterator

from checks.model import Fix, FixSafety, Problem, ProfileContext, Rule, Severity, Target
from checks.rules.profile._words import FOCUS_WORDS, ROLE_WORDS, found


def check(ctx: ProfileContext) -> Iterator[Problem]:
    bio = (ctx.snapshot.user.bio or "").strip()
    if not bio:
        return
    missing = []
    if not found(bio, ROLE_WORDS):
        missing.append("your role (e.g. engineer, researcher, student)")
    if not found(bio, FOCUS_WORDS):
        missing.append("your focus (e.g. machine learning, web backends, security)")
    if not missing:
        return
    yield Problem(
        message=f"your bio ({bio!r}) does not say {' or '.join(missing)}",
        fix=Fix(
            description=(
                'Rewrite the bio as "ROLE working on FOCUS" (e.g. "PhD student in NLP") on '
                "https://github.com/settings/profile."
            ),
            safety=FixSafety.DISPLAY_ONLY,
        ),
    )


RULE = Rule(
    id="PRF004",
    name="bio-role-and-focus",
    target=Target.PROFILE,
    severity=Severity.INFO,
    check=check,
    doc=__doc__,
)
