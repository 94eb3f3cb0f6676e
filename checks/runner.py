"""Run the rules over a snapshot or one local repository and collect a ``Report``.

The runner, not the rule, decides what runs where and how much it matters: it selects the
rules from the configuration, skips forks, archived and template repositories unless a rule
asks for them, stamps every problem with the rule's id, name, target and effective severity,
applies the ignores (kept in the report with their reason, never counted) and scores the result.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from checks import repo_kinds
from checks.config import CheckConfig, RuleResolver
from checks.local import profile_from_checkout
from checks.model import (
    Finding,
    Problem,
    ProfileContext,
    RepoContext,
    Rule,
    Severity,
    Target,
)
from checks.score import Scores, compute_scores
from portfolio import __version__
from portfolio.snapshot import Readme, Repo, Snapshot

_DISABLE = re.compile(r"<!--\s*portfolio-check:\s*disable\s+(.*?)\s*-->", re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True)
class FixedFinding:
    """A finding of the baseline report that is gone now: progress on the to-do list."""

    rule_id: str
    message: str
    fingerprint: str
    repo: str | None = None
    file: str | None = None


@dataclass(frozen=True)
class Report:
    """Everything one run found, in report order, with the scores."""

    findings: tuple[Finding, ...]
    scores: Scores
    rules: tuple[Rule, ...]
    """The rules that ran, in id order (reports describe them)."""
    subject: str
    """The GitHub login for a profile check, ``owner/name`` for a local repository."""
    kind: str = "profile"
    """``profile`` (a snapshot: the profile and its repositories) or ``repo`` (one checkout)."""
    showcase: frozenset[str] = frozenset()
    """``owner/name`` of the repositories checked as showcase (stricter severities)."""
    repos: tuple[str, ...] = ()
    """``owner/name`` of every repository checked, in order."""
    local_files: bool = False
    """Whether finding files are paths of a checkout on disk (SARIF and annotations use them)."""
    readme_paths: Mapping[str | None, str] = field(default_factory=dict)
    """Where each target's README is (``None``: the profile README), to anchor findings that
    have no file of their own; ``README.md`` is assumed where it is missing."""
    fixed: tuple[FixedFinding, ...] | None = None
    """With a baseline: the earlier findings that are gone; ``None`` without one."""
    tool_version: str = __version__

    @property
    def rules_run(self) -> tuple[str, ...]:
        return tuple(rule.id for rule in self.rules)

    @property
    def counted(self) -> tuple[Finding, ...]:
        """Findings that count: not inconclusive, not ignored."""
        return tuple(f for f in self.findings if f.counted)

    @property
    def inconclusive(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.inconclusive and f.ignored_reason is None)

    @property
    def ignored(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.ignored_reason is not None)

    def anchor(self, finding: Finding) -> tuple[str, int]:
        """The file and line a finding points at: its own, or line 1 of its README."""
        if finding.file:
            return finding.file, finding.line or 1
        return self.readme_paths.get(finding.repo, "README.md"), 1

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.counted if f.severity == severity)

    def worst(self) -> Severity | None:
        """The highest severity among counted findings (what ``--fail-on`` compares)."""
        return max((f.severity for f in self.counted), default=None)


def run_checks(
    snapshot: Snapshot,
    *,
    config: CheckConfig | None = None,
    showcase: Iterable[str] = (),
    rules: Mapping[str, Rule] | None = None,
) -> Report:
    """Check a user's profile and every repository in ``snapshot``.

    Showcase repositories are the pinned ones, those the configuration lists and those in
    ``showcase`` (e.g. the ones the site shows); names may be ``name`` or ``owner/name``.
    """
    config = config or CheckConfig()
    chosen = _selected(rules, config)
    login = snapshot.user.login
    showcase_names = {*snapshot.pinned, *config.showcase, *showcase}
    showcased = frozenset(
        repo.full_name for repo in snapshot.repos if _named(repo, showcase_names, login)
    )
    findings: list[Finding] = []
    applied: dict[str | None, list[str]] = {}

    profile_rules = [rule for rule in chosen if rule.target == Target.PROFILE]
    if profile_rules:
        applied[None] = []
        findings += _check_profile(
            snapshot, profile_rules, config, applied[None], showcased=showcased
        )

    for repo in snapshot.repos:
        is_showcase = repo.full_name in showcased
        findings += _check_repo(repo, snapshot, chosen, config, is_showcase, applied)

    return Report(
        findings=_sorted(findings),
        scores=compute_scores(findings, applied, showcased),
        rules=tuple(chosen),
        subject=login,
        kind="profile",
        showcase=showcased,
        repos=tuple(repo.full_name for repo in snapshot.repos),
        readme_paths=_readme_paths(snapshot.repos, snapshot.profile_readme),
    )


def run_repo_checks(
    repo: Repo,
    *,
    config: CheckConfig | None = None,
    rules: Mapping[str, Rule] | None = None,
) -> Report:
    """Check one repository on its own (a local checkout): repo and README rules, and for
    the special ``LOGIN/LOGIN`` repository the profile rules that read only its README.

    It counts as a showcase repository when the configuration's ``showcase`` names it.
    """
    config = config or CheckConfig()
    selected = _selected(rules, config)
    readme_rules = []
    if repo_kinds.is_profile_repo(repo) and repo.readme is not None:
        readme_rules = [r for r in selected if r.target == Target.PROFILE and r.profile_readme_only]
    chosen = [r for r in selected if r.target != Target.PROFILE or r in readme_rules]
    is_showcase = _named(repo, set(config.showcase), repo.owner)
    applied: dict[str | None, list[str]] = {}
    findings = _check_repo(repo, None, chosen, config, is_showcase, applied)
    if readme_rules:
        # The profile README's findings belong to the repository that holds it here.
        findings += _check_profile(
            profile_from_checkout(repo),
            readme_rules,
            config,
            applied.setdefault(repo.full_name, []),
            target=repo.full_name,
            showcase=is_showcase,
        )
    showcased = frozenset({repo.full_name} if is_showcase else ())
    return Report(
        findings=_sorted(findings),
        scores=compute_scores(findings, applied, showcased),
        rules=tuple(chosen),
        subject=repo.full_name,
        kind="repo",
        showcase=showcased,
        repos=(repo.full_name,),
        local_files=True,
        readme_paths=_readme_paths((repo,), None),
    )


def _check_profile(
    snapshot: Snapshot,
    rules: list[Rule],
    config: CheckConfig,
    ran: list[str],
    *,
    showcased: frozenset[str] = frozenset(),
    target: str | None = None,
    showcase: bool = False,
) -> list[Finding]:
    """The findings of the profile ``rules`` on ``snapshot``, filed under ``target`` (``None``:
    the profile; a repository for the README of a ``LOGIN/LOGIN`` checkout); each rule's id
    goes into ``ran``, the list its score is computed from."""
    findings = []
    for rule in rules:
        ctx = ProfileContext(
            snapshot=snapshot, showcase=showcased, options=config.options_for(rule)
        )
        ran.append(rule.id)
        for problem in _run(rule, ctx, f"the profile of {snapshot.user.login}"):
            findings.append(_stamp(rule, problem, target, config, showcase=showcase))
    return findings


def _readme_paths(repos: Iterable[Repo], profile_readme: Readme | None) -> dict[str | None, str]:
    paths: dict[str | None, str] = {r.full_name: r.readme.path for r in repos if r.readme}
    if profile_readme is not None:
        paths[None] = profile_readme.path
    return paths


def _selected(rules: Mapping[str, Rule] | None, config: CheckConfig) -> list[Rule]:
    if rules is None:
        from checks.rules import RULES  # the registry imports every rule module: load on use

        rules = RULES
    return [rules[rule_id] for rule_id in sorted(rules) if config.enabled(rule_id)]


def _named(repo: Repo, names: set[str], login: str) -> bool:
    return repo.full_name in names or (repo.name in names and repo.owner == login)


def _repo_kinds(repo: Repo) -> set[str]:
    kinds = set()
    if repo.fork:
        kinds.add("fork")
    if repo.archived:
        kinds.add("archived")
    if repo.is_template:
        kinds.add("template")
    return kinds


def _check_repo(
    repo: Repo,
    snapshot: Snapshot | None,
    rules: list[Rule],
    config: CheckConfig,
    is_showcase: bool,
    applied: dict[str | None, list[str]],
) -> list[Finding]:
    findings: list[Finding] = []
    kinds = _repo_kinds(repo)
    disabled = _readme_disables(repo, rules)
    ran: list[str] = []
    for rule in rules:
        if rule.target == Target.PROFILE or not kinds <= rule.applies_to:
            continue
        ignore = config.repo_ignore(rule.id, repo.full_name)
        if ignore is None:
            ran.append(rule.id)  # scored only where the user did not say it does not apply
        ctx = RepoContext(
            repo=repo,
            snapshot=snapshot,
            showcase=is_showcase,
            options=config.options_for(rule),
        )
        for problem in _run(rule, ctx, repo.full_name):
            reason = ignore.reason if ignore else None
            if reason is None and rule.target == Target.README and rule.id in disabled:
                reason = disabled[rule.id]
            findings.append(
                _stamp(rule, problem, repo.full_name, config, showcase=is_showcase, reason=reason)
            )
    findings = _without_covered(findings, rules)
    if not kinds:
        # Forks, archived and template repositories are not presented as the user's work:
        # their findings are shown, but they get no score and do not move the overall one.
        applied[repo.full_name] = ran
    return findings


def _without_covered(findings: list[Finding], rules: list[Rule]) -> list[Finding]:
    """``findings`` of one repository without those another rule reports more precisely
    (``Rule.covered_by``); a covering finding counts only when it is shown and decided."""
    shown = {f.rule_id for f in findings if not f.inconclusive and f.ignored_reason is None}
    covered = {rule.id for rule in rules if shown.intersection(rule.covered_by)}
    return [f for f in findings if f.rule_id not in covered]


def _run(rule: Rule, ctx: Any, where: str) -> list[Problem]:
    try:
        return list(rule.check(ctx))
    except Exception as exc:
        # A crashing rule is a bug in the rule: surface it with its id, never hide it.
        exc.add_note(f"while running rule {rule.id} ({rule.name}) on {where}")
        raise


def _stamp(
    rule: Rule,
    problem: Problem,
    repo: str | None,
    config: CheckConfig,
    *,
    showcase: bool,
    reason: str | None = None,
) -> Finding:
    if rule.id in config.severity:
        severity = config.severity[rule.id]
    elif showcase and rule.showcase_severity is not None:
        severity = rule.showcase_severity
    else:
        severity = rule.severity
    return Finding(
        rule_id=rule.id,
        rule_name=rule.name,
        severity=severity,
        target=rule.target,
        message=problem.message,
        fix=problem.fix,
        repo=repo,
        file=problem.file,
        line=problem.line,
        inconclusive=problem.inconclusive,
        ignored_reason=reason,
    )


def _readme_disables(repo: Repo, rules: list[Rule]) -> dict[str, str]:
    """Rule id -> reason, from ``<!-- portfolio-check: disable RULE ... -->`` in the README."""
    if repo.readme is None:
        return {}
    disabled: dict[str, str] = {}
    resolver: RuleResolver | None = None  # made on the first comment: most READMEs have none
    for match in _DISABLE.finditer(repo.readme.text):
        if resolver is None:
            resolver = RuleResolver({rule.id: rule for rule in rules})
        line = repo.readme.text.count("\n", 0, match.start()) + 1
        reason = f"disabled by a comment in {repo.readme.path}:{line}"
        for ref in re.split(r"[\s,]+", match.group(1).strip()):
            # A typo in a README comment must not stop the check; it simply disables nothing.
            for rule_id in resolver.resolve(ref) or ():
                disabled.setdefault(rule_id, reason)
    return disabled


def _sorted(findings: list[Finding]) -> tuple[Finding, ...]:
    return tuple(
        sorted(
            findings,
            key=lambda f: (f.repo is not None, f.repo or "", -f.severity, f.rule_id, f.line or 0),
        )
    )


def exit_code(report: Report, fail_on: str) -> int:
    """0 when no counted finding reaches ``fail_on`` (error, warning, info or never), else 1."""
    if fail_on == "never":
        return 0
    worst = report.worst()
    return 1 if worst is not None and worst >= Severity.parse(fail_on) else 0
