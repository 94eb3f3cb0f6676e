"""Turn README markup into (still untrusted) HTML, the way GitHub reads each format.

Markdown goes through Python-Markdown with pymdown-extensions set up like GitHub-flavoured
Markdown; reStructuredText through docutils with every directive that reads files or URLs
disabled; anything else is shown as preformatted text. Nothing here makes the HTML safe: that is
``portfolio.readme.sanitize``'s job, and it always runs next.
"""

from __future__ import annotations

import functools
import html
import io
from typing import Any

import markdown
from docutils import nodes
from docutils.core import publish_parts
from docutils.writers.html5_polyglot import HTMLTranslator
from docutils.writers.html5_polyglot import Writer as Html5Writer
from pymdownx import emoji

from portfolio.front_matter import without_front_matter
from portfolio.readme.gfm_fences import GfmFenceInfoExtension
from portfolio.readme.gfm_html import GfmHtmlBlocksExtension
from portfolio.readme.gfm_links import GfmLinksExtension
from portfolio.readme.gfm_lists import GfmListsExtension
from portfolio.readme.gfm_quotes import GfmQuotesExtension
from portfolio.readme.gfm_references import GfmCodeLabelsExtension
from portfolio.readme.gfm_tables import GfmTablesExtension
from portfolio.snapshot import Readme


@functools.cache
def _gemoji_index() -> dict[str, Any]:
    return emoji.gemoji({}, None)


def _shared_gemoji(_options: dict, _md: markdown.Markdown) -> dict[str, Any]:
    """pymdownx's gemoji index, built once per process: its own index function deep-copies
    thousands of entries for every Markdown instance (a sixth of a README's rendering time),
    and the extension only ever reads the index."""
    return _gemoji_index()


def markdown_to_html(text: str) -> str:
    """GitHub-flavoured Markdown as GitHub renders README files: tables, fenced code, task
    lists, ~~strikethrough~~, autolinks, footnotes, emoji shortcodes."""
    md = markdown.Markdown(
        extensions=[
            "pymdownx.saneheaders",  # `#tag` is not a heading on GitHub: a space is required
            "tables",
            "footnotes",
            "pymdownx.superfences",
            "pymdownx.highlight",
            "pymdownx.tasklist",
            "pymdownx.tilde",
            "pymdownx.magiclink",
            "pymdownx.emoji",
            GfmListsExtension(),  # two-space nested lists, as on GitHub
            GfmHtmlBlocksExtension(),  # Markdown inside <div align="center"> and <details>
            GfmQuotesExtension(),  # a blank line ends a quote: two alerts in a row stay two
            GfmCodeLabelsExtension(),  # [`Error`] links to its definition, as on GitHub
            GfmTablesExtension(),  # a heading right under a table's last row ends it
            GfmFenceInfoExtension(),  # ```shell script is shell: the language is the first word
            GfmLinksExtension(),  # <a href="x">https://x</a> stays one link
        ],
        extension_configs={
            "pymdownx.highlight": {
                "use_pygments": True,
                "css_class": "highlight",
                # GitHub does not guess: an unlabelled fence stays plain text.
                "guess_lang": False,
            },
            "pymdownx.tasklist": {"custom_checkbox": False},
            "pymdownx.tilde": {"subscript": False},
            # Bare URLs become links, as on GitHub. `#123`, `@user` and commit hashes do not:
            # GitHub links those in issues and comments, not in README files ("markdown"
            # rather than "gfm" mode of its Markdown API), so neither do we.
            "pymdownx.magiclink": {
                "repo_url_shorthand": False,
                "social_url_shorthand": False,
            },
            "pymdownx.emoji": {
                "emoji_index": _shared_gemoji,
                "emoji_generator": emoji.to_alt,
                "alt": "unicode",
            },
        },
        output_format="html",
    )
    return md.convert(text)


class _CompactListTranslator(HTMLTranslator):
    """docutils' HTML5 writer with the items of a simple list written without ``<p>``.

    The writer wraps every item in a paragraph and leaves the spacing to its own stylesheet
    (``ul.simple``), which a project page does not load and the sanitiser's class filter
    would defeat; GitHub shows such a list of links tight, as the older writer did.
    """

    def __init__(self, document: nodes.document) -> None:
        super().__init__(document)
        self._compact_lists: dict[int, bool] = {}  # a list's id -> simple? (asked once each)

    def visit_paragraph(self, node: nodes.paragraph) -> None:
        item = node.parent
        compact = isinstance(item, nodes.list_item) and item.index(node) == 0
        if compact:
            listed = item.parent
            if id(listed) not in self._compact_lists:
                self._compact_lists[id(listed)] = bool(self.is_compactable(listed))
            compact = self._compact_lists[id(listed)]
        self.context.append(compact)
        if not compact:
            super().visit_paragraph(node)

    def depart_paragraph(self, node: nodes.paragraph) -> None:
        if not self.context.pop():
            super().depart_paragraph(node)


def rst_to_html(text: str) -> str:
    """reStructuredText with ``include``, ``raw`` and file/URL options disabled."""
    writer = Html5Writer()
    writer.translator_class = _CompactListTranslator
    parts = publish_parts(
        source=text,
        writer=writer,
        settings_overrides={
            # A README must never read the builder's files (`.. include:: /etc/passwd`) or
            # fetch URLs (`.. raw:: html :url:`), nor inject raw HTML.
            "file_insertion_enabled": False,
            "raw_enabled": False,
            "_disable_config": True,  # ignore docutils.conf files on the building machine
            "report_level": 5,  # no "System Message" boxes in the page
            "halt_level": 5,  # never stop on a README's mistakes
            "warning_stream": io.StringIO(),
            "doctitle_xform": False,  # keep the first title as a heading, like GitHub
            "initial_header_level": 1,
            "syntax_highlight": "short",
            "embed_stylesheet": False,
            "input_encoding": "unicode",
        },
    )
    return parts["body"]


def text_to_html(text: str) -> str:
    return f"<pre>{html.escape(text)}</pre>"


def to_html(readme: Readme) -> str:
    """The README's HTML before sanitising, chosen by its format."""
    if readme.format == "markdown":
        return markdown_to_html(without_front_matter(readme.text))
    if readme.format == "rst":
        return rst_to_html(readme.text)
    return text_to_html(readme.text)
