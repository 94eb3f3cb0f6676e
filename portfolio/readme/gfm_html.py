"""A Python-Markdown extension: read Markdown inside ``<div>``, ``<details>``, ``<p>``,
``<h1>``-``<h6>`` and table cells.

READMEs often wrap Markdown in HTML, a centred ``<div align="center">`` around a title and
badges, a ``<details>`` box around a long section, or a table of screenshots whose cells hold
``![buttons](...)`` between blank lines; GitHub renders the Markdown inside (when blank lines
separate it from the tags). Python-Markdown keeps such blocks as raw HTML unless the tag says
``markdown="1"``, so this preprocessor adds that attribute to those opening tags at the start
of a line, outside code blocks; the ``md_in_html`` extension does the rest. A table cell gets
``markdown="block"`` (its text read as headings, paragraphs and lists) only when its opening
tag ends a line and a blank line follows, as GitHub reads Markdown only there:
``<td>__init__.py</td>`` stays as written. The rows and the table around such cells get
``markdown="1"`` too, since ``md_in_html`` only looks inside elements that have it. The lines
of tags right under a ``<div>`` opening, up to the first blank line, are raw HTML on GitHub:
they are kept so (``markdown="0"``), so that a link around a block is not cut into paragraphs.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from markdown import Extension
from markdown.extensions.md_in_html import MarkdownInHtmlExtension
from markdown.preprocessors import Preprocessor

from portfolio.readme import gfm_fences as fences

_OPENING = re.compile(r"^( {0,3})<(div|details|p|center|h[1-6])(\s[^<>]*)?>", re.IGNORECASE)
_TABLE_OPENING = re.compile(r"^( {0,3})<(table)(\s[^<>]*)?>", re.IGNORECASE)
_TABLE_CLOSING = re.compile(r"</table\s*>", re.IGNORECASE)
# `<img src="logo.png" width="480"\>`: browsers, so GitHub, show the image; Markdown would
# read `\>` as an escaped `>` and leave the tag unclosed, shown as text.
_BACKSLASH_CLOSE = re.compile(r"(<[A-Za-z][^<>]*?)\\>")


class _MarkdownInBlocks(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        out = []
        fence: str | None = None
        table: list[str] = []  # the open table's lines
        # Where each line's table would close: a `<table>` never closed is left as it was,
        # and the lines after it are read as usual.
        closes_at = _closing_lines(lines)
        run_ends = _run_ends(lines)
        closed_in_run = _closed_in_run(lines)
        stripped_until = 0
        raw_until = 0  # lines before this index were copied already, as raw HTML
        for index, line in enumerate(lines):
            if index < raw_until:
                continue
            if fence is not None:
                if fences.closes(fence, line):
                    fence = None
                out.append(line)
                continue
            if "\\>" in line and "`" not in line:  # inline code keeps what it shows
                line = _BACKSLASH_CLOSE.sub(r"\1/>", line)
            opened = fences.opening(line)
            if opened and not table:
                fence = opened
                out.append(line)
                continue
            if table:
                table.append(line)
                if _TABLE_CLOSING.search(line):
                    out.extend(_table_lines(table))
                    table = []
                continue
            if _TABLE_OPENING.match(line) and closes_at[index] is not None:
                table = [line]
                if _TABLE_CLOSING.search(line):
                    out.extend(_table_lines(table))
                    table = []
                continue
            match = _OPENING.match(line)
            if match and "markdown=" not in (match.group(3) or "").lower():
                run = run_ends[index]
                if index in closed_in_run:
                    # No blank line before its closing tag: GitHub reads the whole element
                    # as one raw HTML block (got's centred logo and sponsors, tab-indented),
                    # and so must we, or its indented lines turn into code blocks.
                    out.append(line)
                    continue
                line = _with_markdown(line, match)
                if _raw_run(match.group(2), lines[index + 1 : run]):
                    # lazygit: `<div align="center">`, then sponsors as `<a>` around a
                    # `<div>` and text, up to a blank line. GitHub shows those lines as the
                    # HTML they are; read as Markdown, the `<a>` was cut into paragraphs
                    # and left empty. `markdown="0"` keeps them raw inside the element,
                    # whose text after the blank line is still read as Markdown.
                    out.extend([line, '<div markdown="0">', *lines[index + 1 : run], "</div>"])
                    raw_until = run
                    continue
                if run == index + 1:
                    # fairseq: `<details><summary>Papers</summary><p>`, a blank line, then a
                    # list: on GitHub the list is Markdown, which a `<p>` reads as text only.
                    line = _TRAILING_P.sub(r'\1 markdown="block">', line)
                out.append(line)
                # Up to the first blank line the element is still raw HTML on GitHub:
                # indentation there means nothing, but Markdown would read it as code.
                # (Each line once: nested openings share the run.)
                for following in range(max(index + 1, stripped_until), run):
                    lines[following] = lines[following].lstrip()
                stripped_until = max(stripped_until, run)
                continue
            out.append(line)
        return out


def _raw_run(name: str, run: list[str]) -> bool:
    """Whether the lines between a ``<div>`` (or ``<center>``) opening and the first blank
    line are HTML only, to be kept as written. Not for the other elements: a ``<summary>``
    must stay the first child of its ``<details>``, and a ``<p>`` or heading holds no block.
    A table, a disclosure or preformatted text that may run past the blank line is left to
    the usual reading."""
    if name.lower() not in ("div", "center") or not run:
        return False
    if any(not line.lstrip().startswith("<") for line in run):
        return False
    return not any(_UNBOUNDED.search(line) for line in run)


_UNBOUNDED = re.compile(r"<(?:table|details|pre)\b", re.IGNORECASE)


# A `<p>` that ends the opening line of an element holding Markdown.
_TRAILING_P = re.compile(r"(?<=>)\s*(<p(?:\s[^<>]*)?)>\s*$", re.IGNORECASE)

# Any opening or closing tag of the elements the preprocessor may mark, in line order.
_BLOCK_TAG = re.compile(r"<(/?)(div|details|p|center|h[1-6])(?=[\s>/])", re.IGNORECASE)


def _run_ends(lines: list[str]) -> list[int]:
    """For each line, the index of the first blank line after it (or the end): where an
    HTML block opening on that line ends, in CommonMark's reading."""
    ends = [len(lines)] * len(lines)
    following = len(lines)
    for index in range(len(lines) - 1, -1, -1):
        ends[index] = following
        if not lines[index].strip():
            following = index
    return ends


