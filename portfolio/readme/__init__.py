"""README -> safe HTML for project pages, rendered close to how GitHub shows it.

Public interface::

    from portfolio.readme import render_readme

    rendered = render_readme(repo.readme, repo)
    rendered.html      # safe to embed as is (sanitised, links pointing at GitHub)
    rendered.toc       # [(level, text, anchor)], anchor without "#"
    rendered.title     # the README's first H1 as plain text, or None
    rendered.summary   # its first real paragraph as plain text ("" if none)

The steps: markup to HTML (``markup``), sanitise and rewrite URLs (``sanitize``), alerts and
heading anchors (``structure``), then sanitise once more so that the last word is nh3's.
``toc``, ``title`` and ``summary`` are plain text: escape them like any other text.
"""

from __future__ import annotations

import dataclasses
import html
import re
from dataclasses import dataclass

from portfolio.readme import limits
from portfolio.readme.markup import text_to_html, to_html
from portfolio.readme.sanitize import ID_PREFIX, sanitize
from portfolio.readme.structure import github_slug, nesting_depth, shape, unnamed_content
from portfolio.snapshot import Readme, Repo

__all__ = ["ID_PREFIX", "RenderedReadme", "github_slug", "render_readme"]


@dataclass(frozen=True)
class RenderedReadme:
    """A README ready for a project page."""

    html: str
    """Safe HTML: no script, no event handler, only http(s)/mailto links, lazy images."""
    toc: tuple[tuple[int, str, str], ...]
    """The headings left in ``html``: (level 1-6, plain text, anchor id without ``#``)."""
    title: str | None
    """The text of the README's leading H1, if it has one (dropped from ``html`` when it only
    repeats the repository's name)."""
    summary: str
    """Plain text of the first paragraph that is more than badges; empty if there is none."""
    unnamed: tuple[int, int]
    """What screen readers cannot describe in ``html``: how many images have no alt text,
    and how many links are made only of images without one (``unnamed_content``)."""


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

# Real READMEs nest a dozen elements at most; thousands of nested quotes, lists or divs are
# an attack on the parsers' recursion, so such a README is shown without the extras.
MAX_DEPTH = 200


def render_readme(readme: Readme, repo: Repo) -> RenderedReadme:
    """Render ``readme`` of ``repo`` (Markdown, reStructuredText or text) to safe HTML.

    A README over ``limits.MAX_CHARS`` is rendered truncated, with a note linking to the whole
    one on GitHub; one nested deeper than any real README is shown as plain text.
    """
    text, truncated = limits.truncate(readme.text)
    # Control characters (NUL, ESC) are invalid in HTML; GitHub drops or replaces them too.
    cleaned = _CONTROL.sub("", text)
    if truncated or cleaned != readme.text:
        text = cleaned
        readme = dataclasses.replace(readme, text=text)
    try:
        untrusted = text_to_html(text) if limits.too_deep(text) else to_html(readme)
    except RecursionError:
        untrusted = text_to_html(text)
    if truncated:
        note = limits.TRUNCATED_NOTE.format(size=limits.MAX_CHARS // 1024, url=repo.html_url)
        untrusted += f'\n<p class="readme-truncated"><em>{html.escape(note)}</em></p>'
    safe = sanitize(untrusted, repo, readme.path)
    if nesting_depth(safe) > MAX_DEPTH:
        shown = safe.strip()
        return RenderedReadme(
            html=shown, toc=(), title=None, summary="", unnamed=unnamed_content(shown)
        )
    outline = shape(safe, repo.name)
    # The shaping step only adds our own ids and classes, but a second pass costs little and
    # guarantees that whatever reaches a page went through the sanitiser last.
    final = sanitize(outline.html, repo, readme.path).strip()
    return RenderedReadme(
        html=final,
        toc=tuple(outline.toc),
        title=outline.title,
        summary=outline.summary,
        unnamed=outline.unnamed,
    )
