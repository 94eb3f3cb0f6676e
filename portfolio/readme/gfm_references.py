"""A Python-Markdown extension: reference links whose label holds inline code.

Rust READMEs, often written from the crate's documentation, link API names so:
``[`std::error::Error`]`` with ``[`std::error::Error`]: https://doc.rust-lang.org/...``
further down. GitHub matches the label as written; Python-Markdown reads the code span first
and then finds no definition for what is left, so the page shows the brackets. This
preprocessor gives each such definition a plain label and points its uses to it, outside
fenced code, before Markdown reads the text. The link text keeps its code.
"""

from __future__ import annotations

import re

from markdown import Extension
from markdown.preprocessors import Preprocessor

from portfolio.readme import gfm_fences as fences

# `[`label`]: url`, possibly indented inside a list item.
_DEFINITION = re.compile(r"^(\s*)\[([^\[\]\n]*`[^\[\]\n]*)\]:(\s.*|)$")
# `[text]`, then `[label]`, `[]` or nothing.
_REFERENCE = re.compile(r"\[([^\[\]\n]+)\](?:\[([^\[\]\n]*)\])?")


def _key(label: str) -> str:
    """How a label is matched: case and runs of spaces do not count (CommonMark)."""
    return " ".join(label.split()).casefold()


def _outside_fences(lines: list[str]) -> list[bool]:
    """For each line, whether it stands outside a fenced code block."""
    outside = []
    fence: str | None = None
    for line in lines:
        if fence is None:
            fence = fences.opening(line)
            outside.append(fence is None)
        else:
            outside.append(False)
            if fences.closes(fence, line):
                fence = None
    return outside


class _CodeLabels(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        if not any("`]:" in line for line in lines):
            return lines
        outside = _outside_fences(lines)
        labels: dict[str, str] = {}
        for line, readable in zip(lines, outside, strict=True):
            match = _DEFINITION.match(line) if readable else None
            if match:
                labels.setdefault(_key(match.group(2)), f"code-reference-{len(labels) + 1}")
        if not labels:
            return lines

        def relabel(match: re.Match[str]) -> str:
            text, label = match.group(1), match.group(2)
            if label is None:
                following = match.string[match.end() : match.end() + 1]
                starts_line = not match.string[: match.start()].strip()
                if following == "(" or (following == ":" and starts_line):
                    return match.group(0)  # an inline link, or a definition
                label = text
            plain = labels.get(_key(label or text))
            return f"[{text}][{plain}]" if plain else match.group(0)

        out = []
        for line, readable in zip(lines, outside, strict=True):
            if readable and "[" in line:
                definition = _DEFINITION.match(line)
                if definition and _key(definition.group(2)) in labels:
                    line = (
                        f"{definition.group(1)}[{labels[_key(definition.group(2))]}]:"
                        f"{definition.group(3)}"
                    )
                else:
                    line = _REFERENCE.sub(relabel, line)
            out.append(line)
        return out


class GfmCodeLabelsExtension(Extension):
    def extendMarkdown(self, md):
        # Before the HTML block (20) and reference (block) processors read the text.
        md.preprocessors.register(_CodeLabels(md), "gfm_code_labels", 27)
