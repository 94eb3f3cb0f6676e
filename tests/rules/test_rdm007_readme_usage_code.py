"""RDM007 readme-usage-code: the usage section has a fenced code block."""

from __future__ import annotations

import pytest
from builders import make_repo, messages, readme, repo_ctx, run

from checks.rules.readme.rdm007_readme_usage_code import RULE


@pytest.mark.parametrize(
    "text",
    [
        "# x\n\n## Usage\n\n```bash\nx index vectors.npy\n```\n",
        "# x\n\n## Usage\n\n### From Python\n\n```python\nimport x\n```\n",
        "# x\n\n## Usage\n\nSee below.\n\n## Details\n\n```python\nimport x\nx.go()\n```\n",
        "# x\n\nNo usage section: that is RDM006's business.\n",
    ],
)
def test_passes(text: str) -> None:
    assert messages(RULE, repo_ctx(language="Python", readme=text)) == []


def test_usage_in_prose_fails() -> None:
    text = "# x\n\nA tool.\n\n## Usage\n\nRun the main script with your data file.\n"
    (problem,) = run(RULE, repo_ctx(language="Python", readme=text))
    assert problem.message == (
        "README.md of `ml-utils`: the usage section `Usage` (line 5) has no fenced code block "
        "showing an example"
    )
    assert (problem.file, problem.line) == ("README.md", 5)


def test_only_install_code_does_not_count_as_usage() -> None:
    text = "# x\n\n## Usage\n\nInstall first:\n\n```bash\npip install x\n```\n\nThen run it.\n"
    # The block is inside Usage itself.
    assert len(messages(RULE, repo_ctx(language="Python", readme=text))) == 0
    text = "# x\n\n## Install\n\n```bash\npip install x\n```\n\n## Usage\n\nRun it.\n"
    assert messages(RULE, repo_ctx(language="Python", readme=text)) == [
        "README.md of `ml-utils`: the usage section `Usage` (line 9) has no fenced code block "
        "showing an example"
    ]


def test_rst_literal_blocks_count_as_fenced() -> None:
    text = "x\n=\n\nUsage\n-----\n\nRun::\n\n    x index vectors.npy\n"
    repo = make_repo(language="Python", readme=readme(text, "README.rst", "rst"))
    assert messages(RULE, repo_ctx(repo)) == []


def test_a_repository_without_code_is_skipped() -> None:
    # A curated list of courses: its course titles are not install or usage sections. (Its
    # entries are not called "a course" here: teaching material is skipped for that alone.)
    text = (
        "# ML courses\n\nA list.\n\n## Building Systems with the ChatGPT API\n\n"
        "Two hours of videos.\n\n[Link to Course](https://example.org/course)\n"
    )
    assert messages(RULE, repo_ctx(language=None, readme=text)) == []
    assert len(messages(RULE, repo_ctx(language="Python", readme=text))) == 1


def test_an_indented_example_is_named_with_its_line() -> None:
    text = "# x\n\n## Examples\n\n    $ python examples/regression.py\n"
    (problem,) = run(RULE, repo_ctx(language="Python", readme=text))
    assert problem.message == (
        "README.md of `ml-utils`: the usage section `Examples` (line 3) shows its example in an "
        "indented code block (line 5), not a fenced one"
    )
    assert "a line with ```python, ```bash or the code's language above it" in (
        problem.fix.description
    )


def test_teaching_material_is_skipped() -> None:
    # pytorch-deep-learning: "How do I get started?" leads into the course's notebooks.
    text = (
        "# Learn PyTorch for Deep Learning\n\nWelcome to the course: the materials for "
        "learning PyTorch, from the fundamentals to deployment.\n\n## How do I get started?\n\n"
        "Read the first chapter online, then open its notebook.\n"
    )
    assert messages(RULE, repo_ctx(language="Jupyter Notebook", readme=text)) == []
    # The same section in a tool's README asks for an example.
    tool = text.replace("Welcome to the course: the materials for learning", "A tool for")
    assert len(messages(RULE, repo_ctx(language="Jupyter Notebook", readme=tool))) == 1


def test_a_numbered_chapter_is_not_a_usage_section() -> None:
    text = "# notes\n\nMy notes.\n\n## Chapter 2: Using NumPy arrays\n\nSlicing and broadcasting.\n"
    assert messages(RULE, repo_ctx(language="Python", readme=text)) == []
    unnumbered = text.replace("Chapter 2: Using", "Using")
    assert len(messages(RULE, repo_ctx(language="Python", readme=unnumbered))) == 1


def test_a_demo_shown_as_screenshots_or_a_link_is_not_asked_for_code() -> None:
    # vcard-personal-portfolio: "## Demo" with two screenshots of the site.
    text = (
        "# vCard\n\nA personal portfolio website.\n\n## Demo\n\n"
        '![vCard Desktop Demo](./website-demo-image/desktop.png "Desktop Demo")\n'
    )
    assert messages(RULE, repo_ctx(language="JavaScript", readme=text)) == []
    # A demo described in words only is still a usage section without an example.
    words = text.replace('![vCard Desktop Demo](./website-demo-image/desktop.png "Desktop Demo")',
                         "Open the page and click the cards.")  # fmt: skip
    assert len(messages(RULE, repo_ctx(language="JavaScript", readme=words))) == 1


def test_an_indented_example_under_another_heading_is_named() -> None:
    # ControlNet: the set-up is indented under "Pretrained Models", each demo's command under
    # its own heading, and the only "usage" heading links to steps elsewhere.
    text = (
        "# x\n\nA model.\n\n## Pretrained Models\n\n"
        "    conda env create -f environment.yaml\n    conda activate control\n\n"
        "## With Canny Edge\n\nThe first demo:\n\n    python gradio_canny2image.py\n\n"
        "## Use it in Any Community Model\n\n[See the steps here](https://example.org/steps).\n"
    )
    (problem,) = run(RULE, repo_ctx(language="Python", readme=text))
    assert problem.message == (
        "README.md of `ml-utils`: the section `With Canny Edge` (line 10) shows its example in "
        "an indented code block (line 14), not a fenced one"
    )
    assert problem.line == 14
