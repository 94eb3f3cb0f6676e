"""Small pieces of text for the pages: profile Markdown as safe HTML, dates, e-mail addresses.

Everything typed into profile.yaml is untrusted once it reaches a browser (a profile may be
edited by a pull request), so Markdown fields are rendered and then cleaned with nh3, and every
other string goes through Jinja's autoescape.
"""

from __future__ import annotations

import hashlib
import html
import re
import unicodedata

import markdown
import nh3
from markupsafe import Markup

EMPTY = Markup("")
"""Empty, already-safe HTML: the default of optional HTML fields."""

_URL_SCHEMES = {"http", "https", "mailto"}
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def markdown_html(text: str | None, *, inline: bool = False) -> Markup:
    """Render a Markdown field of profile.yaml to sanitised HTML (``inline`` drops the <p>)."""
    if not text:
        return Markup("")
    text = _CONTROL.sub("", text)  # see `printable`: the same for text rendered as Markdown
    rendered = markdown.markdown(text, extensions=["extra", "sane_lists"], output_format="html")
    if inline:
        rendered = re.sub(r"^<p>(.*)</p>$", r"\1", rendered.strip(), flags=re.DOTALL)
    cleaned = nh3.clean(
        rendered,
        url_schemes=_URL_SCHEMES,
        link_rel="noopener nofollow",
        tags=nh3.ALLOWED_TAGS - {"img"},
    )
    return Markup(cleaned)


def plain_text(text: str | None, limit: int = 160) -> str:
    """Markdown or HTML reduced to one line of plain text, cut at a word for meta tags."""
    if not text:
        return ""
    rendered = markdown.markdown(text)
    words = html.unescape(re.sub(r"<[^>]+>", " ", rendered)).split()
    line = " ".join(words)
    if len(line) <= limit:
        return line
    return line[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:.") + "…"


def format_date(value: str | None) -> str:
    """``2024-05-03`` → ``3 May 2024``; ``2024-05`` → ``May 2024``; ``present`` stays."""
    if not value:
        return ""
    parts = value.split("-")
    if value == "present" or not parts[0].isdigit():
        return value
    if len(parts) == 1:
        return parts[0]
    month = _MONTHS[int(parts[1]) - 1]
    if len(parts) == 2:
        return f"{month} {parts[0]}"
    return f"{int(parts[2])} {month} {parts[0]}"


def date_range(start: str | None, end: str | None) -> str:
    """``Mar 2022 – present`` style ranges; a missing start shows only the end."""
    if start and end:
        return f"{format_date(start)} – {format_date(end)}"
    if start:
        return f"{format_date(start)} – present"
    return format_date(end)


def obfuscated_mailto(address: str) -> Markup:
    """A mailto link written as character references: readable by people, not by naive robots."""
    encoded = "".join(f"&#{ord(c)};" for c in address)
    return Markup(f'<a href="{"".join(f"&#{ord(c)};" for c in "mailto:")}{encoded}">{encoded}</a>')


def printable(value: object) -> object:
    """Jinja's ``finalize``: text printed into a page loses control characters (a NUL from a
    snapshot makes the page invalid HTML); Markup, already safe HTML, passes as it is."""
    if isinstance(value, str) and not isinstance(value, Markup):
        return _CONTROL.sub("", value)
    return value


MAX_SLUG = 80
"""Longest slug: a folder name must fit the file system's limit (255 bytes), whatever a
snapshot holds; GitHub's own topics stop at 50 characters."""


def slugify(text: str) -> str:
    """A lower-case, ASCII, hyphenated name for addresses: ``C++ & CUDA`` → ``c-cuda``."""
    original = text
    text = text.replace("+", " plus ").replace("#", " sharp ")
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > MAX_SLUG:
        # Cut, plus a digest of the whole text, so two long names that share a start stay two.
        digest = hashlib.sha256(original.encode("utf-8", "surrogatepass")).hexdigest()[:8]
        slug = f"{slug[: MAX_SLUG - 9].rstrip('-')}-{digest}"
    return slug or "item"
