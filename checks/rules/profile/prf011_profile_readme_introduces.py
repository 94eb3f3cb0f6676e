"""Your profile README says who you are and what you do.

What it does:
    Reads the visible text of your profile README (HTML comments, images and link targets
    removed) for *who*: your name or login, or a first-person voice ("I'm ...", "My name is
    ...", "my blog"); and for *what*: a role (engineer, researcher, student, ...), a focus (machine
    learning, web, security, a language, ...) or a sentence like "I build ...". A heuristic,
    so it asks only for a few plain words. An untouched template is PRF010's business.

Why it matters:
    Visitors land on your profile from a commit, a talk or a CV. Two sentences that say who
    you are and what you do tell them whether to look further; badges and stats alone do not.

Example:
    Fails: a README with only a GitHub-stats card and a row of technology badges.
    Passes: "I'm Octo, a backend engineer building search systems in Rust."

How to fix:
    Start your profile README with one or two sentences: your name, your role, what you work
    on and what you are looking for.

Fix safety:
    Display-only: the introduction has to be written by you.
"""

from __future__ import annotations

from collections.abc import Iterator

from checks.model import Fix, FixSafety, Problem, ProfileContext, Rule, Severity, Target
from checks.rules.profile._words import (
    FOCUS_WORDS,
    ROLE_WORDS,
    found,
    introduces,
    is_untouched,
    prose,
    says_what_they_do,
)


def _names(ctx: ProfileContext) -> list[str]:
    user = ctx.snapshot.user
    parts = (user.name or "").split()
    return [p for p in parts if len(p) > 1] + [user.login]


def check(ctx: ProfileContext) -> Iterator[Problem]:
    readme = ctx.snapshot.profile_readme
    if readme is None:
        return
    text = prose(readme.text)
    if is_untouched(readme.text):
        return  # PRF010 reports the template
    who = introduces(text) or bool(found(text, tuple(n.lower() for n in _names(ctx))))
    what = says_what_they_do(text) or bool(found(text, ROLE_WORDS) or found(text, FOCUS_WORDS))
    missing = [part for part, ok in (("who you are", who), ("what you do", what)) if not ok]
    if not missing:
        return
    yield Problem(
        message=f"your profile README does not say {' or '.join(missing)}",
        file=readme.path,
        line=1,
        fix=Fix(
            description=(
                "Start the README with one or two sentences: your name, your role, what you "
                'work on (e.g. "I\'m Ada, a backend engineer building search systems in Rust").'
            ),
            safety=FixSafety.DISPLAY_ONLY,
        ),
    )


RULE = Rule(
    id="PRF011",
    name="profile-readme-introduces",
    target=Target.PROFILE,
    severity=Severity.WARNING,
    check=check,
    doc=__doc__,
    profile_readme_only=True,
)
