"""One README analysis per repository, shared by every README and ML rule that looks at it.

Seventeen README rules and several ML rules read the same README; parsing it once each would
multiply the work. ``analysis_for(repo)`` caches ``analyze_readme`` on the README's text and
format, so a repository's README is analysed once however many rules run. The helpers below
phrase what every README finding repeats: where the README is, and which sections it has.
"""

from __future__ import annotations

import functools
import re
from urllib.parse import unquote

from checks import repo_kinds
from checks.model import Fix, FixSafety, Problem
from checks.readme import CodeBlock, Link, ReadmeAnalysis, Section, analyze_readme
from checks.readme_features import heading_words
from portfolio.github.convert import extension
from portfolio.snapshot import Readme, Repo

# Enough for every repo of a large profile to be analysed once, small enough to stay cheap.
_CACHE_SIZE = 256
# How many section names a finding lists before it says "and N more".
_LISTED_SECTIONS = 10
# Rules that report line by line (alt text, code languages) report this many lines one by
# one, then the rest in one finding: forty findings about one README drown everything else.
MAX_LINE_FINDINGS = 5
_LISTED_LINES = 20


@functools.lru_cache(maxsize=_CACHE_SIZE)
def analysis_of(text: str, fmt: str = "markdown") -> ReadmeAnalysis:
    """``analyze_readme(text, fmt)``, computed once per text and format."""
    return analyze_readme(text, fmt)


def analysis_for(repo: Repo) -> ReadmeAnalysis | None:
    """The analysis of ``repo``'s README, or ``None`` when it has none (REP006 reports that)
    or it is written in a markup the analysis does not read (see ``unread_markup``)."""
    if repo.readme is None or unread_markup(repo) is not None:
        return None
    return analysis_of(repo.readme.text, repo.readme.format)


# READMEs GitHub renders from markups other than Markdown and reStructuredText, by extension.
_OTHER_MARKUPS = {
    ".adoc": "AsciiDoc",
    ".asciidoc": "AsciiDoc",
    ".asc": "AsciiDoc",
    ".org": "Org",
    ".textile": "Textile",
    ".rdoc": "RDoc",
    ".pod": "POD",
    ".creole": "Creole",
    ".mediawiki": "MediaWiki",
    ".wiki": "MediaWiki",
    ".html": "HTML",
    ".htm": "HTML",
}


def unread_markup(repo: Repo) -> str | None:
    """The name of the markup of ``repo``'s README when the README checks cannot read it
    (``AsciiDoc`` for ``README.adoc``): read as Markdown, its ``== Usage`` and ``----`` code
    delimiters would be misread as headings, so those checks skip it instead."""
    readme = repo.readme
    if readme is None or readme.format != "other":
        return None
    suffix = extension(readme.path)
    return _OTHER_MARKUPS.get(suffix, f"`{suffix}`" if suffix else "an unknown markup")


def readme_and_analysis(repo: Repo) -> tuple[Readme, ReadmeAnalysis] | None:
    """The README and its analysis together, or ``None`` when the repository has no README.

    The profile repository (``login/login``) is skipped too: its README is the profile page,
    which the profile rules judge by other standards than a project's README.
    """
    if repo_kinds.is_profile_repo(repo):
        return None
    analysis = analysis_for(repo)
    if analysis is None or repo.readme is None:
        return None
    return repo.readme, analysis


def linked_projects(repo: Repo, analysis: ReadmeAnalysis) -> list[str]:
    """Folders of the repository that the README links (the folder or its README file, by a
    relative link or one into the repository's own tree on GitHub) and that have a README
    of their own: the projects of a collection of standalone examples.
    Folders named as parts of a project (``docs``, ``data``, ``examples``, ``scripts``...)
    are not counted, at any depth."""
    readmes = {
        e.path.lower().rsplit("/", 1)[0]
        for e in repo.files
        if "/" in e.path and e.path.lower().rsplit("/", 1)[1] in _README_NAMES
    }
    linked = set()
    for target in linked_paths(repo, analysis):
        folder, _, name = target.rpartition("/")
        linked.add(folder if name in _README_NAMES else target)
    return sorted(
        folder for folder in linked & readmes if _PROJECT_PARTS.isdisjoint(folder.split("/"))
    )


