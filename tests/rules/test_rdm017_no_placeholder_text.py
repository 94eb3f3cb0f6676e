"""RDM017 no-placeholder-text: template READMEs and placeholder lines; names the line."""

from __future__ import annotations

import pytest
from builders import messages, repo_ctx, run

from checks.rules.readme.rdm017_no_placeholder_text import RULE

CRA = """\
# Getting Started with Create React App

This project was bootstrapped with [Create React App](https://github.com/facebook/create-react-app).

## Available Scripts

In the project directory, you can run:

### `npm start`

Runs the app in the development mode.
"""


def test_a_written_readme_passes() -> None:
    text = (
        "# x\n\nA tool.\n\n## Roadmap\n\nTODO: streaming support\n\n- TODO\n\n"
        "```python\n# TODO in code is not README text\n```\n"
    )
    assert messages(RULE, repo_ctx(readme=text)) == []


def test_untouched_create_react_app_template() -> None:
    (problem,) = run(RULE, repo_ctx(readme=CRA))
    assert problem.message == (
        "README.md of `ml-utils` is the untouched Create React App template (line 3: "
        '"This project was bootstrapped with [Create React App](https://github.com/facebo…")'
    )
    assert problem.line == 3
    assert "Replace the template" in problem.fix.description


def test_long_readme_that_mentions_the_generator_passes() -> None:
    text = CRA + "\n" + "Our own words about the app. " * 130
    assert messages(RULE, repo_ctx(readme=text)) == []


def test_placeholders_are_named_with_their_line() -> None:
    text = (
        "# Project Title\n\n"
        "Lorem ipsum dolor sit amet.\n\n"
        "## Usage\n\n"
        "TODO\n\n"
        "## Config\n\n"
        "Set {{cookiecutter.project_slug}} in the file.\n"
    )
    problems = run(RULE, repo_ctx(readme=text))
    assert [p.message for p in problems] == [
        'README.md of `ml-utils` line 1: placeholder text "Project Title"',
        'README.md of `ml-utils` line 3: placeholder text "Lorem ipsum"',
        'README.md of `ml-utils` line 7: placeholder text "TODO"',
        'README.md of `ml-utils` line 11: placeholder text "{{cookiecutter.project_slug}}"',
    ]
    assert [p.line for p in problems] == [1, 3, 7, 11]


@pytest.mark.parametrize(
    ("line", "reported"),
    [
        ("Lorem ipsum dolor sit amet, consectetur adipiscing elit.", True),
        ("lorem ipsum", True),
        # public-apis: a lorem ipsum generator is a product, not filler.
        ("| [Hipsum](https://hipsum.co) | Hipster-themed lorem ipsum generator | No |", False),
        ("| [Bacon Ipsum](https://baconipsum.com) | A Meatier Lorem Ipsum Generator |", False),
        ("Fills your mock-ups with lorem ipsum text.", False),
        ("# Your Project Name", True),
        ("**Your project's name**", True),
        ("cd <your-project-name>", True),
        # full-stack-fastapi-template: an instruction to the reader, not a slot left empty.
        ("Go to the parent folder and run the command with your project's name:", False),
    ],
)
def test_your_project_name_is_a_placeholder_only_as_a_title_or_a_slot(
    line: str, reported: bool
) -> None:
    text = f"# app\n\nA web app for tracking runs.\n\n## Setup\n\n{line}\n"
    assert len(messages(RULE, repo_ctx(readme=text))) == int(reported)


def test_coming_soon_is_news_in_a_news_entry_and_a_plan_under_its_own_heading() -> None:
    text = (
        "# x\n\nA tool.\n\n## What's New\n\n## June 5, 2025\n\n"
        "* Some native weights coming soon\n\n## v2.1\n\n- Docs coming soon.\n\n"
        "#### Coming Soon\n\n- better models\n"
    )
    assert messages(RULE, repo_ctx(readme=text)) == []
    # Standing in for a section's text, it is a placeholder.
    (problem,) = run(RULE, repo_ctx(readme="# x\n\nA tool.\n\n## Demo\n\nComing soon.\n"))
    assert problem.message == 'README.md of `ml-utils` line 7: placeholder text "Coming soon."'
