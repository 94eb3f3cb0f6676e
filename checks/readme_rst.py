"""Find the titles and blocks of a reStructuredText README in one pass over its lines.

Not docutils: docutils raises on malformed input and is slow on large files, while a linter
only needs the outline. Titles are underlined (optionally also overlined) with a repeated
punctuation character; as in docutils, levels follow the order in which the styles first
appear. Also found: ``.. code-block::`` / ``.. code::`` / ``.. sourcecode::`` and ``::``
literal blocks, ``.. image::`` / ``.. figure::`` (with ``:alt:`` and ``:target:``),
``.. |name| image::`` substitutions (badges), ``.. raw:: html``, comments, footnotes, lists
and tables.
"""

from __future__ import annotations

import re

from checks.readme import CodeBlock, HtmlBlock, Image, Link, ListBlock, Table
from checks.readme_inline import is_badge, link_kind
from checks.readme_scan import Heading, Scan, clean_heading

_ADORNMENT = re.compile(r"([!-/:-@\[-`{-~])\1+[ \t]*$")
_DIRECTIVE = re.compile(r"(\s*)\.\.[ \t]+(?:\|([^|\n]+)\|[ \t]+)?([\w:-]+)::[ \t]*(.*)$")
_FOOTNOTE = re.compile(r"\s*\.\.[ \t]+\[(?:#[\w-]*|\*|\d+|[\w.-]+)\](?=[ \t]|$)")
_OPTION = re.compile(r"\s+:([\w-]+):[ \t]*(.*)$")
_LIST_ITEM = re.compile(r"[ \t]*(?:([-*+\u2022])|(\d{1,9}|#|[a-zA-Z])[.)])(?:[ \t]+|$)")
_GRID_BORDER = re.compile(r"\+(?:[-=]+\+)+[ \t]*$")
_SIMPLE_BORDER = re.compile(r"=+(?:[ \t]+=+)+[ \t]*$")

_CODE_DIRECTIVES = {"code-block", "code", "sourcecode", "ipython", "highlight"}
_IMAGE_DIRECTIVES = {"image", "figure"}


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def scan_rst(lines: list[str]) -> Scan:
    """Scan an rst README given as its lines (see ``readme_scan.split_lines``)."""
    scan = Scan(lines)
    n = len(lines)
    styles: list[tuple[str, bool]] = []  # (character, overlined) in order of first use
    literal_next = False  # the previous paragraph ended with "::"
    in_list = False
    list_start = list_items = 0
    list_ordered = False
    i = 0

    def close_list() -> None:
        nonlocal in_list
        if in_list:
            scan.lists.append(
                ListBlock(line=list_start + 1, items=list_items, ordered=list_ordered)
            )
        in_list = False

    def level_of(style: tuple[str, bool]) -> int:
        if style not in styles:
            styles.append(style)
        return min(styles.index(style) + 1, 6)

    while i < n:
        line = lines[i]
        stripped = line.strip()
        if not stripped:
            i += 1
            continue
        indent = _indent(line)

        if literal_next and indent > 0:
            i = _indented_block(scan, i, 0, language=None, fenced=False)
            literal_next = False
            continue
        literal_next = False

        title = _title(lines, i) if indent == 0 else None
        if title is not None:
            start, end, text, style = title
            close_list()
            scan.add_heading(Heading(start, end, level_of(style), clean_heading(text), "rst"))
            i = end + 1
            continue

        if stripped.startswith(".."):
            i = _explicit_markup(scan, i)
            continue

        if _GRID_BORDER.match(stripped):
            close_list()
            i = _grid_table(scan, i)
            continue
        if indent == 0 and _SIMPLE_BORDER.match(stripped):
            close_list()
            i = _simple_table(scan, i)
            continue

        item = _LIST_ITEM.match(line)
        if item and (item.group(1) or item.group(2)):
            if not in_list:
                in_list = True
                list_start, list_items = i, 0
                list_ordered = item.group(1) is None
            list_items += 1
        elif indent == 0:
            close_list()

        if stripped.endswith("::") and not stripped.startswith(".."):
            literal_next = True
        i += 1

    close_list()
    return scan


def _title(lines: list[str], i: int) -> tuple[int, int, str, tuple[str, bool]] | None:
    """A title starting at line ``i``: (first, last line, text, style), or None."""
    n = len(lines)
    line = lines[i].rstrip()
    over = _ADORNMENT.match(line)
    if over and len(line) >= 3 and i + 2 < n:
        text = lines[i + 1].strip()
        under = lines[i + 2].rstrip()
        if text and under == line and not _ADORNMENT.match(text):
            return i, i + 2, text, (line[0], True)
    if over:
        return None
    if i + 1 < n:
        under = lines[i + 1].rstrip()
        if not _ADORNMENT.match(under) or not (len(under) >= len(line) or len(under) >= 4):
            return None
        # An odd character right above more text is more likely prose than a title.
        if i + 2 >= n or not lines[i + 2].strip() or under[0] in "=-~^\"'`#*+_":
            return i, i + 1, line.strip(), (under[0], False)
    return None