def url_path(url: str) -> str:
    """A link's address without its ``#fragment`` and ``?query``: the page it opens."""
    return url.split("#", 1)[0].split("?", 1)[0]


def line_of(link: Link, lines: list[str]) -> str:
    """The README line ``link`` stands on (``lines``: the README's text, split), or ``""``
    when it is out of range."""
    return lines[link.line - 1] if 0 < link.line <= len(lines) else ""


def linked_paths(repo: Repo, analysis: ReadmeAnalysis) -> set[str]:
    """The repository paths the README links, lower-cased: relative links and links into the
    repository's own tree on GitHub (``https://github.com/OWNER/NAME/tree/master/mnist``)
    alike, with ``%20`` read as a space."""
    own = re.compile(
        rf"^https?://github\.com/{re.escape(repo.owner)}/{re.escape(repo.name)}/"
        r"(?:tree|blob)/[^/]+/(.+)$",
        re.IGNORECASE,
    )
    paths = set()
    for link in analysis.links:
        url = unquote(url_path(link.url))
        if link.kind == "relative":
            paths.add(url.removeprefix("./").strip("/").lower())
        elif match := own.match(url):
            paths.add(match.group(1).strip("/").lower())
    return paths


_README_NAMES = ("readme.md", "readme.rst")
# Folders that are parts of one project however well documented (LLaMA-Factory's
# data/README.md and examples/README.md), not projects of a collection.
_PROJECT_PARTS = frozenset(
    {"docs", "doc", "data", "datasets", "examples", "example", "samples", "scripts", "tools",
     "assets", "tests", "test", "benchmarks", "configs", "notebooks", "src", "lib", "docker",
     "deploy", "evaluation", "training"}
)  # fmt: skip
# Two linked projects make a collection; one is a part of a project (its docs, a plugin).
COLLECTION_PROJECTS = 2


# Top-level folders named as the lessons of a course: week_0_project_setup, lesson-2, day03.
_LESSON_FOLDER = re.compile(
    r"^(?:week|lesson|chapter|day|module|part|unit|lecture|session|episode)[-_ ]?\d+", re.I
)


def lesson_folders(repo: Repo) -> list[str]:
    """The top-level folders named as numbered lessons that have a README of their own
    (MLOps-Basics' ``week_0_project_setup/README.md`` ... ``week_9_monitoring/``)."""
    return sorted(
        folder
        for folder in {
            e.path.split("/", 1)[0]
            for e in repo.files
            if e.path.count("/") == 1 and e.path.lower().rsplit("/", 1)[1] in _README_NAMES
        }
        if _LESSON_FOLDER.match(folder)
    )


def is_collection(repo: Repo, analysis: ReadmeAnalysis) -> bool:
    """Whether the README presents a collection of standalone examples or projects, each
    with its own README ("- [Image classification (MNIST)](./mnist/README.md)"), or the
    repository is lessons in numbered folders each with a README (``week_1_wandb_logging``):
    each says how to install, use, train and evaluate itself, so the top README need not."""
    return (
        len(linked_projects(repo, analysis)) >= COLLECTION_PROJECTS
        or len(lesson_folders(repo)) >= COLLECTION_PROJECTS
    )


def pointing_links(analysis: ReadmeAnalysis, section: Section | None = None) -> list[Link]:
    """The links of the README (or of one section) that point somewhere else: not to a
    heading of the same README, and not around a badge (a badge links its service)."""
    badge_links = {badge.link for badge in analysis.badges}
    links = analysis.links if section is None else section.links
    return [link for link in links if link.kind != "anchor" and link.url not in badge_links]


