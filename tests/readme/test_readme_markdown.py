"""Small Markdown cases, one rule of the scanner each: what is a heading and what is not."""

from __future__ import annotations

import pytest

from checks.readme import analyze_readme


def headings(text: str) -> list[tuple[str, int, str]]:
    return [(s.heading, s.level, s.style) for s in analyze_readme(text).sections]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("# Title #\n", [("Title", 1, "atx")]),
        ("   ### Indented three\n", [("Indented three", 3, "atx")]),
        ("    # four spaces is code\n", []),
        ("##Tight\n", [("Tight", 2, "atx")]),
        ("#Capital\n", [("Capital", 1, "atx")]),
        ("#define X 1\n#!/bin/sh\n#hashtag\n", []),
        ("###方式一\n", [("方式一", 3, "atx")]),
        ("Title\n=====\n", [("Title", 1, "setext")]),
        ("Sub\n---\n", [("Sub", 2, "setext")]),
        ("Text\n\n---\n", []),
        ("one\ntwo\nthree\nfour\n---\n", []),
        ("- item\n---\n", []),
        ("```\n# code\n```\n", []),
        ("~~~~\n# code\n~~~\n# still code\n~~~~\n", []),
        ("<!--\n# hidden\n-->\n# shown\n", [("shown", 1, "atx")]),
        ("<!-- note --> # not a heading\n", []),
        ("> # quoted\n", []),
        (
            '<h1 align="center">\n  <img src="logo.png" alt="Logo">\n  Name\n</h1>\n',
            [("Name", 1, "html")],
        ),
        ('<div align="center"><h2>Inside</h2></div>\n', [("Inside", 2, "html")]),
        ("<H3>Upper</H3>\n", [("Upper", 3, "html")]),
        ("# T\n\n**Features**\n\ntext\n", [("T", 1, "atx"), ("Features", 2, "bold")]),
        ("**Usage:**\n\ntext\n", [("Usage", 2, "bold")]),
        ("# T\n## S\n\n**Name**\n\ntext\n", [("T", 1, "atx"), ("S", 2, "atx")]),
        ("**Label**\n- item\n", []),
        ("**This is a sentence.**\n\nx\n", []),
        ("**Copyright (c) 2020 Jane**\n\nx\n", []),
        ("## mod\\_auth\\_openid\n", [("mod_auth_openid", 2, "atx")]),
        ("## [Easy](http://x) ![b](https://img.shields.io/b.svg)\n", [("Easy", 2, "atx")]),
        ("## 🚀 Features ✨\n", [("🚀 Features ✨", 2, "atx")]),
        ("##\n", [("", 2, "atx")]),
    ],
)
def test_headings(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert headings(text) == expected


def test_indented_code_right_after_a_heading() -> None:
    analysis = analyze_readme("## Install\n    pip install x\n\nText\n    more text\n")
    assert [(c.text, c.line, c.fenced) for c in analysis.code_blocks] == [
        ("pip install x", 2, False)
    ]


def test_fenced_code_indented_under_a_list_item() -> None:
    # Llama2-Medical-Chatbot: numbered steps, each with its fenced commands indented under it.
    text = (
        "## Installation\n\n1. Clone it.\n\n    ```bash\n    git clone x\n    # then\n"
        "    ```\n\n2. Install:\n\n    ```\n    pip install -r requirements.txt\n    ```\n\n"
        "## Usage\n\n- a\n\n        ```\n        indented code, not a fence\n"
    )
    analysis = analyze_readme(text)
    assert [(c.text, c.line, c.language, c.fenced) for c in analysis.code_blocks] == [
        ("git clone x\n# then", 5, "bash", True),
        ("pip install -r requirements.txt", 12, None, True),
    ]
    assert [s.heading for s in analysis.sections] == ["Installation", "Usage"]
    # Outside a list, four spaces make indented code, whose text may hold a fence.
    (block,) = analyze_readme("Text.\n\n    ```\n    x\n    ```\n").code_blocks
    assert (block.text, block.fenced) == ("```\nx\n```", False)


def test_a_pre_block_under_a_line_of_inline_html_is_code() -> None:
    # TFODCourse: "<b>Step 4.</b> Install dependencies" then the commands in <pre>.
    text = (
        "## Steps\n<b>Step 4.</b> Install dependencies\n<pre>\npip install ipykernel\n</pre>\n"
        "<br/>\n<b>Step 5.</b> Collect images\n"
    )
    analysis = analyze_readme(text)
    assert [(c.text.strip(), c.line, c.fenced) for c in analysis.code_blocks] == [
        ("pip install ipykernel", 3, False)
    ]
    # "<b>Step 4.</b> ..." is a paragraph (a <b> tag followed by text starts no HTML block);
    # the lone "<br/>" starts one, which runs to the next blank line.
    assert [b.line for b in analysis.html_blocks] == [3, 6]


def test_reference_links_and_badges() -> None:
    text = (
        "[![Build][build-img]][build]\n\n"
        "See the [guide][] and <https://example.com/a>.\n\n"
        "[build-img]: https://travis-ci.org/o/r.svg?branch=main\n"
        "[build]: https://travis-ci.org/o/r\n"
        "[guide]: docs/guide.md\n"
    )
    analysis = analyze_readme(text)
    assert [(b.src, b.link) for b in analysis.badges] == [
        ("https://travis-ci.org/o/r.svg?branch=main", "https://travis-ci.org/o/r")
    ]
    assert [(link.url, link.kind) for link in analysis.links] == [
        ("https://travis-ci.org/o/r", "absolute"),
        ("docs/guide.md", "relative"),
        ("https://example.com/a", "absolute"),
    ]


def test_shortcut_reference_links_and_images() -> None:
    # mdBook's README: "Check out the **[User Guide]** for ... installation and usage".
    text = (
        "# mdBook\n\n"
        "Check out the **[User Guide]** and ![logo].\n\n"
        "- [x] done, [WIP] and [undefined] stay text\n\n"
        "[User Guide]: https://rust-lang.github.io/mdBook/\n"
        "[logo]: img/logo.png\n"
    )
    analysis = analyze_readme(text)
    assert [(link.text, link.url, link.line) for link in analysis.links] == [
        ("User Guide", "https://rust-lang.github.io/mdBook/", 3),
    ]
    assert [(image.src, image.alt) for image in analysis.images] == [("img/logo.png", "logo")]


def test_references_whose_label_holds_code() -> None:
    # anyhow: "[`std::error::Error`]" with its definition further down.
    text = (
        "# anyhow\n\nUse [`std::error::Error`] or [its `source`][`Std::Error::Error`]; "
        "[`undefined`] stays text.\n\n"
        "[`std::error::Error`]: https://doc.rust-lang.org/std/error/trait.Error.html\n"
    )
    url = "https://doc.rust-lang.org/std/error/trait.Error.html"
    assert [(link.text, link.url) for link in analyze_readme(text).links] == [
        ("std::error::Error", url),
        ("its source", url),
    ]


def test_line_endings() -> None:
    analysis = analyze_readme("# A\r\ntext\r\n## B\rmore\n")
    assert [(s.heading, s.line, s.end_line) for s in analysis.sections] == [
        ("A", 1, 2),
        ("B", 3, 4),
    ]


def test_link_and_alt_text_running_over_lines() -> None:
    # knitr wraps R READMEs at 72 columns, inside the badges' alt text.
    text = (
        "# dplyr\n\n"
        "[![CRAN\nstatus](https://www.r-pkg.org/badges/version/dplyr)](https://cran.r-project.org/package=dplyr)\n"
        "[![R-CMD-check](https://github.com/t/d/actions/workflows/check.yaml/badge.svg)](https://x.org)\n"
        "[![Codecov test\ncoverage](https://codecov.io/gh/t/d/badge.svg)](https://app.codecov.io/gh/t/d)\n\n"
        "See [the data\ntransformation chapter](https://r4ds.hadley.nz/data-transform) and\n"
        "<https://dplyr.tidyverse.org>.\n"
    )
    analysis = analyze_readme(text)
    assert [(b.alt, b.line) for b in analysis.badges] == [
        ("CRAN status", 3),
        ("R-CMD-check", 5),
        ("Codecov test coverage", 6),
    ]
    links = sorted((link.line, link.text) for link in analysis.links)
    assert links[-2:] == [
        (9, "the data transformation chapter"),
        (11, "https://dplyr.tidyverse.org"),
    ]


def test_an_unclosed_bracket_joins_no_more_than_its_paragraph() -> None:
    # A blank line ends the paragraph: "[note" and "that closes](...)" are no link.
    text = "# x\n\nA [note\n\nthat closes](https://x.org) here.\n\n[docs](https://x.org/docs)\n"
    assert [(link.line, link.url) for link in analyze_readme(text).links] == [
        (7, "https://x.org/docs")
    ]
    # Nor does a bracket left open run on for more than a few lines.
    text = "# x\n\n[a\nb\nc\nd\ne\nf](https://x.org/f)\n"
    assert analyze_readme(text).links == ()


def test_front_matter_is_settings_not_a_heading_or_prose() -> None:
    # A Hugging Face Space: `sdk: gradio` above `---` is no setext heading.
    text = "---\ntitle: Chat Demo\nsdk: gradio\n---\n\nAn example chatbot.\n\n## Usage\n\nRun.\n"
    analysis = analyze_readme(text)
    assert [(s.heading, s.line) for s in analysis.sections] == [("Usage", 8)]
    assert analysis.preamble.word_count == 3  # "An example chatbot."
    # A rule above and below a sentence is no front matter.
    assert (
        analyze_readme("---\nA tool: it sorts.\n---\n").sections[0].heading == "A tool: it sorts."
    )


def test_a_hand_written_anchor_above_a_heading_leaves_the_heading_a_heading() -> None:
    # awesome-machine-learning: `<a name="apl"></a>` then `## APL`, 130 times. A tag followed
    # by more on its line starts no HTML block (CommonMark), so the heading ends the paragraph.
    text = (
        '# List\n\n<a name="apl"></a>\n## APL\n\n* [naive-apl](https://x.org)\n\n'
        '<a name="c"></a>\n#### General-Purpose\n\n'
        # A tag alone on its line, or a block tag, does start a block: the heading under it
        # is part of it, as on GitHub.
        '<img src="logo.png">\n## not a heading\n\n<div>\n## nor this\n</div>\n\n'
        "Text\n<span>\n## but this is\n"
    )
    analysis = analyze_readme(text)
    assert [(s.heading, s.level, s.line) for s in analysis.sections] == [
        ("List", 1, 1),
        ("APL", 2, 4),
        ("General-Purpose", 4, 9),
        ("but this is", 2, 20),
    ]
    assert [b.line for b in analysis.html_blocks] == [11, 14]
