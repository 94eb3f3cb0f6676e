"""Turn a scan of a README into the public ``ReadmeAnalysis``: cut sections, attach signals.

Sections are cut at the headings the scanner found; every line belongs to the preamble or to
exactly one section. Blocks and inline signals go to the section that holds their first line.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

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
    if is_rst:
        targets = rst_targets(lines)
        is_prose = set(prose)
        joined_to = -1
        for i in prose:
            if i <= joined_to:
                continue  # read with the line whose link text ran onto it
            line, joined_to = _with_rst_text_continued(lines, i, is_prose)
            images, links, code = rst_inline(line, i + 1, targets, scan.substitutions)
            _add_inline(bucket(i + 1), images, links, code)
    else:
        refs = markdown_references(lines[i] for i in prose)
        is_prose = set(prose)
        joined_to = -1
        for i in prose:
            if i <= joined_to:
                continue  # read with the line whose link text ran onto it
            line = lines[i]
            if "[" in line or "<" in line or "`" in line or "://" in line or "www." in line:
                line, joined_to = _with_link_text_continued(lines, i, is_prose)
                images, links, code = markdown_inline(line, i + 1, refs)
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


def _with_link_text_continued(lines: list[str], i: int, is_prose: set[int]) -> tuple[str, int]:
    """Line ``i``, joined by newlines to the next lines of its paragraph while a ``[`` it
    opens is not closed (at most ``MAX_LINK_TEXT_LINES`` more), and the last line taken."""
    text = lines[i]
    depth = text.count("[") - text.count("]")
    last = i
    while (
        depth > 0
        and last - i < MAX_LINK_TEXT_LINES
        and last + 1 in is_prose
        and lines[last + 1].strip()
    ):
        last += 1
        text += "\n" + lines[last]
        depth += lines[last].count("[") - lines[last].count("]")
    return text, last


def _with_rst_text_continued(lines: list[str], i: int, is_prose: set[int]) -> tuple[str, int]:
    """Line ``i`` of an rst README, joined by newlines to the next lines of its paragraph
    while a backquote it opens is not closed (``inline literals`` aside; at most
    ``MAX_LINK_TEXT_LINES`` more), and the last line taken."""
    text = lines[i]
    last = i
    while (
        _RST_LITERAL.sub("", text).count("`") % 2
        and last - i < MAX_LINK_TEXT_LINES
        and last + 1 in is_prose
        and lines[last + 1].strip()
    ):
        last += 1
        text += "\n" + lines[last]
    return text, last


_RST_LITERAL = re.compile(r"``[^`]*``")


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
