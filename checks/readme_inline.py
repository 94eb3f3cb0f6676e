"""Find links, images, badges, inline code and words inside the prose lines of a README.

Every pattern here excludes its own delimiters from its repeated parts (``[^\\[\\]\\n]*`` and
the like), so a match attempt stops at the next bracket and the whole scan stays linear even on
a 10 MB line of brackets: no catastrophic backtracking.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping

from checks.readme import Image, Link

_URL_IN_PARENS = r"\(\s*<?([^()\s<>]*)>?(?:\s[^()\n]*)?\)"
_TARGET = rf"(?:{_URL_IN_PARENS}|\[([^\[\]\n]*)\])"
# [![alt](src)](href) and the reference forms [![alt][img]][link]: the usual badge.
# The text in brackets may run over the lines of a paragraph (``[![CRAN\nstatus](...)](...)``,
# as knitr wraps R READMEs): ``markdown_inline`` is given such lines joined.
_LINKED_IMAGE = re.compile(rf"\[\s*!\[([^\[\]]*)\]{_TARGET}\s*\]{_TARGET}")
_IMAGE = re.compile(rf"!\[([^\[\]]*)\]{_TARGET}")
_LINK = re.compile(rf"\[([^\[\]]*)\]{_TARGET}")
# The shortcut reference forms [User Guide] and ![logo], whose target is a definition
# ``[user guide]: https://...`` elsewhere in the README (mdBook's README links its guide so).
# Only a defined label counts: "[x]" in a task list or "[WIP]" in a heading stay text.
_SHORTCUT_REFERENCE = re.compile(r"(!?)\[([^\[\]\n]+)\](?![(\[:])")
_AUTOLINK = re.compile(r"<((?:https?|ftp)://[^\s<>]*|mailto:[^\s<>]*)>", re.IGNORECASE)
_BARE_URL = re.compile(r"(?<![(<\"'=\w/])(?:https?://|www\.)[^\s<>()\[\]\"'`]+", re.IGNORECASE)
_REFERENCE_DEFINITION = re.compile(r" {0,3}\[([^\[\]\n]+)\]:[ \t]*<?(\S+)")
_HTML_IMG = re.compile(r"<img\b[^<>]*>", re.IGNORECASE)
_HTML_A = re.compile(r"<a\b[^<>]*>", re.IGNORECASE)
_ATTRIBUTE = re.compile(r"""\b([a-zA-Z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
# A code span opens on a whole run of backticks (not inside one, and the run taken
# possessively): on a line of a million backticks each start fails at once, not after
# trying every shorter run.
_INLINE_CODE = re.compile(r"(?<!`)(`++)([^`\n]+?)\1(?!`)")
_TAG = re.compile(r"<[^<>\n]*>")
_NEWLINE = re.compile(r"\n")
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_CHAR = re.compile(f"[{_CJK}]")
_WORD = re.compile(rf"[^\W{_CJK}]+")

# Link text may run onto the next lines of its paragraph ("`our installation page\n
# <https://...>`_"): the caller then gives those lines joined by newlines.
_RST_LINK = re.compile(r"`([^`<>]*)<([^`<>\s]+)>`__?")
_RST_NAMED_REF = re.compile(r"`([^`<>]+)`_(?!_)|(?<![\w`])([A-Za-z][\w-]*)_(?!\w)")
_RST_TARGET = re.compile(r"\.\. _([^:\n]+):\s*(\S+)")
_RST_INLINE_CODE = re.compile(r"``([^`\n]+)``")
_RST_SUBSTITUTION = re.compile(r"\|([^|\s][^|\n]*)\|(?!_?\w)")

_BADGE_HINTS = (
    "shields.io",
    "badge",
    "travis-ci.",
    "circleci.com",
    "appveyor.com/api",
    "codecov.io",
    "coveralls.io",
    "/status.svg",
    "/status.png",
    "build.png",
    "build.svg",
    "?branch=",
    "david-dm.org",
    "poser.pugx.org",
    "codeclimate.com",
    "codacy.com",
    "scrutinizer-ci.com",
    "gitter.im",
    "pepy.tech",
    "snyk.io/test",
    "readthedocs.org/projects",
    "/workflows/",
    "coverage",
    "api.netlify.com",
    "img.badgesize.io",
    "fury.io",
    "vercel.com/button",
    "deploy-button",
)


def is_badge(src: str) -> bool:
    """Whether an image is a status badge, judged from where it comes from."""
    lower = src.lower()
    return any(hint in lower for hint in _BADGE_HINTS)


def link_kind(url: str) -> str:
    """``anchor`` for ``#x``, ``absolute`` for a URL with a scheme or ``//``, else ``relative``."""
    if url.startswith("#"):
        return "anchor"
    if url.startswith("//") or re.match(r"[A-Za-z][A-Za-z0-9+.-]{0,30}:", url):
        return "absolute"
    return "relative"


def markdown_references(lines: Iterable[str]) -> dict[str, str]:
    """The reference definitions (``[name]: url``) of a README, by lower-cased name."""
    references: dict[str, str] = {}
    for line in lines:
        if "]:" in line:
            match = _REFERENCE_DEFINITION.match(line)
            if match:
                references.setdefault(match.group(1).strip().lower(), match.group(2).rstrip(">"))
    return references


def _target(match: re.Match[str], url_group: int, label: str, refs: Mapping[str, str]) -> str:
    url = match.group(url_group)
    if url is not None:
        return url
    name = match.group(url_group + 1) or label
    return refs.get(name.strip().lower(), "")


def _blank(match: re.Match[str]) -> str:
    # What a pattern consumed is replaced by spaces (one ``re.sub`` pass per pattern, so the
    # line is rebuilt once, not once per match): later patterns must not see it again.
    return " " * (match.end() - match.start())


def _line_at(text: str, number: int) -> Callable[[int], int]:
    """The 1-based line number of an offset in ``text``, whose first line is ``number``."""
    if "\n" not in text:
        return lambda _offset: number
    breaks = [match.start() for match in _NEWLINE.finditer(text)]
    return lambda offset: number + bisect_right(breaks, offset - 1)


def _text(raw: str) -> str:
    # Link text or alt text that ran over lines reads as one line.
    return " ".join(raw.split()) if "\n" in raw else raw.strip()


# A reference whose label holds inline code: "[`std::error::Error`]" with its definition
# "[`std::error::Error`]: https://..." (Rust READMEs). Read before code spans are blanked,
# which would leave an empty label.
# The part before the first backtick excludes backticks, so a match attempt splits the label
# in one place only and stays linear on a line of a million backticks.
_CODE_LABEL_REFERENCE = re.compile(r"\[([^\[\]\n`]*`[^\[\]\n]*)\](?:\[([^\[\]\n]*)\])?(?![(:])")


def _code_label_references(
    line: str, refs: Mapping[str, str], at: Callable[[int], int], links: list[Link]
) -> str:
    def reference(match: re.Match[str]) -> str:
        label = match.group(2) or match.group(1)
        url = refs.get(label.strip().lower())
        if not url:
            return match.group(0)
        text = _text(match.group(1).replace("`", ""))
        links.append(Link(url=url, text=text, line=at(match.start()), kind=link_kind(url)))
        return _blank(match)

    return _CODE_LABEL_REFERENCE.sub(reference, line)


def markdown_inline(
    line: str, number: int, refs: Mapping[str, str]
) -> tuple[list[Image], list[Link], list[str]]:
    """Images, links and inline code spans of one Markdown prose line (``number`` is 1-based),
    or of several lines of a paragraph joined by newlines, when a link's text runs over them
    (each item then gets the number of the line it starts on)."""
    images: list[Image] = []
    links: list[Link] = []
    at = _line_at(line, number)
    code = [m.group(2).strip() for m in _INLINE_CODE.finditer(line)] if "`" in line else []
    if code:
        if refs and "[" in line:
            line = _code_label_references(line, refs, at, links)
        line = _INLINE_CODE.sub(_blank, line)
    if "[" in line:

        def linked_image(match: re.Match[str]) -> str:
            alt = match.group(1)
            src = _target(match, 2, alt, refs)
            href = _target(match, 4, alt, refs)
            if not src:
                return match.group(0)
            line_number = at(match.start())
            images.append(
                Image(
                    src=src,
                    alt=_text(alt),
                    line=line_number,
                    badge=is_badge(src),
                    link=href or None,
                )
            )
            if href:
                links.append(
                    Link(url=href, text=_text(alt), line=line_number, kind=link_kind(href))
                )
            return _blank(match)

        def image(match: re.Match[str]) -> str:
            alt = match.group(1)
            src = _target(match, 2, alt, refs)
            if not src:
                return match.group(0)
            images.append(
                Image(src=src, alt=_text(alt), line=at(match.start()), badge=is_badge(src))
            )
            return _blank(match)

        def link(match: re.Match[str]) -> str:
            text = match.group(1)
            url = _target(match, 2, text, refs)
            if not url:
                return match.group(0)
            links.append(
                Link(url=url, text=_text(text), line=at(match.start()), kind=link_kind(url))
            )
            return _blank(match)

        def shortcut(match: re.Match[str]) -> str:
            label = match.group(2)
            url = refs.get(label.strip().lower())
            if not url:
                return match.group(0)
            if match.group(1):
                images.append(
                    Image(src=url, alt=_text(label), line=at(match.start()), badge=is_badge(url))
                )
            else:
                links.append(
                    Link(url=url, text=_text(label), line=at(match.start()), kind=link_kind(url))
                )
            return _blank(match)

        line = _LINKED_IMAGE.sub(linked_image, line)
        line = _IMAGE.sub(image, line)
        if not _REFERENCE_DEFINITION.match(line):
            line = _LINK.sub(link, line)
            if refs:
                line = _SHORTCUT_REFERENCE.sub(shortcut, line)
    if "<" in line:

        def autolink(match: re.Match[str]) -> str:
            url = match.group(1)
            links.append(Link(url=url, text=url, line=at(match.start()), kind="absolute"))
            return _blank(match)

        line = _AUTOLINK.sub(autolink, line)
        _html_inline(line, at, images, links)
        line = _TAG.sub(_blank, line)
    if "://" in line or "www." in line:
        if _REFERENCE_DEFINITION.match(line):
            return images, links, code
        for match in _BARE_URL.finditer(line):
            url = match.group(0).rstrip(".,;:!?*_~")
            links.append(Link(url=url, text=url, line=at(match.start()), kind="absolute"))
    return images, links, code


def _attributes(tag: str) -> dict[str, str]:
    found = {}
    for match in _ATTRIBUTE.finditer(tag):
        value = next((g for g in match.group(2, 3, 4) if g is not None), "")
        found.setdefault(match.group(1).lower(), html.unescape(value))
    return found


def _html_inline(
    line: str, at: Callable[[int], int], images: list[Image], links: list[Link]
) -> None:
    """``<img>`` and ``<a href>`` in a line (``at``: the line number of an offset), linking
    each image to the ``<a>`` around it."""
    lower = line.lower()
    if "<img" not in lower and "<a" not in lower:
        return
    open_href: str | None = None
    open_at = -1
    events = sorted(
        [(m.start(), "a", m) for m in _HTML_A.finditer(line)]
        + [(m.start(), "img", m) for m in _HTML_IMG.finditer(line)]
        + [(m.start(), "/a", None) for m in re.finditer(r"</a\s*>", line, re.IGNORECASE)],
        key=lambda event: event[0],
    )
    for position, kind, match in events:
        if kind == "a" and match is not None:
            open_href = _attributes(match.group(0)).get("href")
            open_at = match.end()
        elif kind == "/a":
            if open_href:
                text = html.unescape(_TAG.sub("", line[open_at:position])).strip()
                links.append(
                    Link(url=open_href, text=text, line=at(open_at), kind=link_kind(open_href))
                )
            open_href = None
        elif match is not None:
            attributes = _attributes(match.group(0))
            src = attributes.get("src", "")
            if src:
                images.append(
                    Image(
                        src=src,
                        alt=attributes.get("alt", "").strip(),
                        line=at(position),
                        badge=is_badge(src),
                        link=open_href,
                    )
                )
    if open_href:
        # An <a> closed on a later line: still a link.
        text = html.unescape(_TAG.sub("", line[open_at:])).strip()
        links.append(Link(url=open_href, text=text, line=at(open_at), kind=link_kind(open_href)))


def rst_targets(lines: Iterable[str]) -> dict[str, str]:
    """Named hyperlink targets (``.. _name: url``) of an rst README, by lower-cased name."""
    targets: dict[str, str] = {}
    for line in lines:
        if line.startswith(".. _"):
            match = _RST_TARGET.match(line)
            if match:
                targets.setdefault(match.group(1).strip().strip("`").lower(), match.group(2))
    return targets


def rst_inline(
    line: str,
    number: int,
    targets: Mapping[str, str],
    substitutions: Mapping[str, Image],
) -> tuple[list[Image], list[Link], list[str]]:
    """Images (through ``|substitutions|``), links and ``inline literals`` of one rst line
    (or of a line joined to the next ones of its paragraph, when a link's text runs on)."""
    images: list[Image] = []
    links: list[Link] = []
    code = [m.group(1) for m in _RST_INLINE_CODE.finditer(line)] if "``" in line else []
    if code:
        line = _RST_INLINE_CODE.sub(_blank, line)
    if "|" in line and substitutions:
        for match in _RST_SUBSTITUTION.finditer(line):
            image = substitutions.get(match.group(1).strip().lower())
            if image is not None:
                images.append(
                    Image(
                        src=image.src,
                        alt=image.alt,
                        line=number,
                        badge=image.badge,
                        link=image.link,
                    )
                )
                if image.link:
                    links.append(
                        Link(
                            url=image.link, text=image.alt, line=number, kind=link_kind(image.link)
                        )
                    )
    if "`" in line:

        def embedded(match: re.Match[str]) -> str:
            url = match.group(2)
            text = " ".join(match.group(1).split())
            links.append(Link(url=url, text=text, line=number, kind=link_kind(url)))
            return _blank(match)

        line = _RST_LINK.sub(embedded, line)
    if "_" in line and targets:

        def named(match: re.Match[str]) -> str:
            name = " ".join((match.group(1) or match.group(2) or "").split())
            url = targets.get(name.lower())
            if not url:
                return match.group(0)
            links.append(Link(url=url, text=name, line=number, kind=link_kind(url)))
            return _blank(match)

        line = _RST_NAMED_REF.sub(named, line)
    # A directive's address is no link; a footnote's (``.. [1] https://...``) is.
    starts = line.lstrip()
    if ("://" in line or "www." in line) and (
        not starts.startswith(".. ") or starts.startswith(".. [")
    ):
        for match in _BARE_URL.finditer(line):
            url = match.group(0).rstrip(".,;:!?*_~`")
            links.append(Link(url=url, text=url, line=number, kind="absolute"))
    return images, links, code


_MARKUP_URL = re.compile(r"\]\([^()\n]*\)|https?://\S+|<[^<>\n]*>")
# What ``_WORD`` finds in ASCII text (which has no CJK characters): the same words, faster.
_ASCII_WORD = re.compile(r"[A-Za-z0-9_]+")


def count_words(text: str) -> int:
    """Words of prose: URLs and tags are left out, each CJK character counts as one word."""
    if not text:
        return 0
    # ``_MARKUP_URL`` cannot match without one of these: most lines of prose have none.
    if "](" in text or "http" in text or "<" in text:
        text = _MARKUP_URL.sub(" ", text)
    if text.isascii():
        return len(_ASCII_WORD.findall(text))
    return len(_WORD.findall(text)) + len(_CJK_CHAR.findall(text))
