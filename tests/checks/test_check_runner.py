"""The runner: what runs where, the stamped severity, ignores, inline disables, crashes, order."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from check_fakes import CRASHING_RULE, FAKE_RULES, make_snapshot

from checks.config import CheckConfig, RepoIgnore
from checks.model import Severity, Target
from checks.rules import RULES
from checks.runner import exit_code, run_checks, run_repo_checks
from checks.score import score_target
from portfolio.snapshot import Readme, Repo, load_snapshot


def summary(report) -> list[tuple]:
    return [
        (f.rule_id, f.repo, str(f.severity), f.inconclusive, f.ignored_reason)
        for f in report.findings
    ]


def test_runs_each_rule_where_it_belongs_and_stamps_it() -> None:
    report = run_checks(make_snapshot(), rules=FAKE_RULES)
    # Forks and archived repos are skipped, except by rules that ask for them (REP903: forks);
    # `plain` has a description, and its README disables RDM901 in a comment.
    assert summary(report) == [
        ("PRF901", None, "error", False, None),
        ("REP903", "octo/forked", "info", False, None),
        ("REP902", "octo/plain", "warning", True, None),
        ("RDM901", "octo/plain", "info", False, "disabled by a comment in README.md:2"),
        ("REP904", "octo/plain", "info", False, None),
        ("REP901", "octo/shiny", "error", False, None),
        ("RDM901", "octo/shiny", "info", False, None),
        ("REP904", "octo/shiny", "info", False, None),
    ]
    finding = next(f for f in report.findings if f.rule_id == "RDM901" and f.repo == "octo/shiny")
    assert (finding.rule_name, finding.target, finding.file, finding.line) == (
        "readme-todo",
        Target.README,
        "README.md",
        3,
    )


def test_showcase_severity_for_pinned_and_configured_repos() -> None:
    snapshot = make_snapshot()
    snapshot = dataclasses.replace(
        snapshot,
        repos=tuple(dataclasses.replace(r, description=None) for r in snapshot.repos),
    )
    report = run_checks(snapshot, rules=FAKE_RULES, config=CheckConfig(showcase=("plain",)))
    levels = {f.repo: f.severity for f in report.findings if f.rule_id == "REP901"}
    assert levels == {"octo/shiny": Severity.ERROR, "octo/plain": Severity.ERROR}
    assert report.showcase == frozenset({"octo/shiny", "octo/plain"})
    plain = run_checks(snapshot, rules=FAKE_RULES, showcase=())
    levels = {f.repo: f.severity for f in plain.findings if f.rule_id == "REP901"}
    assert levels == {"octo/shiny": Severity.ERROR, "octo/plain": Severity.WARNING}
    from_site = run_checks(snapshot, rules=FAKE_RULES, showcase=["octo/plain"])
    assert "octo/plain" in from_site.showcase


def test_configured_severity_beats_showcase_severity() -> None:
    config = CheckConfig(severity={"REP901": Severity.INFO})
    report = run_checks(make_snapshot(), rules=FAKE_RULES, config=config)
    (finding,) = [f for f in report.findings if f.rule_id == "REP901"]
    assert (finding.repo, finding.severity) == ("octo/shiny", Severity.INFO)


def test_select_and_ignore() -> None:
    config = CheckConfig(select=frozenset({"REP901", "PRF901"}), ignore=frozenset({"PRF901"}))
    report = run_checks(make_snapshot(), rules=FAKE_RULES, config=config)
    assert report.rules_run == ("REP901",)
    assert {f.rule_id for f in report.findings} == {"REP901"}


def test_repo_ignores_are_kept_with_their_reason_and_not_counted() -> None:
    config = CheckConfig(
        ignore_repo=(RepoIgnore("shiny", frozenset({"REP901", "REP904"}), "a demo, on purpose"),)
    )
    report = run_checks(make_snapshot(), rules=FAKE_RULES, config=config)
    ignored = [(f.rule_id, f.repo, f.ignored_reason) for f in report.ignored]
    assert ignored == [
        ("RDM901", "octo/plain", "disabled by a comment in README.md:2"),
        ("REP901", "octo/shiny", "a demo, on purpose"),
        ("REP904", "octo/shiny", "a demo, on purpose"),
    ]
    assert all(not f.counted for f in report.ignored)
    # shiny: only RDM901 (info) fails: 100 * 0.98; the ignored rules are out of the score.
    assert report.scores.repos["octo/shiny"] == 98


def test_inline_disable_applies_to_readme_findings_of_that_repo_only() -> None:
    snapshot = make_snapshot()
    plain = snapshot.repo("plain")
    text = "# plain\n<!-- portfolio-check: disable RDM901, REP904 -->\nTODO\n"
    plain = dataclasses.replace(plain, readme=dataclasses.replace(plain.readme, text=text))
    snapshot = dataclasses.replace(
        snapshot, repos=tuple(plain if r.name == "plain" else r for r in snapshot.repos)
    )
    report = run_checks(snapshot, rules=FAKE_RULES)
    by_key = {(f.rule_id, f.repo): f for f in report.findings}
    assert by_key[("RDM901", "octo/plain")].ignored_reason == "disabled by a comment in README.md:2"
    assert by_key[("REP904", "octo/plain")].ignored_reason is None  # a repo rule: not disabled
    assert by_key[("RDM901", "octo/shiny")].ignored_reason is None


def test_a_crashing_rule_surfaces_with_its_id() -> None:
    rules = {**FAKE_RULES, CRASHING_RULE.id: CRASHING_RULE}
    with pytest.raises(KeyError) as info:
        run_checks(make_snapshot(), rules=rules)
    assert "while running rule REP999 (crashes) on octo/shiny" in info.value.__notes__


def test_findings_sorted_profile_first_then_repo_severity_rule_line() -> None:
    report = run_checks(make_snapshot(), rules=FAKE_RULES)
    keys = [(f.repo is not None, f.repo or "", -f.severity, f.rule_id, f.line or 0)
            for f in report.findings]  # fmt: skip
    assert keys == sorted(keys)
    assert report.findings[0].target == Target.PROFILE


def test_forks_archived_and_templates_get_no_score() -> None:
    report = run_checks(make_snapshot(), rules=FAKE_RULES)
    assert set(report.scores.repos) == {"octo/shiny", "octo/plain"}
    assert ("REP903", "octo/forked") in {(f.rule_id, f.repo) for f in report.findings}


def test_inconclusive_is_reported_but_never_counted() -> None:
    report = run_checks(make_snapshot(), rules=FAKE_RULES)
    (finding,) = report.inconclusive
    assert (finding.rule_id, finding.repo) == ("REP902", "octo/plain")
    assert finding not in report.counted


def test_local_repo_runs_repo_and_readme_rules_only() -> None:
    repo = Repo(name="tool", owner="octo", description="A tool.", topics=("cli",))
    report = run_repo_checks(repo, rules=FAKE_RULES)
    assert report.kind == "repo" and report.local_files
    assert "PRF901" not in report.rules_run
    assert summary(report) == [("REP904", "octo/tool", "info", False, None)]
    assert report.scores.repos == {"octo/tool": 98}
    assert report.scores.overall == 98


def test_a_checkout_of_the_profile_repository_gets_the_profile_readme_rules() -> None:
    # LOGIN/LOGIN holds the README the profile shows: the profile rules that read only that
    # README run on it, under the repository; those that need the profile's fields do not.
    readme = Readme(path="README.md", format="markdown", text="### Hi there 👋\n<!-- -->\n")
    repo = Repo(name="octo", owner="octo", readme=readme)
    report = run_repo_checks(repo, rules=RULES)
    readme_rules = {r.id for r in RULES.values() if r.profile_readme_only}
    assert readme_rules == {"PRF010", "PRF011", "PRF012"}
    assert readme_rules <= set(report.rules_run)
    assert "PRF002" not in report.rules_run  # the bio is on GitHub, not in the checkout
    assert [(f.rule_id, f.repo) for f in report.findings if f.rule_id.startswith("PRF")] == [
        ("PRF010", "octo/octo")
    ]
    assert report.scores.repos["octo/octo"] is not None

    written = dataclasses.replace(
        readme,
        text="I'm Octo, a data engineer. See [ml-utils](https://github.com/octo/ml-utils).\n",
    )
    report = run_repo_checks(dataclasses.replace(repo, readme=written), rules=RULES)
    assert [f.rule_id for f in report.findings if f.rule_id.startswith("PRF")] == []
    # Another repository's checkout gets none of them.
    other = run_repo_checks(Repo(name="tool", owner="octo", readme=readme), rules=RULES)
    assert not readme_rules & set(other.rules_run)


def test_on_a_profile_checkout_a_readme_without_work_links_is_inconclusive() -> None:
    # The Website field is unknown there: a link to one's site could not be recognised.
    readme = Readme(path="README.md", format="markdown", text="I'm Octo, a data engineer.\n")
    report = run_repo_checks(Repo(name="octo", owner="octo", readme=readme), rules=RULES)
    (finding,) = [f for f in report.findings if f.rule_id == "PRF012"]
    assert finding.inconclusive and "portfolio check --user octo" in finding.fix.description


@pytest.mark.parametrize(
    ("fail_on", "worst", "expected"),
    [
        ("error", Severity.ERROR, 1),
        ("error", Severity.WARNING, 0),
        ("warning", Severity.WARNING, 1),
        ("warning", Severity.INFO, 0),
        ("info", Severity.INFO, 1),
        ("never", Severity.ERROR, 0),
        ("error", None, 0),
        ("info", None, 0),
    ],
)
def test_exit_code_for_each_fail_on(fail_on: str, worst: Severity | None, expected: int) -> None:
    config = CheckConfig(
        select=frozenset({"REP904"}) if worst else frozenset(),
        severity={"REP904": worst} if worst else {},
    )
    report = run_repo_checks(Repo(name="tool", owner="octo"), rules=FAKE_RULES, config=config)
    assert exit_code(report, fail_on) == expected


def test_ignored_and_inconclusive_findings_never_fail_the_run() -> None:
    config = CheckConfig(
        select=frozenset({"REP902", "REP904"}),
        severity={"REP902": Severity.ERROR, "REP904": Severity.ERROR},
        ignore_repo=(RepoIgnore("tool", frozenset({"REP904"}), "generated code"),),
    )
    repo = Repo(name="tool", owner="octo", unknown=("topics",))
    report = run_repo_checks(repo, rules=FAKE_RULES, config=config)
    assert len(report.findings) == 2
    assert exit_code(report, "info") == 0
    assert report.scores.overall is None


def test_score_formula() -> None:
    from checks.model import Finding

    def finding(rule: str, severity: Severity, **kw) -> Finding:
        return Finding(rule, rule.lower(), severity, Target.REPO, "m", repo="o/r", **kw)

    assert score_target(["A1", "B1", "C1", "D1"], []) == 100
    # One error (x 0.75) and two warnings of one rule (its worst counts once: x 0.90).
    found = [finding("A1", Severity.ERROR), finding("B1", Severity.WARNING),
             finding("B1", Severity.WARNING)]  # fmt: skip
    assert score_target(["A1", "B1", "C1", "D1"], found) == 68  # 67.5, rounded half up
    # The number of rules that passed does not dilute it.
    assert score_target([f"R{n}" for n in range(50)] + ["A1", "B1"], found) == 68
    assert score_target(["A1"], [finding("A1", Severity.INFO)]) == 98
    # Inconclusive and ignored findings are left out.
    found = [finding("A1", Severity.ERROR, inconclusive=True),
             finding("B1", Severity.INFO, ignored_reason="why")]  # fmt: skip
    assert score_target(["A1", "B1", "C1"], found) == 100
    assert score_target(["A1"], [finding("A1", Severity.ERROR, inconclusive=True)]) is None
    assert score_target([], []) is None


def test_overall_score_weights_profile_and_showcase() -> None:
    from checks.model import Finding
    from checks.score import compute_scores

    error = Finding("A1", "a1", Severity.ERROR, Target.REPO, "m", repo="o/show")
    scores = compute_scores([error], {None: ["P1"], "o/show": ["A1"], "o/other": ["A1"]},
                            frozenset({"o/show"}))  # fmt: skip
    assert (scores.profile, scores.repos) == (100, {"o/show": 75, "o/other": 100})
    assert scores.overall == 92  # (3 * 100 + 2 * 75 + 1 * 100) / 6 = 91.67


def test_report_knows_where_each_readme_is() -> None:
    report = run_checks(make_snapshot(), rules=FAKE_RULES)
    assert report.readme_paths == {"octo/shiny": "README.md", "octo/plain": "README.md"}
    (profile_finding, *_) = report.findings
    assert report.anchor(profile_finding) == ("README.md", 1)


def test_a_finding_covered_by_a_more_precise_rule_is_left_out() -> None:
    # REP904 (no .gitignore) stands aside where REP901 or REP902 reports the repository.
    covered = dataclasses.replace(FAKE_RULES["REP904"], covered_by=("REP901", "REP902"))
    rules = {**FAKE_RULES, "REP904": covered}
    report = run_checks(make_snapshot(), rules=rules)
    gitignore = [(f.repo, f.ignored_reason) for f in report.findings if f.rule_id == "REP904"]
    # shiny: REP901 reports it, so no REP904; plain: REP902 is only inconclusive there.
    assert gitignore == [("octo/plain", None)]

    # A covering finding the user ignored does not hide the other rule's.
    config = CheckConfig(ignore_repo=(RepoIgnore("shiny", frozenset({"REP901"}), "a demo"),))
    report = run_checks(make_snapshot(), rules=rules, config=config)
    assert sorted(f.repo for f in report.findings if f.rule_id == "REP904") == [
        "octo/plain",
        "octo/shiny",
    ]


def test_the_sample_lists_a_missing_ml_environment_once() -> None:
    sample = Path(__file__).resolve().parents[2] / "sample-profile"
    report = run_checks(load_snapshot(sample), rules=RULES)
    by_repo: dict[str, set[str]] = {}
    for f in report.findings:
        by_repo.setdefault(f.repo or "", set()).add(f.rule_id)
    notebooks = by_repo["ines-okoro-ml/kaggle-notebooks"]
    assert "ML005" in notebooks and "REP009" not in notebooks


def test_the_sample_asks_once_how_to_run_its_notebooks() -> None:
    sample = Path(__file__).resolve().parents[2] / "sample-profile"
    report = run_checks(load_snapshot(sample), rules=RULES)
    notes = {f.rule_id for f in report.findings if f.repo == "ines-okoro-ml/pytorch-tutorial-notes"}
    # ML008 says what is missing (how to open them, in which order, which environment):
    # "no install section" and "no usage section" would repeat it.
    assert "ML008" in notes
    assert not notes & {"RDM004", "RDM006"}
