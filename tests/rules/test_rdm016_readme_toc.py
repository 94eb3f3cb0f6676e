"""RDM016 readme-toc: long READMEs have a table of contents."""

from __future__ import annotations

import pytest
from builders import messages, repo_ctx, run

from checks.model import RepoContext
from checks.rules.readme.rdm016_readme_toc import RULE

SECTIONS = "".join(
    f"## Part {i}\n\nSome text about part {i}, " + "and more words " * 40 + "\n\n"
    for i in range(1, 13)
)


def test_short_readmes_need_no_toc() -> None:
    assert messages(RULE, repo_ctx(readme="# x\n\nA tool.\n\n## Usage\n\nRun it.\n")) == []


@pytest.mark.parametrize(
    "toc",
    [
        "## Contents\n\n- [Part 1](#part-1)\n\n",
        "- [Part 1](#part-1)\n- [Part 2](#part-2)\n- [Part 3](#part-3)\n\n",
        "[TOC]\n\n",
    ],
)
def test_long_readme_with_a_toc_passes(toc: str) -> None:
    assert messages(RULE, repo_ctx(readme=f"# x\n\nA tool.\n\n{toc}{SECTIONS}")) == []


def test_many_words_in_many_sections_without_toc_fail() -> None:
    (problem,) = run(RULE, repo_ctx(readme=f"# x\n\nA tool.\n\n{SECTIONS}"))
    assert problem.message == (
        "README.md of `ml-utils` is long (1527 words and 13 sections) and has no table of contents"
    )
    assert "## Contents" in problem.fix.description


def test_many_short_sections_or_many_words_under_few_headings_need_no_toc() -> None:
    # typer's README: 13 sections of a few lines each scan quickly without a list of them.
    short = "".join(f"## Part {i}\n\nSome text about part {i}.\n\n" for i in range(1, 13))
    assert messages(RULE, repo_ctx(readme=f"# x\n\nA tool.\n\n{short}")) == []
    words = "# x\n\n" + "word " * 1600 + "\n\n## Usage\n\nRun it.\n"
    assert messages(RULE, repo_ctx(readme=words)) == []


def test_the_limits_are_options() -> None:
    text = f"# x\n\nA tool.\n\n{SECTIONS}"
    roomy = RepoContext(repo=repo_ctx(readme=text).repo, options={"max_words": 5000})
    assert list(RULE.check(roomy)) == []
    fewer = RepoContext(repo=repo_ctx(readme=text).repo, options={"max_sections": 20})
    assert list(RULE.check(fewer)) == []
