"""How a fix writes a heading, a link, an image or a code block in the README's own markup.

A fix quotes what to type. For a ``README.md`` that is Markdown (``## License``,
``[LICENSE](LICENSE)``); for a ``README.rst`` it must be reStructuredText, where Markdown
would show as written (``` ``` ``` is not a code block there, ``## License`` is a paragraph).
Every function takes the README's format, as ``Readme.format`` and ``ReadmeAnalysis.format``
give it (``"rst"``, else Markdown).
"""

from __future__ import annotations


def heading(fmt: str, title: str) -> str:
    """A second-level heading ``title``, quoted for the fix text."""
    if fmt == "rst":
        return f'"{title}" underlined with `{"-" * len(title)}`'
    return f'"## {title}"'


def title(fmt: str, name: str) -> str:
    """The README's level-1 title ``name``, quoted for the fix text."""
    if fmt == "rst":
        return f"`{name}` with a line of `{'=' * len(name)}` under it"
    return f"`# {name}`"


def link(fmt: str, text: str, target: str) -> str:
    """A link to ``target`` that reads ``text``, as the README writes one."""
    if fmt == "rst":
        return f"`{text} <{target}>`_"
    return f"[{text}]({target})"


def image(fmt: str, alt: str, src: str) -> str:
    """An image with its alt text, as the README shows one (quoted with backticks)."""
    if fmt == "rst":
        return f"`.. image:: {src}` with an indented `:alt: {alt}` line"
    return f"`![{alt}]({src})`"


def code_block(fmt: str) -> str:
    """What the README calls a block of code, for "in ...": ``fmt``'s own way to mark one."""
    if fmt == "rst":
        return "a literal block (a line ending in `::`, then the lines indented)"
    return "a fenced code block"


def contents(fmt: str) -> str:
    """How to add a table of contents under the README's intro."""
    if fmt == "rst":
        return "a `.. contents::` directive on a line of its own: it lists the sections as links"
    return (
        '"## Contents" with a list of links to its sections, e.g. `- [Installation](#installation)`'
    )
