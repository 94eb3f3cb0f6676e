"""RDM010 readme-who: authors, contact or contributing."""

from __future__ import annotations

import pytest
from builders import messages, repo_ctx, run

from checks.rules.readme.rdm010_readme_who import RULE


@pytest.mark.parametrize(
    "text",
    [
        "# x\n\nA tool.\n\n## Author\n\nAda.\n",
        "# x\n\nA tool.\n\n## Contributing\n\nPRs welcome.\n",
        "# x\n\nA tool made by Ada Lovelace.\n",
        "# x\n\nA tool. Questions: [mail me](mailto:ada@example.org).\n",
        "# x\n\nA tool. See [how to help](CONTRIBUTING.md).\n",
        "# x\n\nA tool. Feel free to reach out.\n",
        # A README in Chinese with an English part: its Chinese "author" heading counts.
        "# x\n\nA tool that checks the columns of a table, so that the data is right before "
        "you train a model with it. It reads CSV files and it reports the columns that are "
        "empty or of the wrong type. It can also fix them for you, and it will tell you what "
        "it has changed. It is fast, it is small and it has no dependencies. "
        * 3
        + "\n\n## 作者\n\n小明\n",
        # A chat server or forum of the project's own is a way to reach its people.
        "# x\n\nA tool.\n\n- Users have created a Discord server for discussion and support "
        "[here](https://discord.gg/prbq284xX5)\n",
        "# x\n\nA tool. Questions go to [Discussions](https://github.com/octo/x/discussions).\n",
        "# x\n\nA tool. [![Gitter](https://badges.gitter.im/x.svg)](https://gitter.im/octo/x)\n",
        # pip's README: IRC, a Discourse forum, its issue tracker and mailing lists.
        "# x\n\nA tool. Talk to us on [IRC](ircs://irc.libera.chat:6697/x).\n",
        "# x\n\nA tool. [Chat](https://web.libera.chat/#x) with its users.\n",
        "# x\n\nA tool. Ask on [the forum](https://discuss.python.org/c/packaging).\n",
        "# x\n\nA tool. [Report a bug](https://github.com/octo/ml-utils/issues/new).\n",
        "# x\n\nA tool. Ask on [x-users](https://groups.google.com/g/x-users).\n",
        "# x\n\nA tool. Questions go to our mailing list.\n",
        "# x\n\nA tool. To get involved, read the development docs.\n",
        # The people behind a project with a governance of its own.
        "# x\n\nA tool.\n\n## Collaborators\n\n* [ak239](https://github.com/ak239) - Aleksei\n",
        "# x\n\nA tool.\n\n## Governance and Current Members\n\nThe Docker Working Group.\n",
        "# x\n\nA tool.\n\n### CTC (Core Technical Committee)\n\n* Anna\n",
        # A citation names the authors.
        "# x\n\nA tool.\n\n## Usage\n\nRun it.\n\n```bibtex\n@misc{x,\n  author = {Lovelace, Ada},"
        "\n  year = {2024}\n}\n```\n",
    ],
)
def test_passes(text: str) -> None:
    assert messages(RULE, repo_ctx(readme=text)) == []


@pytest.mark.parametrize(
    ("url", "reaches"),
    [
        # Made With ML's badges: the author's LinkedIn and X accounts.
        ("https://www.linkedin.com/in/goku", True),
        ("https://twitter.com/GokuMohandas", True),
        ("https://x.com/ada_l?ref=readme", True),
        ("https://bsky.app/profile/ada.bsky.social", True),
        ("https://sigmoid.social/@ada", True),
        # A post, a share button or a company page is not a person to reach.
        ("https://twitter.com/GokuMohandas/status/1234", False),
        ("https://twitter.com/intent/tweet?text=x", False),
        ("https://www.linkedin.com/company/acme", False),
    ],
)
def test_a_personal_profile_is_a_way_to_reach_its_author(url: str, reaches: bool) -> None:
    text = f"# x\n\n[![Follow](https://img.shields.io/badge/follow-x-blue)]({url})\n\nA tool.\n"
    assert len(messages(RULE, repo_ctx(readme=text))) == int(not reaches)


def test_a_link_to_discord_itself_is_not_a_way_to_reach_anyone() -> None:
    text = "# x\n\nA bot for [Discord](https://discord.com/) servers.\n\n## Usage\n\nRun it.\n"
    assert len(messages(RULE, repo_ctx(readme=text))) == 1


def test_another_projects_issue_tracker_is_not_a_way_to_reach_this_one() -> None:
    text = "# x\n\nA plugin for [pytest](https://github.com/pytest-dev/pytest/issues).\n"
    assert len(messages(RULE, repo_ctx(readme=text))) == 1


def test_fails_without_anyone_behind_it() -> None:
    (problem,) = run(RULE, repo_ctx(readme="# x\n\nA tool.\n\n## Usage\n\nRun it.\n"))
    assert problem.message == (
        "README.md of `ml-utils` does not say who is behind the project or how to reach them "
        "(sections found: x, Usage)"
    )
    assert "https://github.com/octo" in problem.fix.description


@pytest.mark.parametrize(
    "heading", ["Autoreload", "Class members", "Remembers the last run", "Committees API"]
)
def test_words_inside_other_words_or_topics_are_not_people(heading: str) -> None:
    text = f"# x\n\nA tool.\n\n## {heading}\n\nIt reloads itself.\n"
    assert len(messages(RULE, repo_ctx(readme=text))) == 1
