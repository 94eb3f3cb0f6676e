"""Whether a README says that its project is no longer developed.

A notice such as "MILA has stopped developing Theano", "As of Feb 11th 2020, request is fully
deprecated" or "Gym will not be receiving any future updates" changes what a reviewer asks of
a repository: not more documentation, but that the repository be archived, so that GitHub
marks it read-only and visitors see at once that it is finished.

Only a statement about the project itself counts, where readers meet it: before the first
heading, in the first three sections, or under a heading such as "Status" or "Notice". A
deprecated *option* in a usage section ("the --fast flag is deprecated") is not one, nor is
"not actively maintained" or "maintenance mode" (still looked after, only slowly), nor a
statement inside code or an HTML comment.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from checks.readme import ReadmeAnalysis, Section
from checks.readme_for import code_lines
from checks.repo_kinds import strip_html_comments
from portfolio.snapshot import Readme

# The sections read besides the preamble, and the line they must start before: a notice
# stands at the top; further down, only a section whose heading says it is one is read.
_TOP_SECTIONS = 3
_TOP_LINES = 80
# A line of one repeated mark (an rst title's adornment, a Markdown rule) ends a paragraph.
_RULE_LINE = re.compile(r"\s*([=\-~^\"'`#*+:._])\1{2,}\s*")
# Longest quote of the notice in a finding, in characters.
_QUOTE = 120

_NOTICE_HEADING = re.compile(
    r"\b(status|notice|deprecat\w*|maintenance|maintained|warning|important|attention|"
    r"announcement|discontinued|archived|sunset)\b",
    re.IGNORECASE,
)
# A heading that is the notice itself: "Deprecated!", "⚠️ Unmaintained", "No longer maintained".
_NOTICE_ALONE = re.compile(
    r"^\W*(?:this (?:project|repo(?:sitory)?) is\s+)?(?:deprecated|unmaintained|discontinued|"
    r"archived|abandoned|no longer (?:actively )?maintained|end of life)\W*$",
    re.IGNORECASE,
)
# Wording that says development has ended, whoever says it: "MILA has stopped developing
# Theano", "moved all future development to Gymnasium", a line opening "No longer maintained".
_ENDED = re.compile(
    r"\b(?:stopped|ceased) (?:the )?(?:active )?(?:developing|development|maintaining|"
    r"maintenance|work(?:ing)? on)\b|"
    r"\bdevelopment has (?:stopped|ceased|ended|moved)\b|"
    r"\b(?:moved|migrated) (?:all )?(?:future |further |active )?development (?:to|over to)\b|"
    r"^\W*(?:no longer (?:actively )?|not )maintained\b",
    re.IGNORECASE,
)
# A notice that keeps the door open: the project still takes fixes, so archiving is not the fix.
_STILL_FIXED = re.compile(
    r"\b(?:welcome|accept\w*|tak(?:e|es|ing)|review\w*|merg\w+) (?:\w+ ){0,3}"
    r"(?:bug[- ]?fix\w*|fix(?:es)?|security (?:fix\w*|patch\w*|updates)|pull requests|PRs)\b|"
    r"\b(?:bug[- ]?fix\w*|security (?:fix\w*|patch\w*|updates)|pull requests|PRs) "
    r"(?:\w+ ){0,3}(?:welcome|accepted)\b|"
    r"\bmaintenance (?:mode|only)\b|\bkeep it running\b",
    re.IGNORECASE,
)
# Wording that needs the project as its subject: "request is fully deprecated", "It is now
# deprecated", "Gym will not be receiving any future updates"; not "this flag is deprecated"
# or "Python 2 is no longer supported". A subject after "of" belongs to something else: "The
# initial release of this repo has been archived in the branch..." (microsoft/LoRA).
_SUBJECT = (
    r"(?<!\bof )(?<!\bfrom )(?<!\bin )"
    r"\b(?:(?:this|the|our) (?:project|repo(?:sitory)?|library|package|module|tool|"
    r"code(?:base)?|plugin|extension|app(?:lication)?|crate|gem|sdk|framework|list)|it|{name})"
)
_STATE = (
    r"\s+(?:(?:is|has been|was|will be) (?:now )?(?:fully |officially |entirely |completely )?"
    r"(?:deprecated|archived|retired|superseded|replaced|sunset|obsolete|unmaintained|"
    r"abandoned|discontinued|end[- ]of[- ]life|no longer (?:being )?(?:actively )?"
    r"(?:maintained|developed|supported|updated))\b|"
    r"is not (?:being )?maintained (?:any ?more|any longer)\b|"
    r"will (?:not|no longer) (?:be )?(?:receiving|getting|receive|get) (?:any )?"
    r"(?:future |further |more |new )?(?:updates|development|maintenance|releases)\b)"
)


@dataclass(frozen=True)
class Notice:
    """Where a README says its project is no longer developed, and what it says."""

    line: int
    quote: str


def discontinued_notice(readme: Readme, analysis: ReadmeAnalysis, name: str) -> Notice | None:
    """The first statement near the top of a README (or under a status heading anywhere)
    that the project ``name`` is no longer developed; ``None`` if it makes none, or if the
    same paragraph says fixes are still taken ("we keep it running and welcome bug-fixes")."""
    lines = strip_html_comments(readme.text).splitlines()
    in_code = code_lines(analysis)
    subject = _subject_pattern(name)
    for section in _where_notices_stand(analysis):
        paragraphs = _paragraphs(lines, in_code, section.line, section.end_line)
        if section.level and _NOTICE_ALONE.match(section.heading.strip()):
            # "# Deprecated!": the heading is the notice, unless what follows takes it back.
            if not any(_STILL_FIXED.search(text) for _, text in paragraphs[1:3]):
                return Notice(section.line, section.heading.strip())
            continue
        for first, text in paragraphs:
            # One line of words, of the same length: a match's offset gives its line.
            flat = text.replace("\n", " ")
            found = _ENDED.search(flat) or subject.search(flat)
            if found is None or _STILL_FIXED.search(flat):
                continue
            line = first + text.count("\n", 0, found.start())
            return Notice(line, _quote(_sentence(text, found.start())))
    return None


def _paragraphs(lines: list[str], in_code: set[int], start: int, end: int) -> list[tuple[int, str]]:
    """The prose paragraphs between lines ``start`` and ``end`` (1-based, inclusive): each
    its first line and its lines joined by newlines; code and blank lines end a paragraph."""
    found: list[tuple[int, str]] = []
    run: list[str] = []
    first = start
    for number in range(start, min(end, len(lines)) + 1):
        line = lines[number - 1]
        if number in in_code or not line.strip() or _RULE_LINE.fullmatch(line):
            if run:
                found.append((first, "\n".join(run)))
            run = []
            continue
        if not run:
            first = number
        run.append(line)
    if run:
        found.append((first, "\n".join(run)))
    return found


def _sentence(text: str, offset: int) -> str:
    """The sentence of ``text`` around ``offset``."""
    begin = max(text.rfind(mark, 0, offset) for mark in (". ", "! ", "? ", ".\n", "!\n", "?\n"))
    begin = 0 if begin < 0 else begin + 2
    ends = [i for i in (text.find(mark, offset) for mark in (". ", "! ", "? ", ".\n")) if i >= 0]
    return text[begin : (min(ends) + 1 if ends else len(text))]


def _where_notices_stand(analysis: ReadmeAnalysis) -> list[Section]:
    first = [s for s in analysis.sections[:_TOP_SECTIONS] if s.line <= _TOP_LINES]
    rest = analysis.sections[len(first) :]
    return [analysis.preamble, *first, *(s for s in rest if _NOTICE_HEADING.search(s.heading))]


def _subject_pattern(name: str) -> re.Pattern[str]:
    # The project's name as the subject, with "-" or "_" read as either or as a space.
    words = [re.escape(w) for w in re.split(r"[-_ .]+", name) if w]
    spelled = r"[-_ ]?".join(words) if words else r"(?!)"
    return re.compile(_SUBJECT.format(name=spelled) + _STATE, re.IGNORECASE)


def _quote(sentence: str) -> str:
    # The sentence as a reader sees it: without Markdown marks, links' addresses or entities,
    # and not too long.
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", sentence)
    text = re.sub(r"<?https?://[^\s>]*>?", "", text)
    text = re.sub(r"<[^>\n]*>|[#>*`]+", "", html.unescape(text) if "&" in text else text)
    text = re.sub(r"\s+([:;,.!?])", r"\1", text)
    text = " ".join(text.split()).rstrip(":;,")
    return text if len(text) <= _QUOTE else text[: _QUOTE - 1].rstrip() + "…"
