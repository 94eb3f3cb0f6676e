"""Words that say a person's role and focus, shared by the bio and profile README rules.

Heuristics, not grammar: a bio or README "says a role" when one of ``ROLE_WORDS`` occurs as a
whole word, and "says a focus" when one of ``FOCUS_WORDS`` does. Extend the lists rather than
adding cleverness; a false "missing" only costs an info-level hint.
"""

from __future__ import annotations

import re

from checks.repo_kinds import strip_html_comments

ROLE_WORDS = (
    "engineer", "developer", "dev", "programmer", "coder", "hacker", "researcher", "scientist",
    "student", "phd", "ph.d", "postdoc", "professor", "lecturer", "teacher", "instructor",
    "designer", "analyst", "architect", "maintainer", "founder", "co-founder", "cto", "ceo",
    "consultant", "freelancer", "contractor", "intern", "lead", "manager", "director",
    "writer", "author", "artist", "creator", "builder", "tinkerer", "mathematician",
    "physicist", "biologist", "chemist", "economist", "statistician", "bioinformatician",
    "sre", "devops", "administrator", "sysadmin", "technologist", "specialist", "hobbyist",
    "enthusiast", "undergrad", "undergraduate", "graduate", "candidate", "fellow",
    "contributor", "educator", "mentor", "open source", "open-source", "ingénieur",
)  # fmt: skip

FOCUS_WORDS = (
    "machine learning", "deep learning", "ml", "ai", "artificial intelligence", "nlp",
    "llm", "llms", "computer vision", "vision", "data", "data science", "analytics",
    "statistics", "web", "frontend", "front-end", "backend", "back-end", "full-stack",
    "fullstack", "full stack", "mobile", "ios", "android", "cloud", "infrastructure",
    "devops", "security", "cryptography", "robotics", "embedded", "iot", "hardware",
    "compilers", "databases", "distributed systems", "systems", "networking", "games",
    "game", "graphics", "audio", "bioinformatics", "genomics", "biology", "physics",
    "chemistry", "climate", "finance", "fintech", "healthcare", "medical", "education",
    "accessibility", "ux", "ui", "design", "open source", "open-source", "tooling",
    "developer tools", "performance", "hpc", "quantum", "blockchain", "scientific computing",
    "python", "rust", "go", "golang", "javascript", "typescript", "java", "kotlin", "swift",
    "c++", "c#", "haskell", "julia", "r", "scala", "elixir", "react", "django", "kubernetes",
    "linux", "pytorch", "tensorflow", "api", "apis", "sql", "research",
)  # fmt: skip

# Who: the person speaks for themselves ("I'm ...", "my blog", "about me"). The profile shows
# the name right beside the README, so a first-person voice is enough to say it is them.
_WHO = re.compile(r"(?<![\w'’])(i|i[’']m|i[’']ve|me|my|myself)(?![\w'’])", re.I)
# What: a first-person sentence about their work.
_WHAT = re.compile(
    r"\bi(?:[’']m| am)?\s+(?:currently\s+|mostly\s+|mainly\s+)?(work|build|make|write"
    r"|develop|design|research|study|teach|create|help|maintain|lead|run|code|working|building"
    r"|making|writing|developing|designing|researching|studying|teaching|creating|helping"
    r"|maintaining|leading)\b|\bcurrently working\b|\bworking on\b",
    re.I,
)


def found(text: str, vocabulary: tuple[str, ...]) -> list[str]:
    """Which of ``vocabulary`` occur in ``text`` as whole words (case-insensitive)."""
    lowered = text.lower()
    return [w for w in vocabulary if re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", lowered)]


def introduces(text: str) -> bool:
    """Whether ``text`` speaks in the first person ("I'm ...", "My name is ...", "my blog")."""
    return bool(_WHO.search(text))


def says_what_they_do(text: str) -> bool:
    """Whether ``text`` has a first-person sentence about work ("I build ...", "I work on")."""
    return bool(_WHAT.search(text))


def is_untouched(readme_text: str) -> bool:
    """Whether a profile README shows nothing but a "Hi there" greeting (GitHub's template)."""
    visible = strip_html_comments(readme_text).splitlines()
    return not [line for line in visible if line.strip() and "hi there" not in line.lower()]


_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)|<img\b[^>]*>", re.I)
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_URL = re.compile(r"https?://\S+")
_TAG = re.compile(r"<[^>]+>")


def prose(readme_text: str) -> str:
    """The words a reader sees: no comments, images, link targets, bare URLs or HTML tags."""
    text = strip_html_comments(readme_text)
    text = _IMAGE.sub(" ", text)
    text = _LINK.sub(r"\1", text)
    text = _URL.sub(" ", text)
    return _TAG.sub(" ", text)
