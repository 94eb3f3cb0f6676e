"""RDM001 readme-title: a level-1 title (or its setext, HTML or rst form) at the top."""

from __future__ import annotations

import pytest
from builders import make_repo, messages, readme, repo_ctx, run

from checks.rules.readme.rdm001_readme_title import RULE


@pytest.mark.parametrize(
    "text",
    [
        "# ml-utils\n\nSmall helpers for embeddings.\n",
        "ml-utils\n========\n\nSmall helpers for embeddings.\n",
        '<p align="center"><img src="logo.png" alt="ml-utils logo"></p>\n\n# ml-utils\n',
        '<h1 align="center">ml-utils</h1>\n\nSmall helpers.\n',
        # A centred HTML heading opening the README is a title banner, whatever its level.
        '<h2 align="center">\n  <img src="logo.svg" alt="ml-utils">\n  ml-utils\n</h2>\n\n'
        "## Install\n",
        "[![CI](https://github.com/octo/ml-utils/actions/workflows/ci.yml/badge.svg)](x)\n\n"
        "# ml-utils\n",
    ],
)
def test_passes(text: str) -> None:
    assert messages(RULE, repo_ctx(readme=text)) == []


def test_rst_title_passes() -> None:
    repo = make_repo(readme=readme("ml-utils\n========\n\nSmall helpers.\n", "README.rst", "rst"))
    assert messages(RULE, repo_ctx(repo)) == []


def test_first_heading_is_not_a_title() -> None:
    (problem,) = run(RULE, repo_ctx(readme="Some notes.\n\n## Setup\n\nRun it.\n\n## License\n"))
    assert problem.message == (
        "README.md of `ml-utils` has no level-1 title at the top: its first heading is `Setup` "
        "(level 2; sections found: Setup, License)"
    )
    assert (problem.file, problem.line) == ("README.md", 3)
    assert problem.fix.description == (
        "Add `# ml-utils` (or the project's display name) as the first line of README.md, "
        "above `Setup` (line 3), followed by one sentence saying what it is."
    )


def test_no_headings_and_empty_readme() -> None:
    assert messages(RULE, repo_ctx(readme="just a line of text\n")) == [
        "README.md of `ml-utils` has no headings at all, so no title"
    ]
    (problem,) = run(RULE, repo_ctx(readme="just a line of text\n"))
    assert "Make the first line of README.md `# ml-utils`" in problem.fix.description
    assert messages(RULE, repo_ctx(readme="")) == [
        "README.md of `ml-utils` is empty: it has no title"
    ]


def test_long_text_before_the_title() -> None:
    intro = " ".join(["word"] * 45)
    (problem,) = run(RULE, repo_ctx(readme=f"{intro}\n\n# ml-utils\n\nText.\n"))
    assert problem.message == (
        "README.md of `ml-utils` has 45 words before its title `ml-utils` (line 3); "
        "the title should come first"
    )
    assert problem.line == 1
    # The README has a title: the fix moves it rather than adding another.
    assert problem.fix.description == (
        "Move the title `ml-utils` (line 3) to the top of README.md, then one sentence saying "
        "what it is; the text now above it (news, notes) can follow under its own heading."
    )


def test_skips_repos_without_readme_and_the_profile_repo() -> None:
    assert messages(RULE, repo_ctx()) == []
    assert messages(RULE, repo_ctx(name="octo", readme="### Hi there\n")) == []


def test_a_logo_naming_the_project_is_a_title() -> None:
    logo = (
        '<div align="center">\n  <img src="media/logo.svg" alt="ML Utils">\n</div>\n\n## Contents\n'
    )
    banner = '<p><img src="banner.png" alt="Octo banner"></p>\n\n## Install\n'
    assert messages(RULE, repo_ctx(readme=logo)) == []
    assert messages(RULE, repo_ctx(readme=banner)) == []
    unrelated = '<img src="cat.png" alt="A cat asleep">\n\n## Install\n'
    assert len(messages(RULE, repo_ctx(readme=unrelated))) == 1


