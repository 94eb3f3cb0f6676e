"""Properties over generated input: README rendering, and the check's Markdown and text reports.

For any input, the HTML has no script, no event-handler attribute and no javascript:/data:
URL, judged on the tree BeautifulSoup builds (not by searching the raw string). The Markdown
report is turned into HTML by a CommonMark parser with raw HTML allowed, which is stricter
than GitHub (GitHub sanitises afterwards), so whatever our escaping lets through shows here.
tests/readme_html/test_xss.py has a property of its own over attack fragments; this one adds
nesting, long runs and arbitrary Unicode, and the reports.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup
from hostile_kit import BIDI_AND_CONTROL, executable_parts
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from checks.model import Finding, Fix, FixSafety, Severity, Target
from checks.report import render
from checks.runner import Report
from checks.score import Scores
from portfolio.readme import render_readme
from portfolio.snapshot import Readme, Repo

REPO = Repo(name="kit", owner="octo", default_branch="main")
DOCS = "https://github.com/portfolio-kit/portfolio-kit/blob/main/docs/rules.md#"
MENTION = re.compile(r"(?<![\w.])@[A-Za-z0-9]")
OUR_COLOURS = re.compile(r"\x1b\[[0-9;]*m")

PIECES = st.sampled_from([
    "<script>", "</script>", "<img src=x onerror=alert(1)>", "<a href='javascript:x'>", "<svg ",
    " onload=", "javascript:", "JaVa\tScRiPt:", "data:text/html,", "&#106;", "&colon;", "`",
    "``", "```", "\\", "[", "]", "(", ")", "![", "](", "<", ">", "&", "@octocat", "#1", "|",
    "\u202e", "\x1b[2J", "\x00", "\n", "\n\n", "  ", "- ", "> ", "* ", "1. ", "<!--", "-->",
    "<https://evil.example>", "https://evil.example", "<details>", "<div align=center>",
    ".. raw:: html\n\n   ", ".. include:: /etc/hostname\n", "`x <javascript:y>`_", "::",
])  # fmt: skip
TEXT = st.one_of(
    st.lists(PIECES, max_size=40).map("".join),
    st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=30).map("".join),
    # Runs: nesting and repetition that stress the parsers without costing minutes.
    st.tuples(PIECES, st.integers(1, 150)).map(lambda t: t[0] * t[1]),
)


def markdown_html(text: str) -> str:
    return MarkdownIt("commonmark", {"html": True}).enable("table").render(text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXT, fmt=st.sampled_from(["markdown", "rst", "text"]))
def test_any_readme_renders_to_inert_html(text: str, fmt: str) -> None:
    html = render_readme(Readme("README.x", fmt, text), REPO).html
    assert executable_parts(html) == []
    assert "<script" not in html.lower()


def report_of(message: str, repo_name: str, fix: str, command: str) -> Report:
    repo = f"octo/{repo_name}"
    finding = Finding(
        "REP901",
        "repo-description",
        Severity.WARNING,
        Target.REPO,
        message,
        fix=Fix(fix, FixSafety.DISPLAY_ONLY, command=command or None),
        repo=repo,
        file=f"{repo_name}.md",
        line=3,
    )
    return Report(
        findings=(finding,),
        scores=Scores(overall=50, repos={repo: 50}),
        rules=(),
        subject=repo_name,
        showcase=frozenset({repo}),
        repos=(repo,),
    )


@settings(max_examples=200, deadline=None)
@given(message=TEXT, name=TEXT, fix=TEXT, command=TEXT)
def test_markdown_report_of_any_text_injects_nothing(message, name, fix, command) -> None:
    markdown = render(report_of(message, name, fix, command), "markdown")
    assert BIDI_AND_CONTROL.search(markdown) is None
    html = markdown_html(markdown)
    assert executable_parts(html) == []
    soup = BeautifulSoup(html, "html.parser")
    assert soup.find_all("img") == []
    assert all(a.get("href", "").startswith(DOCS) for a in soup.find_all("a"))
    for text in soup.find_all(string=True):
        if text.parent.name != "code":
            # GitHub links @name only after a non-word character ("me@host" is no mention).
            assert MENTION.search(text) is None, text


@settings(max_examples=200, deadline=None)
@given(message=TEXT, name=TEXT, fix=TEXT, command=TEXT)
def test_text_report_of_any_text_cannot_repaint_the_terminal(message, name, fix, command):
    for color in (False, True):
        text = render(report_of(message, name, fix, command), "text", color=color)
        # Our own colour codes are the only escapes allowed: ESC [ digits ; m, nothing else.
        assert BIDI_AND_CONTROL.search(OUR_COLOURS.sub("", text)) is None