def _indented_block(
    scan: Scan, start: int, base: int, *, language: str | None, fenced: bool
) -> int:
    """Record the block of lines indented deeper than ``base`` from ``start`` as code."""
    lines = scan.lines
    while start < len(lines) and not lines[start].strip():
        start += 1
    i = start
    last = start - 1
    while i < len(lines):
        line = lines[i]
        if line.strip():
            if _indent(line) <= base:
                break
            last = i
        i += 1
    if last < start:
        return start
    block = lines[start : last + 1]
    depth = min((_indent(x) for x in block if x.strip()), default=0)
    text = "\n".join(x[depth:] for x in block)
    scan.code_blocks.append(CodeBlock(language=language, line=start + 1, text=text, fenced=fenced))
    scan.mark(start, last)
    return last + 1


def _explicit_markup(scan: Scan, start: int) -> int:
    """A ``..`` construct: directive, substitution, target or comment."""
    lines = scan.lines
    line = lines[start]
    base = _indent(line)
    directive = _DIRECTIVE.match(line)
    if directive is None and _FOOTNOTE.match(line):
        # A footnote or citation (``.. [#]``, ``.. [1]``, ``.. [CIT2002]``) is shown with
        # the text, its links included: only its label is markup.
        if not _FOOTNOTE.sub("", line).strip():
            scan.mark(start, start)
        return start + 1
    if directive is None:
        # A comment or a hyperlink target: not prose; its indented continuation neither.
        end = _block_end(lines, start + 1, base)
        scan.mark(start, end - 1)
        return end
    substitution, name, argument = (
        directive.group(2),
        directive.group(3).lower(),
        directive.group(4),
    )
    options: dict[str, str] = {}
    i = start + 1
    while i < len(lines):
        option = _OPTION.match(lines[i])
        if not option or _indent(lines[i]) <= base:
            break
        options[option.group(1).lower()] = option.group(2).strip()
        i += 1
    scan.mark(start, i - 1)
    if name in _CODE_DIRECTIVES:
        language = argument.strip().lower() or None
        return (
            _indented_block(scan, i, base, language=language, fenced=True) if i < len(lines) else i
        )
    if name in _IMAGE_DIRECTIVES:
        src = argument.strip()
        target = options.get("target") or None
        image = Image(
            src=src, alt=options.get("alt", ""), line=start + 1, badge=is_badge(src), link=target
        )
        if substitution:
            scan.substitutions.setdefault(substitution.strip().lower(), image)
        elif src:
            scan.images.append(image)
            if target:
                scan.links.append(
                    Link(url=target, text=image.alt, line=start + 1, kind=link_kind(target))
                )
    if name == "raw" and "html" in argument.lower():
        end = _block_end(lines, i, base)
        scan.html_blocks.append(HtmlBlock(line=start + 1, text="\n".join(lines[start:end])))
        scan.mark(start, end - 1)
        return end
    # Other directives (note, warning, toctree...) hold prose: let the scanner read it.
    return i


def _block_end(lines: list[str], i: int, base: int) -> int:
    """Index after the lines from ``i`` that are blank or indented deeper than ``base``."""
    last = i - 1
    while i < len(lines):
        if lines[i].strip():
            if _indent(lines[i]) <= base:
                break
            last = i
        i += 1
    return last + 1


def _grid_table(scan: Scan, start: int) -> int:
    lines = scan.lines
    columns = lines[start].strip().count("+") - 1
    i = start
    borders = 0
    header = False
    while i < len(lines) and lines[i].strip()[:1] in ("+", "|"):
        if _GRID_BORDER.match(lines[i].strip()):
            borders += 1
            header = header or "=" in lines[i]
        i += 1
    scan.tables.append(
        Table(line=start + 1, rows=max(borders - 1 - int(header), 0), columns=columns)
    )
    return i


def _simple_table(scan: Scan, start: int) -> int:
    lines = scan.lines
    columns = len(lines[start].split())
    i = start + 1
    borders = 1
    rows = 0
    while i < len(lines):
        stripped = lines[i].strip()
        if _SIMPLE_BORDER.match(stripped) or (columns == 1 and _ADORNMENT.match(stripped)):
            borders += 1
            i += 1
            if borders == 3 or (i < len(lines) and not lines[i].strip()):
                break
            continue
        if stripped:
            rows += 1
        i += 1
    header_rows = 1 if borders == 3 else 0
    scan.tables.append(Table(line=start + 1, rows=max(rows - header_rows, 0), columns=columns))
    return i
