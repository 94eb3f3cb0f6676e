"""reStructuredText READMEs: rendered by docutils with file and raw directives disabled."""

from __future__ import annotations

from portfolio.readme import render_readme
from portfolio.snapshot import Readme, Repo

REPO = Repo(name="numpy-cnn", owner="octo", default_branch="dev")


def rendered(text: str, path: str = "README.rst"):
    return render_readme(Readme(path, "rst", text), REPO)


def test_sections_links_images_and_code() -> None:
    out = rendered(
        "numpy-cnn\n=========\n\nA tiny CNN; see `the guide <docs/guide.rst>`_ and `Usage`_.\n\n"
        ".. image:: img/arch.png\n   :alt: Architecture\n\n"
        "Usage\n-----\n\n.. code:: python\n\n   import numpy\n"
    )
    assert out.title == "numpy-cnn"
    assert out.summary == "A tiny CNN; see the guide and Usage."
    assert out.toc == ((2, "Usage", "user-content-usage"),)
    assert "<h1" not in out.html  # the title repeats the repository name
    assert (
        '<a href="https://github.com/octo/numpy-cnn/blob/dev/docs/guide.rst" '
        'rel="nofollow noopener">the guide</a>'
    ) in out.html
    assert '<a href="#user-content-usage" rel="nofollow noopener">Usage</a>' in out.html
    assert (
        '<img alt="Architecture" loading="lazy" '
        'src="https://raw.githubusercontent.com/octo/numpy-cnn/dev/img/arch.png">'
    ) in out.html
    assert '<h2 id="user-content-usage">Usage</h2>' in out.html
    assert '<span class="kn">import</span>' in out.html


def test_include_is_disabled(tmp_path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE")
    out = rendered(f"Intro.\n\n.. include:: {secret}\n\n.. literalinclude:: {secret}\n")
    assert "TOP-SECRET-VALUE" not in out.html
    assert out.html == "<p>Intro.</p>"


def test_raw_and_file_options_are_disabled(tmp_path) -> None:
    secret = tmp_path / "data.csv"
    secret.write_text("TOP,SECRET\n")
    out = rendered(
        "Intro.\n\n.. raw:: html\n\n   <script>alert(1)</script><b>raw</b>\n\n"
        f".. raw:: html\n   :file: {secret}\n\n"
        f".. csv-table:: Data\n   :file: {secret}\n"
    )
    assert out.html == "<p>Intro.</p>"


def test_admonitions_become_alerts_and_footnotes_link() -> None:
    out = rendered(".. warning:: Hot.\n\nClaim [#]_.\n\n.. [#] Source.\n")
    assert out.html.startswith(
        '<div class="markdown-alert markdown-alert-warning">'
        '<p class="markdown-alert-title">Warning</p>'
    )
    assert 'href="#user-content-footnote-1"' in out.html
    assert 'id="user-content-footnote-1"' in out.html
    assert 'href="#user-content-footnote-reference-1"' in out.html


def test_ids_are_unique() -> None:
    import re

    out = rendered("Title\n=====\n\nA\n-\n\nA\n-\n\n.. _a:\n\nText.\n")
    ids = re.findall(r'id="([^"]+)"', out.html)
    assert len(ids) == len(set(ids)), ids


def test_javascript_links_are_dropped() -> None:
    assert rendered("`x <javascript:alert(1)>`_\n").html == (
        '<p><a rel="nofollow noopener">x</a></p>'
    )


def test_simple_lists_are_tight_and_lists_of_paragraphs_are_not() -> None:
    # pip's README: lists of links, one line an item, shown without paragraph spacing as
    # GitHub shows them; an item of two paragraphs keeps them.
    out = rendered(
        "x\n=\n\n* `Installation`_\n* Usage\n\n  1. run\n  2. read\n\n"
        "Then:\n\n* long item\n\n  with a second paragraph\n\n* short\n\n"
        ".. _Installation: https://pip.pypa.io/\n"
    )
    assert (
        '<li><a href="https://pip.pypa.io/" rel="nofollow noopener">Installation</a></li>'
        in out.html
    )
    assert "<li>Usage<ol>\n<li>run</li>\n<li>read</li>" in out.html
    assert "<li><p>long item</p>\n<p>with a second paragraph</p>" in out.html
    assert "<li><p>short</p></li>" in out.html