def links_page(
    analysis: ReadmeAnalysis,
    address: re.Pattern[str],
    text: re.Pattern[str],
    readme_text: str | None = None,
    line_words: re.Pattern[str] | None = None,
) -> bool:
    """Whether a link that points elsewhere names a page by its address (query left out) or
    by its text: an install page, a getting-started guide kept outside the README. Given the
    README's text and ``line_words``, a link also counts when the line it stands on says them:
    "Check out the [User Guide] for a list of features and installation and usage
    information"."""
    lines = readme_text.splitlines() if readme_text is not None and line_words else []
    return any(
        address.search(link.url.split("?", 1)[0])
        or text.search(link.text)
        or (line_words is not None and line_words.search(line_of(link, lines)) is not None)
        for link in pointing_links(analysis)
    )


def where(repo: Repo) -> str:
    """How a finding names the README: "README.md of `ml-utils`"."""
    path = repo.readme.path if repo.readme is not None else "README"
    return f"{path} of `{repo.name}`"


def sections_found(analysis: ReadmeAnalysis) -> str:
    """The section headings, for a message: "sections found: Overview, Features, License"."""
    names = [" ".join(h.split()) for h in analysis.headings() if h.strip()]
    if not names:
        return "sections found: none"
    shown = ", ".join(names[:_LISTED_SECTIONS])
    more = len(names) - _LISTED_SECTIONS
    return f"sections found: {shown}" + (f" and {more} more" if more > 0 else "")


def with_subsections(analysis: ReadmeAnalysis, section: Section) -> list[Section]:
    """``section`` followed by the sections nested under it (deeper levels, up to the next
    heading of its level or above): "Installation" and its "From PyPI", "From source"."""
    result = [section]
    if section.level == 0:
        return result
    following = False
    for other in analysis.sections:
        if other is section:
            following = True
            continue
        if not following:
            continue
        if other.level <= section.level:
            break
        result.append(other)
    return result


def letters(text: str) -> str:
    """``text`` lower-cased, without anything but ASCII letters and digits ("ml_utils-2" ->
    "mlutils2"): to compare names however they are written."""
    return re.sub(r"[^0-9a-z]", "", text.lower())


def names_project(words: str, name: str) -> bool:
    """Whether ``words`` ("DETR", "TensorFlow Examples") name the project ``name`` ("detr",
    "TensorFlow-Examples"), or the project's name holds them."""
    found, wanted = letters(words), letters(name)
    return bool(found and wanted) and (found in wanted or wanted in found)


TOC_HEADING = re.compile(r"\b(contents|toc|table of contents|index|outline)\b", re.IGNORECASE)
"""The heading of a table of contents."""

# A numbered unit of a book or course: "Chapter 5: Deploying Machine Learning Models" is a
# lesson about deploying, not the project's deployment steps.
_LESSON_HEADING = re.compile(
    r"^\W*(?:chapter|lesson|lecture|week|module|day|unit|session|episode)\s+\d+\b",
    re.IGNORECASE,
)


def is_lesson(section: Section) -> bool:
    """Whether the section is a numbered chapter, lesson or lecture of teaching material."""
    return bool(_LESSON_HEADING.match(section.heading))


def sections_matching(analysis: ReadmeAnalysis, heading: re.Pattern[str]) -> list[Section]:
    """The sections whose heading matches ``heading`` (searched, not anchored), the title
    left out: "# pytorch tutorial notes" names the project, it is not a tutorial section.
    A heading in another language is also tried through the English stand-ins of its common
    words ("安装" reads as "install", "Instalación" as "install", "Uso" as "usage")."""
    body = analysis.sections
    if body and body[0].level == 1:
        body = body[1:]
    return [
        s
        for s in body
        if heading.search(s.heading) or heading.search(" ".join(heading_words(s.heading)))
    ]


