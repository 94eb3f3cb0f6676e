"""You have a profile README, shown at the top of your GitHub profile.

What it does:
    Checks that the snapshot has the README of your special ``LOGIN/LOGIN`` repository.
    When the fetch could not get it, the result is inconclusive.

Why it matters:
    The profile README is the only free-form space on your profile: a few lines on who you
    are, what you work on and where to start turn a list of repositories into a story.

Example:
    Fails: no public repository named like your login, or one without a README.
    Passes: ``octo/octo`` with a ``README.md`` introducing you.

How to fix:
    Create a public repository with exactly your login as its name and a README:
    ``gh repo create LOGIN --public --add-readme``, then edit the README on GitHub.

Fix safety:
    Unsafe: it creates a public repository, so it is printed as a ``gh`` command.
"""

from __future__ import annotations

from collections.abc import Iterator

from checks.model import Fix, FixSafety, Problem, ProfileContext, Rule, Severity, Target


def check(ctx: ProfileContext) -> Iterator[Problem]:
    snapshot = ctx.snapshot
    if snapshot.profile_readme is not None:
        return
    login = snapshot.user.login
    if not snapshot.knows("profile_readme"):
        yield Problem(
            message="cannot tell whether you have a profile README: the fetch could not get it",
            inconclusive=True,
        )
        return
    if snapshot.repo(f"{login}/{login}") is not None:
        yield Problem(
            message=f"you have no profile README (`{login}/{login}` has no README)",
            fix=Fix(
                description=(
                    f"On github.com/{login}/{login} choose Add file → Create new file, name it "
                    "README.md and introduce yourself; GitHub shows it at the top of your "
                    "profile."
                ),
                safety=FixSafety.DISPLAY_ONLY,
            ),
        )
        return
    yield Problem(
        message=f"you have no profile README (no repository `{login}/{login}`)",
        fix=Fix(
            description=(
                f"Create the public repository `{login}/{login}` with a README.md introducing "
                "you; GitHub shows it at the top of your profile."
            ),
            safety=FixSafety.UNSAFE,
            command=f"gh repo create {login} --public --add-readme",
        ),
    )


RULE = Rule(
    id="PRF009",
    name="profile-readme-exists",
    target=Target.PROFILE,
    severity=Severity.WARNING,
    check=check,
    doc=__doc__,
)
