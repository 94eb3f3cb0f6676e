"""Rules and reports made for the engine's tests, so they do not move when real rules change."""

from __future__ import annotations

from checks.model import (
    Finding,
    Fix,
    FixSafety,
    Problem,
    ProfileContext,
    RepoContext,
    Rule,
    Severity,
    Target,
)
from checks.runner import FixedFinding, Report
from checks.score import Scores
from portfolio.snapshot import Readme, Repo, Snapshot, User

DOC = """{summary}

What it does:
    Checks a thing.

Why it matters:
    People look at it.

Example:
    Fails: without it. Passes: with it.

How to fix:
    Add it.

Fix safety:
    Display-only.
"""


def _doc(summary: str) -> str:
    return DOC.format(summary=summary)


def check_name(ctx: ProfileContext):
    if not ctx.snapshot.user.name:
        yield Problem(
            message=f"`{ctx.snapshot.user.login}` has no display name",
            fix=Fix(
                "Set your name: Settings → Public profile → Name.",
                FixSafety.UNSAFE,
                command='gh api -X PATCH /user -f name="YOUR NAME"',
            ),
        )


def check_description(ctx: RepoContext):
    if not ctx.repo.description:
        yield Problem(message=f"`{ctx.repo.name}` has no description", fix=Fix("Write one."))


def check_todo(ctx: RepoContext):
    readme = ctx.repo.readme
    if readme is None:
        return
    for number, line in enumerate(readme.text.splitlines(), start=1):
        if "TODO" in line:
            yield Problem(message="README has a TODO", file=readme.path, line=number)


def check_topics(ctx: RepoContext):
    if not ctx.repo.knows("topics"):
        yield Problem(message=f"topics of `{ctx.repo.name}` are unknown", inconclusive=True)
    elif not ctx.repo.topics:
        yield Problem(message=f"`{ctx.repo.name}` has no topics")


def check_fork_note(ctx: RepoContext):
    if ctx.repo.fork:
        yield Problem(message=f"`{ctx.repo.name}` is a fork without a note")


def check_gitignore(ctx: RepoContext):
    if not any(entry.path == ".gitignore" for entry in ctx.repo.files):
        yield Problem(
            message=f"`{ctx.repo.name}` has no .gitignore",
            fix=Fix("Add one.", FixSafety.SAFE, creates={".gitignore": ".env\n"}),
        )


def check_crash(ctx: RepoContext):
    raise KeyError("boom")


FAKE_RULES: dict[str, Rule] = {
    rule.id: rule
    for rule in (
        Rule("PRF901", "profile-name", Target.PROFILE, Severity.ERROR, check_name,
             _doc("The profile shows a display name.")),
        Rule("REP901", "repo-description", Target.REPO, Severity.WARNING, check_description,
             _doc("A repository has a description."), showcase_severity=Severity.ERROR),
        Rule("RDM901", "readme-todo", Target.README, Severity.INFO, check_todo,
             _doc("A README has no TODO left.")),
        Rule("REP902", "repo-topics", Target.REPO, Severity.WARNING, check_topics,
             _doc("A repository has topics.")),
        Rule("REP903", "fork-note", Target.REPO, Severity.INFO, check_fork_note,
             _doc("A fork says why it exists."), applies_to=frozenset({"fork"})),
        Rule("REP904", "repo-gitignore", Target.REPO, Severity.INFO, check_gitignore,
             _doc("A repository has a .gitignore."), options={"strict": False}),
    )
}  # fmt: skip

CRASHING_RULE = Rule(
    "REP999", "crashes", Target.REPO, Severity.INFO, check_crash, _doc("Always crashes.")
)


def make_snapshot(**user_fields) -> Snapshot:
    """octo with a pinned showcase repo, a plain repo, a fork and an archived repo."""
    return Snapshot(
        user=User(login="octo", **user_fields),
        fetched_at="2026-11-21T12:00:00Z",
        pinned=("octo/shiny",),
        repos=(
            Repo(
                name="shiny",
                owner="octo",
                topics=("ml",),
                readme=Readme("README.md", "markdown", "# shiny\n\nTODO: intro\n"),
                files=(),
            ),
            Repo(
                name="plain",
                owner="octo",
                description="Plain but described.",
                readme=Readme(
                    "README.md",
                    "markdown",
                    "# plain\n<!-- portfolio-check: disable readme-todo -->\nTODO\n",
                ),
                unknown=("topics",),
            ),
            Repo(name="forked", owner="octo", fork=True, parent="other/forked"),
            Repo(name="old", owner="octo", archived=True),
        ),
    )


# --- a fixed report for the golden files -------------------------------------------------------

GOLDEN_FINDINGS = (
    Finding(
        rule_id="PRF901",
        rule_name="profile-name",
        severity=Severity.ERROR,
        target=Target.PROFILE,
        message="`octo` has no display name",
        fix=Fix(
            "Set your name: Settings → Public profile → Name.",
            FixSafety.UNSAFE,
            command='gh api -X PATCH /user -f name="YOUR NAME"',
        ),
        baseline="known",
    ),
    Finding(
        rule_id="REP901",
        rule_name="repo-description",
        severity=Severity.ERROR,
        target=Target.REPO,
        message="`shiny` has no description",
        fix=Fix(
            'On github.com/octo/shiny click the gear next to "About" and write one line.',
            FixSafety.UNSAFE,
            command='gh repo edit octo/shiny --description "WHAT IT IS, FOR WHOM"',
        ),
        repo="octo/shiny",
        baseline="new",
    ),
    Finding(
        rule_id="RDM901",
        rule_name="readme-todo",
        severity=Severity.INFO,
        target=Target.README,
        message="README says 100% done, but: TODO, later\nsee <script>alert(1)</script>",
        fix=Fix("Replace the TODO with the text.", FixSafety.DISPLAY_ONLY),
        repo="octo/shiny",
        file="docs/README.md",
        line=3,
        baseline="new",
    ),
    Finding(
        rule_id="REP904",
        rule_name="repo-gitignore",
        severity=Severity.WARNING,
        target=Target.REPO,
        message="`plain` has no .gitignore",
        fix=Fix("Add one.", FixSafety.SAFE, creates={".gitignore": ".env\n"}),
        repo="octo/plain",
        baseline="new",
    ),
    Finding(
        rule_id="REP902",
        rule_name="repo-topics",
        severity=Severity.WARNING,
        target=Target.REPO,
        message="topics of `plain` are unknown",
        repo="octo/plain",
        inconclusive=True,
        baseline="new",
    ),
    Finding(
        rule_id="REP901",
        rule_name="repo-description",
        severity=Severity.WARNING,
        target=Target.REPO,
        message="`homework` has no description",
        repo="octo/homework",
        ignored_reason="course homework, kept for the record",
        baseline="new",
    ),
)

GOLDEN_REPORT = Report(
    findings=GOLDEN_FINDINGS,
    scores=Scores(overall=71, profile=50, repos={"octo/shiny": 45, "octo/plain": 75}),
    rules=tuple(FAKE_RULES[key] for key in sorted(FAKE_RULES)),
    subject="octo",
    kind="profile",
    showcase=frozenset({"octo/shiny"}),
    repos=("octo/shiny", "octo/plain", "octo/homework", "octo/clean"),
    fixed=(
        FixedFinding(
            rule_id="REP902",
            message="`shiny` has no topics",
            fingerprint="0123456789abcdef0123456789abcdef",
            repo="octo/shiny",
        ),
    ),
    tool_version="0.1.0",
)
