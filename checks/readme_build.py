"""Turn a scan of a README into the public ``ReadmeAnalysis``: cut sections, attach signals.

Sections are cut at the headings the scanner found; every line belongs to the preamble or to
exactly one section. Blocks and inline signals go to the section that holds their first line.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence

from checks.readme import ReadmeAnalysis, Section
from checks.readme_classify import classify
from checks.readme_inline import (
    count_words,
    markdown_inline,
    markdown_references,
    rst_inline,
    rst_targets,
)
from checks.readme_language import unread_language
from checks.readme_markdown import scan_markdown
from checks.readme_rst import scan_rst
from checks.readme_scan import Scan, split_lines


def build_analysis(text: str, fmt: str) -> ReadmeAnalysis:
    lines = split_lines(text)
    is_rst = fmt in ("rst", "rest", "restructuredtext")
    scan = scan_rst(lines) if is_rst else scan_markdown(lines)

    starts = [0] + [h.start for h in scan.headings]
    count = len(starts)
    buckets: list[dict[str, list]] = [
        {k: [] for k in ("code", "images", "links", "tables", "lists", "html", "inline")}
        for _ in range(count)
    ]

    def bucket(line_number: int) -> dict[str, list]:
        # The section holding 1-based ``line_number``; index 0 is the preamble.
        return buckets[bisect_right(starts, line_number - 1, lo=1) - 1]

    for block in scan.code_blocks:
        bucket(block.line)["code"].append(block)
    for table in scan.tables:
        bucket(table.line)["tables"].append(table)
    for list_block in scan.lists:
        bucket(list_block.line)["lists"].append(list_block)
    for html_block in scan.html_blocks:
        bucket(html_block.line)["html"].append(html_block)
    for image in scan.images:
        bucket(image.line)["images"].append(image)
    for link in scan.links:
        bucket(link.line)["links"].append(link)

    prose = [i for i in range(len(lines)) if not scan.not_prose[i]]
    is_prose = set(prose)
    if is_rst:
        targets = rst_targets(lines)

        def read(line: str, number: int) -> tuple[list, list, list]:
            return rst_inline(line, number, targets, scan.substitutions)

        still_open, may_hold = _rst_backquote_open, None
    else:
        refs = markdown_references(lines[i] for i in prose)

        def read(line: str, number: int) -> tuple[list, list, list]:
            return markdown_inline(line, number, refs)

        still_open, may_hold = _markdown_bracket_open, _MARKDOWN_INLINE
    joined_to = -1
    for i in prose:
        if i <= joined_to:
            continue  # read with the line whose link text ran onto it
        if may_hold is not None and not may_hold.search(lines[i]):
            continue  # no link, image or code can start on this line
        line, joined_to = _with_text_continued(lines, i, is_prose, still_open)
        images, links, code = read(line, i + 1)
        _add_inline(bucket(i + 1), images, links, code)

    sections: list[Section] = []
    unread = unread_language(text)
    classifier = _Classifier(english=unread is None)
    parents = _parents(scan)
    for index in range(count):
        parent = parents[index - 1] if index else None
        # The heading after this section ("" after the last one): the classifier reads it.
        following = scan.headings[index].text if index < len(scan.headings) else ""
        context = (parent, following)
        sections.append(_section(scan, index, starts, buckets[index], prose, context, classifier))

    preamble, body = sections[0], tuple(sections[1:])
    title = next((s.heading for s in body if s.level == 1), None)
    if is_rst and title is None and body:
        title = body[0].heading
    return ReadmeAnalysis(
        format="rst" if is_rst else "markdown",
        preamble=preamble,
        sections=body,
        title=title,
        code_blocks=_flatten(sections, "code_blocks"),
        images=_flatten(sections, "images"),
        links=_flatten(sections, "links"),
        badges=_flatten(sections, "badges"),
        tables=_flatten(sections, "tables"),
        lists=_flatten(sections, "lists"),
        html_blocks=_flatten(sections, "html_blocks"),
        word_count=sum(s.word_count for s in sections),
        line_count=len(lines),
        unread_language=unread,
    )


# How many more lines a link's text may run onto ("[![CRAN\nstatus](...)](...)").
MAX_LINK_TEXT_LINES = 4


def _with_text_continued(
    lines: list[str], i: int, is_prose: set[int], still_open: Callable[[str], bool]
) -> tuple[str, int]:
    """Line ``i``, joined by newlines to the next lines of its paragraph while ``still_open``
    says a link's text opened there runs on (at most ``MAX_LINK_TEXT_LINES`` more lines),
    and the last line taken."""
    text = lines[i]
    last = i
    while (
        still_open(text)
        and last - i < MAX_LINK_TEXT_LINES
        and last + 1 in is_prose
        and lines[last + 1].strip()
    ):
        last += 1
        text += "\n" + lines[last]
    return text, last


def _markdown_bracket_open(text: str) -> bool:
    """Whether a ``[`` of ``text`` is not closed ("[![CRAN\nstatus](...)](...)")."""
    return text.count("[") > text.count("]")


def _rst_backquote_open(text: str) -> bool:
    """Whether a backquote of ``text`` is not closed, ``inline literals`` aside ("`our\n
    installation page <https://...>`_")."""
    return _RST_LITERAL.sub("", text).count("`") % 2 == 1


_RST_LITERAL = re.compile(r"``[^`]*``")
# What a Markdown line holds before any link, image or code can start on it.
_MARKDOWN_INLINE = re.compile(r"[\[<`]|://|www\.")


def _add_inline(target: dict[str, list], images: list, links: list, code: list) -> None:
    target["images"].extend(images)
    target["links"].extend(links)
    target["inline"].extend(code)


MAX_CLASSIFIED_SECTIONS = 10_000
"""Sections after this many get no categories: no README has that many, and classifying a
10 MB file of one-line "sections" must not take minutes."""


class _Classifier:
    """``classify`` with a memory: generated READMEs repeat the same section many times.
    ``english``: whether the README is in English, decided once for all its sections."""

    def __init__(self, english: bool) -> None:
        self.english = english
        self.seen: dict[tuple, frozenset[str]] = {}
        self.calls = 0

    def __call__(
        self,
        heading: str,
        body: str,
        level: int,
        position: int | None,
        context: tuple[str | None, str],
    ) -> frozenset[str]:
        if not self.english or self.calls >= MAX_CLASSIFIED_SECTIONS:
            return frozenset()
        if not (heading or body.strip()):
            return frozenset()
        parent, following = context
        # Positions past 8 share one feature, so they share one answer.
        pos = min(position, 9) if position is not None else None
        key = (heading, body, level, pos, parent, following)
        found = self.seen.get(key)
        if found is None:
            self.calls += 1
            found = frozenset(
                classify(
                    heading,
                    body,
                    level=level,
                    position=position,
                    parent=parent,
                    next_heading=following,
                    english=True,  # the README's language is decided above
                )
            )
            self.seen[key] = found
        return found


def _parents(scan: Scan) -> list[str | None]:
    """For each heading, the text of the nearest earlier heading of a lower level."""
    parents: list[str | None] = []
    stack: list[tuple[int, str]] = []
    for heading in scan.headings:
        while stack and stack[-1][0] >= heading.level:
            stack.pop()
        parents.append(stack[-1][1] if stack else None)
        stack.append((heading.level, heading.text))
    return parents


def _section(
    scan: Scan,
    index: int,
    starts: Sequence[int],
    found: dict[str, list],
    prose: list[int],
    context: tuple[str | None, str],
    classifier: _Classifier,
) -> Section:
    lines = scan.lines
    start = starts[index]
    end = (starts[index + 1] if index + 1 < len(starts) else len(lines)) - 1
    if index == 0:
        heading_text, level, style, body_start = "", 0, "preamble", 0
        end = (starts[1] - 1) if len(starts) > 1 else len(lines) - 1
    else:
        heading = scan.headings[index - 1]
        heading_text, level, style, body_start = (
            heading.text,
            heading.level,
            heading.style,
            heading.end + 1,
        )
    body = "\n".join(lines[body_start : end + 1]).strip("\n")
    lo, hi = bisect_right(prose, body_start - 1), bisect_right(prose, end)
    words = count_words("\n".join(lines[i] for i in prose[lo:hi])) + count_words(heading_text)
    images = tuple(sorted(found["images"], key=lambda x: x.line))
    code_blocks = tuple(found["code"])
    position = index - 1 if index else None
    categories = classifier(heading_text, body, level, position, context)
    return Section(
        heading=heading_text,
        level=level,
        line=start + 1 if index else 1,
        end_line=end + 1,
        text=body,
        categories=categories,
        code_blocks=code_blocks,
        images=images,
        links=tuple(sorted(found["links"], key=lambda x: x.line)),
        badges=tuple(x for x in images if x.badge),
        tables=tuple(found["tables"]),
        lists=tuple(found["lists"]),
        html_blocks=tuple(found["html"]),
        inline_code=tuple(found["inline"]),
        word_count=words,
        style=style,
    )


def _flatten(sections: Sequence[Section], name: str) -> tuple:
    return tuple(item for section in sections for item in getattr(section, name))
