"""What the linter talks about: rules, the problems they yield, and findings with their fixes.

A rule is a plain function over model objects (``portfolio.snapshot``) that yields ``Problem``s;
the runner stamps each with the rule's id, name, target and the severity the configuration gives
it, and the result is a ``Finding``. Reports are pure functions of findings.
"""

from __future__ import annotations

import enum
import hashlib
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

from portfolio.snapshot import Repo, Snapshot

RULES_DOCS_URL = "https://github.com/portfolio-kit/portfolio-kit/blob/main/docs/rules.md"
"""Where the generated rule reference lives; each rule has an anchor named after its id."""


class Severity(enum.IntEnum):
    """How much a finding matters; ``--fail-on`` compares against it."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    def __str__(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, text: str) -> Severity:
        return cls[text.strip().upper()]


class Target(enum.StrEnum):
    """What a rule looks at."""

    PROFILE = "profile"
    REPO = "repo"
    README = "readme"


class FixSafety(enum.StrEnum):
    """As in ruff: only safe fixes are applied without asking for more."""

    SAFE = "safe"
    """Creates a missing file from a template; never changes or deletes anything."""
    UNSAFE = "unsafe"
    """Changes something visible (profile fields, repo settings): needs an explicit opt-in."""
    DISPLAY_ONLY = "display-only"
    """Only explained: a person has to do it (write the text, take the screenshot)."""


@dataclass(frozen=True)
class ApiChange:
    """A change ``--apply`` may make through GitHub's API, with concrete values only.

    Never put a placeholder here ("WHAT IT IS"): whatever is here is published as it is, after
    the user has seen it and said yes. Three kinds:

    * ``ApiChange.repo_settings("octo/x", homepage="https://octo.dev/x")``: the About box
      (``description``, ``homepage``);
    * ``ApiChange.add_topics("octo/x", ["python", "cli"])``: topics added to the current ones;
    * ``ApiChange.profile(blog="https://octo.dev")``: the user's own profile fields (``name``,
      ``blog``, ``bio``, ``company``, ``location``, ``twitter_username``).
    """

    kind: str
    """``repo``, ``topics`` or ``profile``."""
    repo: str | None
    """``owner/name`` for ``repo`` and ``topics``; ``None`` for ``profile``."""
    values: tuple[tuple[str, Any], ...]
    """Field -> new value; for ``topics``, ``(("add", ("python", "cli")),)``."""

    REPO_FIELDS: ClassVar[frozenset[str]] = frozenset({"description", "homepage"})
    PROFILE_FIELDS: ClassVar[frozenset[str]] = frozenset(
        {"name", "blog", "bio", "company", "location", "twitter_username"}
    )

    @classmethod
    def repo_settings(cls, repo: str, **values: str) -> ApiChange:
        unknown = set(values) - cls.REPO_FIELDS
        if unknown or not values:
            raise ValueError(f"repo settings --apply can change: {sorted(cls.REPO_FIELDS)}")
        return cls("repo", repo, tuple(sorted(values.items())))

    @classmethod
    def add_topics(cls, repo: str, topics: Iterable[str]) -> ApiChange:
        return cls("topics", repo, (("add", tuple(topics)),))

    @classmethod
    def profile(cls, **values: str) -> ApiChange:
        unknown = set(values) - cls.PROFILE_FIELDS
        if unknown or not values:
            raise ValueError(f"profile fields --apply can change: {sorted(cls.PROFILE_FIELDS)}")
        return cls("profile", None, tuple(sorted(values.items())))

    def describe(self) -> str:
        """One line a person can check before saying yes."""
        if self.kind == "topics":
            return f"{self.repo}: add topics {', '.join(dict(self.values)['add'])}"
        where = self.repo if self.kind == "repo" else "your profile"
        changes = "; ".join(f"set {key} to {value!r}" for key, value in self.values)
        return f"{where}: {changes}"


@dataclass(frozen=True)
class Fix:
    """How to fix a problem, concretely, for this repo or profile."""

    description: str
    """What to do, in a sentence a newcomer can follow (where to click, what to write)."""
    safety: FixSafety = FixSafety.DISPLAY_ONLY
    command: str | None = None
    """An exact shell command that applies it, e.g. ``gh repo edit octo/x --description "..."``."""
    creates: Mapping[str, str] = field(default_factory=dict)
    """Files that ``--fix`` may create (path relative to the repo -> content); never overwrites."""
    api: ApiChange | None = None
    """What ``--apply`` may change through the API (with an ``unsafe`` fix), if the values are
    known for certain; else leave it ``None`` and give a ``command`` to edit and run."""


@dataclass(frozen=True)
class Problem:
    """What a rule yields: what is wrong here, and how to fix it."""

    message: str
    fix: Fix | None = None
    file: str | None = None
    """Path inside the repository (or the profile README) the problem is about."""
    line: int | None = None
    inconclusive: bool = False
    """The rule lacked the data it needs (e.g. pinned repos without a token): not a failure."""


@dataclass(frozen=True)
class Finding:
    """A ``Problem`` stamped by the runner with its rule and effective severity."""

    rule_id: str
    rule_name: str
    severity: Severity
    target: Target
    message: str
    fix: Fix | None = None
    repo: str | None = None
    """``owner/name`` for repo and README findings, ``None`` for the profile."""
    file: str | None = None
    line: int | None = None
    inconclusive: bool = False
    ignored_reason: str | None = None
    """Set when the configuration ignores this finding with a reason (shown, not counted)."""
    baseline: str | None = None
    """With ``--baseline``: ``new`` (not in the earlier report) or ``known``; else ``None``."""

    @property
    def counted(self) -> bool:
        """Whether the finding counts towards scores and exit codes (not ignored, conclusive)."""
        return not self.inconclusive and self.ignored_reason is None

    @property
    def docs_url(self) -> str:
        return rule_docs_url(self.rule_id)

    @property
    def fingerprint(self) -> str:
        """A hash that stays the same across runs while the problem stays the same.

        Made of the rule id, repo, file and the message with numbers and spacing normalised,
        but not the line: editing a README above a problem must not make it look new.
        """
        message = re.sub(r"\d+", "0", " ".join(self.message.lower().split()))
        key = "\x1f".join((self.rule_id, self.repo or "", self.file or "", message))
        return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


@dataclass(frozen=True)
class ProfileContext:
    """What a profile rule sees: the whole snapshot and which repos are showcased."""

    snapshot: Snapshot
    showcase: frozenset[str] = frozenset()
    """``owner/name`` of the showcase repos (pinned, or selected for the site)."""
    options: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class RepoContext:
    """What a repo or README rule sees: one repo, its owner's snapshot if any, its status."""

    repo: Repo
    snapshot: Snapshot | None = None
    """``None`` when checking a local checkout (``--repo PATH``)."""
    showcase: bool = False
    options: Mapping[str, Any] = field(default_factory=dict)


