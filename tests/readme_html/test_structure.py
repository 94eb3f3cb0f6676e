"""Shaping sanitised README HTML: exact results on the cases its own small parser must get right.

The expected HTML is what the previous, BeautifulSoup-based shaping produced for the same
README: the faster reader must keep pages byte for byte as they were.
"""

from __future__ import annotations

import pytest

from portfolio.readme import render_readme
from portfolio.readme.structure import shape, unnamed_content
from portfolio.snapshot import Readme, Repo

REPO = Repo(owner="ada", name="kit", default_branch="main")


def _render(text: str):
    return render_readme(Readme("README.md", "markdown", text), REPO)


def test_nested_alerts_become_nested_boxes() -> None:
    rendered = _render("> [!NOTE]\n> Read this.\n>\n> > [!WARNING]\n> > Careful.\n")
    assert rendered.html == (
        '<div class="markdown-alert markdown-alert-note"><p class="markdown-alert-title">Note</p>'
        '\n<p>Read this.</p>\n<div class="markdown-alert markdown-alert-warning">'
        '<p class="markdown-alert-title">Warning</p>\n<p>Careful.</p>\n</div>\n</div>'
    )


def test_ids_that_repeat_a_heading_or_another_id_are_dropped() -> None:
    rendered = _render(
        '<p id="a">one</p>\n<span id="a">two</span>\n\n## A\n\n'
        '<div id="user-content-a">three</div>\n'
    )
    assert rendered.html == (
        '<p>one</p>\n<p><span>two</span></p>\n<h2 id="user-content-a">A</h2>\n'
        # Closed on its own line: raw HTML, as on GitHub, so no paragraph inside.
        "<div>three</div>"
    )
    assert rendered.toc == ((2, "A", "user-content-a"),)


def test_empty_paragraphs_empty_classes_and_text_inputs_are_dropped() -> None:
    rendered = _render('<p>&nbsp;</p>\n\n<p class="zz">kept</p>\n\n<input type="text" value="x">\n')
    assert rendered.html == "<p>kept</p>"
    assert rendered.summary == "kept"


def test_whitespace_is_kept_in_code_and_folded_elsewhere() -> None:
    rendered = _render("```\n\n\n  x   \n\n```\n\n<div>\n\n\n</div>\n")
    assert rendered.html == (
        '<div class="highlight"><pre><span></span><code>  x   \n</code></pre></div>\n<div></div>'
    )


def test_attributes_come_out_in_alphabetical_order_and_escaped() -> None:
    rendered = _render('<img src="b.png" alt="Logo" width="40" title="t &amp; &quot;q&quot;">\n')
    assert rendered.html == (
        '<p><img alt="Logo" loading="lazy" src="https://raw.githubusercontent.com/ada/kit/main/b.png"'
        ' title="t &amp; &quot;q&quot;" width="40"></p>'
    )


def test_a_title_after_only_a_logo_is_dropped_and_read() -> None:
    rendered = _render(
        '<p align="center"><img src="logo.png" alt=""></p>\n\n# Kit\n\nSorts things fast.\n'
    )
    assert rendered.title == "Kit"
    assert rendered.summary == "Sorts things fast."
    assert "<h1" not in rendered.html and rendered.toc == ()


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        # An end tag closes the nearest open element of its name and those inside it.
        ("<div><p>a<span>b</div>c", "<div><p>a<span>b</span></p></div>c"),
        # An end tag with nothing of its name open is ignored.
        ("<p>a</span>b</p>", "<p>ab</p>"),
        # Void elements have no end tag and no children.
        ("<p>a<br>b<img src=x>c</p>", '<p>a<br>b<img src="x">c</p>'),
    ],
)
def test_the_reader_recovers_like_html_parser(html: str, expected: str) -> None:
    assert shape(html, "kit").html == expected


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ('<img src="shot.png">\n', (1, 0)),
        ("![A plot of the loss](loss.png)\n", (0, 0)),
        # A badge written with an empty alt text: the image is decorative, its link nameless.
        ("[![](https://img.shields.io/badge/ci-ok-green)](https://ci.example.org)\n", (0, 1)),
        ('<a href="https://x.org"><img src="logo.png"></a>\n', (1, 1)),
        # Text or a described image names the link.
        ('<a href="https://x.org"><img src="logo.png"> Kit</a>\n', (1, 0)),
        ("[![CI](https://img.shields.io/badge/ci-ok-green)](https://ci.example.org)\n", (0, 0)),
        # A spacer one pixel wide is given an empty alt text: decorative, not counted.
        ('<img src="spacer.gif" width="1" height="64">\n', (0, 0)),
    ],
)
def test_what_screen_readers_cannot_describe_is_counted(text: str, counts: tuple[int, int]) -> None:
    rendered = _render(text)
    # Counted while shaping, kept with the rendered README; the same on its final HTML.
    assert rendered.unnamed == counts
    assert unnamed_content(rendered.html) == counts


def test_a_one_pixel_spacer_gets_an_empty_alt_text() -> None:
    html = _render('<p><img src="https://x.org/spacer.gif" width="1" height="64"></p>\n').html
    assert (
        html
        == '<p><img alt="" height="64" loading="lazy" src="https://x.org/spacer.gif" width="1"></p>'
    )


def test_links_leave_a_summary_for_a_paragraph_under_it() -> None:
    # yolov5's Colab badges and a smolagents provider link sit in <summary>, the box's button:
    # a control inside a control (axe: nested-interactive). The badge moves with its link;
    # a text link leaves its words in the summary.
    html = _render(
        '<details>\n<summary>Segmentation &nbsp;<a href="https://colab.example/x">'
        '<img src="https://colab.example/badge.svg" alt="Open In Colab"></a></summary>\n\n'
        "Run it.\n\n</details>\n\n"
        '<details>\n<summary><b>All <a href="https://hf.example/docs">providers</a></b>'
        "</summary>\n\nText.\n\n</details>\n"
    ).html
    assert html == (
        "<details>\n<summary>Segmentation &nbsp;</summary>\n"
        '<p><a href="https://colab.example/x" rel="nofollow noopener"><img alt="Open In Colab" '
        'loading="lazy" src="https://colab.example/badge.svg"></a></p>\n<p>Run it.</p>\n'
        "</details>\n<details>\n<summary><b>All providers</b></summary>\n"
        '<p><a href="https://hf.example/docs" rel="nofollow noopener">providers</a></p>\n'
        "<p>Text.</p>\n</details>"
    )


def test_a_summary_outside_details_keeps_its_links() -> None:
    assert shape('<summary><a href="https://x.example/">x</a></summary>', "kit").html == (
        '<summary><a href="https://x.example/">x</a></summary>'
    )