def unfenced_block(analysis: ReadmeAnalysis, groups: list[list[Section]]) -> CodeBlock | None:
    """The first code block of these sections (each group a section and its subsections)
    that is not fenced: an indented block or an HTML ``<pre>``, which show code but give it no
    language, so GitHub cannot highlight it."""
    for parts in groups:
        for section in parts:
            for block in section.code_blocks:
                if not is_fenced(analysis, block) and block.text.strip():
                    return block
    return None


def indented_code_problem(
    repo: Repo,
    readme: Readme,
    section: Section,
    block: CodeBlock,
    *,
    kind: str,
    shows: str,
    opening: str,
) -> Problem:
    """The finding of the code-block rules when the code is there but not fenced: ``kind``
    of section ("install"; empty for a section named by its subject), what it ``shows`` ("its
    commands") and the fence line to suggest (``opening``: "```bash")."""
    label = f"the {kind} section" if kind else "the section"
    return Problem(
        message=(
            f"{where(repo)}: {label} `{section.heading}` (line {section.line}) shows "
            f"{shows} in an indented code block (line {block.line}), not a fenced one"
        ),
        fix=Fix(
            description=(
                f"On line {block.line} of {readme.path}, fence the code shown there: a line "
                f"with {opening} above it, a line with ``` below, and the indentation removed "
                "(a fenced block names its language, so GitHub highlights it and readers know "
                "what to run it in)."
            ),
            safety=FixSafety.DISPLAY_ONLY,
        ),
        file=readme.path,
        line=block.line,
    )


def line_list(lines: list[int]) -> str:
    """Line numbers for a message: "12, 40, 41" or "12, 40, ... and 7 more"."""
    shown = ", ".join(str(n) for n in lines[:_LISTED_LINES])
    more = len(lines) - _LISTED_LINES
    return shown + (f" and {more} more" if more > 0 else "")


def on_lines(lines: list[int]) -> str:
    """ "line 12" or "lines 12, 40, 41" (see ``line_list``)."""
    return f"line {lines[0]}" if len(lines) == 1 else f"lines {line_list(lines)}"


def remaining_lines(repo: Repo, path: str, lines: list[int], says: str, fix: str) -> Problem:
    """The one finding a line-listing rule gives for its lines beyond the first
    ``MAX_LINE_FINDINGS``: ``says`` follows the README's name ("has 3 more ... on lines
    ..."), ``fix`` says what to do on each of them; it points at the first of ``lines``."""
    return Problem(
        message=f"{where(repo)} {says}",
        fix=Fix(description=fix, safety=FixSafety.DISPLAY_ONLY),
        file=path,
        line=lines[0],
    )


def is_fenced(analysis: ReadmeAnalysis, block: CodeBlock) -> bool:
    """Whether ``block`` counts as a fenced code block: Markdown fences, and in
    reStructuredText every literal block (``::`` is how rst marks code, not a lapse)."""
    return block.fenced or analysis.format == "rst"


def code_lines(analysis: ReadmeAnalysis) -> set[int]:
    """The 1-based line numbers that belong to code blocks (fences included)."""
    lines: set[int] = set()
    for block in analysis.code_blocks:
        extra = 2 if block.fenced else 0
        lines.update(range(block.line, block.line + block.text.count("\n") + 1 + extra))
    return lines


def unread_wording(
    repo: Repo, readme: Readme, analysis: ReadmeAnalysis, says: str
) -> Problem | None:
    """An inconclusive finding for a README not in English (the rules' phrase lists are
    English, with a few headings in other languages), instead of reporting that it does not
    say ``says`` ("why the project exists"); ``None`` for English READMEs, where the rule's
    own finding stands."""
    unread = analysis.unread_language
    if unread is None:
        return None
    return Problem(
        message=(
            f"{where(repo)} is {unread}, and this check reads English wording only: "
            f"cannot tell whether it says {says}"
        ),
        fix=Fix(description=f"Read it yourself: does it say {says}?"),
        file=readme.path,
        inconclusive=True,
    )
