"""A README contains no template or placeholder text.

What it does:
    Reports READMEs left as a generator wrote them (Create React App, Vite, create-next-app,
    Angular CLI, cookiecutter variables such as ``{{cookiecutter.project_name}}``) and lines
    that hold a placeholder: "Lorem ipsum", "Project title", "Add your description here",
    "TODO" or "TBD" standing in for text. A "TODO", "Roadmap" or "Coming soon" section that
    lists planned work is fine, and so is "coming soon" in a news entry ("## June 5, 2025",
    "## What's New"). Code blocks are not checked. Each placeholder names its line.

Why it matters:
    A template README tells visitors that nobody wrote anything about this project; a
    placeholder tells them it was never finished. Both undo the impression the code makes.

Example:
    Fails: "This project was bootstrapped with Create React App." as the whole README, or a
    line "TODO: write the description".
    Passes: a README that says what the app is, with the generator mentioned (if at all) in
    a "Development" section next to your own text.

How to fix:
    Replace the template with your own README: what it is, why, how to install and use it;
    replace each placeholder with the real text or remove it.

Fix safety:
    Display-only: the real text is yours to write.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checks.model import Fix, FixSafety, Problem, RepoContext, Rule, Severity, Target
from checks.readme import ReadmeAnalysis
from checks.readme_for import code_lines, readme_and_analysis, where

# Opening lines of READMEs written by project generators, and what wrote them.
TEMPLATES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"bootstrapped with \[?Create React App", re.I), "Create React App"),
    (re.compile(r"bootstrapped with \[?`?create-next-app", re.I), "create-next-app"),
    (
        re.compile(r"This template provides a minimal setup to get React working in Vite", re.I),
        "Vite",
    ),
    (
        re.compile(r"This template should help get you started developing with Vue 3", re.I),
        "Vite (Vue)",
    ),
    (re.compile(r"This project was generated (?:with|using) \[?Angular CLI", re.I), "Angular CLI"),
    (
        re.compile(r"Everything you need to build a Svelte project, powered by", re.I),
        "create-svelte",
    ),
    (
        re.compile(
            r"This project was created with \[?Better-T-Stack|created using `bun init`", re.I
        ),
        "a generator",
    ),
    (re.compile(r"Welcome to your new gem!", re.I), "bundle gem"),
    (
        re.compile(r"Edit `?/?streamlit_app\.py`? to customi[sz]e this app", re.I),
        "Streamlit example",
    ),
)
_COOKIECUTTER = re.compile(r"\{\{\s*cookiecutter\.\w+\s*\}\}")
# Placeholder phrases, each with the plain words that must appear for it to match: the
# phrase regex only runs on READMEs that contain those words, since a dozen regexes over every
# long README would cost more than all the other README rules together.
_PLACEHOLDERS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (words, re.compile(pattern, re.IGNORECASE | re.MULTILINE))
    for words, pattern in (
        # The filler itself ("Lorem ipsum dolor sit amet"), not a mention of it: public-apis
        # lists "Hipster-themed lorem ipsum generator" and "A Meatier Lorem Ipsum Generator".
        (
            "lorem ipsum",
            r"lorem ipsum(?!\W{0,3}(?:generator|text|placeholder|api|library|package)s?\b)",
        ),
        ("project title", r"\bproject title\b"),
        # As a title or a slot ("# Your Project Name", "<your project name>"), not in an
        # instruction ("run the command with your project's name").
        ("project", r"\bproject name here\b|^[ \t#*_]*your project(?:'s)? name[ \t*_]*$|"
                         r"[<\[{]your[ _-]project(?:'s)?[ _-]name[>\]}]"),
        (" here", r"\b(?:add|insert|write|put) (?:your|a|the) (?:\w+ ){0,2}"
                  r"(?:description|text|content) here\b|\bdescription goes here\b"),
        ("short description of the project", r"\bA short description of the project\.?$"),
        ("coming soon", r"\bcoming soon\.?[ \t]*$"),
    )
)  # fmt: skip
# A line that is only a marker, or a marker standing for text: "TODO", "TODO: describe", "(TBD)".
_TODO_LINE = re.compile(
    r"^[ \t]*(?:[-*+][ \t]+|\d+\.[ \t]+)?[(\[]?\**(?:TODO|TBD|FIXME|XXX)\**[)\]]?[ \t]*"
    r"(?:[:\-–].*)?$",
    re.MULTILINE,
)
_TODO_WORDS = re.compile(r"TODO|TBD|FIXME|XXX")
_ROADMAP_HEADING = re.compile(
    r"\b(todo|to-do|to do|roadmap|planned|future|next steps|ideas|coming soon|upcoming)\b", re.I
)
# News entries ("## June 5, 2025", "## v2.1", "## What's New") announce what comes next: there
# "Some native weights coming soon" is dated news, not text left unwritten.
_NEWS_HEADING = re.compile(
    r"\b(news|what['’]?s new|updates?|change ?log|release notes|releases|history)\b|"
    r"\b(?:19|20)\d\d\b|^\W*v?\d+\.\d+",
    re.I,
)
# Generator READMEs are 100-450 words; a README much longer than that has been written in.
TEMPLATE_MAX_WORDS = 600
# Findings per README: a template README full of placeholders needs one look, not fifty.
MAX_FINDINGS = 10


def check(ctx: RepoContext) -> Iterator[Problem]:
    found = readme_and_analysis(ctx.repo)
    if found is None:
        return
    readme, analysis = found
    text = readme.text
    templates = TEMPLATES if analysis.word_count < TEMPLATE_MAX_WORDS else ()
    for pattern, generator in templates:
        match = pattern.search(text)
        if match:
            line = text.count("\n", 0, match.start()) + 1
            yield _problem(
                ctx,
                f"{where(ctx.repo)} is the untouched {generator} template (line {line}: "
                f'"{_line_at(text, match.start())}")',
                line,
                "Replace the template with your own README: what the app is, why you built it, "
                "how to install and run it, and a screenshot; keep the generator's notes, if "
                "at all, in a short Development section.",
            )
            return
    skip = code_lines(analysis) | _lines_under(analysis, _ROADMAP_HEADING)
    news = skip | _lines_under(analysis, _NEWS_HEADING)
    # Whole-text searches, then line numbers: far faster than every pattern on every line.
    placeholders: dict[int, str] = {}
    lowered = text.lower()
    for words, pattern in _PLACEHOLDERS:
        if words not in lowered:
            continue
        skipped = news if words == "coming soon" else skip
        for match in pattern.finditer(text):
            _note(placeholders, skipped, text.count("\n", 0, match.start()) + 1, match.group(0))
    for pattern in (_COOKIECUTTER, _TODO_LINE):
        if pattern is _TODO_LINE and not _TODO_WORDS.search(text):
            continue
        for match in pattern.finditer(text):
            _note(placeholders, skip, text.count("\n", 0, match.start()) + 1, match.group(0))
    for number in sorted(placeholders)[:MAX_FINDINGS]:
        yield _problem(
            ctx,
            f"{where(ctx.repo)} line {number}: placeholder text {placeholders[number]}",
            number,
            f"Replace line {number} of {readme.path} with the real text, or remove it.",
        )


def _note(found: dict[int, str], skip: set[int], number: int, what: str) -> None:
    if number not in skip and number not in found:
        found[number] = f'"{what.strip()[:60]}"'


def _lines_under(analysis: ReadmeAnalysis, heading: re.Pattern[str]) -> set[int]:
    """The lines of the sections whose heading matches (the heading line included)."""
    lines: set[int] = set()
    for section in analysis.sections:
        if heading.search(section.heading):
            lines.update(range(section.line, section.end_line + 1))
    return lines


def _line_at(text: str, offset: int) -> str:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    line = text[start : end if end != -1 else len(text)].strip()
    return line if len(line) <= 80 else line[:79] + "…"


def _problem(ctx: RepoContext, message: str, line: int, how: str) -> Problem:
    readme_path = ctx.repo.readme.path if ctx.repo.readme else "README.md"
    return Problem(
        message=message,
        fix=Fix(description=how, safety=FixSafety.DISPLAY_ONLY),
        file=readme_path,
        line=line,
    )


RULE = Rule(
    id="RDM017",
    name="no-placeholder-text",
    target=Target.README,
    severity=Severity.WARNING,
    showcase_severity=Severity.ERROR,
    check=check,
    doc=__doc__,
)
