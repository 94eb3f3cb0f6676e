"""YAML front matter at the top of a Markdown README: the settings of a Hugging Face Space.

A Space's README opens with ``---``, ``title:``, ``emoji:``, ``sdk: gradio``... and ``---``.
GitHub shows that block as a table of settings; a portfolio page leaves it out, and a fix
that adds a title must put it under the block, never above (the Space would break).
"""

from __future__ import annotations

import re

# YAML front matter opening a README: the settings of a Hugging Face Space (`title:`,
# `emoji:`, `sdk: gradio`...), between two `---` lines. Every line inside is a `key: value`,
# a list item, an indented continuation, a comment or blank; a rule (`---`) above ordinary
# text is not front matter.
_FRONT_MATTER_LINE = re.compile(r"(?:[\w.-]+[ \t]*:(?:[ \t].*)?|- .*|#.*|[ \t].*|)\r?")
_KEY_LINE = re.compile(r"[\w.-]+[ \t]*:")
# Front matter is a few lines of settings; a longer block is not worth a look.
MAX_FRONT_MATTER_LINES = 200


def front_matter_lines(text: str) -> int:
    """How many lines the YAML front matter opening ``text`` takes, both ``---`` included;
    0 when it has none (a block needs at least one ``key: value`` line)."""
    if not text.lstrip("\ufeff").startswith("---"):
        return 0
    lines = text.split("\n", MAX_FRONT_MATTER_LINES + 2)
    if lines[0].lstrip("\ufeff").rstrip() != "---":
        return 0
    for index, line in enumerate(lines[1 : MAX_FRONT_MATTER_LINES + 1], start=1):
        if line.rstrip() in ("---", "..."):
            return index + 1 if any(_KEY_LINE.match(x) for x in lines[1:index]) else 0
        if not _FRONT_MATTER_LINE.fullmatch(line):
            return 0
    return 0


def without_front_matter(text: str) -> str:
    """``text`` without the YAML front matter that opens it, if it has some: it configures a
    Space or a site generator and is not text for readers."""
    count = front_matter_lines(text)
    if not count:
        return text
    parts = text.split("\n", count)
    return parts[count] if len(parts) > count else ""  # the block ends the file
