"""Your profile README is not GitHub's untouched "Hi there 👋" template.

What it does:
    Recognises the README GitHub generates for a new ``LOGIN/LOGIN`` repository: the
    "Hi there 👋" heading with the commented-out list of ideas and nothing else, the visible
    "✨ _special_ ✨ repository" sentence, and idea lines left unfinished
    ("- 🔭 I’m currently working on ..."), each reported with its line.

Why it matters:
    The template shows on your profile as a lone "Hi there 👋": it tells visitors nothing
    and says the profile was set up and forgotten. Unfinished "..." lines look worse.

Example:
    Fails: "### Hi there 👋" followed only by the HTML comment GitHub wrote.
    Passes: "### Hi, I'm Octo 👋" and two lines about what you build, with links.

How to fix:
    Edit ``README.md`` in your ``LOGIN/LOGIN`` repository: say who you are and what you do,
    link your best projects and your site, and delete the template's comment and any idea
    line you did not fill in.

Fix safety:
    Display-only: the introduction has to be written by you.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checks import repo_kinds
from checks.model import Fix, FixSafety, Problem, ProfileContext, Rule, Severity, Target

_GREETING = re.compile(r"^#{0,6}\s*hi there\s*👋?\s*$", re.I)
_SPECIAL = re.compile(r"is a ✨ _?special_? ✨ repository", re.I)
_IDEA = re.compile(
    r"^\s*[-*]\s*\S*\s*(I[’']m currently working on|I[’']m currently learning|"
    r"I[’']m looking to collaborate on|I[’']m looking for help with|Ask me about|"
    r"How to reach me:?|Pronouns:?|Fun fact:?)\s*(\.\.\.|…)\s*$",
    re.I,
)


def check(ctx: ProfileContext) -> Iterator[Problem]:
    readme = ctx.snapshot.profile_readme
    if readme is None:
        return
    login = ctx.snapshot.user.login
    fix = Fix(
        description=(
            f"Edit README.md in github.com/{login}/{login}: say who you are and what you do, "
            "link your best projects and your site, and delete the template's leftovers."
        ),
        safety=FixSafety.DISPLAY_ONLY,
    )
    visible = repo_kinds.strip_html_comments(readme.text)
    lines = [line.strip() for line in visible.splitlines() if line.strip()]
    if all(_GREETING.match(line) for line in lines) and (
        _SPECIAL.search(readme.text) or not lines or "<!--" in readme.text
    ):
        yield Problem(
            message='your profile README is GitHub\'s untouched template (only "Hi there 👋")',
            file=readme.path,
            line=1,
            fix=fix,
        )
        return
    for number, line in repo_kinds.iter_lines(visible):
        if _SPECIAL.search(line):
            yield Problem(
                message='your profile README still shows the template\'s "✨ special ✨" sentence',
                file=readme.path,
                line=number,
                fix=fix,
            )
        elif _IDEA.match(line):
            yield Problem(
                message=(f"your profile README has an unfinished template line: {line.strip()!r}"),
                file=readme.path,
                line=number,
                fix=fix,
            )


RULE = Rule(
    id="PRF010",
    name="profile-readme-not-template",
    target=Target.PROFILE,
    severity=Severity.WARNING,
    check=check,
    doc=__doc__,
    profile_readme_only=True,
)
