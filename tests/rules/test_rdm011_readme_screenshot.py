"""RDM011 readme-screenshot: apps with a UI show a screenshot or a demo."""

from __future__ import annotations

import pytest
from builders import messages, repo_ctx, run

from checks.rules.readme.rdm011_readme_screenshot import RULE

APP = ("index.html", "src/", "package.json")


@pytest.mark.parametrize(
    "text",
    [
        "# x\n\n![The dashboard listing sales by region](docs/screenshot.png)\n",
        "# x\n\nTry the [live demo](https://x.example.org).\n",
        "# x\n\nA demo: https://huggingface.co/spaces/octo/x\n",
        '# x\n\n<video src="demo.mp4" controls></video>\n',
    ],
)
def test_apps_showing_themselves_pass(text: str) -> None:
    assert messages(RULE, repo_ctx(files=APP, readme=text)) == []


def test_app_without_screenshot_fails_and_badges_do_not_count() -> None:
    text = (
        "# x\n\n[![CI](https://github.com/octo/x/actions/workflows/ci.yml/badge.svg)](x)\n\n"
        "A site.\n"
    )
    (problem,) = run(RULE, repo_ctx(files=APP, readme=text))
    assert problem.message == (
        "README.md of `ml-utils` shows no screenshot or demo, though `ml-utils` is an app with "
        "a user interface (it has an index.html)"
    )
    assert "docs/screenshot.png" in problem.fix.description


@pytest.mark.parametrize(
    ("fields", "why"),
    [
        ({"topics": ("streamlit",)}, "it has the topic `streamlit`"),
        (
            {"readme": "# x\n\nRun `streamlit run app.py`.\n"},
            "its README runs it with `streamlit run`",
        ),
        (
            {"homepage": "https://x.example.org", "language": "TypeScript"},
            "it has a homepage (https://x.example.org)",
        ),
        (
            {"readme": "# x\n\nOpen http://localhost:8501 after `make serve`.\n"},
            "its README runs it with `localhost`",
        ),
    ],
)
def test_ui_evidence(fields: dict, why: str) -> None:
    fields.setdefault("readme", "# x\n\nAn app.\n")
    (message,) = messages(RULE, repo_ctx(**fields))
    assert message.endswith(f"({why})")


def test_libraries_and_cli_tools_are_not_asked_for_screenshots() -> None:
    assert messages(RULE, repo_ctx(files=("setup.py", "x/"), readme="# x\n\nA library.\n")) == []
    library_docs = repo_ctx(
        homepage="https://x.readthedocs.io", language="Python", readme="# x\n\nA library.\n"
    )
    assert messages(RULE, library_docs) == []


def test_tensorboard_and_jupyter_addresses_are_tools_not_the_apps_interface() -> None:
    text = (
        "# char-rnn\n\nTrain it, then `tensorboard --logdir=./logs/` and open "
        "[http://localhost:6006](http://localhost:6006); notebooks on http://127.0.0.1:8888.\n"
    )
    assert messages(RULE, repo_ctx(readme=text)) == []
