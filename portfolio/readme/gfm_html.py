"""A Python-Markdown extension: read Markdown inside ``<div>``, ``<details>`` and ``<p>``.

READMEs often wrap Markdown in HTML, a centred ``<div align="center">`` around a title and
badges, or a ``<details>`` box around a long section; GitHub renders the Markdown inside
(when blank lines separate it from the tags). Python-Markdown keeps such blocks as raw HTML
unless the tag says ``markdown="1"``, so this preprocessor adds that attribute to those
opening tags at the start of a line, outside code blocks; the ``md_in_html`` extension does
the rest.
"""

from __future__ import annotations

import re

from markdown import Extension
from markdown.extensions.md_in_html import MarkdownInHtmlExtension
from markdown.preprocessors import Preprocessor

_OPENING = re.compile(r"^( {0,3})<(div|details|p|center)(\s[^<>]*)?>", re.IGNORECASE)
_FENCE = re.compile(r"^ *(`{3,}|~{3,})")


class _MarkdownInBlocks(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        out = []
        fence: str | None = None
        for line in lines:
            if fence is not None:
                if line.strip().startswith(fence):
                    fence = None
                out.append(line)
                continue
            fence_match = _FENCE.match(line)
            if fence_match:
                fence = fence_match.group(1)
                out.append(line)
                continue
            match = _OPENING.match(line)
            if match and "markdown=" not in (match.group(3) or "").lower():
                attributes = (match.group(3) or "").rstrip("/")
                line = (
                    f'{match.group(1)}<{match.group(2)}{attributes} markdown="1">'
                    + line[match.end() :]
                )
            out.append(line)
        return out


class GfmHtmlBlocksExtension(Extension):
    def extendMarkdown(self, md):
        MarkdownInHtmlExtension().extendMarkdown(md)
        # Before the HTML block preprocessor (20) reads the tags; after GitHub list nesting.
        md.preprocessors.register(_MarkdownInBlocks(md), "gfm_markdown_in_html", 28)
