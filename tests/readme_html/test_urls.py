"""Relative links and images in a README point at the repository on GitHub."""

from __future__ import annotations

import pytest

from portfolio.readme import render_readme
from portfolio.snapshot import Readme, Repo

REPO = Repo(name="kit", owner="octo", default_branch="main")
BLOB = "https://github.com/octo/kit/blob/main/"
RAW = "https://raw.githubusercontent.com/octo/kit/main/"


def html_of(text: str, path: str = "README.md", repo: Repo = REPO) -> str:
    return render_readme(Readme(path, "markdown", text), repo).html


@pytest.mark.parametrize(
    ("link", "readme_path", "expected"),
    [
        ("CONTRIBUTING.md", "README.md", BLOB + "CONTRIBUTING.md"),
        ("./docs/usage.md#install", "README.md", BLOB + "docs/usage.md#install"),
        ("guide.md", "docs/README.md", BLOB + "docs/guide.md"),
        ("../LICENSE", "docs/README.md", BLOB + "LICENSE"),
        # Climbing out of the branch leads where it leads from the README's page on GitHub,
        # never off github.com: the repository's pages, another branch's files.
        ("../../../etc/passwd", "docs/README.md", "https://github.com/octo/kit/etc/passwd"),
        ("../../issues", "README.md", "https://github.com/octo/kit/issues"),
        ("../../wiki/Setup", "README.md", "https://github.com/octo/kit/wiki/Setup"),
        (
            "../gh-pages/demo.html",
            "README.md",
            "https://github.com/octo/kit/blob/gh-pages/demo.html",
        ),
        ("../../../../../../x", "README.md", "https://github.com/x"),
        # A climb that lands on a branch name alone reads as the file in this branch.
        ("../LICENSE", "README.md", BLOB + "LICENSE"),
        ("/src/main.py", "docs/README.md", BLOB + "src/main.py"),
        ("my file.md?plain=1", "README.md", BLOB + "my%20file.md?plain=1"),
        ("https://example.org/x", "README.md", "https://example.org/x"),
        ("mailto:me@example.org", "README.md", "mailto:me@example.org"),
    ],
)
def test_links(link: str, readme_path: str, expected: str) -> None:
    assert html_of(f"[x](<{link}>)", readme_path) == (
        f'<p><a href="{expected}" rel="nofollow noopener">x</a></p>'
    )


def test_images_point_at_raw_files() -> None:
    assert html_of("![logo](img/logo.png)", "docs/README.md") == (
        f'<p><img alt="logo" loading="lazy" src="{RAW}docs/img/logo.png"></p>'
    )
    assert html_of('<img src="https://cdn.example.org/a.png" alt="a">') == (
        '<p><img alt="a" loading="lazy" src="https://cdn.example.org/a.png"></p>'
    )


def test_an_image_on_another_branch_is_its_raw_file() -> None:
    # lazygit keeps its images on a branch called `assets`: `../assets/demo.gif` from the
    # README's page on GitHub is the file demo.gif of that branch.
    assert html_of("![demo](../assets/demo.gif)") == (
        '<p><img alt="demo" loading="lazy" '
        'src="https://raw.githubusercontent.com/octo/kit/assets/demo.gif"></p>'
    )


def test_srcset_candidates_each_rewritten() -> None:
    html = html_of(
        '<img src="a.png" srcset="a.png 1x, img/a@2x.png 2x, https://cdn.example/a.png 3x" alt="">'
    )
    assert html == (
        f'<p><img alt="" loading="lazy" src="{RAW}a.png" '
        f'srcset="{RAW}a.png 1x, {RAW}img/a@2x.png 2x, https://cdn.example/a.png 3x"></p>'
    )


def test_picture_sources_are_rewritten() -> None:
    html = html_of(
        "<picture>\n"
        '  <source media="(prefers-color-scheme: dark)" srcset="docs/dark.svg">\n'
        '  <img alt="Diagram" src="docs/light.svg">\n'
        "</picture>\n"
    )
    assert html == (
        "<p><picture>\n"
        f'<source media="(prefers-color-scheme: dark)" srcset="{RAW}docs/dark.svg">\n'
        f'<img alt="Diagram" loading="lazy" src="{RAW}docs/light.svg">\n'
        "</picture></p>"
    )


def test_unknown_default_branch_uses_head() -> None:
    repo = Repo(name="kit", owner="octo")
    assert html_of("[x](a.md) ![y](b.png)", repo=repo) == (
        '<p><a href="https://github.com/octo/kit/blob/HEAD/a.md" rel="nofollow noopener">x</a> '
        '<img alt="y" loading="lazy" src="https://raw.githubusercontent.com/octo/kit/HEAD/b.png">'
        "</p>"
    )


def test_protocol_relative_urls_are_dropped() -> None:
    assert html_of('<a href="//evil.example/x">p</a> <img src="//evil.example/i.png" alt="i">') == (
        '<p><a rel="nofollow noopener">p</a> <img alt="i" loading="lazy"></p>'
    )


def test_branch_names_with_slashes() -> None:
    repo = Repo(name="kit", owner="octo", default_branch="release/1.0")
    assert html_of("[x](a.md)", repo=repo) == (
        '<p><a href="https://github.com/octo/kit/blob/release/1.0/a.md" '
        'rel="nofollow noopener">x</a></p>'
    )
