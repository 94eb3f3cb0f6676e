"""Find the headings and blocks of a Markdown README in one pass over its lines.

A line-based scanner rather than a full CommonMark parser: it needs to be linear in time on any
input (no recursion, so 5,000 nested quotes or lists cost nothing) and to follow what README
writers do rather than the letter of the spec. It knows ATX (``#``) and setext (underlined)
headings, ``<h1>``..``<h6>`` headings (also inside ``<p align="center">`` blocks), lines of
bold text used as headings, fenced (```` ``` ```` and ``~~~``) and indented code, ``<pre>``,
HTML comments (whose content is never a heading), HTML blocks, pipe tables and lists.
"""

from __future__ import annotations

import re

from checks.readme import CodeBlock, HtmlBlock, ListBlock, Table
from checks.readme_scan import TAG as _TAG
from checks.readme_scan import Heading, Scan, clean_heading
from portfolio.front_matter import MAX_FRONT_MATTER_LINES, front_matter_lines

_FENCE = re.compile(r"(`{3,}|~{3,})[ \t]*([^\s`{]*)")
_ATX = re.compile(r"(#{1,6})(?:[ \t]+(.*?))?[ \t]*$")
_ATX_CLOSING = re.compile(r"[ \t]+#+[ \t]*$")
# Old GitHub rendered "##Install" as a heading and many READMEs still rely on it; a lone "#"
# must then be followed by a capital or a non-ASCII letter ("#define", "#!/bin/sh" are not).
_ATX_TIGHT = re.compile(r"(##{1,5})([^#\s].*)$|#([A-Z\u00c0-\uffff][^\n]*)$")
_SETEXT = re.compile(r" {0,3}(=+|-+)[ \t]*$")
_THEMATIC = re.compile(r" {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_HTML_HEADING_OPEN = re.compile(r"<h([1-6])(?=[\s>/])[^>]*>", re.IGNORECASE)
_HTML_START = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?=[\s>/])|<!(?!--)")
# CommonMark's HTML blocks: a line opening with one of these tags starts one anywhere, even
# inside a paragraph ("type 6"); any other tag starts one only when it stands alone on its
# line, complete, outside a paragraph ("type 7"). `<a name="apl"></a>` above `## APL` is
# text of a paragraph, which the heading then interrupts (awesome-machine-learning's 130
# language sections).
_BLOCK_TAG = re.compile(
    r"address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|"
    r"details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|"
    r"h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|"
    r"optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|"
    r"track|ul",
    re.IGNORECASE,
)
_TAG_NAME = re.compile(r"</?([A-Za-z][A-Za-z0-9-]*)(?=[\s>/]|$)")
_LONE_TAG = re.compile(
    r"</?[A-Za-z][A-Za-z0-9-]*"
    r"(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s\"'=<>`]+|'[^']*'|\"[^\"]*\"))?)*"
    r"\s*/?>\s*$"
)
_BOLD_LINE = re.compile(r" {0,3}(\*\*|__)([^*_\n]{1,100})\1[ \t]*:?[ \t]*$")
_LIST_ITEM = re.compile(r"[ \t]*(?:([-*+])|(\d{1,9})[.)])(?:[ \t]+|$)")
_TABLE_DELIMITER = re.compile(r"[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
_PRE_OPEN = re.compile(r"<pre[\s>]", re.IGNORECASE)

# How far an HTML heading may run before its closing tag is considered missing.
_HTML_HEADING_MAX_LINES = 30
# Longer "paragraphs" above a "---" are a thematic break written without a blank line, not a
# heading: nobody writes a five-line heading.
_SETEXT_MAX_LINES = 3
_SETEXT_MAX_CHARS = 200
_BOLD_MAX_CHARS = 60
_NOT_A_TITLE = re.compile(r"https?://|www\.|<|&lt;|\(c\)|©|@", re.IGNORECASE)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def scan_markdown(lines: list[str]) -> Scan:
    """Scan a Markdown README given as its lines (see ``readme_scan.split_lines``)."""
    scan = Scan(lines)
    n = len(lines)
    i = 0
    paragraph_start: int | None = None  # first line of the open paragraph (setext candidate)
    in_list = False
    list_start = list_items = 0
    list_ordered = False
    item_indent = 0  # where the text of the list item last seen starts
    last_level = 0
    previous_blank = True
    # YAML front matter (a Hugging Face Space's title:, sdk:...) holds settings, which GitHub
    # shows as a table: neither a heading (`sdk: gradio` above `---`) nor prose.
    settings = front_matter_lines("\n".join(lines[: MAX_FRONT_MATTER_LINES + 1]))
    if settings:
        scan.mark(0, settings - 1)
        i = settings

    def close_list() -> None:
        nonlocal in_list
        if in_list:
            scan.lists.append(
                ListBlock(line=list_start + 1, items=list_items, ordered=list_ordered)
            )
        in_list = False

    while i < n:
        line = lines[i]
        stripped = line.strip()

        if not stripped:
            paragraph_start = None
            previous_blank = True
            i += 1
            continue
        indent = _indent(line)
        # Most patterns below can only match when the first character after the indent is
        # one of a few: testing it first spares a regular expression call on most lines.
        first = line[indent]

        # Fenced code: nothing inside is a heading, link or word of prose. In a list item the
        # fence is indented like the item's text ("1. Clone it:" then "    ```bash").
        margin = item_indent if in_list else 0
        if indent <= margin + 3 and first in "`~":
            fence = _FENCE.match(line, indent)
            if fence and not (fence.group(1)[0] == "`" and "`" in line[fence.end() :]):
                i = _fenced_code(scan, i, fence.group(1), fence.group(2), indent, margin)
                paragraph_start = None
                previous_blank = False
                continue

        # Indented code: never inside a paragraph or a list (there it continues the text).
        if indent >= 4 and not in_list and paragraph_start is None:
            i = _indented_code(scan, i)
            previous_blank = False
            continue

        if stripped.startswith("<!--") and not _comment_then_text(stripped):
            i = _comment(scan, i)
            paragraph_start = None
            previous_blank = False
            continue

        if stripped.startswith("<"):
            if _PRE_OPEN.match(stripped):
                i = _pre_block(scan, i)
                paragraph_start = None
                previous_blank = False
                continue
            heading_open = _HTML_HEADING_OPEN.search(line)
            if heading_open and not _TAG.sub("", line[: heading_open.start()]).strip():
                end = _html_heading(scan, i, heading_open)
                if end is not None:
                    close_list()
                    last_level = scan.headings[-1].level
                    i = end + 1
                    paragraph_start = None
                    previous_blank = False
                    continue
            if _starts_html_block(stripped, in_paragraph=paragraph_start is not None):
                close_list()
                i = _html_block(scan, i)
                paragraph_start = None
                previous_blank = False
                continue

        if indent <= 3 and stripped.startswith("#"):
            heading = _atx(line[indent:])
            if heading is not None:
                level, text = heading
                close_list()
                scan.add_heading(Heading(i, i, level, clean_heading(text), "atx"))
                last_level = level
                paragraph_start = None
                previous_blank = False
                i += 1
                continue

        if paragraph_start is not None and first in "=-" and _SETEXT.match(line):
            raw = " ".join(s.strip() for s in lines[paragraph_start:i])
            is_equals = stripped[0] == "="
            if is_equals or (
                i - paragraph_start <= _SETEXT_MAX_LINES and len(raw) <= _SETEXT_MAX_CHARS
            ):
                level = 1 if is_equals else 2
                scan.add_heading(Heading(paragraph_start, i, level, clean_heading(raw), "setext"))
                last_level = level
                paragraph_start = None
                previous_blank = False
                i += 1
                continue

        if first in "-*_" and _THEMATIC.match(line):
            paragraph_start = None
            previous_blank = False
            i += 1
            continue

        if (
            "|" in line
            and i + 1 < n
            and "-" in lines[i + 1]
            and _TABLE_DELIMITER.match(lines[i + 1])
        ):
            close_list()
            i = _pipe_table(scan, i)
            paragraph_start = None
            previous_blank = False
            continue

        item = _LIST_ITEM.match(line) if first in "-*+" or first.isdigit() else None
        if item and (indent <= 3 or in_list):
            if not in_list:
                in_list = True
                list_start, list_items = i, 0
                list_ordered = item.group(2) is not None
            list_items += 1
            item_indent = item.end()
            paragraph_start = None
            previous_blank = False
            i += 1
            continue

        if in_list and (indent >= 2 or not previous_blank):
            # A continuation line of a list item (indented, or lazy right after it).
            previous_blank = False
            i += 1
            continue
        close_list()

        bold = _BOLD_LINE.match(line) if first in "*_" else None
        if bold and previous_blank and _bold_heading(bold.group(2), lines, i, last_level):
            level = 2
            scan.add_heading(
                Heading(i, i, level, clean_heading(bold.group(2)).rstrip(": "), "bold")
            )
            paragraph_start = None
            previous_blank = False
            i += 1
            continue

        if stripped.startswith(">"):
            paragraph_start = None
        elif paragraph_start is None:
            paragraph_start = i
        previous_blank = False
        i += 1

    close_list()
    return scan


def _bold_heading(text: str, lines: list[str], i: int, last_level: int) -> bool:
    """Whether a line of bold text stands for a heading.

    Cautious on purpose: a false heading splits a section in two, a missed one only leaves
    its text in the section above. So: short, alone between blank lines, not a sentence, and
    only where a ``##`` heading could stand (before any heading or under the title): under a
    real section heading, bold lines label names, images, groups of items.
    """
    if last_level >= 2 or len(text) > _BOLD_MAX_CHARS:
        return False
    if i + 1 < len(lines) and lines[i + 1].strip():
        return False
    stripped = text.strip()
    return bool(stripped) and stripped[-1] not in ".!?;," and not _NOT_A_TITLE.search(stripped)


def _atx(rest: str) -> tuple[int, str] | None:
    match = _ATX.match(rest)
    if match:
        text = _ATX_CLOSING.sub("", match.group(2) or "")
        if text.strip("#").strip() == "":
            text = ""
        return len(match.group(1)), text
    tight = _ATX_TIGHT.match(rest)
    if tight:
        if tight.group(1):
            return len(tight.group(1)), _ATX_CLOSING.sub("", tight.group(2))
        return 1, _ATX_CLOSING.sub("", tight.group(3))
    return None


def _fenced_code(
    scan: Scan, start: int, fence: str, info: str, indent: int = 0, margin: int = 0
) -> int:
    """Consume a fenced block from ``start`` (its fence ``indent`` spaces in, inside a list
    item whose text starts at ``margin``); return the index after its closing fence."""
    lines = scan.lines
    char, length = fence[0], len(fence)
    closing = re.compile(rf" {{0,{margin + 3}}}{re.escape(char)}{{{length},}}[ \t]*$")
    i = start + 1
    while i < len(lines) and not closing.match(lines[i]):
        i += 1
    end = min(i, len(lines) - 1)
    # The code's lines lose the fence's indentation, as they do on GitHub.
    body = "\n".join(_dedent(line, indent) for line in lines[start + 1 : i])
    language = info.strip().lower() or None
    scan.code_blocks.append(CodeBlock(language=language, line=start + 1, text=body, fenced=True))
    scan.mark(start, end)
    # An unclosed fence runs to the end of the README, as on GitHub.
    return i + 1


def _dedent(line: str, spaces: int) -> str:
    """``line`` without up to ``spaces`` of its leading spaces."""
    return line[min(spaces, len(line) - len(line.lstrip(" "))) :]


def _indented_code(scan: Scan, start: int) -> int:
    lines = scan.lines
    i = start
    last = start
    while i < len(lines):
        line = lines[i]
        if line.strip():
            if _indent(line) < 4:
                break
            last = i
        i += 1
    body = "\n".join(
        line[4:] if line.startswith("    ") else line.lstrip() for line in lines[start : last + 1]
    )
    scan.code_blocks.append(CodeBlock(language=None, line=start + 1, text=body, fenced=False))
    scan.mark(start, last)
    return last + 1


def _starts_html_block(stripped: str, in_paragraph: bool) -> bool:
    """Whether a line starting with ``<`` opens an HTML block, as CommonMark decides."""
    if not _HTML_START.match(stripped):
        return False
    if stripped.startswith("<!"):
        return True  # a declaration (`<!DOCTYPE html>`): comments were handled before
    name = _TAG_NAME.match(stripped)
    if name is not None and _BLOCK_TAG.fullmatch(name.group(1)):
        return True
    return not in_paragraph and bool(_LONE_TAG.match(stripped))


def _comment_then_text(stripped: str) -> bool:
    """A one-line comment followed by text (``<!-- x --> <img ...>``): the text counts."""
    end = stripped.find("-->", 4)
    return end >= 0 and bool(stripped[end + 3 :].strip())


def _comment(scan: Scan, start: int) -> int:
    """Skip an HTML comment: what it hides (old headings, notes) is not part of the README."""
    lines = scan.lines
    i = start
    while (
        i < len(lines) and "-->" not in lines[i][(lines[i].find("<!--") + 4 if i == start else 0) :]
    ):
        i += 1
    scan.mark(start, min(i, len(lines) - 1))
    return i + 1


def _pre_block(scan: Scan, start: int) -> int:
    lines = scan.lines
    i = start
    while i < len(lines) and "</pre>" not in lines[i].lower():
        i += 1
    end = min(i, len(lines) - 1)
    text = "\n".join(lines[start : end + 1])
    inner = re.sub(r"</?(?:pre|code)[^>]*>", "", text, flags=re.IGNORECASE)
    scan.code_blocks.append(CodeBlock(language=None, line=start + 1, text=inner, fenced=False))
    scan.html_blocks.append(HtmlBlock(line=start + 1, text=text))
    scan.mark(start, end)
    return end + 1


def _html_heading(scan: Scan, start: int, opening: re.Match[str]) -> int | None:
    """Record an ``<hN>`` heading opened on line ``start``; return its last line index."""
    lines = scan.lines
    level = int(opening.group(1))
    closing = f"</h{level}"
    parts = [lines[start][opening.end() :]]
    end = start
    while closing not in parts[-1].lower():
        end += 1
        if end >= len(lines) or end - start > _HTML_HEADING_MAX_LINES:
            return None
        parts.append(lines[end])
    joined = "\n".join(parts)
    inner = joined[: joined.lower().find(closing)]
    scan.add_heading(Heading(start, end, level, clean_heading(inner), "html"))
    scan.html_blocks.append(HtmlBlock(line=start + 1, text="\n".join(lines[start : end + 1])))
    return end


def _html_block(scan: Scan, start: int) -> int:
    """An HTML block runs to the next blank line; headings inside it still count."""
    lines = scan.lines
    i = start
    block_start = start
    while i < len(lines) and lines[i].strip():
        # A comment inside the block hides its lines as one at the top level does
        # (smolagents comments out a CI badge inside its `<p align="center">`).
        stripped = lines[i].lstrip()
        if stripped.startswith("<!--") and not _comment_then_text(stripped):
            i = _comment(scan, i)
            continue
        # A `<pre>` starts a block of its own, also right under a line of inline HTML
        # ("<b>Step 4.</b> Install:" then "<pre>pip install x</pre>"): it is code, as on GitHub.
        if i > start and _PRE_OPEN.match(stripped):
            if i > block_start:
                _record_html(scan, block_start, i - 1)
            i = _pre_block(scan, i)
            block_start = i
            continue
        opening = _HTML_HEADING_OPEN.search(lines[i]) if i > start else None
        if opening is not None:
            end = _html_heading(scan, i, opening)
            if end is not None:
                if i > block_start:
                    _record_html(scan, block_start, i - 1)
                i = end + 1
                block_start = i
                continue
        i += 1
    if i > block_start:
        _record_html(scan, block_start, i - 1)
    return i


def _record_html(scan: Scan, start: int, end: int) -> None:
    text = "\n".join(scan.lines[start : end + 1])
    scan.html_blocks.append(HtmlBlock(line=start + 1, text=text))
    lower = text.lower()
    if "<table" in lower:
        rows = lower.count("<tr")
        first_row = lower[lower.find("<tr") :]
        first_row = (
            first_row[: max(first_row.find("</tr"), 0)] if "</tr" in first_row else first_row
        )
        columns = first_row.count("<td") + first_row.count("<th")
        has_header = "<th" in lower
        scan.tables.append(
            Table(line=start + 1, rows=max(rows - (1 if has_header else 0), 0), columns=columns)
        )


def _pipe_table(scan: Scan, start: int) -> int:
    lines = scan.lines
    header = lines[start].strip().strip("|")
    columns = header.count("|") + 1
    i = start + 2
    while i < len(lines) and lines[i].strip() and "|" in lines[i]:
        i += 1
    scan.tables.append(Table(line=start + 1, rows=i - start - 2, columns=columns))
    return i
