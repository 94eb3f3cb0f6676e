"""Quoted text in reports (repository names, descriptions, README lines) made harmless to show.

Reports quote what the snapshot holds, and a snapshot holds whatever its owner typed on GitHub.
Two kinds of character can lie to the reader: control characters (an ``ESC [2J`` clears the
terminal or repaints a CI log) and the invisible bidirectional controls, which reorder what
follows them, so that ``evil<U+202E>gnp.exe`` is displayed as ``evilexe.png``. Every human
format shows both as ``?``: the reader sees that something was there, and nothing moves.
"""

from __future__ import annotations

import re

_HIDDEN = re.compile(
    "["
    "\x00-\x1f\x7f-\x9f"  # C0 and C1 control characters, ESC included
    "\u061c\u200e\u200f"  # Arabic letter mark, left-to-right and right-to-left marks
    "\u202a-\u202e"  # embeddings and overrides (U+202E is the classic file-name spoof)
    "\u2066-\u2069"  # isolates
    "\u2028\u2029"  # line and paragraph separators: they break a line where none is seen
    "]"
)


def visible(text: str) -> str:
    """``text`` with control and bidirectional-control characters shown as ``?``."""
    return _HIDDEN.sub("?", text)


def one_line(text: str) -> str:
    """``text`` on one line (runs of whitespace folded to a space), then made ``visible``."""
    return visible(" ".join(text.split()))
