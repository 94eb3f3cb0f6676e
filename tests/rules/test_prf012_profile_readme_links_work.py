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
