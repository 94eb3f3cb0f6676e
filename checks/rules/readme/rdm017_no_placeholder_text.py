"""A README contains no template or placeholder text.

What it does:
    Reports READMEs left as a generator wrote them (Create React App, Vite, create-next-app,
    Angular CLI, cookiecutter variables such as ``{{cookiecutter.project_name}}``) and lines
    that hold a placeholder: "Lorem ipsum", "Project title", "Add your description here",
    "TODO" or "TBD" standing in for text. A "TODO" or "Roadmap" section that lists planned
    work is fine. Code blocks are not checked. Each placeholder names its line.

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
_PLACEHOLDER = re.compile(
    r"lorem ipsum|\bproject title\b|\bproject name here\b|\byour project(?:'s)? name\b|"
    r"\b(?:add|insert|write|put) (?:your|a|the) (?:\w+ ){0,2}(?:description|text|content) here\b|"
    r"\bdescription goes here\b|\bone paragraph of project description goes here\b|"
    r"\bA short description of the project\.?$|\bcoming soon\.?\s*$",
    re.IGNORECASE,
)
# A line that is only a marker, or a marker standing for text: "TODO", "TODO: describe", "(TBD)".
_TODO_LINE = re.compile(
    r"^\s*(?:[-*+]\s+|\d+\.\s+)?[(\[]?\**(TODO|TBD|FIXME|XXX)\**[)\]]?\s*(?:[:\-–]\s*.*)?$"
)
_ROADMAP_HEADING = re.compile(
    r"\b(todo|to-do|to do|roadmap|planned|future|next steps|ideas)\b", re.I
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
    for pattern, generator in TEMPLATES:
        match = pattern.search(text)
        if match and analysis.word_count < TEMPLATE_MAX_WORDS:
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
    skip = code_lines(analysis)
    roadmap_lines = _roadmap_lines(analysis)
    count = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if number in skip or count >= MAX_FINDINGS:
            continue
        what = _placeholder(line, in_roadmap=number in roadmap_lines)
        if what is None:
            continue
        count += 1
        yield _problem(
            ctx,
            f"{where(ctx.repo)} line {number}: placeholder text {what}",
            number,
            f"Replace line {number} of {readme.path} with the real text, or remove it.",
        )


def _placeholder(line: str, *, in_roadmap: bool) -> str | None:
    match = _COOKIECUTTER.search(line) or _PLACEHOLDER.search(line)
    if match:
        return f'"{match.group(0).strip()}"'
    if not in_roadmap and _TODO_LINE.match(line):
        return f'"{line.strip()[:60]}"'
    return None


def _roadmap_lines(analysis: ReadmeAnalysis) -> set[int]:
    lines: set[int] = set()
    for section in analysis.sections:
        if _ROADMAP_HEADING.search(section.heading):
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
