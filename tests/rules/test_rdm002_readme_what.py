"""RDM002 readme-what: an intro saying what the project is, in the preamble or first section."""

from __future__ import annotations

import pytest
from builders import messages, repo_ctx, run

from checks.rules.readme.rdm002_readme_what import RULE


@pytest.mark.parametrize(
    "text",
    [
        "# ml-utils\n\nFast approximate nearest-neighbour search for embeddings, in pure NumPy.\n",
        "Fast approximate nearest-neighbour search for embeddings, in pure NumPy.\n\n## Install\n",
        "# ml-utils\n\n## About\n\nHelpers.\n\n## Install\n\n```bash\npip install ml-utils\n```\n",
        # The title is empty: the intro may sit in the first section after it.
        "# ml-utils\n\n## Overview\n\nIt indexes embedding vectors and answers nearest-neighbour "
        "queries fast.\n",
        # A table of contents between the title and the intro is skipped.
        "# ml-utils\n\n## Table of Contents\n\n- [Overview](#overview)\n- [Install](#install)\n\n"
        "## Overview\n\nIt indexes embedding vectors and answers nearest-neighbour queries fast.\n",
        # A title in Chinese is only a title: each character counts as a word of the heading,
        # not of prose, so the intro under it is found ("module documentation"; "intro").
        "# TableTool 模块文档\n\n## 简介\nTableTool 是一个读取表格文件并检查列类型的小工具。\n\n"
        "## 使用示例\n\n```python\nimport tabletool\n```\n",
    ],
)
def test_passes(text: str) -> None:
    assert messages(RULE, repo_ctx(readme=text)) == []


def test_readme_opening_on_installation_fails() -> None:
    text = (
        "# ml-utils\n\n## Installation\n\n```bash\npip install ml-utils\n```\n\n## License\n\nMIT\n"
    )
    (problem,) = run(RULE, repo_ctx(readme=text))
    assert problem.message == (
        "README.md of `ml-utils` does not say what the project is at the top: nothing up to "
        "`Installation` reads as an intro (sections found: ml-utils, Installation, License)"
    )
    assert (problem.file, problem.line) == ("README.md", 3)
    assert "what `ml-utils` is" in problem.fix.description


def test_badges_only_fail() -> None:
    text = "[![CI](https://img.shields.io/badge/ci-passing-green)](https://example.org)\n\n# x\n"
    assert messages(RULE, repo_ctx(readme=text)) == [
        "README.md of `ml-utils` does not say what the project is at the top: nothing up to "
        "`x` reads as an intro (sections found: x)"
    ]


def test_skips_repos_without_readme() -> None:
    assert messages(RULE, repo_ctx()) == []


def test_two_words_without_headings_fail() -> None:
    assert messages(RULE, repo_ctx(readme="Hello World!\n")) == [
        "README.md of `ml-utils` does not say what the project is at the top: it has no heading "
        "and no sentence that introduces the project (sections found: none)"
    ]


PEFT_OPENING = (
    "Fine-tuning large pretrained models is often prohibitively costly due to their scale. "
    "These methods enable efficient adaptation of large pretrained models to downstream "
    "applications by only fine-tuning a small number of extra model parameters.\n"
)


def test_prose_under_a_tagline_heading_is_the_intro() -> None:
    # A subtitle written as a heading, right under the title: the prose under it is the intro,
    # whatever the classifier makes of it (it says `how` here: "fine-tuning", "adaptation").
    text = (
        '<h1 align="center"> <p>PEFT</p></h1>\n<h3 align="center">\n'
        "    <p>State-of-the-art Parameter-Efficient Fine-Tuning (PEFT) methods</p>\n</h3>\n\n"
        + PEFT_OPENING
    )
    assert messages(RULE, repo_ctx(readme=text)) == []


@pytest.mark.parametrize(
    "heading",
    ["How to install it on Linux", "Getting started with the command line", "Notes"],
)
def test_a_part_of_the_readme_under_the_title_is_not_a_tagline(heading: str) -> None:
    # Instructions, or a short heading, right under the title name a part of the README.
    text = f"# ml-utils\n\n## {heading}\n\nFirst run the installer, then configure the tool "
    text += "with your credentials and run the setup command again.\n"
    assert len(run(RULE, repo_ctx(readme=text))) == 1