CheckFunction = Callable[[Any], Iterable[Problem]]


@dataclass(frozen=True)
class Rule:
    """One rule: a stable id, a kebab-case name, defaults and the check itself.

    The defining module's docstring is the rule's documentation, with the sections
    What it does / Why it matters / Example / How to fix / Fix safety.
    """

    id: str
    name: str
    target: Target
    severity: Severity
    check: CheckFunction
    doc: str
    showcase_severity: Severity | None = None
    """Stricter default for showcase repos (pinned or on the site), if different."""
    applies_to: frozenset[str] = frozenset()
    """Kinds of repo the rule also runs on, out of ``fork``, ``archived``, ``template``;
    by default those are skipped, since their owner is not presenting them as their work."""
    options: Mapping[str, Any] = field(default_factory=dict)
    """Option names and defaults; the configuration may override them."""
    profile_readme_only: bool = False
    """For a profile rule: it reads only the profile README and the login, so it also runs on
    a checkout of the special ``LOGIN/LOGIN`` repository whose README the profile shows."""
    covered_by: tuple[str, ...] = ()
    """Rules that report the same problem more precisely, or one whose fix makes this rule's
    moot (REP019: archive a discontinued project rather than write more about it): where one
    of them has a finding on a repository, this rule's findings there are left out, so that
    the to-do list asks for one fix, once."""

    @property
    def docs_url(self) -> str:
        return rule_docs_url(self.id)

    @property
    def summary(self) -> str:
        """The first line of the documentation: what the rule checks, in one sentence."""
        return self.doc.strip().splitlines()[0].strip()


def rule_docs_url(rule_id: str) -> str:
    """The link to a rule's section of the generated rules reference (``docs/rules.md``)."""
    return f"{RULES_DOCS_URL}#{rule_id.lower()}"
