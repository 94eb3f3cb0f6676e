"""Your profile README links to your best work.

What it does:
    Checks that the profile README links to at least one of your own repositories
    (``github.com/LOGIN/NAME``), a pinned repository, or your website: the profile's
    Website field, a repository's homepage, ``LOGIN.github.io``, or a site named after your
    login or name (``rednafi.com``, ``blog.athulcyriac.in``). Links to your own profile,
    badges and stats cards do not count. On a checkout of ``LOGIN/LOGIN`` (``--repo``),
    where the Website field is not known, a README without such a link is inconclusive.
    The fix lists your showcase (pinned)
    repositories as ready-made links.

Why it matters:
    The README is the start of a tour: a visitor who read who you are wants to see what you
    built. Without links they scroll through a repository list ordered by date, not quality.

Example:
    Fails: a friendly introduction with no links, or only badge images.
    Passes: "Highlights: [ml-utils](https://github.com/octo/ml-utils), fast embedding
    search; more on [my site](https://octo.dev)."

How to fix:
    Add a short "Highlights" list to your profile README: two to four projects, each a link
    and one line on what it does, and a link to your site.

Fix safety:
    Display-only: choosing and describing highlights is up to you.
"""

from __future__ import annotations

from collections.abc import Iterator

from checks import repo_kinds
from checks.model import Fix, FixSafety, Problem, ProfileContext, Rule, Severity, Target
from checks.readme_for import letters
from checks.rules.profile._links import profile_links
from checks.rules.profile._words import is_untouched
from portfolio.snapshot import User

# Shorter logins and names ("ai", "dev") would match other people's sites; a host only
# starting with one ("athulcyriac" for athul) needs a longer one ("data" is in "datacamp").
_MIN_NAME_CHARS = 4
_MIN_PREFIX_CHARS = 5
# Link targets that decorate rather than point to work: badges, stats cards, counters.
_DECORATION_HOSTS = ("shields.io", "img.shields.io", "github-readme-stats", "komarev.com",
                     "github-profile-trophy", "readme-typing-svg", "skillicons.dev")  # fmt: skip


def _on_site(normal: str, sites: set[str]) -> bool:
    return any(normal == site or normal.startswith(site + "/") for site in sites)


def work_links(ctx: ProfileContext) -> list[str]:
    """Links in the profile README that lead to the user's own repositories or website."""
    snapshot = ctx.snapshot
    readme = snapshot.profile_readme
    if readme is None:
        return []
    login = snapshot.user.login.lower()
    own = {f"github.com/{r.full_name.lower()}" for r in snapshot.repos}
    own |= {f"github.com/{p.lower()}" for p in snapshot.pinned}
    sites = {repo_kinds.normalise_url(u) for u in profile_links(snapshot)["website"]}
    sites |= {repo_kinds.normalise_url(r.homepage) for r in snapshot.repos if r.homepage}
    profile_repo = f"github.com/{login}/{login}"
    names = _owner_names(snapshot.user)
    found = []
    for url in repo_kinds.links(readme.text):
        normal = repo_kinds.normalise_url(url)
        if any(d in normal for d in _DECORATION_HOSTS):
            continue
        repo_path = "/".join(normal.split("/")[:3])
        if repo_path in own and repo_path != profile_repo:
            found.append(url)
        elif normal.startswith(f"github.com/{login}/") and repo_path != profile_repo:
            found.append(url)  # a repo the snapshot does not list (e.g. fetched with a limit)
        elif _on_site(normal, sites) or normal.startswith(f"{login}.github.io"):
            found.append(url)
        elif _named_after(normal, names):
            found.append(url)  # a site of one's own left out of the profile's Website field
    return found


def _owner_names(user: User) -> list[str]:
    """The login and the name as one word ("rednafi", "jessicalim"), if long enough to tell a
    site named after the person from one that merely shares a few letters."""
    words = [letters(user.login), letters(user.name or "")]
    return [word for word in words if len(word) >= _MIN_NAME_CHARS]


def _named_after(normal: str, names: list[str]) -> bool:
    """Whether the link's host is named after the person: ``rednafi.com`` for rednafi,
    ``blog.athulcyriac.in`` for athul (the top-level domain left out)."""
    labels = normal.split("/", 1)[0].split(".")[:-1]
    return any(
        label == name or (label.startswith(name) and len(name) >= _MIN_PREFIX_CHARS)
        for label in labels
        for name in names
    )


def check(ctx: ProfileContext) -> Iterator[Problem]:
    snapshot = ctx.snapshot
    readme = snapshot.profile_readme
    if readme is None or work_links(ctx):
        return
    if is_untouched(readme.text):
        return  # PRF010 reports the template
    if not snapshot.knows("user"):
        # A checkout of LOGIN/LOGIN: the profile's Website field is not known, so a link to
        # a site of one's own under another name cannot be recognised.
        yield Problem(
            message=(
                "your profile README links to none of your repositories; whether it links "
                "your website cannot be told from a checkout (the profile's Website field "
                "is on GitHub)"
            ),
            file=readme.path,
            fix=Fix(description=f"Run `portfolio check --user {snapshot.user.login}`."),
            inconclusive=True,
        )
        return
    showcase = [snapshot.repo(name) for name in (snapshot.pinned or sorted(ctx.showcase))]
    examples = [
        f"- [{r.name}]({r.html_url}): {r.description or 'WHAT IT DOES'}" for r in showcase if r
    ][:4]
    suggestion = (
        "Add a Highlights list, e.g.\n" + "\n".join(examples)
        if examples
        else "Add a Highlights list: two to four of your projects, each a link and one line."
    )
    yield Problem(
        message=(
            "your profile README links to none of your work (no link to your repositories, "
            "pinned projects or website)"
        ),
        file=readme.path,
        fix=Fix(description=suggestion, safety=FixSafety.DISPLAY_ONLY),
    )


RULE = Rule(
    id="PRF012",
    name="profile-readme-links-work",
    target=Target.PROFILE,
    severity=Severity.INFO,
    check=check,
    doc=__doc__,
    profile_readme_only=True,
)
