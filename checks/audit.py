"""One run of ``portfolio check`` from start to finish, as a plain function the CLI calls.

It loads the snapshot (or a local checkout), the configuration and the baseline, runs the
rules, renders the report in the chosen format, writes ``--output`` and the GitHub step
summary, plans or applies safe fixes, and works out the exit code. It prints nothing: the
command prints what ``CheckOutcome`` holds.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from checks import baseline as baselines
from checks.apply import apply_api_changes, plan_api_changes
from checks.config import check_repo_names, find_config_file, load_config, with_command_line
from checks.fixes import fixes_diff, plan_fixes, write_fixes
from checks.local import load_local_repo
from checks.model import Rule
from checks.report import render
from checks.report.markdown import render as render_markdown
from checks.runner import Report, exit_code, run_checks, run_repo_checks
from portfolio.errors import UsageError
from portfolio.files import write_text_atomic
from portfolio.github import client as github_client
from portfolio.github import fetch as github_fetch
from portfolio.profile import PROFILE_FILENAME, load_profile, select_projects
from portfolio.refresh import refresh_snapshot
from portfolio.snapshot import Snapshot, load_snapshot

FAIL_ON = ("error", "warning", "info", "never")
FORMAT_CHOICES = ("auto", "text", "json", "markdown", "sarif", "github")


@dataclass(frozen=True)
class CheckRequest:
    """What the user asked for on the command line."""

    profile_dir: str = "."
    repo_path: str | None = None
    user: str | None = None
    """A GitHub login to fetch live (with ``GITHUB_TOKEN``/``GH_TOKEN`` when set)."""
    refresh: bool = False
    """Fetch the profile folder's snapshot again first (and save it) instead of reading it."""
    format: str = "auto"
    output: str | None = None
    fail_on: str = "error"
    exit_zero: bool = False
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    config_file: str | None = None
    baseline: str | None = None
    fix: bool = False
    diff: bool = False
    apply: bool = False
    """Make the API-side fixes that have known values, after ``confirm`` says yes."""
    yes: bool = False
    """With ``apply``: do not ask."""
    color: bool = False
    environ: Mapping[str, str] = field(default_factory=dict)
    """The environment (``GITHUB_ACTIONS``, ``GITHUB_STEP_SUMMARY``), passed in for tests."""


@dataclass(frozen=True)
class CheckOutcome:
    """What happened, for the command to print."""

    report: Report
    format: str
    output: str
    """The rendered report for standard output; empty when it went to ``--output``."""
    exit_code: int
    diff: str = ""
    created: tuple[str, ...] = ()
    kept: tuple[str, ...] = ()
    """Files a fix would have created but that exist already, left alone."""
    notes: tuple[str, ...] = ()
    """Short messages for standard error (where the report went, what was created)."""


def run_check(
    request: CheckRequest,
    *,
    rules: Mapping[str, Rule] | None = None,
    confirm: Callable[[Sequence[str]], bool] | None = None,
) -> CheckOutcome:
    """Run a whole check as described by ``request`` (``rules`` replaces the registry in tests).

    ``confirm`` receives the API changes ``--apply`` would make, one line each, and returns
    whether to make them (the command asks the user); without it, only ``--yes`` applies.
    """
    if rules is None:
        from checks.rules import RULES

        rules = RULES
    _validate(request)
    folder = Path(request.repo_path or request.profile_dir)
    config_path = request.config_file or find_config_file(folder)
    config = load_config(config_path, rules)
    config = with_command_line(config, rules, select=request.select, ignore=request.ignore)

    if request.repo_path is not None:
        report = run_repo_checks(load_local_repo(request.repo_path), config=config, rules=rules)
    else:
        if request.user:
            snapshot = _fetch(request)
        elif request.refresh:
            snapshot = refresh_snapshot(folder, request.environ)
        else:
            snapshot = load_snapshot(folder)
        check_repo_names(config, (r.full_name for r in snapshot.repos), login=snapshot.user.login)
        showcase = _site_projects(folder, snapshot)
        report = run_checks(snapshot, config=config, rules=rules, showcase=showcase)
    if request.baseline:
        report = baselines.compare(report, baselines.load_baseline(request.baseline))

    format_name = request.format
    if format_name == "auto":
        format_name = _auto_format(request)
    color = request.color and format_name == "text" and request.output is None
    rendered = render(report, format_name, color=color)

    notes: list[str] = []
    if request.output:
        _write_report(request.output, rendered)
        notes.append(f"report written to {request.output}")
        rendered = ""
    summary_file = request.environ.get("GITHUB_STEP_SUMMARY")
    if format_name == "github" and summary_file:
        # The runner gives each step its own file; appending is how steps add to the summary.
        with open(summary_file, "a", encoding="utf-8") as handle:
            handle.write(render_markdown(report))
        notes.append("to-do list added to the job summary")

    diff, created, kept = "", (), ()
    if request.fix or request.diff:
        plan = plan_fixes(report.findings, request.repo_path or ".")
        diff = fixes_diff(plan) if request.diff else ""
        if request.fix:
            made, left = write_fixes(plan, request.repo_path or ".")
            created, kept = tuple(made), tuple(left)
            notes += [f"created {path}" for path in created]
            notes += [f"left {path} alone: it exists already" for path in kept]
        else:
            kept = tuple(p.path for p in plan if p.exists)
        if not plan:
            notes.append("no safe fix to apply: the remaining findings need a person")

    if request.apply:
        notes += _apply(request, report, confirm)

    code = 0 if request.exit_zero else exit_code(report, request.fail_on)
    return CheckOutcome(
        report=report,
        format=format_name,
        output=rendered,
        exit_code=code,
        diff=diff,
        created=created,
        kept=kept,
        notes=tuple(notes),
    )