def _closed_in_run(lines: list[str]) -> set[int]:
    """The lines whose opening tag (at the line's start) is closed before the next blank
    line, nested elements of the same name matched: one pass with a stack per tag name,
    so a README of thousands of nested ``<div>`` lines stays linear."""
    closed: set[int] = set()
    stacks: dict[str, list[int | None]] = {}
    for index, line in enumerate(lines):
        if not line.strip():
            stacks = {}  # a blank line ends the HTML block: what is open stays open
            continue
        if "<" not in line:
            continue
        # A tag that starts its line, however indented: indented ones may be un-indented
        # below (inside an element that holds Markdown) and then open their own block.
        first = len(line) - len(line.lstrip())
        for found in _BLOCK_TAG.finditer(line):
            name = found.group(2).lower()
            stack = stacks.setdefault(name, [])
            if not found.group(1):
                stack.append(index if found.start() == first else None)
            elif stack:
                opened = stack.pop()
                if opened is not None:
                    closed.add(opened)
    return closed


def _closing_lines(lines: list[str]) -> list[int | None]:
    """For each line, the index of the first line from it on that closes a table."""
    found: list[int | None] = [None] * len(lines)
    following: int | None = None
    for index in range(len(lines) - 1, -1, -1):
        if "</" in lines[index] and _TABLE_CLOSING.search(lines[index]):
            following = index
        found[index] = following
    return found


# In a table holding Markdown: the openings of the table and its rows, anywhere on a line,
# and a cell opening that ends its line (`<td>`, `<table><tr><td valign="top">`,
# `</td><td width="34%">`: simonw's profile lays out three columns so).
_STRUCTURE_OPENING = re.compile(r"<(table|thead|tbody|tfoot|tr)(\s[^<>]*)?>", re.IGNORECASE)
_CELL_AT_END = re.compile(r"<(td|th)(\s[^<>]*)?>\s*$", re.IGNORECASE)


def _table_lines(lines: list[str]) -> list[str]:
    """A table's lines; when one of its cells holds Markdown (a blank line right after the
    cell's opening tag, which ends its line), with ``markdown="1"`` on the table and its
    rows and ``markdown="block"`` on those cells: GitHub reads the cell's text as blocks
    (headings, paragraphs, lists), as it would outside the table."""
    holds = [
        bool(_CELL_AT_END.search(line)) and index + 1 < len(lines) and not lines[index + 1].strip()
        for index, line in enumerate(lines)
    ]
    if not any(holds):
        return lines
    marked = []
    for line, cell_holds in zip(lines, holds, strict=True):
        line = _STRUCTURE_OPENING.sub(_marked(' markdown="1"'), line)
        if cell_holds:
            line = _CELL_AT_END.sub(_marked(' markdown="block"'), line)
        marked.append(line)
    return marked


def _marked(attribute: str) -> Callable[[re.Match[str]], str]:
    """A substitution that adds ``attribute`` to an opening tag without ``markdown=`` yet."""

    def mark(match: re.Match[str]) -> str:
        name, attributes = match.group(1), match.group(2) or ""
        if "markdown=" in attributes.lower():
            return match.group(0)
        # Attributes hold no `>` (see the patterns): the first one ends the tag.
        after = match.group(0)[match.group(0).index(">") + 1 :]
        return _tag(name, attributes, attribute) + after

    return mark


def _with_markdown(line: str, opening: re.Match[str]) -> str:
    """``line`` with ``markdown="1"`` added to the opening tag ``opening`` found at its start."""
    tag = _tag(opening.group(2), opening.group(3) or "", ' markdown="1"')
    return opening.group(1) + tag + line[opening.end() :]


def _tag(name: str, attributes: str, added: str) -> str:
    """An opening tag rebuilt with ``added`` after its attributes (a self-closing ``/`` goes)."""
    return f"<{name}{attributes.rstrip('/')}{added}>"


class GfmHtmlBlocksExtension(Extension):
    def extendMarkdown(self, md):
        MarkdownInHtmlExtension().extendMarkdown(md)
        # Before the HTML block preprocessor (20) reads the tags; after GitHub list nesting.
        md.preprocessors.register(_MarkdownInBlocks(md), "gfm_markdown_in_html", 28)
