"""PRF006 profile-website: set, not GitHub or LinkedIn, ideally the portfolio."""

from __future__ import annotations

from builders import make_repo, make_snapshot, make_user, messages, run

from checks.model import ProfileContext
from checks.rules.profile.prf006_website import RULE


def ctx(blog: str | None, repos=(), **options) -> ProfileContext:
    snapshot = make_snapshot(make_user(blog=blog), repos=repos)
    return ProfileContext(snapshot=snapshot, options=options)


def test_passes() -> None:
    assert messages(RULE, ctx("https://octo.dev")) == []
    assert messages(RULE, ctx("octo.dev/", portfolio_url="https://octo.dev")) == []


def test_missing_website_suggests_the_pages_site() -> None:
    site = make_repo(name="octo.github.io", has_pages=True)
    (problem,) = run(RULE, ctx(None, repos=(site,)))
    assert problem.message == "your profile has no website"
    assert problem.fix.command == "gh api -X PATCH /user -f blog=https://octo.github.io"
    (problem,) = run(RULE, ctx(""))
    assert problem.fix.command == "gh api -X PATCH /user -f blog=https://YOUR-SITE"


def test_github_linkedin_and_other_sites() -> None:
    assert messages(RULE, ctx("https://github.com/octo")) == [
        "your website field points back to GitHub (https://github.com/octo)"
    ]
    assert messages(RULE, ctx("https://de.linkedin.com/in/octo")) == [
        "your website field holds your LinkedIn (https://de.linkedin.com/in/octo); LinkedIn "
        "belongs among your social accounts"
    ]
    assert messages(RULE, ctx("https://old.example", portfolio_url="https://octo.dev")) == [
        "your website field is https://old.example, not your portfolio (https://octo.dev)"
    ]
