"""Shape sanitised README HTML like GitHub shows it, and read its title, outline and summary.

Works on HTML that ``portfolio.readme.sanitize`` already cleaned: turns ``> [!NOTE]`` quotes
into alert boxes, gives headings GitHub's anchors, drops a leading title that only repeats the
repository's name (the page shows its own) and collects the table of contents.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from bs4 import BeautifulSoup, NavigableString, Tag

from portfolio.readme.sanitize import ALERT_KINDS, ID_PREFIX

HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_ALERT_MARKER = re.compile(r"^\s*\[!(" + "|".join(ALERT_KINDS) + r")\][ \t]*(\n|$)", re.I)


@dataclass
class Outline:
    html: str
    toc: list[tuple[int, str, str]]
    title: str | None
    summary: str


def github_slug(text: str) -> str:
    """The anchor GitHub gives a heading: lower case, punctuation dropped, spaces to hyphens."""
    kept = []
    for char in text.strip().lower():
        if char == " ":
            kept.append("-")
        elif char in "-_" or unicodedata.category(char)[0] in "LNM":
            kept.append(char)
    return "".join(kept)


def _same_name(a: str, b: str) -> bool:
    def squash(s: str) -> str:
        return re.sub(r"[\W_]+", "", s.casefold())

    return bool(squash(a)) and squash(a) == squash(b)


def shape(html: str, repo_name: str) -> Outline:
    soup = BeautifulSoup(html, "html.parser")
    _alerts(soup)
    title = None
    first_heading = soup.find(HEADINGS)
    if isinstance(first_heading, Tag) and first_heading.name == "h1":
        title = _text(first_heading) or None
        if title and _same_name(title, repo_name) and _is_leading(first_heading):
            first_heading.decompose()
    toc = _anchor_headings(soup)
    return Outline(html=str(soup), toc=toc, title=title, summary=_summary(soup))


def _text(tag: Tag) -> str:
    return re.sub(r"\s+", " ", tag.get_text()).strip()


def _is_leading(heading: Tag) -> bool:
    """Nothing but whitespace, images or badges comes before it."""
    return all(not element.strip() for element in heading.find_all_previous(string=True))


def _alerts(soup: BeautifulSoup) -> None:
    for quote in soup.find_all("blockquote"):
        paragraph = quote.find("p")
        if paragraph is None or quote.find(True) is not paragraph:
            continue
        first = paragraph.contents[0] if paragraph.contents else None
        if not isinstance(first, NavigableString):
            continue
        match = _ALERT_MARKER.match(str(first))
        if not match:
            continue
        kind = match.group(1).lower()
        rest = str(first)[match.end() :]
        first.replace_with(NavigableString(rest))
        if not _text(paragraph) and not paragraph.find(True):
            paragraph.decompose()
        quote.name = "div"
        quote.attrs = {"class": ["markdown-alert", f"markdown-alert-{kind}"]}
        heading = soup.new_tag("p", attrs={"class": "markdown-alert-title"})
        heading.string = kind.capitalize()
        quote.insert(0, heading)


def _anchor_headings(soup: BeautifulSoup) -> list[tuple[int, str, str]]:
    toc = []
    used: dict[str, int] = {}
    for heading in soup.find_all(HEADINGS):
        text = _text(heading)
        slug = github_slug(text) or "section"
        # GitHub numbers repeats: install, install-1, install-2.
        count = used.get(slug, 0)
        used[slug] = count + 1
        anchor = ID_PREFIX + (slug if count == 0 else f"{slug}-{count}")
        heading["id"] = anchor
        toc.append((int(heading.name[1]), text, anchor))
    return toc


def _summary(soup: BeautifulSoup) -> str:
    """The text of the first paragraph that says something (not only badges or a logo)."""
    for paragraph in soup.find_all("p"):
        if paragraph.find_parent(["blockquote", "div", "li", "table", "details"]):
            continue
        text = _text(paragraph)
        if len(re.sub(r"\W", "", text)) >= 3:
            return text
    return ""
