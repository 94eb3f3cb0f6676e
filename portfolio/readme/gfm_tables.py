"""A Python-Markdown extension: start and end a pipe table where GitHub does.

On GitHub a table ends at a blank line or where another block begins: a heading, a code
fence, a block quote, a horizontal rule or an HTML block. READMEs rely on it, writing
``### Installation`` right under the last row (ChatGLM-6B). Python-Markdown's table reads
every line up to the next blank line as a row, so the heading became a table cell. This
preprocessor puts a blank line between a table's last row and such a line, outside fenced
code, before the table extension reads the text.

A table may also start right under a paragraph or a code fence's closing line (PyTorch-GAN
puts its results table right under the command that produces them); Python-Markdown needs
a blank line above it, which is added.

GitHub also lets each row of a table leave out its outer pipes, whatever the others do:
``Model | Acc`` over ``| y | 2 |`` is a two-column table. Python-Markdown decides from the
header whether rows have outer pipes, and read ``| y | 2 |`` as an empty first cell; so
every row is given both outer pipes here.
"""

from __future__ import annotations

import re

from markdown import Extension
from markdown.preprocessors import Preprocessor

from portfolio.readme import gfm_fences as fences

# The delimiter row under a table's header: `|---|:---:|`, `--- | ---`.
_DELIMITER_ROW = re.compile(r"^ {0,3}\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")
# Lines that begin another block, and so end a table (GFM spec, "Tables").
_BLOCK_START = re.compile(
    r"^ {0,3}(?:#{1,6}(?:[ \t]|$)|`{3,}|~{3,}|>|(?:([-*_])[ \t]*)(?:\1[ \t]*){2,}$|"
    r"</?(?:div|p|table|details|summary|h[1-6]|pre|ul|ol|dl|hr|section|blockquote|center|"
    r"figure)(?:[\s/>]|$)|<!--)",
    re.IGNORECASE,
)


def _starts_table(header: str, delimiter: str) -> bool:
    """Whether a header row and a delimiter row open a table: GitHub wants as many cells in
    the one as in the other, else both lines stay text."""
    return (
        "|" in header
        and "|" in delimiter
        and bool(_DELIMITER_ROW.match(delimiter))
        and _cell_count(header) == _cell_count(delimiter)
    )


def _cell_count(row: str) -> int:
    """Cells of a row: split at each pipe not escaped (in code spans too, as GFM does), the
    outer pipes left out."""
    text = row.strip()
    text = text.removeprefix("|")
    if text.endswith("|") and not text.endswith("\\|"):
        text = text[:-1]
    return len(re.split(r"(?<!\\)\|", text))


class _TableEnds(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        if not any("|" in line for line in lines):
            return lines
        out: list[str] = []
        fence: str | None = None
        in_table = False
        for index, line in enumerate(lines):
            if fence is not None:
                if fences.closes(fence, line):
                    fence = None
                out.append(line)
                continue
            if in_table and (not line.strip() or _BLOCK_START.match(line)):
                in_table = False
                if line.strip():
                    out.append("")  # the blank line GitHub does not need
            fence = fences.opening(line)
            if fence is None and not in_table and index + 1 < len(lines):
                in_table = _starts_table(line, lines[index + 1])
                if in_table and out and out[-1].strip():
                    out.append("")  # a table needs no blank line above it either
            out.append(_with_outer_pipes(_unescaped_code_pipes(line)) if in_table else line)
        return out


# A code span: a run of backticks, the shortest text, the same run again.
_CODE_SPAN = re.compile(r"(`+)(.+?)(?<!`)\1(?!`)")


def _unescaped_code_pipes(row: str) -> str:
    """``a \\| b`` inside a code span of a row as ``a | b``. GitHub removes the backslash
    that keeps a pipe from splitting the cell, inside code too; Python-Markdown does not
    split cells inside code spans, so the bare pipe stays in its cell."""
    if "\\|" not in row or "`" not in row:
        return row
    return _CODE_SPAN.sub(lambda m: m.group(0).replace("\\|", "|"), row)


def _with_outer_pipes(row: str) -> str:
    """``a | b`` as ``| a | b |``: the same row as GitHub reads it, whatever the header does."""
    text = row.strip()
    indent = row[: len(row) - len(row.lstrip())]  # a table inside a list item stays there
    if not text.startswith("|"):
        text = f"| {text}"
    if not text.endswith("|") or text.endswith("\\|") or text == "|":
        text = f"{text} |"
    return indent + text


class GfmTablesExtension(Extension):
    def extendMarkdown(self, md):
        # After the other GitHub preprocessors (27-29) and before the HTML block reader (20).
        md.preprocessors.register(_TableEnds(md), "gfm_table_ends", 26)
