"""A README shows how to use the project: a usage, quick start or example section.

What it does:
    Passes when a section heading speaks of using the project ("Usage", "How to use",
    "Quick start", "Getting started", "Examples", "Tutorial", "Demo", "Commands", "API",
    "Running"; also common headings in other languages, such as "使用" or "Uso"), or when
    the README has a code block that is not only an install command
    (an example call, a command-line session). Repositories without code are skipped.
    Teaching material (a course, lectures, a book's code: said so in the description or the
    README's opening) is followed rather than used: there an outline of the lessons
    ("Course outline", "Syllabus", "Chapters", "Lessons", or lines naming "Lecture 1",
    "Lecture 2"...) is the way in, and passes too. So does a collection of examples whose
    README links two or more folders with a README of their own, or lessons in numbered
    folders with a README each (``week_1_wandb_logging/``): each shows its own use.
    Teaching material in at most three notebooks needs no outline when its README links
    the material itself (a notebook or document of the repository, or the notebooks on
    Binder or Colab).
    Solutions to the exercises of a judge or puzzle site, named after it (LeetCode, Advent
    of Code, Project Euler...), are read rather than used, and skipped; so are curated lists
    of links ("awesome lists").
    Usage kept in documentation and linked counts too: a link whose text or address says
    "getting started", "quick start", "examples", "tutorial" or "user guide", or a
    "Documentation" section that links the docs and says they hold examples.
    Where ML008 (notebooks-explained) reports a repository of machine-learning notebooks
    for not saying how to run them, this rule says nothing more there: one fix, one finding.
    A README not in English where none of that is found gets an inconclusive result, as in
    ``readme-why`` (RDM003): most of the headings looked for are English.

Why it matters:
    After installing, people want to see it work. One example teaches more than a page of
    prose, and shows what using your project feels like before they commit to it.

Example:
    Fails: a README with "Installation" and "License" only.
    Passes: "## Usage" with ``ml-utils index vectors.npy`` and what it prints.

How to fix:
    Add a "Usage" section with the smallest complete example: the command or code, and what
    it outputs. For a course, add an outline: the lessons in order, each linked to its
    folder or notebook. When the root holds numbered parts (``Chapter_2`` ...
    ``Chapter_22``, ``lesson-1``, ``01_intro.ipynb``), the fix names them in their order.

Fix safety:
    Display-only: the example is yours to write.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checks import readme_markup as markup
from checks import repo_kinds
from checks.ml import notebooks, teaching_cue
from checks.model import Fix, FixSafety, Problem, RepoContext, Rule, Severity, Target
from checks.readme import ReadmeAnalysis, Section
from checks.readme_for import (
    is_collection,
    is_lesson,
    links_page,
    pointing_links,
    readme_and_analysis,
    sections_found,
    sections_matching,
    unread_wording,
    url_path,
    where,
)
from checks.rules.readme.rdm004_readme_install import (
    DEPENDENCY_DECLARATION,
    INSTALL_COMMAND,
    runs_online,
)
from portfolio.snapshot import Repo

USAGE_HEADING = re.compile(
    r"\b(usage|use|using|how to use|quick ?start|quickstart|getting started|get started|"
    r"examples?|tutorials?|demo|walkthrough|commands?|cli|api|how it works|how to run|"
    r"running|run|play|guide|basic use|in action|try it)\b",
    re.IGNORECASE,
)

# The way into teaching material: its lessons in order.
OUTLINE_HEADING = re.compile(
    r"\b(outline|syllabus|curriculum|lessons?|chapters?|lectures?|modules?|units?|"
    r"table of contents|contents|schedule)\b",
    re.IGNORECASE,
)
# ...or its lessons named one per line, as a bold line, list item or link: "**Lecture 1:
# ...**", "- [Chapter 2](ch02/)", "Week 3 - Transformers".
_LESSON_LINE = re.compile(
    r"^[ \t]*(?:[-*+][ \t]+|\d+[.)][ \t]+)?(?:\*\*|__)?\[?"
    r"(?:lesson|lecture|chapter|module|unit|week|part|day|session|episode)[ \t]*\d+\b",
    re.IGNORECASE | re.MULTILINE,
)


def has_outline(analysis: ReadmeAnalysis, text: str) -> bool:
    """Whether teaching material lays out its lessons: an outline heading, or at least two
    lines that each name a numbered lesson."""
    if sections_matching(analysis, OUTLINE_HEADING):
        return True
    lines = _LESSON_LINE.finditer(text)
    return next(lines, None) is not None and next(lines, None) is not None


# Teaching material in a few notebooks needs no outline when the README links them: numpy-100
# is one set of exercises in a notebook and its Markdown copies.
_FEW_LESSONS = 3
_LESSON_FILE = re.compile(r"\.(?:ipynb|md|rst|pdf)$", re.IGNORECASE)
_NOT_A_LESSON = re.compile(r"(?:^|/)(?:readme|license|licence|contributing|changelog)[^/]*$", re.I)


def _links_its_few_lessons(ctx: RepoContext, analysis: ReadmeAnalysis) -> bool:
    """Whether the README links the material itself (a notebook or document of the repo, or
    its notebooks on Binder or Colab) and there are at most three notebooks to follow."""
    if len(notebooks(ctx.repo)) > _FEW_LESSONS:
        return False
    for link in analysis.links:
        target = url_path(link.url)
        if (
            link.kind == "relative"
            and _LESSON_FILE.search(target)
            and not _NOT_A_LESSON.search(target)
        ):
            return True
    return runs_online(ctx.repo, analysis)


# Where usage is kept outside the README: a link to a getting-started page, examples, a
# tutorial or a user guide...
_USAGE_DOC = re.compile(
    r"(?:^|/)(?:getting[-_]started|get[-_]started|quick[-_]?start|examples?|tutorials?|usage|"
    r"user[-_]guide|guide|how[-_]?to)(?:\.(?:md|rst|html?|ipynb))?/?(?:#[\w-]*)?$",
    re.IGNORECASE,
)
_USAGE_WORDS = re.compile(
    r"\b(?:getting started|get started|quick ?start|examples?|tutorials?|usage|user guide|"
    r"how-?to)\b",
    re.IGNORECASE,
)
# ...or a "Documentation" section that links the docs and says they show it ("Getting
# started (installation, simple examples)").
_DOCS_HEADING = re.compile(r"\b(?:documentation|docs)\b", re.IGNORECASE)


# ...or a sentence beside a link that says the page shows it ("see the [User Guide] for
# installation and usage information"); "example" alone says too little there.
_USAGE_BESIDE_LINK = re.compile(
    r"\b(?:usage|how to use|user guide|getting started|quick ?start|tutorials?)\b",
    re.IGNORECASE,
)


def links_usage_docs(analysis: ReadmeAnalysis, readme_text: str) -> bool:
    """Whether the README links documentation that shows how to use the project: a link whose
    text or address says so, or a Documentation section with a link and usage words."""
    if links_page(analysis, _USAGE_DOC, _USAGE_WORDS, readme_text, _USAGE_BESIDE_LINK):
        return True
    return any(
        _USAGE_WORDS.search(section.text) and pointing_links(analysis, section)
        for section in sections_matching(analysis, _DOCS_HEADING)
    )


def usage_sections(analysis: ReadmeAnalysis) -> list[Section]:
    """The sections whose heading says they show how to use the project (a numbered
    chapter or lesson is about its subject: see ``is_lesson``)."""
    return [s for s in sections_matching(analysis, USAGE_HEADING) if not is_lesson(s)]


def usage_code_lines(analysis: ReadmeAnalysis) -> list[int]:
    """Lines of code blocks that show use rather than only installation."""
    return [b.line for b in analysis.code_blocks if b.text.strip() and not _only_install(b.text)]


# A dependency declaration to copy (`[dependencies]` then `anyhow = "1.0"`) is a few lines.
_DECLARATION_LINES = 6


def _only_install(code: str) -> bool:
    lines = [
        line for line in code.splitlines() if line.strip() and not line.lstrip().startswith("#")
    ]
    if len(lines) <= _DECLARATION_LINES and DEPENDENCY_DECLARATION.search(code):
        return True
    return all(INSTALL_COMMAND.search(line) or _SETUP_STEP.match(line) for line in lines)


# Steps that go with installing: entering the folder, activating the environment made for it.
_SETUP_STEP = re.compile(
    r"\s*(?:\$\s*)?(?:cd\s|(?:conda|mamba|source)\s+activate\b|source\s+\S*activate\b|"
    r"\.\s+\S*activate\b)"
)


def check(ctx: RepoContext) -> Iterator[Problem]:
    if not ctx.repo.language:
        return
    found = readme_and_analysis(ctx.repo)
    if found is None:
        return
    readme, analysis = found
    if usage_sections(analysis) or usage_code_lines(analysis):
        return
    if (
        is_collection(ctx.repo, analysis)
        or repo_kinds.is_exercise_solutions(ctx.repo)
        or repo_kinds.is_link_list(ctx.repo)
    ):
        return  # each linked example shows its own use; exercise solutions are read
    if links_usage_docs(analysis, readme.text):
        return
    teaching = teaching_cue(ctx.repo.description, analysis)
    if teaching:
        if not has_outline(analysis, readme.text) and not _links_its_few_lessons(ctx, analysis):
            yield _no_outline(ctx, readme.path, analysis, teaching)
        return
    unread = unread_wording(ctx.repo, readme, analysis, "how to use it")
    if unread is not None:
        yield unread
        return
    yield Problem(
        message=(
            f"{where(ctx.repo)} has no section that shows how to use it "
            f"({sections_found(analysis)})"
        ),
        fix=Fix(
            description=(
                f'Add a "Usage" section to {readme.path} with the smallest complete example '
                f"of `{ctx.repo.name}` at work: the command or code, in "
                f"{markup.code_block(readme.format)}, and what it outputs."
            ),
            safety=FixSafety.DISPLAY_ONLY,
        ),
        file=readme.path,
    )


def _no_outline(ctx: RepoContext, path: str, analysis: ReadmeAnalysis, teaching: str) -> Problem:
    book = teaching.lower().endswith("book")
    summary = _book_summary(ctx.repo) if book else None
    if book:
        fix = (
            f'Add a "Contents" section to {path}: the chapters in order, one line each, '
            "linked to its file, with what it covers."
        )
        if summary:
            # GitBook, HonKit and mdBook keep the chapters in SUMMARY.md.
            fix += f" `{summary}` lists them already: link it, or copy its list."
    else:
        fix = (
            f'Add a "Course outline" section to {path}: the lessons in order, one line '
            "each, linked to its folder or notebook, with what it teaches."
        )
    parts = numbered_parts(ctx.repo)
    if len(parts) >= 2 and not summary:
        first, last = parts[0], parts[-1]
        label = re.sub(r"[_-]+", " ", first.rsplit(".", 1)[0]).strip()
        link = f"{first}/" if "." not in first else first
        fix += (
            f" Its {len(parts)} numbered parts, `{first}` to `{last}`, are the outline, in "
            f"that order: e.g. `- [{label}]({link}): what it covers`."
        )
    return Problem(
        message=(
            f"{where(ctx.repo)} presents teaching material ('{teaching}') but has no outline "
            f"of its {'chapters' if book else 'lessons'} to follow ({sections_found(analysis)})"
        ),
        fix=Fix(description=fix, safety=FixSafety.DISPLAY_ONLY),
        file=path,
    )


# A folder or notebook named as a numbered part: Chapter_2, ch03, lesson-1, Week 4, 01_intro.
_NUMBERED_PART = re.compile(
    r"^(?:(?:chapter|chap|ch|lesson|lecture|week|module|unit|part|day|session)[ _-]?(\d+)|"
    r"(\d+)[ _.-][a-z])",
    re.IGNORECASE,
)


def numbered_parts(repo: Repo) -> list[str]:
    """The root folders and notebooks named as numbered parts, in the order of their
    numbers (``Chapter_2`` before ``Chapter_10``)."""
    found = []
    for entry in repo.files:
        if "/" in entry.path or entry.path.startswith("."):
            continue
        if entry.type != "dir" and not entry.path.lower().endswith(".ipynb"):
            continue
        match = _NUMBERED_PART.match(entry.path)
        if match:
            found.append((int(match.group(1) or match.group(2)), entry.path))
    return [path for _number, path in sorted(found)]


def _book_summary(repo: Repo) -> str | None:
    """The book's table of contents file (``SUMMARY.md``, or ``src/SUMMARY.md``), if any."""
    found = [
        entry.path
        for entry in repo_kinds.find_files(repo, "summary.md")
        if entry.type == "file" and entry.path.count("/") <= 1
    ]
    return min(found, key=lambda path: (path.count("/"), path)) if found else None


RULE = Rule(
    id="RDM006",
    name="readme-usage",
    target=Target.README,
    severity=Severity.WARNING,
    check=check,
    doc=__doc__,
    covered_by=("ML008", "REP019"),
)
