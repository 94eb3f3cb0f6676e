"""What the README scanners hand to the section builder: headings and blocks, by line index.

Both scanners (``readme_markdown`` and ``readme_rst``) read a README line by line, once, and
fill a ``Scan``; ``readme_build`` then cuts sections at the headings and attaches each block
to the section that holds its line. Indices here are 0-based; the public model is 1-based.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from checks.readme import CodeBlock, HtmlBlock, Image, Link, ListBlock, Table


@dataclass
class Heading:
    """A heading found by a scanner: it spans lines ``start``..``end`` (0-based, inclusive)."""

    start: int
    end: int
    level: int
    text: str
    style: str


@dataclass
class Scan:
    """Everything a block scanner found, plus which lines hold no prose (code, comments)."""

    lines: list[str]
    headings: list[Heading] = field(default_factory=list)
    code_blocks: list[CodeBlock] = field(default_factory=list)
    html_blocks: list[HtmlBlock] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    lists: list[ListBlock] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    """Images written as blocks (rst ``.. image::``); inline ones are found later."""
    links: list[Link] = field(default_factory=list)
    """Links written as blocks (rst ``:target:`` of an image)."""
    substitutions: dict[str, Image] = field(default_factory=dict)
    """rst ``.. |name| image::`` definitions, by lower-cased name."""
    not_prose: bytearray = field(default_factory=bytearray)
    """1 for a line that is code, a comment or a heading's own markup: no links or words."""
    heading_lines: bytearray = field(default_factory=bytearray)
    """1 for a line that belongs to a heading (its text, underline or overline)."""

    def __post_init__(self) -> None:
        self.not_prose = bytearray(len(self.lines))
        self.heading_lines = bytearray(len(self.lines))

    def mark(self, start: int, end: int, array: bytearray | None = None) -> None:
        """Flag lines ``start``..``end`` inclusive in ``array`` (``not_prose`` by default)."""
        target = self.not_prose if array is None else array
        for i in range(max(start, 0), min(end, len(self.lines) - 1) + 1):
            target[i] = 1

    def add_heading(self, heading: Heading) -> None:
        self.headings.append(heading)
        self.mark(heading.start, heading.end, self.heading_lines)


def split_lines(text: str) -> list[str]:
    """The lines as editors and GitHub number them: only ``\\n``, ``\\r\\n`` and ``\\r`` end a
    line (``str.splitlines`` also splits on form feeds and Unicode separators)."""
    if not text:
        return []
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()
    return lines


TAG = re.compile(r"<[^<>\n]{0,2000}>")
_IMAGE = re.compile(r"!\[([^\[\]\n]*)\]\([^()\n]*\)")
_LINK = re.compile(r"\[([^\[\]\n]*)\](?:\([^()\n]*\)|\[[^\[\]\n]*\])")
_EMPHASIS = re.compile(r"\*{1,3}|~~|`+|(?<![^\W_])_{1,3}|_{1,3}(?![^\W_])")
_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")
# Escaped characters are hidden from the emphasis pattern behind private-use characters.
_HIDE = {"*": "\ue000", "_": "\ue001", "`": "\ue002", "~": "\ue003"}
_SHOW = str.maketrans({v: k for k, v in _HIDE.items()})
_SPACES = re.compile(r"\s+")


def clean_heading(raw: str) -> str:
    """A heading's text as a reader sees it: no links, images, tags, emphasis or entities."""
    text = raw[:2000]
    without_images = _IMAGE.sub("", text)
    if _LINK.sub(r"\1", TAG.sub("", without_images)).strip():
        text = without_images
    else:
        # A heading made only of a logo: keep the logo's alt text so it is not blank.
        text = _IMAGE.sub(r"\1", text)
    text = _LINK.sub(r"\1", text)
    text = TAG.sub(" ", text)
    text = _ESCAPED.sub(lambda m: _HIDE.get(m.group(1), m.group(1)), text)
    text = _EMPHASIS.sub("", text).translate(_SHOW)
    text = html.unescape(text)
    return _SPACES.sub(" ", text).strip()
