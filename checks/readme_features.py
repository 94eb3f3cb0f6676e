"""Turn one README section (heading, body, level, position) into the features the classifier
weighs: words of the heading and body, plus cues such as "a code block after an install verb".

Features are plain strings, so the shipped model is a readable JSON table of weights and the
same function serves training (``readme_train``) and classification (``readme_classify``).
Everything here is linear in the size of the text, and the body is read only up to
``MAX_BODY_CHARS``: the start of a section says what it is about.
"""

from __future__ import annotations

import functools
import itertools
import math
import re

MAX_BODY_CHARS = 4000
MAX_HEADING_CHARS = 300
OPENING_WORDS = 8
"""How many words at the start of the body count as its opening."""
OPENING_WEIGHT = 0.35

_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"
_CJK_RUN = re.compile(f"[{_CJK}]+")
_WORD = re.compile(rf"[^\W\d_{_CJK}]{{2,}}")
# What ``_WORD`` finds in lower-cased ASCII text, where it has no other letters to look for.
_ASCII_WORD = re.compile(r"[a-z]{2,}")
_HEADING_MARKS = re.compile(r"^\s{0,3}#{1,6}|#+\s*$")
_LINK_TARGET = re.compile(r"\]\([^()\n]*\)|<[^<>\n]*>|https?://\S+")
_NUMBERING = re.compile(r"^[\s\d.)(:-]+")
_FENCE = re.compile(r"^ {0,3}(?:```|~~~)[ \t]*([\w+#.-]*)", re.MULTILINE)
FENCE_LINE = re.compile(r"^ {0,3}(?:```|~~~)", re.MULTILINE)
"""A line that opens or closes fenced code."""
_INDENTED_CODE = re.compile(r"(?:^|\n\n)(?: {4}|\t)\S")
_INLINE_CODE = re.compile(r"`[^`\n]+`")
_LINK = re.compile(r"\]\([^()\s]+[^()\n]*\)|https?://")
_IMAGE = re.compile(r"!\[|<img\b", re.IGNORECASE)
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s", re.MULTILINE)
_TABLE = re.compile(r"^\s*\|?[ :-]*-{3,}[ :|-]*$", re.MULTILINE)
_DOT_DIGIT = re.compile(r"\.\d")
"""Found in every version number; a literal first character makes it fast to search for."""
_VERSION = re.compile(r"\bv?\d+\.\d+(?:\.\d+)?\b")
_YEAR = re.compile(r"\b(?:19[89]\d|20[0-3]\d)\b")
# Cues are looked up as words in a set or as substrings of the lower-cased body: both run in
# C, where a case-insensitive alternation regex would try every branch at every position.
_INSTALL_COMMANDS = (
    "pip install",
    "pip3 install",
    "npm install",
    "npm i ",
    "yarn add",
    "gem install",
    "composer require",
    "brew install",
    "apt-get install",
    "apt install",
    "cargo install",
    "cargo add",
    "go get",
    "go install",
    "conda install",
    "bower install",
    "mvn install",
    "gradle",
    "git clone",
    "docker pull",
    "docker run",
    "make install",
    "setup.py install",
    "dotnet add",
    "install-package",
    "pod install",
    "pod '",
    "carthage",
    "<dependency>",
)
# Most commands say "install": when the body does not, only the others need looking for.
_INSTALL_WORD_COMMANDS = tuple(c for c in _INSTALL_COMMANDS if "install" in c)
_OTHER_INSTALL_COMMANDS = tuple(c for c in _INSTALL_COMMANDS if "install" not in c)
_RUN_MARKS = ("\n$ ", "\n> ", "\n    $ ", "require(", "import ", "new ")
_LICENCE_WORDS = frozenset(
    [
        "mit",
        "apache",
        "gpl",
        "lgpl",
        "agpl",
        "bsd",
        "mpl",
        "isc",
        "wtfpl",
        "unlicense",
        "license",
        "licence",
        "licensed",
        "licenses",
        "licensing",
        "copyright",
    ]
)
_CITATION_WORDS = frozenset(
    ["cite", "citation", "citing", "bibtex", "doi", "arxiv", "inproceedings"]
)
_WELCOME_WORDS = frozenset(
    [
        "contribution",
        "contributions",
        "contribute",
        "contributing",
        "contributors",
        "pr",
        "prs",
        "fork",
        "welcome",
        "welcomed",
    ]
)
_PERSON_WORDS = frozenset(
    [
        "author",
        "authors",
        "maintainer",
        "maintainers",
        "maintained",
        "thanks",
        "thank",
        "team",
        "developed",
        "written",
        "created",
    ]
)
_MONTH_WORDS = frozenset(
    [
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "january",
        "february",
        "march",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
)
_API_HEADING = re.compile(r"\w\(|\w \(\)|\w\.\w+\(|^[a-z]+[A-Z]\w*$|[{}=<>]")

# A few languages' words for the commonest section titles, mapped to an English stand-in so
# the English weights apply ("安装" reads as "install"). Only what is cheap and unambiguous.
_TRANSLATIONS: dict[str, str] = {
    "安装": "install",
    "使用": "usage",
    "用法": "usage",
    "示例": "example",
    "例子": "example",
    "简介": "introduction",
    "介绍": "introduction",
    "特点": "features",
    "特性": "features",
    "功能": "features",
    "文档": "documentation",
    "许可": "license",
    "协议": "license",
    "版权": "license",
    "作者": "author",
    "贡献": "contributing",
    "更新": "changelog",
    "配置": "configuration",
    "依赖": "requirements",
    "环境": "requirements",
    "installation": "install",
    "instalación": "install",
    "instalacion": "install",
    "instalação": "install",
    "instalacao": "install",
    "uso": "usage",
    "utilisation": "usage",
    "verwendung": "usage",
    "nutzung": "usage",
    "licencia": "license",
    "licença": "license",
    "lizenz": "license",
    "autor": "author",
    "autores": "author",
    "auteur": "author",
    "documentación": "documentation",
    "documentação": "documentation",
    "dokumentation": "documentation",
    "contribuir": "contributing",
    "contribuer": "contributing",
    "beitragen": "contributing",
    "descripción": "description",
    "descrição": "description",
    "beschreibung": "description",
    "ejemplo": "example",
    "exemplo": "example",
    "beispiel": "example",
}


# The usual section titles of each category, matched at the start of a heading's words
# ("install" also matches "installation"; an entry ending in a space matches whole words only:
# "cli " is not "client"). Written from general knowledge of READMEs and the paper's category
# definitions, then extended after reading the development data's headings: that is tuning,
# which is why the model, not this list, decides how much each match counts. The entries
# marked "newer READMEs" are frequent headings of 1,245 package descriptions sampled from
# PyPI in 2026 that no entry matched (headings in at least 4 of them; 46 of those 73 are now
# matched, each under one category of the paper; see docs/readme-analysis.md, sixth round).
_VOCABULARY: dict[str, tuple[str, ...]] = {
    "what": (
        "about",
        "introduction",
        "intro",
        "overview",
        "description",
        "features",
        "what is",
        "summary",
        "highlights",
        "background",
        "preface",
        # newer READMEs
        "architecture",
        "how it works",
        "what it does",
        "design",
        "philosophy",
        "principles",
        "core concepts",
        "components",
        "project structure",
        "project layout",
        "what you get",
        "what inside",
    ),
    "why": (
        "why",
        "motivation",
        "purpose",
        "objectives",
        "goals",
        "rationale",
        "advantages",
        # newer READMEs
        "the problem",
        "performance",
        "benchmarks",
    ),
    "how": (
        "install",
        "usage",
        "using",
        "use",
        "getting started",
        "quick start",
        "quickstart",
        "setup",
        "set up",
        "configur",
        "example",
        "requirements",
        "prerequisites",
        "build",
        "running",
        "how to",
        "tutorial",
        "api",
        "parameters",
        "methods",
        "options",
        "training",
        "evaluation",
        "deploy",
        "commands",
        "download",
        "dependencies",
        "development",
        # newer READMEs
        "testing",
        "tests",
        "cli ",
        "command line",
        "troubleshooting",
        "error handling",
        "environment variables",
        "authentication",
        "docker",
        "from source",
        "pip ",
        "from pypi",
        "develop",
        "run ",
        "workflow",
        "debugging",
        "debug mode",
        "logging",
        "output",
        "command reference",
        "cli reference",
    ),
    "when": (
        "changelog",
        "change log",
        "changes",
        "history",
        "roadmap",
        "todo",
        "to do",
        "release",
        "version",
        "status",
        "news",
        "what's new",
        "future",
        "updates",
        "upcoming",
        # newer READMEs
        "limitations",
        "releasing",
    ),
    "who": (
        "licen",
        "author",
        "credits",
        "contributors",
        "team",
        "contact",
        "acknowledg",
        "copyright",
        "maintainer",
        "citation",
        "cite",
        "citing",
        "support",
        "people",
        "sponsor",
        "thanks",
    ),
    "references": (
        "documentation",
        "docs",
        "resources",
        "links",
        "related",
        "see also",
        "references",
        "further reading",
        "more information",
        "learn more",
        "faq",
        "wiki",
        "papers",
        "publications",
        "community",
        # newer READMEs
        "reference ",
    ),
    "contribution": (
        "contributing",
        "contribute",
        "contribution",
        "bugs",
        "issues",
        "pull request",
        "code of conduct",
        "reporting",
        "get involved",
        "getting involved",
        # newer READMEs
        "bug tracker",
    ),
    # newer READMEs
    "other": ("disclaimer",),
}


def _stem(word: str) -> str:
    # A crude stem that joins install/installation/installing and contribute/contributing.
    return word[:6]


def heading_words(heading: str) -> list[str]:
    """The words of a heading, lower-cased, numbering and markup removed."""
    text = _HEADING_MARKS.sub("", heading[:MAX_HEADING_CHARS])
    text = _LINK_TARGET.sub(" ", text)
    text = _NUMBERING.sub("", text).lower()
    words = _WORD.findall(text)
    for run in _CJK_RUN.findall(text):
        words.extend(run[i : i + 2] for i in range(max(len(run) - 1, 1)))
    return [_TRANSLATIONS.get(w, w) for w in words]


def _bucket(value: int, edges: tuple[int, ...]) -> int:
    for index, edge in enumerate(edges):
        if value <= edge:
            return index
    return len(edges)


# A profile's READMEs share most headings ("Installation", "License") and each parent heading
# is the parent of several sections: what depends on a heading alone is worked out once.
_HEADING_CACHE_SIZE = 4096


@functools.lru_cache(maxsize=_HEADING_CACHE_SIZE)
def _parent_features(parent: str) -> tuple[str, ...]:
    """The features a section gets from its parent heading (at most ``MAX_HEADING_CHARS``)."""
    return tuple("p:" + _stem(word) for word in heading_words(parent)) or ("p:<none>",)


@functools.lru_cache(maxsize=_HEADING_CACHE_SIZE)
def _next_features(next_heading: str) -> tuple[str, ...]:
    """The features a section gets from the heading that follows it (``""``: none follows)."""
    return tuple("nh:" + _stem(word) for word in heading_words(next_heading)) or ("nh:<none>",)


IN_CODE_FEATURES: dict[str, float] = {"bias": 1.0, "ctx:in-code": 1.0}
"""All the features of a "section" whose heading stands inside a code block (see
``features``): one learned weight per label, and nothing else of it is looked at."""


@functools.lru_cache(maxsize=_HEADING_CACHE_SIZE)
def _heading_features(heading: str) -> tuple[str, ...]:
    """The features of a section's own heading (at most ``MAX_HEADING_CHARS``), in the order
    they were always added: the order of a set's insertions can decide its iteration order,
    and with it the order in which the classifier adds up its weights."""
    found: list[str] = []
    words = heading_words(heading)
    if not words:
        found.append("h:<none>")
    for word in words:
        found.append("h:" + word)
        found.append("hs:" + _stem(word))
    joined = " " + " ".join(words) + " "
    for category, phrases in _VOCABULARY.items():
        if any(" " + phrase in joined for phrase in phrases):
            found.append("v:" + category)
    for first, second in itertools.pairwise(words):
        found.append(f"hb:{first}_{second}")
    if len(words) > 5:
        found.append("h:<long>")
    if _API_HEADING.search(heading):
        found.append("h:<code-like>")
    if _CJK_RUN.search(heading):
        found.append("h:<cjk>")
    return tuple(found)


def heading_categories(heading: str) -> frozenset[str]:
    """The categories whose usual headings ``heading`` matches, by the vocabulary alone
    ("Installation": ``how``; "Overview": ``what``; a project's name: none)."""
    return frozenset(f[2:] for f in _heading_features(heading) if f.startswith("v:"))


def features(
    heading: str,
    text: str,
    level: int | None,
    position: int | None,
    parent: str | None = None,
    *,
    next_heading: str | None = None,
    in_code: bool = False,
) -> dict[str, float]:
    """The features of one section and their values; ``level``, ``position`` and ``parent``
    (the heading of the section this one is nested in) may be unknown (``None``), and so may
    ``next_heading``, the heading of the section that follows (``""`` when none follows): a
    heading with an empty body ("Usage", "Middleware") is often about what its first
    subsection is about.

    ``in_code`` says the "heading" stands inside a code block that an earlier section left
    open: a code comment (``# Define the optimizer``, ``#[macro_use]``) that a tool splitting
    README files by their ``#`` lines took for a heading. ``analyze_readme`` never makes such
    sections, but labelled data can hold them (the annotators mostly gave them no category);
    they get ``IN_CODE_FEATURES`` only, so they do not teach the other weights anything.

    Every feature is worth 1, except the body's words, which share a total weight of
    ``sqrt(n)`` for ``n`` distinct words (a long section must not outvote its own heading),
    and its opening words, worth ``OPENING_WEIGHT`` each.
    """
    if in_code:
        return dict(IN_CODE_FEATURES)
    found: set[str] = set()
    if next_heading is not None:
        found.update(_next_features(next_heading[:MAX_HEADING_CHARS]))
    if parent is not None:
        # Sections inherit their topic: "Parameters" under "API" is usage, under "FAQ" help.
        found.update(_parent_features(parent[:MAX_HEADING_CHARS]))
    found.update(_heading_features(heading[:MAX_HEADING_CHARS]))

    body = text[:MAX_BODY_CHARS]
    # Each pattern below is tried only when a substring it cannot match without is present:
    # ``in`` runs in C at memchr speed, where a pattern starting with ``\b`` or an
    # alternation is tried at every position. The guards only skip searches that would fail.
    ascii_only = body.isascii()
    has_markup = "](" in body or "<" in body or "http" in body
    prose = (_LINK_TARGET.sub(" ", body) if has_markup else body).lower()
    # On ASCII text a word is a run of ASCII letters: the same matches, found faster.
    body_words = (_ASCII_WORD if ascii_only else _WORD).findall(prose)
    body_features = {"t:" + word[:6] for word in body_words[:400]}  # _stem, inlined
    # The opening words say what a section is for ("This is a list of", "See the", "Here
    # you can download"), whatever follows; they count on their own, at a fixed weight.
    opening = {"f:" + _stem(word) for word in body_words[:OPENING_WORDS]}
    cjk_chars = 0 if ascii_only else sum(len(run) for run in _CJK_RUN.findall(body))
    if cjk_chars > 20 or cjk_chars > len(body_words):
        found.add("t:<cjk>")
    found.add(f"len:{_bucket(len(body_words), (0, 10, 40, 150, 500))}")

    fences = _FENCE.findall(body) if "```" in body or "~~~" in body else []
    has_code = bool(fences) or (
        (body.startswith(("    ", "\t")) or "\n\n    " in body or "\n\n\t" in body)
        and bool(_INDENTED_CODE.search(body))
    )
    if has_code:
        found.add("c:code")
        for language in fences:
            found.add("c:lang:" + (language.lower() or "none"))
    if "`" in body and _INLINE_CODE.search(body):
        found.add("c:inline")
    lower = body.lower()
    if ("install" in lower and any(command in lower for command in _INSTALL_WORD_COMMANDS)) or any(
        command in lower for command in _OTHER_INSTALL_COMMANDS
    ):
        found.add("c:install" + ("+code" if has_code else ""))
    if any(mark in lower for mark in _RUN_MARKS):
        found.add("c:run")
    links = len(_LINK.findall(body)) if "](" in body or "http" in body else 0
    found.add(f"links:{_bucket(links, (0, 1, 3, 8))}")
    if body_words and links * 12 > len(body_words):
        found.add("links:dense")
    if "![" in body or ("<" in body and _IMAGE.search(body)):
        found.add("img")
    items = len(_LIST_ITEM.findall(body))
    if items:
        found.add(f"list:{_bucket(items, (2, 6))}")
    if "---" in body and _TABLE.search(body):
        found.add("table")
    if (_DOT_DIGIT.search(body) and _VERSION.search(body)) or (
        _DOT_DIGIT.search(heading) and _VERSION.search(heading)
    ):
        found.add("version")
    distinct = set(body_words)
    if (("19" in body or "20" in body) and _YEAR.search(body)) or not _MONTH_WORDS.isdisjoint(
        distinct
    ):
        found.add("date")
    if not _LICENCE_WORDS.isdisjoint(distinct) or "(c)" in lower or "©" in body:
        found.add("licence")
    if not _CITATION_WORDS.isdisjoint(distinct) or "@article" in lower:
        found.add("citation")
    if not _WELCOME_WORDS.isdisjoint(distinct) or "pull request" in lower:
        found.add("welcome")
    if not _PERSON_WORDS.isdisjoint(distinct) or "@" in body:
        found.add("person")

    if level is not None:
        found.add(f"lvl:{min(max(level, 0), 6)}")
    if position is not None:
        found.add(f"pos:{_bucket(position, (0, 1, 3, 8))}")
    found.add("bias")
    values = dict.fromkeys(opening, OPENING_WEIGHT)
    values.update(dict.fromkeys(found, 1.0))
    if body_features:
        share = 1.0 / math.sqrt(len(body_features))
        values.update(dict.fromkeys(body_features, share))
    return values
