"""Code fences as CommonMark reads them, for the preprocessors that must skip fenced code,
and a Python-Markdown extension that reads a fence's info string as GitHub does.

A fence opens on three or more backticks or tildes and closes only on a run of the same
mark at least as long, with nothing after it: a ```` example holding ``` lines stays one
block. Any indentation is accepted, since a fence inside a list item is indented as deep as
the item's text.

A fence at the left margin ends the paragraph above it, and the text right under its closing
line starts a new paragraph; Python-Markdown kept the three as one paragraph, with the code
block inside the ``<p>``, where the browser's parser closed the paragraph early and left the
text after the code outside any (smolagents' "Then define your agent..."). Blank lines are
added around such a fence, which changes nothing else: CommonMark already reads a blank there.

GitHub takes the first word of the info string as the language and ignores the rest:
```` ```shell script ```` is shell code. pymdownx.superfences reads what follows the language
as ``key="value"`` options, and a fence with other words there (latent-diffusion's
```` ```shell script ````) was no fence at all: its commands ran into the paragraph above.
"""

from __future__ import annotations

import re

from markdown import Extension
from markdown.preprocessors import Preprocessor

FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})")


def opening(line: str) -> str | None:
    """The run of marks that opens a fence on ``line``, if it opens one."""
    match = FENCE.match(line)
    return match.group(1) if match else None


def closes(fence: str, line: str) -> bool:
    """Whether ``line`` closes the fence opened by the run ``fence``."""
    match = FENCE.match(line)
    return bool(match and match.group(1).startswith(fence) and not line[match.end() :].strip())


# An opening fence with an info string: indentation, the marks, the first word, the rest.
_INFO = re.compile(r"^([ \t]*)(`{3,}|~{3,})[ \t]*([^\s`]*)[ \t]+\S.*$")


class _FenceInfo(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        if not any("```" in line or "~~~" in line for line in lines):
            return lines
        out: list[str] = []
        fence: str | None = None
        for line in lines:
            if fence is not None:
                if closes(fence, line):
                    fence = None
                out.append(line)
                continue
            fence = opening(line)
            match = _INFO.match(line) if fence else None
            # A backtick fence's info string holds no backtick (``` `x` ``` is inline code).
            if match and not (fence.startswith("`") and "`" in line[match.end(2) :]):
                line = f"{match.group(1)}{match.group(2)}{match.group(3)}"
            out.append(line)
        return out


class _FenceSpacing(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        if not any(line.startswith(("```", "~~~")) for line in lines):
            return lines
        out: list[str] = []
        fence: str | None = None
        margin = False  # whether the open fence stands at the left margin
        for index, line in enumerate(lines):
            if fence is None:
                fence = opening(line)
                margin = fence is not None and line.startswith(fence)
                if margin and out and _text(out[-1]):
                    out.append("")
                out.append(line)
                continue
            out.append(line)
            if closes(fence, line):
                if margin and index + 1 < len(lines) and _text(lines[index + 1]):
                    out.append("")
                fence = None
        return out


def _text(line: str) -> bool:
    """A line of text a paragraph could hold: not blank, not an HTML tag line (an HTML block
    has rules of its own), not a fence."""
    stripped = line.strip()
    return bool(stripped) and not stripped.startswith("<") and opening(line) is None


class GfmFenceInfoExtension(Extension):
    def extendMarkdown(self, md):
        # Before superfences reads the fences (its preprocessor runs at 25).
        md.preprocessors.register(_FenceInfo(md), "gfm_fence_info", 29.5)
        md.preprocessors.register(_FenceSpacing(md), "gfm_fence_spacing", 29.4)
