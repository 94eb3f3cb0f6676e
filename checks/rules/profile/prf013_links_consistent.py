"""Your profile fields and your profile README point to the same places.

What it does:
    Compares the links in your profile README with the profile's fields: a LinkedIn or
    Twitter/X account in the README that differs from the one in your social accounts (or
    Twitter username) is a conflict, reported at its line; and when the Website field is set,
    the README should link that website too.

Why it matters:
    Two different LinkedIn URLs mean one is outdated, and visitors cannot tell which. A
    README that never mentions your site loses the readers most likely to click it.

Example:
    Fails: social accounts say ``linkedin.com/in/octo-cat`` while the README links
    ``linkedin.com/in/octocat-old``.
    Passes: both link ``linkedin.com/in/octo-cat``, and the README links ``https://octo.dev``
    like the Website field.

How to fix:
    Decide which URL is current, then update the other place: the README line named in the
    finding, or https://github.com/settings/profile. Add your website to the README.

Fix safety:
    Display-only: only you know which of two links is current.
"""

from __future__ import annotations

from collections.abc import Iterator

from checks import repo_kinds
from checks.model import Fix, FixSafety, Problem, ProfileContext, Rule, Severity, Target
from checks.rules.profile._links import profile_links, site_of
from checks.rules.profile._words import is_untouched

_NOT_ACCOUNTS = frozenset(
    {"intent", "share", "hashtag", "search", "home", "i", "feed", "sharearticle"}
)
_LABEL = {"linkedin": "LinkedIn", "twitter": "Twitter/X"}


def account(url: str, site: str) -> str | None:
    """The account a LinkedIn (``in/NAME``) or Twitter (``NAME``) URL names, or ``None``."""
    parts = [p for p in repo_kinds.normalise_url(url).split("/")[1:] if p]
    if site == "linkedin" and len(parts) >= 2 and parts[0] == "in":
        return f"in/{parts[1]}"
    if site == "twitter" and parts and parts[0] not in _NOT_ACCOUNTS:
        return parts[0].lstrip("@")
    return None


def line_of(text: str, url: str) -> int | None:
    for number, line in repo_kinds.iter_lines(text):
        if url in line:
            return number
    return None


def check(ctx: ProfileContext) -> Iterator[Problem]:
    snapshot = ctx.snapshot
    readme = snapshot.profile_readme
    if readme is None or is_untouched(readme.text):
        return
    login = snapshot.user.login
    mine = profile_links(snapshot)
    readme_links = repo_kinds.links(readme.text)
    for site in ("linkedin", "twitter"):
        if site == "linkedin" and not snapshot.knows("social_accounts") and not mine[site]:
            continue  # unknown, not absent: nothing to compare with
        known = {account(u, site) for u in mine[site]} - {None}
        if not known:
            continue
        for url in readme_links:
            name = account(url, site) if site_of(url) == site else None
            if name and name not in known:
                yield Problem(
                    message=(
                        f"your profile README links {_LABEL[site]} {url} but your profile "
                        f"says {', '.join(mine[site])}"
                    ),
                    file=readme.path,
                    line=line_of(readme.text, url),
                    fix=Fix(
                        description=(
                            f"Keep the current {_LABEL[site]} account in both places: edit "
                            f"README.md in github.com/{login}/{login}, or the profile at "
                            "https://github.com/settings/profile."
                        ),
                        safety=FixSafety.DISPLAY_ONLY,
                    ),
                )
    websites = mine["website"]
    if websites:
        wanted = repo_kinds.normalise_url(websites[0])
        if not any(repo_kinds.normalise_url(u).startswith(wanted) for u in readme_links):
            yield Problem(
                message=f"your profile README does not link your website ({websites[0]})",
                file=readme.path,
                fix=Fix(
                    description=(
                        f"Add a line to README.md in github.com/{login}/{login}, e.g. "
                        f'"More about my work: [{wanted}]({websites[0]})".'
                    ),
                    safety=FixSafety.DISPLAY_ONLY,
                ),
            )


RULE = Rule(
    id="PRF013",
    name="links-consistent",
    target=Target.PROFILE,
    severity=Severity.WARNING,
    check=check,
    doc=__doc__,
)
