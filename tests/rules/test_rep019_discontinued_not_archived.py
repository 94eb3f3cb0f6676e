"""REP019 discontinued-not-archived: a README that says development stopped asks for archiving."""

from __future__ import annotations

import pytest
from builders import make_repo, make_snapshot, messages, readme, repo_ctx, run

from checks.rules.repo.rep019_discontinued_not_archived import RULE
from checks.runner import run_checks


def ctx(text: str, name: str = "ml-utils", fmt: str = "markdown", **fields):
    path = "README.rst" if fmt == "rst" else "README.md"
    return repo_ctx(make_repo(name=name, readme=readme(text, path, fmt), **fields))


@pytest.mark.parametrize(
    ("name", "text", "line", "quote"),
    [
        # Theano's README.rst, between two lines of "=".
        (
            "Theano",
            "=" * 40 + "\nMILA has stopped developing Theano: https://groups.google.com/d/msg/x\n"
            "\nThe PyMC developers have forked Theano to a new project called PyTensor.\n"
            + "=" * 40
            + "\n",
            2,
            "MILA has stopped developing Theano",
        ),
        # request: the first heading is the notice.
        (
            "request",
            "# Deprecated!\n\nAs of Feb 11th 2020, request is fully deprecated.\n",
            1,
            "Deprecated!",
        ),
        # gym: the statement is a level-3 heading under "Important Notice", with a link.
        (
            "gym",
            "[![pre-commit](https://img.shields.io/badge/x.svg)](https://pre-commit.com/)\n\n"
            "## Important Notice\n\n### The team that has been maintaining Gym since 2021 has "
            "moved all future development to [Gymnasium](https://github.com/Farama-Foundation/"
            "Gymnasium), a drop in replacement.\n\n## Gym\n\nGym is a library.\n",
            5,
            "The team that has been maintaining Gym since 2021 has moved all future development "
            "to Gymnasium, a drop in replacement.",
        ),
        # Wrapped over two lines: the line where the statement starts.
        (
            "ml-utils",
            "# ml-utils\n\nA toolkit for experiments. This project is\nno longer maintained; "
            "use newlib.\n",
            3,
            "This project is no longer maintained; use newlib.",
        ),
        # The project's name as the subject, written with a space for its hyphen.
        (
            "ml-utils",
            "# ML Utils\n\nML utils is now deprecated &mdash; use newlib.\n",
            3,
            "ML utils is now deprecated — use newlib.",
        ),
        # The fourth section, under a status heading.
        (
            "ml-utils",
            "# ml-utils\n\n## Install\n\npip\n\n## Usage\n\nrun\n\n## Status\n\n"
            "Unmaintained: it is deprecated.\n",
            13,
            "Unmaintained: it is deprecated.",
        ),
        # Further down, under a status heading.
        (
            "ml-utils",
            "# ml-utils\n\nA toolkit.\n\n## Install\n\npip\n\n## Usage\n\nrun\n\n## API\n\nx\n\n"
            "## Project status\n\nIt is no longer developed.\n",
            19,
            "It is no longer developed.",
        ),
    ],
)
def test_a_notice_that_development_stopped_is_reported(
    name: str, text: str, line: int, quote: str
) -> None:
    fmt = "rst" if name == "Theano" else "markdown"
    (problem,) = run(RULE, ctx(text, name=name, fmt=fmt))
    assert problem.line == line
    assert f'(line {line}: "{quote}") but the repository is not archived' in problem.message
    assert problem.fix.command == f"gh repo archive octo/{name} --yes"


@pytest.mark.parametrize(
    "text",
    [
        "# ml-utils\n\nA toolkit. **Status:** maintained.\n",
        # Still looked after: not a reason to archive.
        "# ml-utils\n\nThis project is not actively maintained, but issues are read.\n",
        "# ml-utils\n\nml-utils is in maintenance mode.\n",
        # tensor2tensor: deprecated, but fixes are welcome.
        "# T2T\n\nIt is now deprecated &mdash; we keep it running and welcome\nbug-fixes, but "
        "encourage users to use the successor library Trax.\n",
        "# Deprecated\n\nWe still accept security fixes.\n",
        # Something else is deprecated or no longer supported.
        "# ml-utils\n\nPython 2 is no longer supported. The `--fast` flag is deprecated.\n",
        # Deep in the README, under a heading that is not a notice.
        "# ml-utils\n\nA toolkit.\n\n## Install\n\npip\n\n## Usage\n\nrun\n\n## API\n\n"
        "The old module is no longer maintained; it was deprecated in 2.0.\n",
        # microsoft/LoRA: something *of* the repository was archived, in a branch.
        "# ml-utils\n\n<i>(The initial release of this repo has been archived in the branch "
        '"snapshot-9-15-2021")</i>\n',
        # In code or in a comment.
        "# ml-utils\n\n```text\nThis project is no longer maintained\n```\n",
        "# ml-utils\n\n<!-- This project is no longer maintained -->\nA toolkit.\n",
    ],
)
def test_no_notice_passes(text: str) -> None:
    assert messages(RULE, ctx(text)) == []


def test_a_checkout_cannot_tell_whether_it_is_archived() -> None:
    (problem,) = run(RULE, ctx("# Deprecated\n\nUse newlib.\n", unknown=("archived",)))
    assert problem.message == (
        'README.md of `ml-utils` says the project is no longer developed (line 1: "Deprecated"); '
        "archive the repository if it is not archived yet"
    )


def found_rules(repo) -> set[str]:
    return {f.rule_id for f in run_checks(make_snapshot(repos=(repo,))).findings if f.repo}


def test_where_it_reports_the_rules_asking_for_more_writing_say_nothing() -> None:
    # A two-line README: without the notice, it would be asked for install, usage, who...
    text = "# ml-utils\n\nThis project is no longer maintained.\n"
    repo = make_repo(readme=text, language="Python", files=("README.md", "ml_utils.py"))
    found = found_rules(repo)
    assert "REP019" in found
    assert not found & {"RDM002", "RDM004", "RDM006", "RDM010", "REP016"}
    # Without the notice they come back: the README says little.
    repo = make_repo(readme="# ml-utils\n\nTools.\n", language="Python", files=repo.files)
    found = found_rules(repo)
    assert "REP019" not in found
    assert {"RDM004", "RDM006"} <= found


def test_an_archived_repository_is_not_checked() -> None:
    assert "REP019" in found_rules(make_repo(readme="# Deprecated\n"))
    assert "REP019" not in found_rules(make_repo(readme="# Deprecated\n", archived=True))
