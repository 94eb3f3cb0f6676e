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

from portfolio.readme.sanitize import ALERT_KINDS, ID_PREFIX, RST_ADMONITIONS

HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_ALERT_MARKER = re.compile(r"^\s*\[!(" + "|".join(ALERT_KINDS) + r")\][ \t]*(\n|$)", re.I)


@dataclass
class Outline:
    html: str
    toc: list[tuple[int, str, str]]
    title: str | None
    summary: str


_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>")
_VOID = {"area", "br", "col", "hr", "img", "input", "source", "wbr"}


def nesting_depth(html: str) -> int:
    """How deeply elements nest in sanitised HTML (where every ``<`` in text is escaped)."""
    depth = deepest = 0
    for match in _TAG.finditer(html):
        if match.group(2).lower() in _VOID:
            continue
        depth += -1 if match.group(1) else 1
        deepest = max(deepest, depth)
    return deepest


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
    # The sanitiser keeps `type` on an input only when it is a checkbox (task lists); any
    # other input would show as an empty text box.
    for field in soup.find_all("input"):
        if field.get("type") != "checkbox":
            field.decompose()
    _alerts(soup)
    _asides(soup)
    title = None
    first_heading = soup.find(HEADINGS)
    if isinstance(first_heading, Tag) and first_heading.name == "h1":
        title = _text(first_heading) or None
        if title and _same_name(title, repo_name) and _is_leading(first_heading):
            first_heading.decompose()
    toc = _anchor_headings(soup)
    _tidy(soup)
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
        _alert_box(soup, quote, kind)


def _alert_box(soup: BeautifulSoup, box: Tag, kind: str) -> None:
    box.name = "div"
    box.attrs = {"class": ["markdown-alert", f"markdown-alert-{kind}"]}
    title = soup.new_tag("p", attrs={"class": "markdown-alert-title"})
    title.string = kind.capitalize()
    box.insert(0, title)


def _asides(soup: BeautifulSoup) -> None:
    """docutils' ``<aside>`` admonitions become alerts; other asides plain blocks (an aside
    inside the page's main content would be a misplaced landmark for screen readers)."""
    for aside in soup.find_all("aside"):
        classes = aside.get("class") or []
        kind = next((RST_ADMONITIONS[c] for c in classes if c in RST_ADMONITIONS), None)
        if "admonition" in classes and kind:
            old_title = aside.find("p", class_="admonition-title")
            if old_title is not None:
                old_title.decompose()
            _alert_box(soup, aside, kind)
        else:
            aside.name = "div"
            kept = {"id": aside["id"]} if aside.get("id") else {}
            if "footnote-list" in classes:
                kept["class"] = ["footnote"]
            aside.attrs = kept


def _anchor_headings(soup: BeautifulSoup) -> list[tuple[int, str, str]]:
    toc = []
    used: set[str] = set()
    for heading in soup.find_all(HEADINGS):
        text = _text(heading)
        section = heading.parent
        if (
            isinstance(section, Tag)
            and section.name == "section"
            and section.get("id")
            and section.find(HEADINGS) is heading
        ):
            # reStructuredText: links point at the section's id, so the heading takes it.
            base = str(section["id"])
            del section["id"]
        else:
            base = ID_PREFIX + (github_slug(text) or "section")
        # GitHub numbers repeats: install, install-1, install-2.
        anchor, number = base, 0
        while anchor in used:
            number += 1
            anchor = f"{base}-{number}"
        used.add(anchor)
        heading["id"] = anchor
        toc.append((int(heading.name[1]), text, anchor))
    return toc


def _tidy(soup: BeautifulSoup) -> None:
    """Drop what the sanitiser left empty, and ids that repeat a heading's or another's."""
    seen = {str(h["id"]) for h in soup.find_all(HEADINGS) if h.get("id")}
    for element in soup.find_all(True):
        if element.get("class") == [] or element.get("class") == "":
            del element["class"]
        if element.name not in HEADINGS and element.get("id"):
            if element["id"] in seen:
                del element["id"]
            else:
                seen.add(str(element["id"]))
    for paragraph in soup.find_all("p"):
        if not paragraph.get_text(strip=True) and not paragraph.find(True):
            paragraph.decompose()


def _summary(soup: BeautifulSoup) -> str:
    """The text of the first paragraph that says something (not only badges or a logo)."""
    for paragraph in soup.find_all("p"):
        if paragraph.find_parent(["blockquote", "div", "li", "table", "details"]):
            continue
        text = _text(paragraph)
        if len(re.sub(r"\W", "", text)) >= 3:
            return text
    return ""
