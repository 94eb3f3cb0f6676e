"""What kind of repository this is, and what its file list can and cannot tell: helpers for rules.

Profile and repository rules share these questions: is a path in the tree (or can we not tell,
because the fetch listed only some folders)? Is this a library, a deployable app, a low-signal
repo? Which dependency manifest does its language use? What does a README's outline look like?
Every answer comes from the model alone (no I/O), and "cannot tell" is ``None``, never a guess.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from portfolio.snapshot import FileEntry, Readme, Repo

# --- the file list -----------------------------------------------------------------------------


def files_known(repo: Repo) -> bool:
    """Whether the fetch got a file list at all (an empty repo's empty list counts)."""
    return repo.knows("files")


# The fetch always lists these folders (``portfolio.github.fetch`` asks for each by name), so
# an absent or empty one is known to hold nothing.
ALWAYS_LISTED = ("", ".github", ".github/workflows", "docs")


def listed_folders(repo: Repo) -> frozenset[str]:
    """Folders whose entries ``files`` holds: those always listed, and every folder that has a
    listed child. Any other folder that appears only as a ``dir`` entry was seen, not opened.
    """
    folders = set(ALWAYS_LISTED)
    for entry in repo.files:
        parent, _, _ = entry.path.rpartition("/")
        folders.add(parent)
    return frozenset(folders)


def has_path(repo: Repo, path: str, *, ignore_case: bool = False) -> bool | None:
    """Whether ``path`` is in the tree: True, False, or None when the listing cannot tell."""
    if not files_known(repo):
        return None
    wanted = path.strip("/")
    fold = str.lower if ignore_case else str
    paths = {fold(e.path) for e in repo.files}
    if fold(wanted) in paths:
        return True
    if repo.files_complete:
        return False
    # Walk down from the root: the first folder that exists but was not listed means "unknown";
    # a folder that does not exist at all means the path cannot exist either.
    listed = {fold(f) for f in listed_folders(repo)}
    parts = wanted.split("/")
    for depth in range(len(parts) - 1):
        folder = "/".join(parts[: depth + 1])
        parent = "/".join(parts[:depth])
        if fold(parent) not in listed:
            return None
        if fold(folder) not in paths:
            return False
    parent = "/".join(parts[:-1])
    return False if fold(parent) in listed else None


def folder_listed(repo: Repo, folder: str) -> bool:
    """Whether every entry directly inside ``folder`` is known (absent folders count as listed)."""
    return has_path(repo, folder.strip("/") + "/\0probe") is not None


def find_files(repo: Repo, *patterns: str) -> list[FileEntry]:
    """Entries whose path or base name matches one of the glob ``patterns``, case-insensitively."""
    found = []
    for entry in repo.files:
        path = entry.path.lower()
        name = path.rpartition("/")[2]
        if any(fnmatch.fnmatchcase(path, p) or fnmatch.fnmatchcase(name, p) for p in patterns):
            found.append(entry)
    return found


def contributing_guide(repo: Repo) -> FileEntry | None:
    """The repository's CONTRIBUTING file where GitHub finds it: the root, ``.github/`` or
    ``docs/``."""
    for entry in find_files(repo, "contributing", "contributing.*"):
        if entry.path.lower().rpartition("/")[0] in ("", ".github", "docs"):
            return entry
    return None


def root_names(repo: Repo) -> frozenset[str]:
    """Lower-case names of the entries at the root of the tree."""
    return frozenset(e.path.lower() for e in repo.files if "/" not in e.path)


# --- dependency manifests ------------------------------------------------------------------------

# Glob patterns (matched against base names, lower case) that declare dependencies, by GitHub's
# language name. A language missing here has no manifest convention we are sure of.
MANIFESTS: dict[str, tuple[str, ...]] = {
    "Python": (
        "pyproject.toml",
        "requirements*.txt",
        "setup.py",
        "setup.cfg",
        "environment.yml",
        "environment.yaml",
        "pipfile",
        "poetry.lock",
        "conda.yaml",
    ),
    "Jupyter Notebook": (
        "pyproject.toml",
        "requirements*.txt",
        "setup.py",
        "environment.yml",
        "environment.yaml",
        "pipfile",
        "install.r",
        "description",
        "project.toml",
    ),
    "JavaScript": ("package.json",),
    "TypeScript": ("package.json", "deno.json", "deno.jsonc"),
    "Vue": ("package.json",),
    "Svelte": ("package.json",),
    "Rust": ("cargo.toml",),
    "Go": ("go.mod",),
    "Java": ("pom.xml", "build.gradle", "build.gradle.kts"),
    "Kotlin": ("build.gradle", "build.gradle.kts", "pom.xml"),
    "Scala": ("build.sbt", "build.sc", "pom.xml"),
    "Ruby": ("gemfile", "*.gemspec"),
    "PHP": ("composer.json",),
    "C#": ("*.csproj", "*.sln", "*.fsproj", "packages.config"),
    "F#": ("*.fsproj", "*.sln"),
    "R": ("description", "renv.lock", "install.r"),
    "Julia": ("project.toml",),
    "Dart": ("pubspec.yaml",),
    "Swift": ("package.swift", "podfile", "*.xcodeproj"),
    "Elixir": ("mix.exs",),
    "Haskell": ("*.cabal", "stack.yaml", "package.yaml"),
    "C": ("cmakelists.txt", "makefile", "meson.build", "conanfile.txt", "vcpkg.json"),
    "C++": ("cmakelists.txt", "makefile", "meson.build", "conanfile.txt", "vcpkg.json"),
}


def expected_manifests(language: str | None) -> tuple[str, ...]:
    """The manifest file patterns for ``language`` (GitHub's name), or ``()`` if we do not know."""
    return MANIFESTS.get(language or "", ())


# Languages of pages and documents rather than programs (a personal site, a GitBook, a
# thesis in LaTeX): their repositories have nothing a unit test would call.
DOCUMENT_LANGUAGES = frozenset({"HTML", "CSS", "SCSS", "TeX", "Markdown"})


def main_language(repo: Repo) -> str | None:
    """The repo's main language; notebooks count as Python, since they run Python code."""
    if repo.language == "Jupyter Notebook":
        return "Python"
    return repo.language


# --- kinds of repository -------------------------------------------------------------------------


TEST_FOLDERS = frozenset({"test", "tests", "testdata", "test_data", "fixtures", "__fixtures__",
                          "testing"})  # fmt: skip
"""Folders of a test suite: what sits there (a throwaway key, a `test.rs~`) is put there for
the tests on purpose."""


def is_notebook_collection(repo: Repo) -> bool:
    """Whether the repo is notebooks to read (a book, course, analyses), not code to run.

    GitHub calls its language "Jupyter Notebook" and no Python module sits at its root or in
    ``src/``: tests and CI are not what such a repository is judged by.
    """
    if repo.language != "Jupyter Notebook":
        return False
    return not any(
        e.path.endswith(".py") and (e.path.count("/") == 0 or e.path.startswith("src/"))
        for e in repo.files
    )


def is_profile_repo(repo: Repo) -> bool:
    """Whether this is the special ``LOGIN/LOGIN`` repository whose README is the profile's.

    It holds a README for people, not a project: licence, CI, tests and manifests do not apply.
    An organisation's project named after it (``Theano/Theano``, ``numpy/numpy``) is not one:
    GitHub shows only a root ``README.md`` on a profile, and never a package's README there,
    so a README of another format, a package's files (``package_files_evidence``), a
    contributing guide, a README of over 100,000 characters or megabytes of code tell such a
    project apart even in a checkout, which cannot say whether the owner is a person.
    """
    if repo.name.lower() != repo.owner.lower():
        return False
    if repo.readme is not None and repo.readme.path.lower() != "readme.md":
        return False
    if sum(repo.languages.values()) > PROFILE_REPO_MAX_CODE:
        return False  # ollama/ollama: megabytes of Go, where a profile holds a small script
    if repo.readme is not None and len(repo.readme.text) > PROFILE_README_MAX_CHARS:
        return False  # public-apis/public-apis: a 238 KB list, where a profile is read at a glance
    if contributing_guide(repo) is not None:
        return False  # people contribute to a project, not to someone's profile page
    return package_files_evidence(repo) is None


# Bytes of code (GitHub's language statistics) above which a LOGIN/LOGIN repository is a
# project: the scripts that draw a profile README weigh a few kilobytes (simonw's 16 KB of
# Python), an organisation's project megabytes.
PROFILE_REPO_MAX_CODE = 500_000
# Characters of README above which a LOGIN/LOGIN repository is a project: the longest profile
# README of the test corpus (DenverCoder1's, tables of badges and stats) has 31,028.
PROFILE_README_MAX_CHARS = 100_000


LIBRARY_TOPICS = frozenset(
    {"library", "package", "sdk", "framework", "python-library", "python-package", "npm-package",
     "crate", "rust-library", "pypi", "module", "plugin", "toolkit", "api-client"}
)  # fmt: skip
# Files that publish a package to a registry, not just list dependencies.
PUBLISHING_FILES = {
    "setup.py": "a setup.py",
    "setup.cfg": "a setup.cfg",
    "*.gemspec": "a gemspec",
    "*.nuspec": "a nuspec",
    "description": "an R package DESCRIPTION",
}
_LIBRARY_WORDS = re.compile(r"\b(library|package|sdk|framework|toolkit|plugin|crate)\b", re.I)


def library_evidence(repo: Repo) -> str | None:
    """Why the repo looks like something others install and depend on, or ``None``.

    Evidence: a library topic, a description calling it a library/package/SDK, or a file that
    publishes to a package registry. A web app or service is not a library (a documentation
    site does not make one).
    """
    # A web app or service is not a library; a library with a documentation site still is.
    if _app_evidence(repo):
        return None
    evidence = _topic_evidence(repo, LIBRARY_TOPICS)
    if evidence:
        return evidence
    word = _LIBRARY_WORDS.search(repo.description or "")
    if word:
        return f"its description calls it a {word.group(1).lower()}"
    return package_files_evidence(repo)


def package_files_evidence(repo: Repo) -> str | None:
    """Which of the repo's files make a package that others install, or ``None``: a file that
    publishes to a registry, a ``pyproject.toml`` beside ``src/`` or a package named after the
    repo, a Rust or Julia library."""
    evidence = _root_file_evidence(repo, PUBLISHING_FILES)
    if evidence:
        return evidence
    names = root_names(repo)
    # A checkout lists files only, so src/ shows as the folder of its files.
    if "pyproject.toml" in names and (
        "src" in names or any(e.path.startswith("src/") for e in repo.files)
    ):
        return "it has a pyproject.toml and a src/ package"
    package = repo.name.lower().replace("-", "_")
    if "pyproject.toml" in names and has_path(repo, f"{package}/__init__.py"):
        # The flat layout: numpy's numpy/ beside its pyproject.toml.
        return f"it has a pyproject.toml and a {package}/ package"
    if "package.json" in names:
        # A JavaScript package: its module named after it (request.js, lodash.js,
        # lib/axios.js), where an app or a profile's script has index.js or main.js.
        module = re.compile(rf"(?:lib/|src/)?{re.escape(repo.name.lower())}\.(?:js|mjs|cjs|ts)")
        entry = next((e for e in repo.files if module.fullmatch(e.path.lower())), None)
        if entry is not None:
            return f"it has a package.json and {entry.path}"
    if "cargo.toml" in names and has_path(repo, "src/lib.rs"):
        return "it is a Rust library crate (src/lib.rs)"
    # A Julia package: Project.toml beside src/NAME.jl (Flux.jl's src/Flux.jl).
    source = f"src/{julia_package(repo)}.jl"
    if "project.toml" in names and has_path(repo, source):
        return f"it is a Julia package ({source})"
    return None


def julia_package(repo: Repo) -> str:
    """The name a Julia package of ``repo`` is added by: its repository name without ``.jl``."""
    return repo.name.removesuffix(".jl")


def is_library(repo: Repo) -> bool:
    """Whether the repo presents itself as something others install and depend on."""
    return library_evidence(repo) is not None


# Topics of a documentation or Pages site (a library may have one), and of an app or service.
_SITE_TOPICS = frozenset({"github-pages", "documentation-site"})
_SERVICE_TOPICS = frozenset(
    {"webapp", "web-app", "website", "web-application", "streamlit", "gradio", "dashboard",
     "react-app", "nextjs", "portfolio-website", "single-page-app", "pwa"}
)  # fmt: skip
APP_TOPICS = _SERVICE_TOPICS | _SITE_TOPICS
# Root-level files that mean "this runs as a site or a service" (matched case-insensitively).
APP_FILES = {
    "index.html": "an index.html",
    "vite.config.*": "a Vite config",
    "next.config.*": "a Next.js config",
    "nuxt.config.*": "a Nuxt config",
    "svelte.config.*": "a SvelteKit config",
    "angular.json": "an Angular config",
    "astro.config.*": "an Astro config",
    "gatsby-config.*": "a Gatsby config",
    "netlify.toml": "a Netlify config",
    "vercel.json": "a Vercel config",
    "app.yaml": "an App Engine config",
    "procfile": "a Procfile",
    "fly.toml": "a Fly.io config",
    "render.yaml": "a Render config",
    "streamlit_app.py": "a Streamlit app",
}
# Root-level files of a documentation or Pages site: such a repository has a live URL too,
# but it may well be a library with its documentation.
SITE_FILES = {
    "cname": "a CNAME file (a custom Pages domain)",
    "mkdocs.yml": "a MkDocs site",
    "_config.yml": "a Jekyll site",
    "docusaurus.config.*": "a Docusaurus site",
}


def deployable_evidence(repo: Repo) -> str | None:
    """Why the repo looks like something people could open in a browser, or ``None``."""
    if repo.has_pages:
        return "GitHub Pages is enabled"
    evidence = _app_evidence(repo) or _root_file_evidence(repo, SITE_FILES)
    if evidence:
        return evidence
    if has_path(repo, "docs/conf.py") or has_path(repo, "docs/mkdocs.yml"):
        return "it has a documentation site in docs/"
    return _topic_evidence(repo, _SITE_TOPICS)


def _app_evidence(repo: Repo) -> str | None:
    """Why the repo looks like a site or service in itself (not the documentation of one)."""
    return _root_file_evidence(repo, APP_FILES) or _topic_evidence(repo, _SERVICE_TOPICS)


def _root_file_evidence(repo: Repo, files: Mapping[str, str]) -> str | None:
    """ "it has a Procfile" for the first pattern of ``files`` a root entry matches."""
    names = root_names(repo)
    for pattern, what in files.items():
        if any(fnmatch.fnmatchcase(name, pattern) for name in names):
            return f"it has {what}"
    return None


def _topic_evidence(repo: Repo, topics: frozenset[str]) -> str | None:
    """ "its topics include streamlit" for the first (in order) of ``topics`` the repo has."""
    found = topics & {t.lower() for t in repo.topics}
    return f"its topics include {sorted(found)[0]}" if found else None


def is_deployable_app(repo: Repo) -> bool:
    """Whether the repo is a site, web app or documentation site that could have a live URL."""
    return deployable_evidence(repo) is not None


# Names people keep from first steps, matched on the whole name (case-insensitive) ...
_PRACTICE_NAMES = re.compile(
    r"^(hello[-_ ]?world|spoon-knife|test(ing)?|test[-_]?repo(sitory)?|my[-_]?first[-_]?\w*"
    r"|first[-_]?repo|sandbox|playground|untitled(-\d+)?|new[-_]?repo(sitory)?|repo|practice"
    r"|learning[-_]git|git[-_]?(practice|test|tutorial)|github[-_]?slideshow|skills[-_]\w+)$",
    re.I,
)
# ... and words from courses, matched as whole parts of the name ("pytorch-tutorial-notes").
# "course" alone is left out on purpose: "course-planner" and "coursera-dl" are real projects.
_TUTORIAL_WORDS = frozenset({"tutorial", "tutorials", "bootcamp", "udemy", "codecademy",
                             "freecodecamp", "100daysofcode"})  # fmt: skip
_HUNDRED_DAYS = re.compile(r"100[-_ ]?days", re.I)


# Judges and puzzle sites whose exercises people solve and publish: "LeetCode-Java-Solutions",
# "advent-of-code-2024", "project-euler". Run one file at a time, nothing to install.
_EXERCISE_SITES = re.compile(
    r"leet[-_ ]?code|neet[-_ ]?code|hacker[-_ ]?rank|code[-_ ]?wars|code[-_ ]?forces|"
    r"code[-_ ]?chef|atcoder|kattis|exercism|advent[-_ ]?of[-_ ]?code|project[-_ ]?euler|"
    r"(?<![a-z])aoc(?![a-z])",
    re.I,
)


def is_exercise_solutions(repo: Repo) -> bool:
    """Whether the repo holds someone's solutions to the exercises of a judge or puzzle site
    (LeetCode, HackerRank, Advent of Code, Project Euler...), named after it: solutions to
    read, not software to install and run."""
    return bool(_EXERCISE_SITES.search(repo.name))


# A curated list of links ("awesome-machine-learning"): named so, tagged so, or wearing the
# Awesome badge near its top.
_LIST_NAME = re.compile(r"^awesome(?:[-_.]|$)|[-_]awesome$|(?:^|[-_])(?:curated|reading)[-_]list",
                        re.I)  # fmt: skip
_LIST_TOPICS = frozenset({"awesome", "awesome-list", "awesome-lists", "curated-list", "lists"})
# The list badge itself (awesome.re's, or the older copy in sindresorhus/awesome/media), not
# "Mentioned in Awesome", which projects listed in a list wear.
_LIST_BADGE = re.compile(r"awesome\.re/badge|sindresorhus/awesome/\S*media/badge", re.I)
# ...and mostly links: a real list has hundreds of them, a project's README a few dozen.
MIN_LIST_LINKS = 30
_BADGE_LINES = 10


def is_link_list(repo: Repo) -> bool:
    """Whether the repo is a curated list of links to read (an "awesome list"): named or
    tagged so, or with the Awesome badge at the top, and a README of at least 30 links. Its
    scripts check or sort the links; there is nothing to install, use or test."""
    if repo.readme is None:
        return False
    top = "\n".join(repo.readme.text.splitlines()[:_BADGE_LINES])
    named = bool(
        _LIST_NAME.search(repo.name)
        or _LIST_TOPICS.intersection(t.lower() for t in repo.topics)
        or _LIST_BADGE.search(top)
    )
    return named and len(links(repo.readme.text)) >= MIN_LIST_LINKS


def _practice_name(name: str) -> bool:
    parts = set(re.split(r"[-_. ]+", name.lower()))
    return bool(
        _PRACTICE_NAMES.match(name) or parts & _TUTORIAL_WORDS or _HUNDRED_DAYS.search(name)
    )


def low_signal_reason(repo: Repo) -> str | None:
    """Why a public repo adds noise rather than signal to the profile, or ``None``.

    Empty repos, forks the user never pushed to (GitHub sets ``pushed_at`` after ``created_at``
    only when the fork gets its own commits), and tutorial or first-steps clones.
    """
    if repo.is_empty:
        return "it is empty"
    if repo.fork and _untouched_fork(repo):
        parent = f" of {repo.parent}" if repo.parent else ""
        return f"it is a fork{parent} with no commits of yours"
    if _practice_name(repo.name):
        return "its name suggests a tutorial or practice repo"
    return None


def _untouched_fork(repo: Repo) -> bool:
    created, pushed = parse_time(repo.created_at), parse_time(repo.pushed_at)
    if created is None or pushed is None:
        return False  # cannot tell: not low-signal
    return pushed <= created


def parse_time(text: str | None) -> datetime | None:
    """An ISO 8601 time as GitHub writes it (``2026-01-02T03:04:05Z``), or ``None``."""
    if not text:
        return None
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


# --- README outline ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Heading:
    level: int
    title: str
    line: int


_ATX = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_RST_UNDERLINE = re.compile(r"^([=\-~^\"'`#*+:.])\1{2,}\s*$")
_HTML_HEADING = re.compile(r"<h([1-6])[^>]*>(.*?)</h\1>", re.I | re.S)
_TAG = re.compile(r"<[^>]+>")


def strip_html_comments(text: str) -> str:
    """The text without ``<!-- ... -->`` comments (kept line count: comment lines become empty)."""
    return re.sub(r"<!--.*?-->", lambda m: "\n" * m.group(0).count("\n"), text, flags=re.S)


def headings(readme: Readme) -> list[Heading]:
    """The README's headings with their 1-based line numbers (Markdown ATX/setext/HTML, or rST)."""
    lines = strip_html_comments(readme.text).splitlines()
    found: list[Heading] = []
    in_fence: str | None = None
    for number, line in enumerate(lines, start=1):
        fence = _FENCE.match(line)
        if fence:
            marker = fence.group(1)[0]
            in_fence = None if in_fence == marker else (in_fence or marker)
            continue
        if in_fence:
            continue
        atx = _ATX.match(line)
        if atx:
            found.append(Heading(len(atx.group(1)), atx.group(2).strip(), number))
            continue
        for match in _HTML_HEADING.finditer(line):
            title = _TAG.sub("", match.group(2)).strip()
            if title:
                found.append(Heading(int(match.group(1)), title, number))
        if number >= 2 and lines[number - 2].strip() and not _ATX.match(lines[number - 2]):
            stripped = line.strip()
            if readme.format == "markdown" and re.fullmatch(r"=+|-+", stripped):
                if stripped.startswith("-") and lines[number - 2].lstrip().startswith(("-", "*")):
                    continue
                level = 1 if stripped.startswith("=") else 2
                found.append(Heading(level, lines[number - 2].strip(), number - 1))
            elif readme.format == "rst" and _RST_UNDERLINE.match(line):
                found.append(Heading(2, lines[number - 2].strip(), number - 1))
    return found


def find_heading(readme: Readme, *words: str) -> Heading | None:
    """The first heading whose title contains one of ``words`` (whole words, any case)."""
    pattern = re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")\b", re.I)
    for heading in headings(readme):
        if pattern.search(heading.title):
            return heading
    return None