@pytest.mark.parametrize(
    "src", [".github/Detectron2-Logo-Horz.svg", "docs/img/site_logo.png?raw=true", "banner.png"]
)
def test_a_logo_without_alt_text_is_a_title_by_its_file_name(src: str) -> None:
    text = f'<img src="{src}" width="300" >\n\nA library for detection.\n\n## Install\n'
    assert messages(RULE, repo_ctx(readme=text)) == []


@pytest.mark.parametrize("src", ["img/analogous-results.png", "img/ml-utils-demo.gif"])
def test_an_image_without_alt_text_named_otherwise_is_not_a_title(src: str) -> None:
    # A file named after the project may be a screenshot: only "logo" and "banner" count.
    text = f'<img src="{src}">\n\nA library.\n\n## Install\n'
    assert len(messages(RULE, repo_ctx(readme=text))) == 1


@pytest.mark.parametrize(
    ("text", "how"),
    [
        # ripgrep's README opens on its title, underlined as a level-2 heading.
        ("ripgrep (rg)\n------------\n\nA line-oriented search tool.\n", "underline it with `===`"),
        ("## ml-utils\n\nHelpers.\n", "write it with a single `#`: `# ml-utils`"),
    ],
)
def test_a_title_written_one_level_too_low_is_raised_not_doubled(text: str, how: str) -> None:
    (problem,) = run(RULE, repo_ctx(readme=text))
    assert problem.fix.description.startswith(
        f"`{text.split(chr(10))[0].lstrip('# ')}` (line 1 of README.md) is the title: make it a "
        f"level-1 heading ({how}"
    )


@pytest.mark.parametrize("heading", ["Table of Contents", "Installation", "Overview"])
def test_a_section_heading_at_the_top_is_not_taken_for_the_title(heading: str) -> None:
    # vit-pytorch opens on its logo and "## Table of Contents", its title further down.
    text = f'<img src="./images/vit.gif" width="500px">\n\n## {heading}\n\n- [Usage](#usage)\n'
    (problem,) = run(RULE, repo_ctx(readme=text))
    assert problem.fix.description == (
        "Add `# ml-utils` (or the project's display name) as the first line of README.md, "
        f"above `{heading}` (line 3), followed by one sentence saying what it is."
    )


@pytest.mark.parametrize(
    "title",
    # chiphuyen/ml-interviews-book, hardmaru/write-rnn-tensorflow: titles with a section word.
    ["Introduction to Machine Learning Interviews Book", "Generative Handwriting Demo using Keras"],
)
def test_a_long_title_with_a_section_word_is_still_the_title(title: str) -> None:
    (problem,) = run(RULE, repo_ctx(readme=f"## {title}\n\nHi.\n"))
    assert problem.fix.description.startswith(f"`{title}` (line 1 of README.md) is the title")


def test_a_heading_naming_the_project_is_its_title_even_with_section_words() -> None:
    # aymericdamien/TensorFlow-Examples: "Examples" is a usage word, but this is the title.
    repo = make_repo(name="TensorFlow-Examples", readme=readme("## TensorFlow Examples\n\nHi.\n"))
    (problem,) = run(RULE, repo_ctx(repo))
    assert problem.fix.description.startswith("`TensorFlow Examples` (line 1 of README.md) is")


def test_the_title_goes_under_a_spaces_front_matter() -> None:
    # A Hugging Face Space reads its settings only from the very top of its README.
    text = "---\ntitle: Chat Demo\nsdk: gradio\n---\n\nAn example chatbot.\n"
    (problem,) = run(RULE, repo_ctx(readme=text))
    assert problem.fix.description == (
        "Make the line right under the front matter of README.md (line 5) `# ml-utils` (or "
        "the project's display name), followed by one sentence saying what it is."
    )


def test_news_above_the_title_asks_to_move_the_title_up() -> None:
    # segment-anything opens on "## Latest updates -- SAM 2" and has its title below it.
    text = (
        "## Latest updates -- SAM 2\n\nPlease check out our new release.\n\n"
        "# ML Utils\n\nSmall helpers for embeddings.\n\n## Install\n"
    )
    (problem,) = run(RULE, repo_ctx(readme=text))
    assert problem.line == 1
    assert "the title `ML Utils` comes on line 5" in problem.message
    assert problem.fix.description.startswith(
        "Move the title `ML Utils` (line 5) to the top of README.md"
    )


