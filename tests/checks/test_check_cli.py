"""`portfolio check` and `portfolio rules` end to end: formats, files, exit codes, errors."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from check_fakes import FAKE_RULES, make_snapshot

from checks.audit import CheckRequest, run_check
from checks.rules import RULES
from portfolio import cli
from portfolio.errors import ConfigError, UsageError
from portfolio.snapshot import save_snapshot

SAMPLE = Path(__file__).resolve().parent.parent.parent / "sample-profile"


@pytest.fixture
def profile(tmp_path: Path) -> Path:
    folder = tmp_path / "profile"
    save_snapshot(make_snapshot(), folder / "snapshot.json")
    return folder


def run(profile: Path, **kw) -> object:
    return run_check(CheckRequest(profile_dir=str(profile), **kw), rules=FAKE_RULES)


@pytest.mark.parametrize(
    ("fail_on", "exit_zero", "expected"),
    [("error", False, 1), ("never", False, 0), ("error", True, 0)],
)
def test_exit_codes(profile: Path, fail_on: str, exit_zero: bool, expected: int) -> None:
    assert run(profile, fail_on=fail_on, exit_zero=exit_zero).exit_code == expected


def test_exit_code_follows_fail_on_with_only_info_left(profile: Path) -> None:
    only_info = {"select": ("RDM901",)}
    assert run(profile, fail_on="error", **only_info).exit_code == 0
    assert run(profile, fail_on="warning", **only_info).exit_code == 0
    assert run(profile, fail_on="info", **only_info).exit_code == 1


def test_auto_format_is_text_on_a_terminal_and_github_under_actions(
    profile: Path, tmp_path: Path
) -> None:
    assert run(profile).format == "text"
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n")
    outcome = run(profile, environ={"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)})
    assert outcome.format == "github"
    assert outcome.output.startswith("::error title=PRF901 profile-name::")
    text = summary.read_text()
    assert text.startswith("earlier step\n# Portfolio check: octo\n")
    assert "- [ ] **error**" in text
    assert "to-do list added to the job summary" in outcome.notes


@pytest.mark.parametrize(
    ("name", "expected"),
    [("r.json", "json"), ("r.sarif", "sarif"), ("todo.md", "markdown"), ("r.txt", "text")],
)
def test_auto_format_follows_the_output_file_name(
    profile: Path, tmp_path: Path, name: str, expected: str
) -> None:
    outcome = run(profile, output=str(tmp_path / name), environ={"GITHUB_ACTIONS": "true"})
    assert outcome.format == expected


def test_output_file_gets_the_report_and_stdout_nothing(profile: Path, tmp_path: Path) -> None:
    target = tmp_path / "out" / "report.json"
    outcome = run(profile, format="json", output=str(target))
    assert outcome.output == ""
    data = json.loads(target.read_text())
    assert data["subject"] == "octo"
    assert outcome.notes == (f"report written to {target}",)


def test_baseline_marks_new_and_known_and_lists_fixed(profile: Path, tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    run(profile, format="json", output=str(baseline))
    data = json.loads(baseline.read_text())
    # Pretend one finding was there before that is gone now, and one new one appeared.
    data["findings"].append(
        {**data["findings"][0], "message": "an old problem", "fingerprint": "f" * 32}
    )
    data["findings"] = [f for f in data["findings"] if f["rule_id"] != "REP904"]
    baseline.write_text(json.dumps(data))
    outcome = run(profile, format="json", baseline=str(baseline))
    report = json.loads(outcome.output)
    marks = {(f["rule_id"], f["repo"]): f["baseline"] for f in report["findings"]}
    assert marks[("PRF901", None)] == "known"
    assert marks[("REP904", "octo/shiny")] == "new"
    assert [f["message"] for f in report["fixed"]] == ["an old problem"]
    text = run(profile, baseline=str(baseline)).output
    assert "Fixed since the baseline (1):\n  PRF901 profile: an old problem" in text


def test_bad_baseline(profile: Path, tmp_path: Path) -> None:
    bad = tmp_path / "b.json"
    bad.write_text('{"schema_version": 1, "findings": [{"rule_id": "X1"}]}')
    with pytest.raises(ConfigError) as info:
        run(profile, baseline=str(bad))
    assert info.value.message == (
        f"{bad}: findings[0]: missing rule_id, message, fingerprint, inconclusive or ignored_reason"
    )
    bad.write_text("[1, 2")
    with pytest.raises(ConfigError) as info:
        run(profile, baseline=str(bad))
    assert info.value.message.startswith(f"{bad}:1: not valid JSON")


def test_config_in_the_profile_folder_is_used(profile: Path) -> None:
    (profile / "profile.yaml").write_text(
        "schema: portfolio/v1\nprojects:\n  mode: manual\n  repos: [plain]\n"
        "check:\n  ignore: [PRF901]\n"
    )
    outcome = run(profile)
    assert "PRF901" not in outcome.report.rules_run
    # The repositories the site shows are showcase repositories, besides the pinned ones.
    assert outcome.report.showcase == frozenset({"octo/shiny", "octo/plain"})


def test_user_is_fetched_live_with_the_token_from_the_environment(profile, monkeypatch) -> None:
    from portfolio.github import fetch

    calls = []

    def fake_fetch(login, *, token, token_source):
        calls.append((login, token, token_source))
        return make_snapshot(), None

    monkeypatch.setattr(fetch, "fetch_snapshot", fake_fetch)
    outcome = run(profile.parent / "elsewhere", user="octo", environ={"GH_TOKEN": "ghp_secret123"})
    assert calls == [("octo", "ghp_secret123", "GH_TOKEN")]
    assert outcome.report.subject == "octo"
    assert "ghp_secret123" not in outcome.output


def test_repo_names_in_the_config_must_exist(profile: Path) -> None:
    config = profile / ".portfolio-check.toml"
    config.write_text(
        'showcase = ["plain", "shinny"]\n[[ignore-repo]]\nrepo = "nope"\nrules = ["ALL"]\n'
        'reason = "x"\n'
    )
    with pytest.raises(ConfigError) as info:
        run(profile)
    assert info.value.message == (
        f"{config}: ignore-repo: unknown repository 'nope'; octo has no such public repository\n"
        f"{config}: showcase: unknown repository 'shinny'; did you mean 'shiny'?"
    )


def test_fix_and_diff_need_a_checkout(profile: Path) -> None:
    with pytest.raises(UsageError) as info:
        run(profile, fix=True)
    assert info.value.message == "--fix and --diff work on a local checkout only"


def test_repo_fix_creates_files_and_keeps_existing_ones(tmp_path: Path) -> None:
    checkout = tmp_path / "tool"
    checkout.mkdir()
    (checkout / "README.md").write_text("# tool\n")
    request = CheckRequest(repo_path=str(checkout), diff=True)
    outcome = run_check(request, rules=FAKE_RULES)
    assert "+++ b/.gitignore\n" in outcome.diff
    assert not (checkout / ".gitignore").exists()
    outcome = run_check(CheckRequest(repo_path=str(checkout), fix=True), rules=FAKE_RULES)
    assert outcome.created == (".gitignore",)
    assert (checkout / ".gitignore").read_text() == ".env\n"


def test_cli_main_end_to_end(profile: Path, capsys) -> None:
    code = cli.main(["check", str(profile), "--format", "markdown", "--fail-on", "never"])
    out = capsys.readouterr().out
    assert code == 0
    assert out.startswith("# Portfolio check: octo\n")


def test_cli_config_error_is_one_message_and_exit_2(profile: Path, capsys) -> None:
    (profile / ".portfolio-check.toml").write_text('selec = ["REP001"]\n')
    assert cli.main(["check", str(profile)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(
        f"error: {profile / '.portfolio-check.toml'}:1: selec: unknown key 'selec'; "
        "did you mean 'select'?\n"
    )
    assert "Traceback" not in err


def test_cli_missing_snapshot_exit_2(tmp_path: Path, capsys) -> None:
    assert cli.main(["check", str(tmp_path)]) == 2
    assert "no snapshot here" in capsys.readouterr().err


def test_cli_sample_profile_every_format_runs_and_validates() -> None:
    outputs = {}
    for format_name in ("text", "json", "markdown", "sarif", "github"):
        outcome = run_check(
            CheckRequest(profile_dir=str(SAMPLE), format=format_name, fail_on="never")
        )
        assert outcome.output
        assert outcome.exit_code == 0
        outputs[format_name] = outcome.output
    here = Path(__file__).resolve().parent
    sarif_schema = json.loads((here / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(sarif_schema).validate(json.loads(outputs["sarif"]))
    report_schema = json.loads((here.parent.parent / "docs" / "report.schema.json").read_text())
    jsonschema.Draft202012Validator(report_schema).validate(json.loads(outputs["json"]))
    assert "- [ ] " in outputs["markdown"]


def test_rules_command_lists_and_documents(capsys) -> None:
    assert cli.main(["rules"]) == 0
    out = capsys.readouterr().out
    assert f"{len(RULES)} rules." in out
    assert cli.main(["rules", "repo-description"]) == 0
    out = capsys.readouterr().out
    assert out.startswith('# <a id="rep001"></a>REP001 `repo-description`')
    assert "**How to fix**" in out
    assert cli.main(["rules", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {rule["id"] for rule in data} == set(RULES)


def test_rules_command_lists_a_prefix(capsys) -> None:
    assert cli.main(["rules", "REP00"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines[:-2]] == [f"REP00{n}" for n in range(1, 10)]


def test_rules_command_unknown_id(capsys) -> None:
    assert cli.main(["rules", "REP0001"]) == 2
    assert capsys.readouterr().err.startswith(
        "error: unknown rule 'REP0001'; did you mean 'REP001'?\n"
    )


def test_a_local_check_reads_the_environment_files_of_the_checkout(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("# shop\n\nA shop.\n", encoding="utf-8")
    (tmp_path / "docker").mkdir()
    (tmp_path / "docker" / ".env").write_text("COMPOSE_PROJECT_NAME=shop\n", encoding="utf-8")
    (tmp_path / ".env").write_text("STRIPE_API_KEY=sk_live_123\n", encoding="utf-8")
    request = CheckRequest(repo_path=str(tmp_path), select=("REP011",), format="json")
    report = json.loads(run_check(request, rules=RULES).output)
    assert [(f["file"], f["message"]) for f in report["findings"]] == [
        (
            ".env",
            f"`{tmp_path.name}` has .env committed: an environment file setting STRIPE_API_KEY",
        )
    ]