_MD_LINK = re.compile(r"\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_REF_LINK = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+.*)?$", re.M)
_HTML_LINK = re.compile(r"""<(?:a|img)\b[^>]*?\b(?:href|src)\s*=\s*["']([^"']+)["']""", re.I)
_BARE_URL = re.compile(r"(?<![(<\"'=])\bhttps?://[^\s)<>\]\"'`]+")
_RST_LINK = re.compile(r"<(https?://[^>\s]+)>`_")


def links(text: str) -> list[str]:
    """Every link target in a README (Markdown, HTML, reStructuredText and bare URLs), in order."""
    text = strip_html_comments(text)
    found: list[tuple[int, str]] = []
    for pattern in (_MD_LINK, _REF_LINK, _HTML_LINK, _RST_LINK, _BARE_URL):
        found.extend(
            (m.start(), m.group(1) if m.groups() else m.group(0)) for m in pattern.finditer(text)
        )
    seen: set[str] = set()
    ordered = []
    for _, url in sorted(found):
        url = url.rstrip(".,;:!?*_")
        if url not in seen:
            seen.add(url)
            ordered.append(url)
    return ordered


def normalise_url(url: str) -> str:
    """A URL reduced for comparison: no scheme, ``www.``, query, fragment or trailing slash."""
    url = url.strip().lower()
    url = re.sub(r"^[a-z][a-z0-9+.-]*://", "", url)
    url = url.removeprefix("www.")
    url = re.split(r"[?#]", url, maxsplit=1)[0]
    return url.rstrip("/")


def words_in(text: str, vocabulary: Iterable[str]) -> list[str]:
    """Which of ``vocabulary`` (words or short phrases) occur in ``text`` as whole words."""
    lowered = text.lower()
    return [w for w in vocabulary if re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", lowered)]


def iter_lines(text: str) -> Iterator[tuple[int, str]]:
    """``(line number, line)`` pairs, 1-based."""
    yield from enumerate(text.splitlines(), start=1)
