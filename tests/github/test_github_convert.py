"""Reading GitHub's JSON: field mapping, README choice as GitHub makes it, tree entries."""

from __future__ import annotations

import pytest
from payloads import repo_json, user_json

from portfolio.github import convert
from portfolio.snapshot import FileEntry


def files(*paths: str) -> list[FileEntry]:
    return [FileEntry(path=p, type="file") for p in paths]


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("README.md", "markdown"),
        ("readme.MARKDOWN", "markdown"),
        ("docs/README.rst", "rst"),
        ("README", "text"),
        ("README.txt", "text"),
        ("README.adoc", "other"),
        ("README.en.md", "markdown"),  # the last suffix decides
    ],
)
def test_readme_format_follows_the_extension(path, expected) -> None:
    assert convert.readme_format(path) == expected


def test_readme_choice_follows_githubs_order() -> None:
    assert convert.find_readme(files("README.md", ".github/README.md")) == ".github/README.md"
    assert convert.find_readme(files("docs/README.md", "readme.rst")) == "readme.rst"
    assert convert.find_readme(files("docs/ReadMe.txt", "docs/index.md")) == "docs/ReadMe.txt"
    assert convert.find_readme(files("README.rst", "README.md")) == "README.md"
    assert convert.find_readme(files("src/README.md", "READMEFIRST.md")) is None
    assert convert.find_readme([FileEntry(path="README.md", type="dir")]) is None


def test_user_fields_and_empty_strings() -> None:
    user = convert.user_from_rest(user_json("octo-ml", blog="", hireable=None, bio=" "))
    assert (user.blog, user.hireable, user.bio) == (None, None, None)
    assert user.company == "@acme-research" and user.public_repos == 3


def test_repo_list_item_fields() -> None:
    item = repo_json("octo-ml", "kit", license="NOASSERTION", homepage="", is_template=True)
    repo = convert.repo_from_rest(item)
    assert repo.license == "NOASSERTION" and repo.homepage is None and repo.is_template
    assert (repo.stars, repo.forks, repo.default_branch) == (12, 2, "main")
    assert convert.repo_from_rest(repo_json("octo-ml", "kit", license=None)).license is None


def test_rest_tree_keeps_the_listed_folders_and_maps_types() -> None:
    tree = {
        "tree": [
            {"path": "LICENSE", "mode": "100644", "type": "blob", "size": 1070},
            {"path": "docs", "mode": "040000", "type": "tree"},
            {"path": "docs/guide/deep.md", "mode": "100644", "type": "blob", "size": 3},
            {"path": ".github/workflows/ci.yml", "mode": "100644", "type": "blob", "size": 9},
            {"path": "vendor/lib", "mode": "160000", "type": "commit"},
            {"path": "latest", "mode": "120000", "type": "blob", "size": 5},
            {"path": "src/main.py", "mode": "100644", "type": "blob", "size": 1},
        ]
    }
    entries = {e.path: (e.type, e.size) for e in convert.entries_from_rest_tree(tree)}
    assert entries == {
        ".github/workflows/ci.yml": ("file", 9),
        "LICENSE": ("file", 1070),
        "docs": ("dir", None),
        "latest": ("symlink", 5),
    }


def test_graphql_entries_map_modes() -> None:
    tree = {
        "entries": [
            {"name": "ci.yml", "type": "blob", "mode": 33188, "object": {"byteSize": 9}},
            {"name": "link", "type": "blob", "mode": 40960, "object": {"byteSize": 4}},
            {"name": "sub", "type": "commit", "mode": 57344, "object": None},
        ]
    }
    entries = convert.entries_from_graphql(".github/workflows", tree)
    assert [(e.path, e.type, e.size) for e in entries] == [
        (".github/workflows/ci.yml", "file", 9),
        (".github/workflows/link", "symlink", 4),
        (".github/workflows/sub", "submodule", None),
    ]
    assert convert.entries_from_graphql("docs", None) == []


def test_decode_text_replaces_bad_bytes_and_drops_a_bom() -> None:
    assert convert.decode_text(b"\xef\xbb\xbf# T\xe9st\n") == "# T\ufffdst\n"
