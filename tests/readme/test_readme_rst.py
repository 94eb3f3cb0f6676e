"""Small reStructuredText cases, one rule of the scanner each."""

from __future__ import annotations

from checks.readme import analyze_readme


def outline(text: str) -> list[tuple[str, int, int]]:
    return [(s.heading, s.level, s.line) for s in analyze_readme(text, "rst").sections]


def test_levels_follow_the_order_styles_appear_in() -> None:
    text = "=====\nTitle\n=====\n\nA\n---\n\nB\n~~~\n\nC\n---\n"
    assert outline(text) == [("Title", 1, 1), ("A", 2, 5), ("B", 3, 8), ("C", 2, 11)]


def test_overline_and_underline_are_different_styles() -> None:
    text = "=====\nTop\n=====\n\nNext\n====\n"
    assert outline(text) == [("Top", 1, 1), ("Next", 2, 5)]


def test_short_underline_and_transition_are_not_titles() -> None:
    assert outline("A long title\n===\n") == []
    assert outline("Text.\n\n----------\n\nMore text.\n") == []
    # docutils accepts an underline of 4 or more characters even when it is short.
    assert outline("A long title\n====\n") == [("A long title", 1, 1)]


def test_indented_lines_are_never_titles() -> None:
    assert outline("Intro::\n\n    code\n    ====\n") == []


def test_literal_blocks_and_directives() -> None:
    text = (
        "Title\n=====\n\n"
        "Run this:\n\n::\n\n    make all\n\n"
        ".. code:: shell\n   :linenos:\n\n   ./configure\n\n"
        ".. note::\n\n   A note is prose, not code.\n\n"
        ".. This is a comment, with a URL https://hidden.example\n\n"
        '.. raw:: html\n\n   <p align="center">x</p>\n'
    )
    analysis = analyze_readme(text, "rst")
    assert [(c.language, c.text, c.fenced) for c in analysis.code_blocks] == [
        (None, "make all", False),
        ("shell", "./configure", True),
    ]
    assert [link.url for link in analysis.links] == []
    assert len(analysis.html_blocks) == 1
    assert analysis.sections[0].word_count > 8  # the note's words count as prose


def test_tables() -> None:
    grid = "+---+---+\n| a | b |\n+===+===+\n| 1 | 2 |\n+---+---+\n| 3 | 4 |\n+---+---+\n"
    simple = "=====  =====\nA      B\n=====  =====\n1      2\n3      4\n=====  =====\n"
    tables = analyze_readme(grid + "\n" + simple, "rst").tables
    assert [(t.line, t.rows, t.columns) for t in tables] == [(1, 2, 2), (9, 2, 2)]


def test_figure_alt_and_target() -> None:
    text = ".. figure:: docs/shot.png\n   :alt: A screenshot\n   :target: https://example.com\n"
    analysis = analyze_readme(text, "rst")
    assert [(i.src, i.alt, i.link, i.badge) for i in analysis.images] == [
        ("docs/shot.png", "A screenshot", "https://example.com", False)
    ]


def test_link_text_running_onto_the_next_line() -> None:
    # paramiko: "please visit `our\nmain project website <https://paramiko.org>`_".
    text = (
        "x\n=\n\nFor installation information, please visit `our\n"
        "main project website <https://paramiko.org>`_; for API details, see `the\n"
        "versioned docs`_. A ``literal with ` inside`` is no link.\n\n"
        ".. _the versioned docs: https://docs.paramiko.org\n"
    )
    links = [(link.line, link.text, link.url) for link in analyze_readme(text, "rst").links]
    assert links == [
        (4, "our main project website", "https://paramiko.org"),
        (4, "the versioned docs", "https://docs.paramiko.org"),
    ]


def test_footnotes_are_read_as_text() -> None:
    # paramiko keeps the link to its installation page in a footnote.
    text = (
        "paramiko\n========\n\nParamiko is a pure-Python [#]_ implementation of SSH.\n\n"
        ".. [#]\n    It relies on `cryptography <https://cryptography.io>`_; see `our\n"
        "    installation page <https://www.paramiko.org/installing.html>`_.\n\n"
        ".. [CIT2002] A citation, https://example.org/cit.\n\n"
        ".. a comment with https://example.org/hidden\n"
    )
    analysis = analyze_readme(text, "rst")
    assert [link.url for link in analysis.links] == [
        "https://cryptography.io",
        "https://www.paramiko.org/installing.html",
        "https://example.org/cit",
    ]
    assert "installation page" in analysis.sections[0].text
