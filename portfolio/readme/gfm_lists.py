"""A Python-Markdown extension: nest lists the way GitHub does.

GitHub nests a list item (or continues it with a paragraph or a code block) when the line is
indented as far as the parent item's text starts: two spaces under ``- item``, three under
``1. item``. Python-Markdown wants four spaces for every level, so most READMEs' nested lists
come out flat. This preprocessor re-indents the lines that belong to a list item to four
spaces per level, keeping the rest of their indentation; lines outside lists are untouched.
"""

from __future__ import annotations

import re

from markdown import Extension
from markdown.preprocessors import Preprocessor

from portfolio.readme import gfm_fences as fences

_ITEM = re.compile(r"^( *)([-*+]|\d{1,9}[.)])( +|$)")
STEP = 4


class _ListIndent(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        out: list[str] = []
        stack: list[int] = []  # per open list item: the column where its text starts
        fence: tuple[str, int] | None = None  # open code fence: its marker, its item depth
        for line in lines:
            text = line.expandtabs(STEP)
            indent = len(text) - len(text.lstrip(" "))
            if fence is not None:
                marker, depth = fence
                if depth == 0:
                    out.append(line)
                else:
                    column = min(indent, stack[depth - 1])
                    out.append(" " * (STEP * depth) + text[column:])
                if fences.closes(marker, text):
                    fence = None
                continue
            if not text.strip():
                out.append(line)
                continue
            while stack and indent < stack[-1]:
                stack.pop()
            item = _ITEM.match(text)
            depth = len(stack)
            if item:
                marker_end = len(item.group(1)) + len(item.group(2))
                spaces = len(item.group(3))
                # Five or more spaces after the marker begin an indented code block instead.
                stack.append(marker_end + (spaces if 0 < spaces <= STEP else 1))
                out.append(" " * (STEP * depth) + text[indent:])
                continue
            marker = fences.opening(text)
            if marker:
                fence = (marker, depth)
            if depth:
                out.append(" " * (STEP * depth) + text[stack[-1] :])
            else:
                out.append(line)
        return out


class GfmListsExtension(Extension):
    def extendMarkdown(self, md):
        # After whitespace normalisation (30), before fenced code (superfences) and HTML
        # blocks (20) read the lines.
        md.preprocessors.register(_ListIndent(md), "gfm_list_indent", 29)
