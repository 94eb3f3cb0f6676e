"""Real-world-shaped READMEs: the exact sections and signals expected from each."""

from __future__ import annotations

from pathlib import Path

import pytest

from checks.readme import ReadmeAnalysis, analyze_readme

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def analyze_fixture():
    def analyze(name: str) -> ReadmeAnalysis:
        fmt = "rst" if name.endswith(".rst") else "markdown"
        return analyze_readme((FIXTURES / name).read_text(encoding="utf-8"), fmt)

    return analyze


def outline(analysis: ReadmeAnalysis) -> list[tuple[str, int, int, int, str]]:
    """(heading, level, line, end_line, style) of every section, preamble first."""
    return [(s.heading, s.level, s.line, s.end_line, s.style) for s in analysis.all_sections]


def test_webapp_template(analyze_fixture) -> None:
    analysis = analyze_fixture("webapp_template.md")
    assert analysis.title == "Getting Started with Quick Web App"
    assert outline(analysis) == [
        ("", 0, 1, 0, "preamble"),
        ("Getting Started with Quick Web App", 1, 1, 4, "atx"),
        ("Available Scripts", 2, 5, 8, "atx"),
        ("npm start", 3, 9, 16, "atx"),
        ("npm test", 3, 17, 21, "atx"),
        ("npm run build", 3, 22, 30, "atx"),
        ("Learn More", 2, 31, 36, "atx"),
        ("Deployment", 3, 37, 39, "atx"),
    ]
    build = analysis.sections[4]
    # The "#" comment inside the fenced block is code, not a heading.
    assert [(c.language, c.line) for c in build.code_blocks] == [("sh", 26)]
    assert "# the output goes to build/" in build.code_blocks[0].text
    assert build.inline_code == ("npm run build", "build")
    learn_more = analysis.sections[5]
    assert [link.url for link in learn_more.links] == [
        "https://example.com/docs/getting-started",
        "https://example.com/ui",
    ]
    assert {link.kind for link in analysis.links} == {"absolute"}
    assert "how" in analysis.sections[1].categories
    assert "references" in learn_more.categories


def test_ml_paper_readme(analyze_fixture) -> None:
    analysis = analyze_fixture("ml_paper.md")
    assert analysis.title == "SparseProp: Fast Message Passing on Sparse Graphs"
    assert outline(analysis) == [
        ("", 0, 1, 2, "preamble"),
        ("SparseProp: Fast Message Passing on Sparse Graphs", 1, 3, 14, "atx"),
        ("News", 2, 15, 18, "atx"),
        ("Installation", 2, 19, 26, "atx"),
        ("Training", 2, 27, 32, "atx"),
        ("Results", 2, 33, 39, "atx"),
        ("Citation", 2, 40, 52, "atx"),
        ("License", 2, 53, 55, "atx"),
    ]
    title = analysis.sections[0]
    assert [(b.alt, b.line) for b in title.badges] == [("arXiv", 5), ("License: MIT", 6), ("CI", 7)]
    assert title.badges[1].link == "LICENSE"
    overview = [i for i in title.images if not i.badge]
    assert [(i.src, i.alt, i.line) for i in overview] == [
        ("docs/overview.png", "Overview of the method", 13)
    ]
    assert [(c.language, c.line) for c in analysis.code_blocks] == [
        ("bash", 21),
        ("bash", 29),
        ("bibtex", 44),
    ]
    results = analysis.sections[4]
    assert [(t.line, t.rows, t.columns) for t in results.tables] == [(35, 2, 3)]
    news = analysis.sections[1]
    assert [(lst.line, lst.items, lst.ordered) for lst in news.lists] == [(16, 2, False)]
    assert analysis.sections[-1].links[0].kind == "relative"
    assert analysis.has("how") and analysis.has("who") and analysis.has("what")
    assert "when" in news.categories


def test_chinese_readme(analyze_fixture) -> None:
    analysis = analyze_fixture("chinese.md")
    assert analysis.title == "小工具 🚀"
    assert outline(analysis) == [
        ("", 0, 1, 0, "preamble"),
        ("小工具 🚀", 1, 1, 4, "atx"),
        ("特点", 2, 5, 9, "atx"),
        ("安装", 2, 10, 15, "atx"),
        ("使用", 2, 16, 19, "atx"),
        ("许可证", 2, 20, 22, "atx"),
    ]
    # Each CJK character counts as a word: "一个用于批量重命名文件的命令行工具" is 17.
    assert analysis.sections[0].word_count == 17 + 3
    install = analysis.sections[2]
    assert install.code_blocks[0].language == "shell"
    # The classifier reads English only: a Chinese README's sections get no category.
    assert analysis.unread_language == "mostly in Chinese or Japanese script"
    assert all(not s.categories for s in analysis.all_sections)


