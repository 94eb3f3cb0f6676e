"""render_readme: the shape of its result on a small README."""

from __future__ import annotations

from portfolio.readme import render_readme
from portfolio.snapshot import Readme, Repo

REPO = Repo(name="kit", owner="octo", default_branch="main")


def test_title_summary_toc_and_dropped_leading_h1() -> None:
    rendered = render_readme(
        Readme("README.md", "markdown", "# Kit\n\nKit sorts things.\n\n## Install\n"), REPO
    )
    assert rendered.title == "Kit"
    assert rendered.summary == "Kit sorts things."
    assert rendered.toc == ((2, "Install", "user-content-install"),)
    assert rendered.html == ('<p>Kit sorts things.</p>\n<h2 id="user-content-install">Install</h2>')
