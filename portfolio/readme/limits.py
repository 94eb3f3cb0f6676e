"""Bounds on how much work one README may ask of the renderers.

Python-Markdown and docutils are not built for hostile input: a 10 MB README takes minutes,
800 list levels take 23 s and 5,000 take longer than anyone waits, thousands of nested ``[``
grow quadratically. A real README is a few kilobytes nested a few levels, so beyond these
bounds a README is shown truncated (with a note saying so) or as plain text, and the build
goes on.
"""

from __future__ import annotations

import re

MAX_CHARS = 256 * 1024
"""Characters rendered: ten times a long README, half of the 512 KB at which GitHub stops
rendering one, and at most about 15 s of Python-Markdown even for dense markup."""
MAX_INDENT = 120
"""Columns of indentation for a list item or quote (60 levels of two-space lists)."""
MAX_BRACKETS = 100
"""Depth of nested ``[`` (a badge inside a link is 2)."""

TRUNCATED_NOTE = (
    "This README is longer than {size} KB: only its beginning is shown here. "
    "Read it whole on GitHub: {url}"
)

_LIST_OR_QUOTE = re.compile(r"^([ \t>]*)(?:[-*+]|\d{1,9}[.)]|>)(?:[ \t]|$)", re.MULTILINE)
_BRACKET = re.compile(r"\\.|[\[\]]")


def truncate(text: str) -> tuple[str, bool]:
    """``text`` cut at the last line break before ``MAX_CHARS``, and whether it was cut."""
    if len(text) <= MAX_CHARS:
        return text, False
    cut = text.rfind("\n", 0, MAX_CHARS)
    return text[: cut if cut > 0 else MAX_CHARS], True


def too_deep(text: str) -> bool:
    """Whether ``text`` nests lists, quotes or brackets deeper than any real README does."""
    for match in _LIST_OR_QUOTE.finditer(text):
        prefix = match.group(1)
        if len(prefix.expandtabs(4)) > MAX_INDENT or prefix.count(">") > MAX_INDENT // 2:
            return True
    depth = 0
    for match in _BRACKET.finditer(text):
        token = match.group()
        if token == "[":
            depth += 1
            if depth > MAX_BRACKETS:
                return True
        elif token == "]":
            depth = max(depth - 1, 0)
    return False