def test_rst_readme(analyze_fixture) -> None:
    analysis = analyze_fixture("library.rst")
    assert analysis.format == "rst"
    assert analysis.title == "tinyparse"
    assert outline(analysis) == [
        ("", 0, 1, 0, "preamble"),
        ("tinyparse", 1, 1, 13, "rst"),
        ("Installation", 2, 14, 20, "rst"),
        ("Usage", 2, 21, 29, "rst"),
        ("Options", 3, 30, 37, "rst"),
        ("License", 2, 38, 43, "rst"),
    ]
    title = analysis.sections[0]
    assert [(b.alt, b.line, b.link) for b in title.badges] == [
        ("PyPI version", 5, "https://pypi.org/project/tinyparse/"),
        ("", 9, "https://github.com/octo/tinyparse/actions"),
    ]
    install, usage, options, licence = analysis.sections[1:]
    assert [(c.language, c.fenced, c.text) for c in install.code_blocks] == [
        (None, False, "pip install tinyparse")
    ]
    # The "#" line is a comment inside the code block, not a title.
    assert [(c.language, c.line) for c in usage.code_blocks] == [("python", 26)]
    assert "# a comment, not a title" in usage.code_blocks[0].text
    assert options.inline_code == ("strict", "encoding")
    assert [(lst.items, lst.ordered) for lst in options.lists] == [(2, False)]
    assert [link.url for link in options.links] == ["https://tinyparse.readthedocs.io"]
    assert [(link.url, link.kind) for link in licence.links] == [("LICENSE.txt", "relative")]
    assert "how" in install.categories and "who" in licence.categories


def test_html_heavy_readme(analyze_fixture) -> None:
    analysis = analyze_fixture("html_heavy.md")
    assert analysis.title == "Lumen"
    assert outline(analysis) == [
        ("", 0, 1, 4, "preamble"),
        ("Lumen", 1, 5, 19, "html"),
        ("Features", 2, 20, 24, "bold"),
        ("Quick start", 2, 25, 30, "setext"),
        ("Configuration", 2, 31, 36, "html"),
        ("Contributors ✨", 2, 37, 39, "atx"),
    ]
    # The centred logo has no alt text: the linter can say so.
    assert [(i.src, i.alt, i.badge) for i in analysis.preamble.images] == [
        ("assets/logo.svg", "", False)
    ]
    lumen = analysis.sections[0]
    assert [(b.alt, b.link) for b in lumen.badges] == [
        ("CI status", "https://github.com/octo/lumen/actions"),
        ("coverage", "https://codecov.io/gh/octo/lumen"),
    ]
    # The commented-out heading is not a section.
    assert all("Old section" not in s.heading for s in analysis.sections)
    quick_start = analysis.sections[2]
    assert [(c.text, c.fenced) for c in quick_start.code_blocks] == [
        ("npx lumen index ./site", False)
    ]
    contributors = analysis.sections[-1]
    assert [(link.url, link.kind) for link in contributors.links] == [("#contributors", "anchor")]
    assert "contribution" in contributors.categories


def test_a_comment_inside_an_html_block_hides_its_lines() -> None:
    # smolagents: a CI badge commented out inside the centred badge paragraph.
    text = (
        '<p align="center">\n'
        "    <!-- Uncomment when CircleCI is set up\n"
        '    <a href="https://circleci.com/gh/x"><img alt="Build" src="https://ci/x.svg"></a>\n'
        "    -->\n"
        '    <a href="LICENSE"><img alt="License" src="https://img.shields.io/x.svg"></a>\n'
        "</p>\n\n"
        '<h3 align="center">\n  <p>Agents that think in code!</p>\n</h3>\n'
    )
    analysis = analyze_readme(text)
    assert analysis.preamble.word_count == 0
    assert [i.alt for i in analysis.preamble.images] == ["License"]
    assert [(s.heading, s.line, s.style) for s in analysis.sections] == [
        ("Agents that think in code!", 8, "html")
    ]