def _apply(
    request: CheckRequest, report: Report, confirm: Callable[[Sequence[str]], bool] | None
) -> list[str]:
    changes = plan_api_changes(report.findings)
    if not changes:
        return ["--apply: no fix in this report has values that can be applied for you"]
    token, _source = github_client.token_from_env(dict(request.environ))
    descriptions = [change.describe() for change in changes]
    if not (request.yes or (confirm is not None and confirm(descriptions))):
        return ["--apply: nothing was changed"]
    return [f"applied: {line}" for line in apply_api_changes(changes, token=token)]


def _write_report(output: str, text: str) -> None:
    if Path(output).is_dir():
        raise UsageError(
            f"--output {output}: is a folder; give the report a file name",
            hint=f"For example `-o {Path(output) / 'report.md'}`.",
        )
    try:
        write_text_atomic(output, text)
    except OSError as exc:  # a file where a folder should be, a read-only disk, ...
        raise UsageError(
            f"--output {output}: cannot write the report ({exc.strerror})",
            hint="Choose a file in a folder you can write to, e.g. `-o report.md`.",
        ) from None


_SUFFIX_FORMATS = {".json": "json", ".sarif": "sarif", ".md": "markdown", ".markdown": "markdown"}


def _auto_format(request: CheckRequest) -> str:
    """A file gets the format its name says (text by default); the terminal or CI log gets
    annotations under GitHub Actions and text elsewhere."""
    if request.output:
        return _SUFFIX_FORMATS.get(Path(request.output).suffix.lower(), "text")
    return "github" if request.environ.get("GITHUB_ACTIONS") == "true" else "text"


def _fetch(request: CheckRequest) -> Snapshot:
    """The user's snapshot, fetched now (kept in memory: the profile folder is not touched)."""
    token, source = github_client.token_from_env(dict(request.environ))
    snapshot, _stats = github_fetch.fetch_snapshot(
        request.user or "", token=token, token_source=source or "GITHUB_TOKEN"
    )
    return snapshot


def _site_projects(folder: Path, snapshot: Snapshot) -> list[str]:
    """Repositories the site in ``folder`` shows: they are showcase repositories too."""
    if not (folder / PROFILE_FILENAME).is_file():
        return []
    profile = load_profile(folder)
    return [p.repo.full_name for p in select_projects(profile, snapshot) if p.repo is not None]


def _validate(request: CheckRequest) -> None:
    if request.fail_on not in FAIL_ON:
        raise UsageError(f"--fail-on: {request.fail_on!r} is not one of {', '.join(FAIL_ON)}")
    if request.format not in FORMAT_CHOICES:
        raise UsageError(f"--format: {request.format!r} is not one of {', '.join(FORMAT_CHOICES)}")
    if request.apply and not github_client.token_from_env(dict(request.environ))[0]:
        raise UsageError(
            "--apply needs a GitHub token to change repository settings or your profile",
            hint="Create one at https://github.com/settings/tokens (scopes `repo` and `user`) "
            "and set GITHUB_TOKEN; or run the `gh` commands shown in the report yourself.",
        )
    if (request.fix or request.diff) and request.repo_path is None:
        raise UsageError(
            "--fix and --diff work on a local checkout only",
            hint="Run it in your repository: `portfolio check --repo . --diff`, then `--fix`.",
        )
    if request.repo_path is not None and request.user:
        raise UsageError("give either --user LOGIN or --repo PATH, not both")
    if request.refresh and (request.repo_path is not None or request.user):
        raise UsageError(
            "--refresh re-fetches a profile folder's snapshot; --repo and --user need none"
        )
    if request.repo_path is not None and request.profile_dir not in (".", ""):
        raise UsageError(
            "give either a profile folder or --repo PATH, not both",
            hint="`portfolio check sample-profile` checks a snapshot; "
            "`portfolio check --repo .` checks a checkout.",
        )
