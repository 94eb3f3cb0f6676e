"""A Python-Markdown extension: a bare URL that is the text of an HTML link is not linked again.

READMEs write ``<a href="https://www.starlette.io/" target="_blank">https://www.starlette.io</a>``;
GitHub shows one link. The autolinker (``pymdownx.magiclink``) cannot see that its URL stands
inside a raw ``<a>`` (Python-Markdown hides raw HTML from inline patterns), so it wraps the text
in a second ``<a>``. A browser, or the sanitiser's HTML5 parser, then closes the outer link at the
inner one: the page gets an empty link (screen readers announce it without a name; axe reports
"Links must have discernible text") and the text loses the address it was written with. This
postprocessor, run once the raw HTML is back in place, drops such an autolink inside another
link, keeping its text.
"""

from __future__ import annotations

import re

from markdown import Extension
from markdown.postprocessors import Postprocessor

_A_TAG = re.compile(r"<(/?)a(?=[\s>/])[^>]*>", re.IGNORECASE)
# The autolinker's own link: an address and nothing else, its text plain.
_AUTOLINK = re.compile(r'<a href="[^"<>]*">[^<>]*</a>')


def without_nested_links(html: str) -> str:
    """``html`` with each autolinked URL inside another link replaced by its text.

    Only when both links are closed: a README's ``<a>`` left open is closed by the browser at
    the next link, which then stays a link, so it is left as it is here too."""
    if html.lower().count("<a") < 2:
        return html
    tags = list(_A_TAG.finditer(html))
    closed_by: dict[int, int] = {}  # index of an opening tag -> index of its closing tag
    parent: dict[int, int] = {}  # index of an opening tag -> the link it opened inside
    stack: list[int] = []
    for index, tag in enumerate(tags):
        if tag.group(1) != "/":
            if stack:
                parent[index] = stack[-1]
            stack.append(index)
        elif stack:
            closed_by[stack.pop()] = index
    dropped: set[int] = set()
    for inner, outer in parent.items():
        close = closed_by.get(inner)
        if close is None or outer not in closed_by:
            continue
        if _AUTOLINK.fullmatch(html, tags[inner].start(), tags[close].end()):
            dropped.update((inner, close))
    if not dropped:
        return html
    out: list[str] = []
    kept = 0  # end of the text copied so far
    for index in sorted(dropped):
        out.append(html[kept : tags[index].start()])
        kept = tags[index].end()
    out.append(html[kept:])
    return "".join(out)


class _NestedLinks(Postprocessor):
    def run(self, text: str) -> str:
        return without_nested_links(text)


class GfmLinksExtension(Extension):
    def extendMarkdown(self, md):
        # After the raw HTML postprocessor (priority 30) has put the README's own tags back.
        md.postprocessors.register(_NestedLinks(md), "gfm_nested_links", 5)
