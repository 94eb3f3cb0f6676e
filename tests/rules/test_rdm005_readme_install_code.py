"""RDM005 readme-install-code: the install section has a fenced code block."""

from __future__ import annotations

import pytest
from builders import make_repo, messages, readme, repo_ctx, run

from checks.rules.readme.rdm005_readme_install_code import RULE


@pytest.mark.parametrize(
    "text",
    [
        "# x\n\n## Installation\n\n```bash\npip install x\n```\n",
        # The code sits in a subsection of the install section.
        "# x\n\n## Installation\n\n### From PyPI\n\n```bash\npip install x\n```\n\n## Usage\n",
        # An install command in a fenced block elsewhere counts.
        "# x\n\n## Requirements\n\nPython 3.11.\n\n"
        "## Quick example\n\n```\npip install x\nx run\n```\n",
        "# x\n\n## Installation\n\nSee the [installation guide](https://x.example.org/install).\n",
        # No install section at all is RDM004's business.
        "# x\n\nA tool.\n",
        # "Setting up" a step of the work is not installing the project.
        "# x\n\nA guide.\n\n"
        "## Setting up periodic evaluations\n\nEvaluate every 1,000 steps, on a fixed subset.\n",
    ],
)
def test_passes(text: str) -> None:
    assert messages(RULE, repo_ctx(language="Python", readme=text)) == []


def test_install_section_in_prose_fails() -> None:
    text = "# x\n\nA tool.\n\n## Installation\n\nInstall it with pip, then run the script.\n"
    (problem,) = run(RULE, repo_ctx(language="Python", readme=text))
    assert problem.message == (
        "README.md of `ml-utils`: the install section `Installation` (line 5) has no fenced "
        "code block with the commands to run"
    )
    assert (problem.file, problem.line) == ("README.md", 5)


def test_indented_code_is_not_fenced() -> None:
    text = "# x\n\n## Setup\n\nRun:\n\n    make\n"
    (problem,) = run(RULE, repo_ctx(language="Python", readme=text))
    assert problem.message == (
        "README.md of `ml-utils`: the install section `Setup` (line 3) shows its commands in an "
        "indented code block (line 7), not a fenced one"
    )
    assert problem.line == 7
    assert problem.fix.description.startswith(
        "On line 7 of README.md, fence the code shown there: a line with ```bash above it, a "
        "line with ``` below, and the indentation removed"
    )


def test_rst_literal_blocks_count_as_fenced() -> None:
    text = "x\n=\n\nRequirements\n------------\n\n* Python 3.8\n\n::\n\n    pip install -r r.txt\n"
    repo = make_repo(language="Python", readme=readme(text, "README.rst", "rst"))
    assert messages(RULE, repo_ctx(repo)) == []


@pytest.mark.parametrize(
    "heading",
    [
        "Setup",
        "Setting up",
        "Setting up the environment",
        "Set up your development environment",
        "Clone and set up",
        "Setting up for development",
        "Set up locally",
    ],
)
def test_setting_up_the_ground_is_an_install_section(heading: str) -> None:
    text = f"# x\n\nA tool.\n\n## {heading}\n\nInstall it with pip, then run the script.\n"
    assert len(run(RULE, repo_ctx(language="Python", readme=text))) == 1


def test_a_repository_without_code_is_skipped() -> None:
    # A curated list of courses: its course titles are not install or usage sections.
    text = (
        "# ML courses\n\nA list.\n\n## Deploying Machine Learning Models\n\nLearn to serve "
        "models with Docker and install them on a cluster.\n\n"
        "[Link to Course](https://www.comet.com/site/mlops-course/)\n"
    )
    assert messages(RULE, repo_ctx(language=None, readme=text)) == []
    assert len(messages(RULE, repo_ctx(language="Python", readme=text))) == 1


def test_prerequisites_that_list_knowledge_are_not_install_steps() -> None:
    # smol-course: what to know before starting, nothing to run.
    text = (
        "# course\n\nA course.\n\n## Prerequisites\n\nBefore starting, ensure you have:\n"
        "- Basic understanding of machine learning.\n- Familiarity with Python and PyTorch.\n"
    )
    assert messages(RULE, repo_ctx(language="Python", readme=text)) == []
    # DataTalksClub's courses: Docker as a skill, and the "technical setup" a laptop.
    for needs in (
        "You should have prior experience with:\n- Python\n- Docker\n- Command line basics\n",
        "Technical setup: you only need a laptop with an internet connection.\n",
    ):
        text = f"# course\n\nA course.\n\n## Prerequisites\n\n{needs}"
        assert messages(RULE, repo_ctx(language="Python", readme=text)) == [], needs
    text = "# x\n\nA tool.\n\n## Requirements\n\nDocker. Then `docker pull x/x`.\n"
    assert len(messages(RULE, repo_ctx(language="Python", readme=text))) == 1
    # Requirements that say to install something should show how.
    text = "# x\n\nA tool.\n\n## Requirements\n\nInstall Python 3.10 and pip, then the package.\n"
    assert len(messages(RULE, repo_ctx(language="Python", readme=text))) == 1


@pytest.mark.parametrize(
    ("heading", "reported"),
    [
        # pytorch-deep-learning's course: skills to have, nothing to install.
        ("What are the prerequisites?", False),
        ("What you need", False),
        ("Software requirements", False),
        ("Requirements and installation", True),
        ("Prerequisites & setup", True),
        # The same course: where to begin, nothing to install.
        ("How do I get started?", False),
        ("Quick start", False),
        ("Getting started: install", True),
    ],
)
def test_a_question_or_phrase_about_needs_is_judged_by_its_body(
    heading: str, reported: bool
) -> None:
    text = (
        f"# course\n\nA course.\n\n### {heading}\n\n1. 3-6 months coding Python.\n"
        "2. Experience using Jupyter Notebooks or Google Colab.\n"
    )
    assert len(messages(RULE, repo_ctx(language="Python", readme=text))) == int(reported)


def test_getting_started_that_speaks_of_installing_shows_how() -> None:
    text = (
        "# tool\n\nA tool.\n\n## Getting started\n\nClone the repository and install the "
        "requirements, then run the app.\n"
    )
    assert len(messages(RULE, repo_ctx(language="Python", readme=text))) == 1


def test_a_numbered_chapter_is_about_its_subject_not_an_install_section() -> None:
    # mlbookcamp-code: the chapters of a book, one of them on deploying models.
    text = (
        "# Machine Learning Bookcamp\n\nThe code from the book.\n\n"
        "## Chapter 5: Deploying Machine Learning Models\n\nServing the churn model with "
        "Flask and Docker; install pipenv for the environment.\n\n"
        "## Lesson 2: Setup of the cloud\n\nWe set up an account.\n"
    )
    assert messages(RULE, repo_ctx(language="Jupyter Notebook", readme=text)) == []


def test_a_list_of_links_to_other_projects_is_not_an_install_section() -> None:
    # pytorch-image-models' "Deployment" among its "Awesome PyTorch Resources".
    text = (
        "# x\n\nA library.\n\n## Resources\n\n### Deployment\n\n"
        "* timmx (Export models to ONNX) - https://github.com/o/timmx\n"
        "* [serve-kit](https://github.com/o/serve-kit): serve models\n"
    )
    assert messages(RULE, repo_ctx(language="Python", readme=text)) == []
    # A list of links that speaks of installing is still about installing.
    steps = "# x\n\n## Installation\n\n- Install [uv](https://docs.astral.sh/uv/) first\n"
    assert len(messages(RULE, repo_ctx(language="Python", readme=steps))) == 1
