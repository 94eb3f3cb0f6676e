"""The README rules' fixes quote reStructuredText for a README.rst, Markdown for a README.md."""

from __future__ import annotations

from builders import make_repo, readme, repo_ctx, run

from checks import readme_markup as markup
from checks.rules.readme import (
    rdm001_readme_title,
    rdm004_readme_install,
    rdm006_readme_usage,
    rdm009_readme_license,
    rdm011_readme_screenshot,
    rdm016_readme_toc,
)

RST = "ml-utils\n========\n\nSmall helpers for vectors.\n"


def _fix(rule, text: str, fmt: str, **fields) -> str:
    path = "README.rst" if fmt == "rst" else "README.md"
    repo = make_repo(readme=readme(text, path, fmt), **fields)
    (problem,) = run(rule.RULE, repo_ctx(repo))
    return problem.fix.description


def test_install_and_usage_fixes_ask_for_a_literal_block_in_rst() -> None:
    for rule in (rdm004_readme_install, rdm006_readme_usage):
        fix = _fix(rule, RST, "rst", language="Python")
        assert "in a literal block (a line ending in `::`, then the lines indented)" in fix
        assert "fenced" not in fix
        fix = _fix(rule, "# ml-utils\n\nSmall helpers.\n", "markdown", language="Python")
        assert "in a fenced code block" in fix


def test_licence_fix_writes_an_rst_section_and_link() -> None:
    fix = _fix(rdm009_readme_license, RST, "rst", license="MIT", files=("LICENSE", "x.py"))
    assert fix == (
        'Add a last section "License" underlined with `-------` to README.rst saying: "This '
        'project is licensed under the MIT licence: see `LICENSE <LICENSE>`_.".'
    )


def test_screenshot_fix_shows_an_rst_image() -> None:
    fix = _fix(rdm011_readme_screenshot, RST, "rst", files=("index.html", "package.json"))
    assert fix.endswith(
        "under the title of README.rst: `.. image:: docs/screenshot.png` with an indented "
        "`:alt: What the screenshot shows` line."
    )


def test_toc_fix_names_the_contents_directive_in_rst() -> None:
    sections = "".join(
        f"Part {i}\n------\n\nText {i}. " + "More words. " * 70 + "\n\n" for i in range(14)
    )
    fix = _fix(rdm016_readme_toc, RST + "\n" + sections, "rst")
    assert fix == (
        "Under the intro of README.rst, add a `.. contents::` directive on a line of its own: "
        "it lists the sections as links."
    )


def test_markup_helpers_quote_markdown_by_default() -> None:
    assert markup.heading("markdown", "License") == '"## License"'
    assert markup.link("markdown", "LICENSE", "LICENSE") == "[LICENSE](LICENSE)"
    assert markup.image("markdown", "A chart", "c.png") == "`![A chart](c.png)`"
    assert markup.heading("rst", "Usage") == '"Usage" underlined with `-----`'


def test_title_fix_underlines_the_name_in_rst() -> None:
    fix = _fix(rdm001_readme_title, "Small helpers for vectors, no heading.\n", "rst")
    assert fix == (
        "Make the first line of README.rst `ml-utils` with a line of `========` under it (or "
        "the project's display name), followed by one sentence saying what it is."
    )
