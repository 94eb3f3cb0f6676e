"""Which site a profile link points to, and the profile's own links: shared by profile rules.

GitHub stores the "Website" field, the Twitter username and the "Social accounts" list
separately; these helpers read them as one set of links, compared by normalised URL.
"""

from __future__ import annotations

from checks.repo_kinds import normalise_url
from portfolio.snapshot import Snapshot

SITES = {
    "linkedin": ("linkedin.com",),
    "twitter": ("twitter.com", "x.com"),
    "github": ("github.com",),
}


def host(url: str) -> str:
    """The host of ``url`` without ``www.``, lower case (``https://www.x.com/a`` -> ``x.com``)."""
    return normalise_url(url).split("/")[0]


def site_of(url: str) -> str | None:
    """``linkedin``, ``twitter`` or ``github`` when ``url`` points there, else ``None``."""
    name = host(url)
    for site, domains in SITES.items():
        if any(name == d or name.endswith("." + d) for d in domains):
            return site
    return None


def profile_links(snapshot: Snapshot) -> dict[str, list[str]]:
    """The profile's links by site: ``linkedin``, ``twitter``, and ``website`` for the blog."""
    user = snapshot.user
    found: dict[str, list[str]] = {"website": [], "linkedin": [], "twitter": []}
    urls = [a.url for a in snapshot.social_accounts]
    if user.twitter_username:
        urls.append(f"https://twitter.com/{user.twitter_username}")
    if user.blog and user.blog.strip():
        blog = user.blog.strip()
        site = site_of(blog)
        if site in ("linkedin", "twitter"):
            urls.append(blog)
        elif site is None:
            found["website"].append(blog)
    for url in urls:
        site = site_of(url)
        if site in found and url not in found[site]:
            found[site].append(url)
    return found


def handle(url: str) -> str:
    """The account part of a LinkedIn or Twitter URL (``linkedin.com/in/ada`` -> ``in/ada``)."""
    path = normalise_url(url).partition("/")[2]
    return path.lower()
