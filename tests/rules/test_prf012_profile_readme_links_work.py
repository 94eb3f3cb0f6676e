"""PRF012 profile-readme-links-work: links to own repos, pinned repos or the website."""

from __future__ import annotations

import pytest
from builders import make_repo, make_snapshot, make_user, messages, profile_ctx, run

from checks.rules.profile.prf012_profile_readme_links_work import RULE

REPOS = (
    make_repo(name="ml-utils", description="Fast embedding search."),
    make_repo(name="octo"),
    make_repo(name="blog", homepage="https://blog.octo.dev"),
)


def ctx(text: str, pinned=("octo/ml-utils",)):
    snapshot = make_snapshot(
        make_user(blog="https://octo.dev"), repos=REPOS, pinned=pinned, profile_readme=text
    )
    return profile_ctx(snapshot)


@pytest.mark.parametrize(
    "text",
    [
        "I'm Octo. See [ml-utils](https://github.com/octo/ml-utils).\n",
        "I'm Octo. More on https://www.octo.dev/about\n",
        "I'm Octo. <a href='https://blog.octo.dev'>blog</a>\n",
        "I'm Octo. [unlisted](https://github.com/octo/other-project)\n",
        "I'm Octo. [site](https://octo.github.io)\n",
    ],
)
def test_passes(text: str) -> None:
    assert messages(RULE, ctx(text)) == []


def test_only_decorations_and_own_profile() -> None:
    text = (
        "I'm Octo, an engineer.\n"
        "![stats](https://github-readme-stats.vercel.app/api?username=octo)\n"
        "[me](https://github.com/octo) [profile repo](https://github.com/octo/octo)\n"
    )
    (problem,) = run(RULE, ctx(text))
    assert problem.message == (
        "your profile README links to none of your work (no link to your repositories, pinned "
        "projects or website)"
    )
    assert problem.fix.description == (
        "Add a Highlights list, e.g.\n"
        "- [ml-utils](https://github.com/octo/ml-utils): Fast embedding search."
    )


def test_template_is_left_to_prf010() -> None:
    assert messages(RULE, ctx("### Hi there 👋\n<!-- -->\n")) == []


@pytest.mark.parametrize(
    ("login", "name", "url", "counts"),
    [
        # Personal sites left out of the Website field, seen on real profile READMEs.
        ("rednafi", None, "https://rednafi.com/go/request-coalescing/", True),
        ("athul", "Athul Cyriac Ajay", "https://blog.athulcyriac.in/blog/2024/", True),
        ("JessicaLim8", "Jessica Lim", "https://jessicalim.me", True),
        # Someone else's site, or a login too short to tell.
        ("rednafi", None, "https://go.dev/blog/", False),
        ("athul", None, "https://twitter.com/athulcajay", False),
        ("ai", None, "https://ai.google/", False),
        ("data", None, "https://datacamp.com/courses", False),
    ],
)
def test_a_site_named_after_the_person_is_their_work(
    login: str, name: str | None, url: str, counts: bool
) -> None:
    snapshot = make_snapshot(
        make_user(login, name=name), profile_readme=f"Hi! Read [this]({url}).\n"
    )
    assert (messages(RULE, profile_ctx(snapshot)) == []) is counts
