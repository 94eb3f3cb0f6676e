"""A README says how to install the project (or how to get it running).

What it does:
    Passes when a section heading speaks of installing or setting up ("Installation",
    "Setup", "Getting started", "Requirements", "Quick start", "Build", "Running locally";
    also common headings in other languages, such as "安装" or "Instalación"), or when a code
    block holds an install command (``pip install``, ``npm install``, ``cargo install``,
    ``go install``, ``docker run``, ``git clone``, Julia's ``pkg> add``...) or the
    declaration a library's users copy into their manifest (Cargo's ``[dependencies]``
    table, Maven's ``<dependency>``, Gradle's ``implementation``), or when it links install
    instructions kept elsewhere (``INSTALL.md``, ``DEVELOPERS.md``, a documentation page
    about installing), or when it links the repository's own notebooks on a service that
    runs them (Binder, Colab: nothing to install), or when it links at least two folders
    that have a README of their own (a collection of standalone examples, each saying how to
    install it; folders such as ``docs/``, ``data/`` or ``examples/`` are parts of one
    project and do not count), or when its lessons sit in numbered folders with a README
    each (``week_1_wandb_logging/README.md``). A README not in English where none of that is
    found gets an inconclusive result, as in ``readme-why`` (RDM003): most of the headings
    looked for are English ("Быстрый старт" is not among them). Where ML008
    (notebooks-explained) reports a repository of machine-learning notebooks for not saying
    how to run them (its environment included), this rule says nothing more there: one fix,
    one finding. Repositories without code (no language detected) are skipped: there is
    nothing to install; so are books and courses written as pages (their main language
    HTML, Markdown or TeX, and the README presenting a book or a course), and solutions to
    the exercises of a judge or puzzle site, named after it ("LeetCode-Java-Solutions",
    "advent-of-code-2024"): they are read; and so are curated lists of links ("awesome
    lists": named or tagged so, or wearing the Awesome badge, with at least 30 links).

Why it matters:
    Someone who wants to try your project should not have to guess the package name, the
    Python version or the build step. Without install steps, most visitors stop there.

Example:
    Fails: a README with "About", "Features" and "License" sections only.
    Passes: "## Installation" followed by ``pip install ml-utils``.

How to fix:
    Add an "Installation" section with the exact commands, in a fenced code block, and the
    prerequisites (language version, system packages).

Fix safety:
    Display-only: the right commands depend on your project; nothing is written for you.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checks import readme_markup as markup
from checks import repo_kinds
from checks.ml import HOSTED_NOTEBOOKS, teaching_cue
from checks.model import Fix, FixSafety, Problem, RepoContext, Rule, Severity, Target
from checks.readme import ReadmeAnalysis, Section
from checks.readme_for import (
    is_collection,
    is_lesson,
    links_page,
    readme_and_analysis,
    sections_found,
    sections_matching,
    unread_wording,
    where,
)
from portfolio.snapshot import Repo

INSTALL_HEADING = re.compile(
    r"\b(install\w*|setup|"
    # "Set up" as a verb is an install step only with what is set up being the project's
    # ground: "Setting up the environment", not "Setting up periodic evaluations".
    r"(?:set up|setting up)(?=\s*(?:$|[:.!(]|for\b|(?:(?:the|your|a|an|my|our)\s+)?"
    r"(?:local\w*\s+|development\s+|dev\s+|python\s+|virtual\s+)?(?:environment|env|"
    r"project|repo\w*|locally|python|virtualenv|venv|conda|dependencies|workspace|machine|"
    r"instructions|guide|development|dev|database|db|server)\b))|"
    r"getting started|get started|requirements|"
    # "Build from source" sets up; "What will I build in the course?" and "A Guide to Building
    # Real-World Intelligent Systems" are what one makes.
    r"prerequisites|dependencies|(?<!\bi )(?<!\bwe )(?<!\byou )(?<!'ll )(?<!\bwill )"
    r"build(?:ing)?(?=\s*(?:$|[:.!?(&/]|-\s|(?:from|and|the|it|locally|instructions|steps|"
    r"process|system|on|for|with|requirements|dependencies|docker|wheels?|images?|package|"
    r"project|sources?|code|docs|documentation|binar\w+|tools|options|status|guide)\b))|"
    r"compil\w+|quick ?start|quickstart|"
    r"running locally|run locally|local development|development setup|deploy\w*|download\w*|"
    # "Running the code" of a book's notebooks; "Run Example" shows use, not set-up.
    r"how to run|run(?:ning)? the (?:code|notebooks?))\b",
    re.IGNORECASE,
)
INSTALL_COMMAND = re.compile(
    # A command starts a line, follows a prompt or a separator, or is a path (.venv/bin/pip).
    r"(?:^|[\s$>/;&|(])(?:sudo\s+)?(?:"
    r"pip3?\s+install|python3?\s+-m\s+pip\s+install|pipx\s+install|uv\s+(?:add|pip\s+install|sync|tool\s+install)|"
    r"poetry\s+(?:install|add)|pdm\s+(?:install|add)|conda\s+(?:install|env\s+create|create)|"
    r"mamba\s+(?:install|env\s+create|create)|npm\s+(?:install|i|ci)\b|yarn(?:\s+(?:add|install))?\s*$|"
    r"yarn\s+add|pnpm\s+(?:add|install|i)\b|bun\s+(?:add|install)|npx\s+|cargo\s+(?:install|add|build)|"
    r"go\s+(?:install|get)|gem\s+install|bundle\s+install|composer\s+(?:require|install)|"
    r"brew\s+install|apt(?:-get)?\s+install|dnf\s+install|pacman\s+-S|choco\s+install|"
    r"winget\s+install|docker\s+(?:run|pull|compose\s+up|build)|docker-compose\s+up|"
    r"git\s+clone|make\s+install|cmake\s|dotnet\s+(?:add|tool\s+install)|"
    r"install\.packages|devtools::install|remotes::install|Pkg\.add|mvn\s+install|"
    r"gradle\w*\s+build|flutter\s+pub\s+get|swift\s+build|stack\s+install|cabal\s+install|"
    r"mix\s+deps\.get|opam\s+install|nix\s+(?:profile\s+)?install|curl\s[^\n|]*\|\s*(?:ba)?sh|"
    # Julia's package prompt: `pkg> add Flux`, or `] add Flux` typed at the REPL.
    r"pkg>\s*add\s|\]\s*add\s+\w)",
    re.IGNORECASE | re.MULTILINE,
)
# A library is installed by declaring it in the user's own manifest, and its README shows that
# declaration instead of a command: Cargo's `[dependencies]` table (anyhow), Maven's
# `<dependency>`, Gradle's `implementation "group:artifact:version"`.
DEPENDENCY_DECLARATION = re.compile(
    r"^\s*\[(?:dev-|build-)?dependencies\]\s*$|<dependency>|"
    r"^\s*(?:implementation|api|compile|testImplementation)\s*\(?\s*[\"'][\w.-]+:[\w.-]+",
    re.MULTILINE,
)


def install_sections(analysis: ReadmeAnalysis) -> list[Section]:
    """The sections whose heading says they are about installing or setting up (a
    numbered chapter or lesson is about its subject: see ``is_lesson``)."""
    return [s for s in sections_matching(analysis, INSTALL_HEADING) if not is_lesson(s)]


def install_commands(analysis: ReadmeAnalysis) -> list[int]:
    """Lines of the code blocks (or inline code) that hold an install command."""
    lines = [
        b.line
        for b in analysis.code_blocks
        if INSTALL_COMMAND.search(b.text) or DEPENDENCY_DECLARATION.search(b.text)
    ]
    for section in analysis.all_sections:
        if any(INSTALL_COMMAND.search(" " + code) for code in section.inline_code):
            lines.append(section.line)
    return lines


# Install steps kept in a file or page of their own: INSTALL.md, DEVELOPERS.md (gpt-2),
# docs/installation.rst, a documentation page named so, or a link saying so.
_INSTALL_DOC = re.compile(
    r"(?:^|/)(?:install\w*|setup|set-up|developers?|building|getting[-_]started)"
    r"(?:\.(?:md|rst|txt|html?))?/?(?:#[\w-]*)?$",
    re.IGNORECASE,
)
_INSTALL_LINK_TEXT = re.compile(
    r"\b(?:install\w*|set(?:ting)? up|getting started|build instructions)\b", re.IGNORECASE
)


# ...or a sentence beside a link that says the page holds them ("see the [User Guide] for
# installation and usage information"); "set up" and "getting started" say too little there.
_INSTALL_BESIDE_LINK = re.compile(
    r"\b(?:installation|installing|install (?:instructions|steps|guide)|how to install)\b",
    re.IGNORECASE,
)


def links_install_docs(analysis: ReadmeAnalysis, readme_text: str) -> bool:
    """Whether the README links install instructions kept elsewhere (a badge does not)."""
    return links_page(analysis, _INSTALL_DOC, _INSTALL_LINK_TEXT, readme_text, _INSTALL_BESIDE_LINK)


def runs_online(repo: Repo, analysis: ReadmeAnalysis) -> bool:
    """Whether the README links the repository's own notebooks on a service that runs them
    with their environment (Binder, Colab): nothing to install. numpy-100's "Test them on
    Binder" opens ``mybinder.org/repo/rougier/numpy-100/...``; a Colab demo of some other
    notebook says nothing about installing this project."""
    own = f"/{repo.full_name.lower()}/"
    return any(
        HOSTED_NOTEBOOKS.search(link.url) and own in link.url.lower() for link in analysis.links
    )


def _read_not_installed(repo: Repo, analysis: ReadmeAnalysis) -> bool:
    """Whether the repository is a book or course written as pages (its main language HTML,
    Markdown, TeX...): ml-interviews-book is read on its site, not installed."""
    return repo.language in repo_kinds.DOCUMENT_LANGUAGES and bool(
        teaching_cue(repo.description, analysis)
    )


def check(ctx: RepoContext) -> Iterator[Problem]:
    if not ctx.repo.language:
        return
    found = readme_and_analysis(ctx.repo)
    if found is None:
        return
    readme, analysis = found
    if (
        install_sections(analysis)
        or install_commands(analysis)
        or links_install_docs(analysis, readme.text)
        or runs_online(ctx.repo, analysis)
    ):
        return
    if (
        is_collection(ctx.repo, analysis)
        or repo_kinds.is_exercise_solutions(ctx.repo)
        or repo_kinds.is_link_list(ctx.repo)
        or _read_not_installed(ctx.repo, analysis)
    ):
        return  # each example installs itself; LeetCode solutions are read, not installed
    unread = unread_wording(ctx.repo, readme, analysis, "how to install it")
    if unread is not None:
        yield unread
        return
    yield Problem(
        message=(
            f"{where(ctx.repo)} has no section that says how to install it "
            f"({sections_found(analysis)})"
        ),
        fix=Fix(
            description=(
                f'Add an "Installation" section to {readme.path} with the exact commands to '
                f"get `{ctx.repo.name}` running, in {markup.code_block(readme.format)} (for "
                f"example {install_example(ctx.repo)}), and its prerequisites."
            ),
            safety=FixSafety.DISPLAY_ONLY,
        ),
        file=readme.path,
    )


def install_example(repo: Repo) -> str:
    """The install commands a reader of ``repo`` most likely needs, for the fix's example."""
    language = repo_kinds.main_language(repo)
    if repo_kinds.is_library(repo):
        published = {
            "Python": f"`pip install {repo.name}` once it is on PyPI, or "
            f"`pip install git+{repo.html_url}.git`",
            "JavaScript": f"`npm install {repo.name}`",
            "TypeScript": f"`npm install {repo.name}`",
            "Rust": f"`cargo add {repo.name}`",
            "Go": f"`go get github.com/{repo.full_name}`",
            "Julia": f"`julia -e 'using Pkg; Pkg.add(\"{repo_kinds.julia_package(repo)}\")'`",
            "R": f'`install.packages("{repo.name}")` once it is on CRAN, or '
            f'`remotes::install_github("{repo.full_name}")`',
        }.get(language or "")
        if published:
            return published
    names = repo_kinds.root_names(repo)
    if language == "Python":
        step = (
            "pip install -r requirements.txt"
            if "requirements.txt" in names or not names & {"pyproject.toml", "setup.py"}
            else "pip install ."
        )
    else:
        step = {
            "JavaScript": "npm install",
            "TypeScript": "npm install",
            "Rust": "cargo build --release",
            "Go": "go build ./...",
        }.get(language or "", "")
    clone = f"`git clone {repo.html_url}.git`"
    if not step:
        return f"{clone} and the install step"
    example = f"{clone}, `cd {repo.name}` and `{step}`"
    if step.endswith("requirements.txt") and "requirements.txt" not in names:
        # makemore: the example names a file the repository lacks; say so, or it reads wrong.
        example += " (requirements.txt is not in the repository yet: create it first)"
    return example


RULE = Rule(
    id="RDM004",
    name="readme-install",
    target=Target.README,
    severity=Severity.WARNING,
    check=check,
    doc=__doc__,
    covered_by=("ML008", "REP019"),
)
