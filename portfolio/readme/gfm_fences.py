"""Code fences as CommonMark reads them, for the preprocessors that must skip fenced code.

A fence opens on three or more backticks or tildes and closes only on a run of the same
mark at least as long, with nothing after it: a ```` example holding ``` lines stays one
block. Any indentation is accepted, since a fence inside a list item is indented as deep as
the item's text.
"""

from __future__ import annotations

import re

FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})")


def opening(line: str) -> str | None:
    """The run of marks that opens a fence on ``line``, if it opens one."""
    match = FENCE.match(line)
    return match.group(1) if match else None


def closes(fence: str, line: str) -> bool:
    """Whether ``line`` closes the fence opened by the run ``fence``."""
    match = FENCE.match(line)
    return bool(match and match.group(1).startswith(fence) and not line[match.end() :].strip())
