"""RDM006 readme-usage: a usage / quick start / example section, or example code."""

from __future__ import annotations

import pytest
from builders import messages, repo_ctx, run

from checks.rules.readme.rdm006_readme_usage import RULE


@pytest.mark.parametrize(
    "text",
    [
        "# x\n\nA tool.\n\n## Usage\n\nRun it.\n",
        "# x\n\nA tool.\n\n## Quick start\n\nRun it.\n",
        "# x\n\nA tool.\n\n## Examples\n\nSee below.\n",
        # An example in code, even without a usage heading.
        "# x\n\nA tool.\n\n```python\nimport x\nx.run()\n```\n",
        # Headings in other languages, through their English stand-ins.
        "# 小工具\n\n一个处理表格的小工具。\n\n## 使用方法\n\n打开程序。\n",
        "# herramienta\n\nUna herramienta.\n\n## Uso\n\nAbra el programa.\n",
    ],
)
def test_passes(text: str) -> None:
    assert messages(RULE, repo_ctx(language="Python", readme=text)) == []


def test_install_code_alone_is_not_usage() -> None:
    text = (
        "# x\n\nA tool.\n\n## Installation\n\n"
        "```bash\ngit clone https://x\ncd x\npip install .\n```\n"
    )
    (problem,) = run(RULE, repo_ctx(language="Python", readme=text))
    assert problem.message == (
        "README.md of `ml-utils` has no section that shows how to use it "
        "(sections found: x, Installation)"
    )
    assert problem.file == "README.md"


def test_a_title_naming_a_tutorial_is_not_a_usage_section() -> None:
    assert messages(
        RULE, repo_ctx(language="Python", readme="# pytorch tutorial notes\n\nMine.\n")
    ) == [
        "README.md of `ml-utils` has no section that shows how to use it "
        "(sections found: pytorch tutorial notes)"
    ]


def test_repos_without_code_are_skipped() -> None:
    assert messages(RULE, repo_ctx(language=None, readme="# Notes\n")) == []
