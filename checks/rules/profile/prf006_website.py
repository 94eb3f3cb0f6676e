"""The profile's "Website" field is set, ideally to your portfolio.

What it does:
    Checks that the profile's Website field is set, that it does not just point back to
    GitHub or to LinkedIn (LinkedIn belongs among the social accounts), and, when the
    configuration names your portfolio (option ``portfolio_url``), that it points there.
    The fix suggests your GitHub Pages site (``LOGIN.github.io``) when you have one.

Why it matters:
    The Website link is the most prominent link on a profile. A portfolio site shows your
    best work with context a repository list cannot give; a link back to GitHub wastes it.

Example:
    Fails: an empty Website field, or ``https://github.com/octo``.
    Passes: ``https://octo.github.io``, the site ``portfolio build`` made.

How to fix:
    On https://github.com/settings/profile fill in "Website" with your portfolio's address,
    or run ``gh api -X PATCH /user -f blog=https://YOUR-SITE``.

Fix safety:
    Unsafe: it changes your public profile, so it is printed as a ``gh`` command.
"""

from __future__ import annotations

from collections.abc import Iterator

from checks import repo_kinds
from checks.model import Fix, FixSafety, Problem, ProfileContext, Rule, Severity, Target
from checks.rules.profile._links import site_of
from portfolio.snapshot import Snapshot

OPTIONS = {"portfolio_url": None}


def portfolio_url(snapshot: Snapshot, configured: str | None) -> str | None:
    """The portfolio's address: configured, else the ``LOGIN.github.io`` Pages site if any."""
    if isinstance(configured, str) and configured.strip():
        return configured.strip()
    login = snapshot.user.login
    site = snapshot.repo(f"{login}.github.io")
    if site is None:
        site = next((r for r in snapshot.repos if r.name.lower() == f"{login.lower()}.github.io"),
                    None)  # fmt: skip
    if site is not None and (site.has_pages or site.homepage):
        return site.homepage or f"https://{login.lower()}.github.io"
    return None


def check(ctx: ProfileContext) -> Iterator[Problem]:
    options = {**OPTIONS, **ctx.options}
    blog = (ctx.snapshot.user.blog or "").strip()
    portfolio = portfolio_url(ctx.snapshot, options["portfolio_url"])
    target = portfolio or "https://YOUR-SITE"
    fix = Fix(
        description=(
            f'On https://github.com/settings/profile set "Website" to {target}'
            + ("" if portfolio else ", your portfolio site (`portfolio build` makes one)")
            + "."
        ),
        safety=FixSafety.UNSAFE,
        command=f"gh api -X PATCH /user -f blog={target}",
    )
    if not blog:
        yield Problem(message="your profile has no website", fix=fix)
        return
    if site_of(blog) == "github":
        yield Problem(message=f"your website field points back to GitHub ({blog})", fix=fix)
    elif site_of(blog) == "linkedin":
        yield Problem(
            message=(
                f"your website field holds your LinkedIn ({blog}); LinkedIn belongs among your "
                "social accounts"
            ),
            fix=fix,
        )
    elif (
        portfolio
        and options["portfolio_url"]
        and repo_kinds.normalise_url(blog) != repo_kinds.normalise_url(portfolio)
    ):
        yield Problem(
            message=f"your website field is {blog}, not your portfolio ({portfolio})", fix=fix
        )


RULE = Rule(
    id="PRF006",
    name="profile-website",
    target=Target.PROFILE,
    severity=Severity.WARNING,
    options=OPTIONS,
    check=check,
    doc=__doc__,
)
