"""RDM018 anchor-links-resolve: #anchor links match a heading's GitHub anchor."""

from __future__ import annotations

import pytest
from builders import make_repo, messages, readme, repo_ctx, run

from checks.rules.readme.rdm018_anchor_links_resolve import RULE, github_slug

TOC = "# ml-utils 🚀\n\n- [Install](#install)\n- [Why?](#why-ml-utils)\n- [Again](#install-1)\n\n"


def test_links_to_existing_headings_pass() -> None:
    text = (
        TOC + "## Install\n\n## Why ml-utils?\n\n## Install\n\n"
        '<a name="faq"></a>\n\nSee [FAQ](#faq), [top](#top), [Install](#Install) and '
        "[title](#ml-utils-).\n"
    )
    assert messages(RULE, repo_ctx(readme=text)) == []


def test_a_badge_ending_a_heading_may_leave_a_hyphen_on_its_anchor() -> None:
    # awesome-machine-learning links its title, which ends on the Awesome badge, so.
    text = (
        "# Awesome ML [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)\n\n"
        "- [Awesome ML](#awesome-ml-)\n- [Tools](#tools)\n\n## Tools\n"
    )
    assert messages(RULE, repo_ctx(readme=text)) == []
    broken = text.replace("(#tools)", "(#tool-)")
    assert len(messages(RULE, repo_ctx(readme=broken))) == 1


def test_a_renamed_heading_breaks_its_link() -> None:
    text = "# x\n\n- [Install](#install)\n\n## Installation\n\npip install x\n"
    (problem,) = run(RULE, repo_ctx(readme=text))
    assert problem.message == (
        "README.md of `ml-utils` line 3: link `#install` points to no heading of the README "
        "(did you mean `#installation`?)"
    )
    assert (problem.file, problem.line) == ("README.md", 3)
    assert "change the link to `#installation`" in problem.fix.description


def test_bold_lines_have_no_anchor_and_after_five_the_rest_are_grouped() -> None:
    text = "# x\n\n" + "".join(f"[Part {i}](#part-{i})\n\n" for i in range(7)) + "**Part 0**\n\nx\n"
    problems = run(RULE, repo_ctx(readme=text))
    assert [p.line for p in problems] == [3, 5, 7, 9, 11, 13]
    assert problems[-1].message == (
        "README.md of `ml-utils` has 2 more links to headings that do not exist, on lines 13, 15"
    )


def test_rst_readmes_are_not_checked() -> None:
    repo = make_repo(readme=readme("x\n=\n\nSee `Usage`_ and #nothing.\n", "README.rst", "rst"))
    assert messages(RULE, repo_ctx(repo)) == []


@pytest.mark.parametrize(
    ("heading", "slug"),
    [
        ("Vision Transformer - Pytorch", "vision-transformer---pytorch"),
        ("Why ml-utils?", "why-ml-utils"),
        ("C++ & Rust", "c--rust"),
        ("Déjà vu", "déjà-vu"),
        ("snake_case API", "snake_case-api"),
    ],
)
def test_github_slug(heading: str, slug: str) -> None:
    assert github_slug(heading) == slug


def test_the_all_contributors_table_is_left_out() -> None:
    # developerFolio: the bot's emoji links (#ideas-NAME) lead nowhere by design.
    text = (
        "# app\n\nA portfolio template.\n\n## Contributors\n\n"
        "<!-- ALL-CONTRIBUTORS-LIST:START - Do not remove or modify this section -->\n"
        "<table><tr>\n"
        '<td><a href="#ideas-9inpachi" title="Ideas, Planning, & Feedback">🤔</a></td>\n'
        "</tr></table>\n<!-- ALL-CONTRIBUTORS-LIST:END -->\n\n[Back up](#contributers)\n"
    )
    assert [m.split(": ", 1)[0] for m in messages(RULE, repo_ctx(readme=text))] == [
        "README.md of `ml-utils` line 13"
    ]
