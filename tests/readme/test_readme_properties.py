"""Properties that hold for any text: analyze_readme never raises and its sections cover the
input, in order, each line in exactly one place. Plus inputs built to break a parser."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checks.readme import CATEGORIES, ReadmeAnalysis, analyze_readme

# Lines that steer the scanners into each of their states, mixed with arbitrary text.
MARKDOWN_LINES = [
    "# Title",
    "## Install",
    "##Tight",
    "#define X",
    "Setext",
    "======",
    "------",
    "---",
    "```",
    "```python",
    "~~~",
    "    indented code",
    "<h2 align='center'>Centred</h2>",
    "<h1>",
    "</h1>",
    '<p align="center">',
    "<img src='logo.png'>",
    "<!--",
    "-->",
    "<pre>",
    "</pre>",
    "**Bold heading**",
    "- item",
    "  1. nested",
    "> quote",
    "| a | b |",
    "|---|---|",
    "[![badge](https://img.shields.io/x.svg)](https://ci)",
    "[link][ref]",
    "[ref]: https://example.com",
    "`code` and https://example.com",
    "",
    "plain text",
    "小工具 🚀",
    "一个用于处理表格数据的小工具。",
    "Una herramienta para revisar las columnas de la tabla y de los datos que se usan.",
    "The tool checks the columns of a table for you.",
]
RST_LINES = [
    "Title",
    "=====",
    "-----",
    "~~~~~",
    "Sub",
    ".. code-block:: python",
    ".. image:: https://img.shields.io/x.svg",
    "   :target: https://ci",
    "   :alt: badge",
    ".. |ci| image:: b.svg",
    "|ci|",
    ".. _link: https://example.com",
    "`link`_ and `text <https://x>`_",
    "Literal::",
    "    code",
    ".. raw:: html",
    "+---+---+",
    "| a | b |",
    "=== ===",
    "* item",
    "",
    "``literal``",
]


def lines_of(pool: list[str]) -> st.SearchStrategy[str]:
    line = st.one_of(st.sampled_from(pool), st.text(max_size=30))
    ending = st.sampled_from(["\n", "\r\n", "\r"])
    return st.lists(st.tuples(line, ending), max_size=40).map(
        lambda parts: "".join(text + end for text, end in parts)
    )


def check_coverage(analysis: ReadmeAnalysis, text: str) -> None:
    """Every line belongs to the preamble or exactly one section, in order, with its body."""
    n = analysis.line_count
    assert analysis.preamble.level == 0 and analysis.preamble.line == 1
    expected_start = 1
    for section in analysis.all_sections:
        assert section.line == expected_start
        assert section.end_line >= section.line - 1
        expected_start = section.end_line + 1
    assert expected_start == n + 1
    for section in analysis.sections:
        assert section.end_line >= section.line
        assert 1 <= section.level <= 6
        assert section.categories <= set(CATEGORIES)
    # A README the classifier cannot read gets no categories at all.
    unread = analysis.unread_language
    assert unread is None or unread == "not in English" or unread.startswith("mostly in ")
    if unread is not None:
        assert not any(s.categories for s in analysis.all_sections)
    # The line count follows the editor's idea of a line.
    normalised = text.replace("\r\n", "\n").replace("\r", "\n")
    expected = len(normalised.split("\n")) - (1 if normalised.endswith("\n") else 0)
    assert n == (expected if normalised else 0)
    for item in (*analysis.code_blocks, *analysis.images, *analysis.links, *analysis.tables):
        assert 1 <= item.line <= max(n, 1)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines_of(MARKDOWN_LINES))
def test_markdown_never_raises_and_covers(text: str) -> None:
    check_coverage(analyze_readme(text), text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines_of(RST_LINES))
def test_rst_never_raises_and_covers(text: str) -> None:
    check_coverage(analyze_readme(text, "rst"), text)


@settings(max_examples=200, deadline=None)
@given(st.text(), st.sampled_from(["markdown", "rst", "text", "other", ""]))
def test_any_text_any_format(text: str, fmt: str) -> None:
    check_coverage(analyze_readme(text, fmt), text)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=2000))
def test_bytes_are_decoded_not_fatal(data: bytes) -> None:
    analysis = analyze_readme(data)
    check_coverage(analysis, data.decode("utf-8", errors="replace"))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200), st.text(max_size=2000))
def test_classify_section_returns_known_labels(heading: str, text: str) -> None:
    from checks.readme import classify_section

    assert classify_section(heading, text) <= set(CATEGORIES)


def test_empty_readme() -> None:
    analysis = analyze_readme("")
    assert analysis.sections == ()
    assert (analysis.preamble.line, analysis.preamble.end_line) == (1, 0)
    assert analysis.title is None
    assert analysis.word_count == 0
    assert not analysis.has("what")


@contextmanager
def must_finish_within(seconds: int) -> Iterator[None]:
    """Fail instead of hanging if the scanner went quadratic: a guard, not a benchmark (the
    limit is many times what a linear scan needs, even on a loaded machine)."""

    def give_up(*_args: object) -> None:
        raise AssertionError(f"did not finish within {seconds} s: not linear?")

    previous = signal.signal(signal.SIGALRM, give_up)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


BLOCK = (
    "## Usage\n\nRun `tool --fast` [docs](https://example.com/docs) "
    "![badge](https://img.shields.io/b.svg) <a href='x'>x</a>\n\n```sh\n# not a heading\n```\n\n"
)


@pytest.mark.parametrize("fmt", ["markdown", "rst"])
def test_ten_megabytes_finish(fmt: str) -> None:
    text = (BLOCK * (10_000_000 // len(BLOCK) + 1))[:10_000_000]
    with must_finish_within(300):
        analysis = analyze_readme(text, fmt)
    if fmt == "markdown":
        assert len(analysis.sections) == text.count("## Usage")
        assert analysis.code_blocks[0].text == "# not a heading"


@pytest.mark.parametrize(
    "text",
    [
        ">" * 5000 + " deep quote\n",
        "".join("  " * i + "- item\n" for i in range(5000)),
        "[" * 1_000_000,
        "![" * 500_000,
        "<a href=" * 200_000,
        "`" * 1_000_000,
        "```\n" + "# inside an unclosed fence\n" * 100_000,
        "<!--\n" + "## hidden\n" * 100_000,
        ("word [link](x) ![i](y) <img src='z'> https://e.com " * 100_000),
        bytes(range(256)).decode("latin-1") * 2000,
        "](" * 500_000,
        "<" * 1_000_000,
        # A run of backticks in prose (not opening a fence), and one after a link opener with
        # a reference defined: each code-span start used to retry every shorter run.
        "x " + "`" * 1_000_000,
        "[a]: https://x\n\n[" + "`" * 1_000_000,
    ],
    ids=[
        "5000-level-quote",
        "5000-level-list",
        "brackets",
        "image-openers",
        "unclosed-tags",
        "backticks",
        "unclosed-fence",
        "unclosed-comment",
        "one-long-line",
        "binary",
        "link-target-openers",
        "angle-brackets",
        "backticks-in-prose",
        "backticks-in-a-label",
    ],
)
def test_hostile_input_is_survived(text: str) -> None:
    with must_finish_within(120):
        for fmt in ("markdown", "rst"):
            check_coverage(analyze_readme(text, fmt), text)


def test_unclosed_fence_and_comment_hide_their_headings() -> None:
    assert analyze_readme("```\n# inside\n").sections == ()
    assert analyze_readme("<!--\n# hidden\n").sections == ()
