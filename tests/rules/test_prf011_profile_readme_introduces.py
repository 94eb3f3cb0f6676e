"""PRF011 profile-readme-introduces: who you are and what you do."""

from __future__ import annotations

import pytest
from builders import make_snapshot, make_user, messages, profile_ctx, run

from checks.rules.profile.prf011_profile_readme_introduces import RULE


def ctx(text: str):
    return profile_ctx(make_snapshot(make_user(name="Ada Lovelace"), profile_readme=text))


@pytest.mark.parametrize(
    "text",
    [
        "# Hi, I'm Ada 👋\n\nI build compilers and teach programming.\n",
        "## Ada Lovelace\n\nResearch engineer, numerical methods.\n",
        "### Hi there 👋\n\nI am a PhD student working on NLP.\n<!-- comment -->\n",
    ],
)
def test_passes(text: str) -> None:
    assert messages(RULE, ctx(text)) == []


def test_only_badges_and_stats() -> None:
    text = (
        "![stats](https://github-readme-stats.vercel.app/api?username=octo)\n"
        "![py](https://img.shields.io/badge/-Python-blue)\n"
    )
    (problem,) = run(RULE, ctx(text))
    assert problem.message == "your profile README does not say who you are or what you do"
    assert (problem.file, problem.line) == ("octo/README.md", 1)


def test_who_without_what() -> None:
    assert messages(RULE, ctx("# Hello! I'm Ada.\n\nWelcome to my page :)\n")) == [
        "your profile README does not say what you do"
    ]


def test_template_and_missing_readme_are_left_to_other_rules() -> None:
    assert messages(RULE, ctx("### Hi there 👋\n\n<!-- ideas -->\n")) == []
    assert messages(RULE, profile_ctx(make_snapshot())) == []


def test_a_sentence_about_work_says_what_you_do() -> None:
    assert messages(RULE, ctx("# Hi, I'm Ines 👋\n\nI build data-quality tools.\n")) == []
    assert messages(RULE, ctx("Hey, I'm Ada. Currently working on a tiny compiler.\n")) == []


def test_first_person_voice_is_enough_for_who() -> None:
    text = (
        "Currently working on [Datasette](https://datasette.io/). Read [my blog](https://x.net).\n"
    )
    assert messages(RULE, ctx(text)) == []
