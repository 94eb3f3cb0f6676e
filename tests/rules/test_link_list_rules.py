"""A curated list of links (an "awesome list") is read: no install, usage, CI, tests or
dependency manifest or .gitignore is asked of it, even when a script sorts or checks its
links."""

from __future__ import annotations

import pytest
from builders import messages, repo_ctx

from checks.rules.readme import rdm004_readme_install, rdm006_readme_usage
from checks.rules.repo import (
    rep007_ci,
    rep008_tests,
    rep009_dependency_manifest,
    rep015_gitignore,
)

LIST = "# Awesome Machine Learning\n\nA curated list.\n\n## Tools\n\n" + "".join(
    f"- [Tool {i}](https://tool{i}.org) - does thing {i}.\n" for i in range(40)
)
FILES = ("README.md", "LICENSE", "scripts/sort_links.py", ".github")
RULES = [rdm004_readme_install, rdm006_readme_usage, rep007_ci, rep008_tests,
         rep009_dependency_manifest, rep015_gitignore]  # fmt: skip


@pytest.mark.parametrize("rule", RULES, ids=lambda module: module.RULE.id)
def test_an_awesome_list_is_asked_for_none_of_it(rule) -> None:
    fields = {"language": "Python", "files": FILES, "files_complete": True}
    assert (
        messages(rule.RULE, repo_ctx(name="awesome-machine-learning", readme=LIST, **fields)) == []
    )
    # The same repository under another name, without the badge or topic, is a project.
    assert messages(rule.RULE, repo_ctx(name="ml-tools", readme=LIST, **fields)) != []
