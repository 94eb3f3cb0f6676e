"""RDM008 readme-status: status, version, changelog or roadmap mentioned."""

from __future__ import annotations

import pytest
from builders import messages, repo_ctx, run

from checks.rules.readme.rdm008_readme_status import RULE


@pytest.mark.parametrize(
    "text",
    [
        "# x\n\nA tool.\n\n## Status\n\nFinished.\n",
        "# x\n\nA tool.\n\n## Roadmap\n\n- more\n",
        "# x\n\nA tool. Work in progress.\n",
        "# x\n\nA tool, no longer maintained.\n",
        "# x\n\nA tool. See [the changes](CHANGELOG.md).\n",
        "# x\n\n[![PyPI](https://img.shields.io/pypi/v/x.svg)](https://pypi.org/project/x)\n\n"
        "A tool.\n",
        "# x\n\nA tool. Version 2.1 adds streaming.\n",
        # Theano: the README says it has stopped.
        "# x\n\nMILA has stopped developing Theano: see the announcement.\n",
        "# x\n\nA tool, superseded by y.\n",
    ],
)
def test_passes(text: str) -> None:
    assert messages(RULE, repo_ctx(readme=text)) == []


def test_fails_without_status() -> None:
    text = "# x\n\nA tool that indexes vectors.\n\n## Usage\n\nRun it.\n"
    (problem,) = run(RULE, repo_ctx(readme=text))
    assert problem.message == (
        "README.md of `ml-utils` does not say the project's status (maintained, finished, "
        "experimental), its version or what changed (sections found: x, Usage)"
    )
    assert "https://github.com/octo/ml-utils/releases" in problem.fix.description
