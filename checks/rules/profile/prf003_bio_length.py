"""The bio fits GitHub's 160 characters and is long enough to say something.

What it does:
    Checks that the bio has at most 160 characters (GitHub's limit) and at least
    ``min_length`` characters (20 by default). An empty bio is PRF002's business.

Why it matters:
    A bio over the limit is cut off where GitHub shows it; a two-word bio ("Coder.", "ML")
    tells a visitor nothing they could not guess.

Example:
    Fails: "Dev" (3 characters).
    Passes: "Data engineer building streaming pipelines in Rust and Python." (63 characters)

How to fix:
    Rewrite the bio as one sentence: role, focus, and optionally where or what you are
    looking for, in 20 to 160 characters, on https://github.com/settings/profile.

Fix safety:
    Unsafe: it changes your public profile, so it is printed as a ``gh`` command.
"""

from __future__ import annotations

from collections.abc import Iterator

from checks.model import Fix, FixSafety, Problem, ProfileContext, Rule, Severity, Target

MAX_LENGTH = 160
OPTIONS = {"min_length": 20}


def check(ctx: ProfileContext) -> Iterator[Problem]:
    options = {**OPTIONS, **ctx.options}
    bio = (ctx.snapshot.user.bio or "").strip()
    if not bio:
        return
    command = 'gh api -X PATCH /user -f bio="ROLE working on FOCUS"'
    if len(bio) > MAX_LENGTH:
        yield Problem(
            message=f"your bio has {len(bio)} characters; GitHub allows {MAX_LENGTH}",
            fix=Fix(
                description=(
                    f"Shorten the bio to one sentence of at most {MAX_LENGTH} characters on "
                    "https://github.com/settings/profile; put the rest in your profile README."
                ),
                safety=FixSafety.UNSAFE,
                command=command,
            ),
        )
    elif len(bio) < options["min_length"]:
        yield Problem(
            message=(
                f"your bio has only {len(bio)} characters ({bio!r}); it cannot say your role "
                "and focus"
            ),
            fix=Fix(
                description=(
                    "Write one sentence with your role and what you work on on "
                    "https://github.com/settings/profile."
                ),
                safety=FixSafety.UNSAFE,
                command=command,
            ),
        )


RULE = Rule(
    id="PRF003",
    name="bio-length",
    target=Target.PROFILE,
    severity=Severity.WARNING,
    options=OPTIONS,
    check=check,
    doc=__doc__,
)
