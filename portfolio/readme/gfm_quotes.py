"""A Python-Markdown extension: a blank line ends a block quote, as on GitHub.

Python-Markdown adds a quote that follows another after a blank line to the first one, as the
original Markdown did. GitHub (CommonMark) starts a new quote there, and READMEs rely on it:
two alerts in a row, ``> [!NOTE]`` then ``> [!TIP]``, are two boxes on GitHub, but became one
quote whose second marker was left as text.
"""

from __future__ import annotations

from xml.etree import ElementTree as etree

from markdown import Extension, Markdown
from markdown.blockprocessors import BlockQuoteProcessor


class _SeparateQuotes(BlockQuoteProcessor):
    """The base class's processor, without reaching back into the quote before."""

    def run(self, parent: etree.Element, blocks: list[str]) -> None:
        block = blocks.pop(0)
        match = self.RE.search(block)
        if match is None:  # test() said it matches; kept for the type checker
            self.parser.parseBlocks(parent, [block])
            return
        # Lines before the quote in the same block are parsed first, as in the base class.
        self.parser.parseBlocks(parent, [block[: match.start()]])
        lines = block[match.start() :].split("\n")
        quote = etree.SubElement(parent, "blockquote")
        # Quotes inside lists keep their paragraphs, as in the base class.
        self.parser.state.set("blockquote")
        self.parser.parseChunk(quote, "\n".join(self.clean(line) for line in lines))
        self.parser.state.reset()


class GfmQuotesExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        md.parser.blockprocessors.register(_SeparateQuotes(md.parser), "quote", 20)