def test_a_later_level_one_heading_not_naming_the_project_is_no_title() -> None:
    text = "## ml-utils\n\nHelpers.\n\n# Installation\n\n`pip install ml-utils`\n"
    (problem,) = run(RULE, repo_ctx(readme=text))
    assert "is the title: make it a level-1 heading" in problem.fix.description


def test_a_title_under_an_opening_table_of_contents_is_found() -> None:
    # vit-pytorch opens on "## Table of Contents" and its title is the heading after it.
    text = (
        "## Table of Contents\n\n- [Vision Transformer](#vision-transformer)\n- [Install](#install)"
        "\n\n## Vision Transformer\n\nA ViT in PyTorch.\n\n## Install\n\n`pip install vit`\n"
    )
    (problem,) = run(RULE, repo_ctx(readme=text))
    assert problem.line == 1
    assert "the title `Vision Transformer` comes on line 6" in problem.message
    assert problem.fix.description == (
        "Move the title `Vision Transformer` (line 6) to the top of README.md, as a level-1 "
        "heading (`# Vision Transformer`), then one sentence saying what it is; the table of "
        "contents can follow under it."
    )


def test_a_usual_section_after_the_table_of_contents_is_no_title() -> None:
    text = "## Contents\n\n- [Install](#install)\n\n## Install\n\n`pip install vit`\n"
    (problem,) = run(RULE, repo_ctx(readme=text))
    assert "has no level-1 title at the top" in problem.message
    assert problem.fix.description.startswith("Add `# ml-utils`")


def test_a_level_one_heading_after_the_usage_sections_is_a_chapter_not_the_title() -> None:
    # rich's `# Rich Library` comes after its Installing and Console sections.
    text = (
        "ML Utils helps.\n\n## Compatibility\n\nLinux.\n\n## Installing\n\n`pip install x`\n\n"
        "# ML Utils Library\n\nThe renderables.\n"
    )
    (problem,) = run(RULE, repo_ctx(readme=text))
    assert "has no level-1 title at the top" in problem.message
    assert "Move the title" not in problem.fix.description


def test_a_logo_under_lines_of_badges_is_still_at_the_top() -> None:
    # rich: six lines of badges, then `![Logo](.../logo.svg)`, then the intro.
    badges = "".join(
        f"[![b{i}](https://img.shields.io/b{i})](https://x.org/{i})\n" for i in range(7)
    )
    text = f"{badges}\n![Logo](https://x.org/imgs/logo.svg)\n\nML Utils helps.\n\n## Install\n"
    assert messages(RULE, repo_ctx(readme=text)) == []
    # Under a paragraph, a logo is an illustration, not the title.
    prose = f"{badges}\nSome words first.\n\n![Logo](https://x.org/imgs/logo.svg)\n\n## Install\n"
    assert len(messages(RULE, repo_ctx(readme=prose))) == 1


@pytest.mark.parametrize(("path", "markup"), [("README.adoc", "AsciiDoc"), ("README.org", "Org")])
def test_a_readme_in_a_markup_the_checks_do_not_read_is_said_once_and_skipped(
    path: str, markup: str
) -> None:
    from checks.rules.readme.rdm004_readme_install import RULE as INSTALL

    # Read as Markdown, AsciiDoc's `----` under `[source,bash]` would make a heading.
    text = "= Thing\n\nA tool.\n\n[source,bash]\n----\npip install thing\n----\n"
    ctx = repo_ctx(language="Python", readme=readme(text, path=path, fmt="other"))
    (problem,) = run(RULE, ctx)
    assert problem.inconclusive
    assert problem.message == (
        f"{path} of `ml-utils` is written in {markup}, which the README checks do not read "
        "(they read Markdown and reStructuredText): they were skipped"
    )
    assert run(INSTALL, ctx) == []
