"""`portfolio check`'s error messages that no other test produced, word for word.

The check configuration, the baseline report and the command's clashing options: each case is
what a user would write, and the assertion is the exact line the user reads.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from checks.audit import CheckRequest, run_check
from checks.baseline import load_baseline
from checks.config import load_config
from checks.rules import RULES
from portfolio import cli
from portfolio.errors import ConfigError, UsageError

SAMPLE = Path(__file__).resolve().parents[2] / "sample-profile"


def config_error(path: Path) -> str:
    with pytest.raises(ConfigError) as info:
        load_config(path, RULES)
    return info.value.message


def test_settings_of_the_wrong_type_are_all_named_with_their_line(tmp_path: Path) -> None:
    path = tmp_path / ".portfolio-check.toml"
    path.write_text(
        'select = 3\nseverity = ["REP001"]\nignore-repo = "homework"\nshowcase = [1]\noptions = 5\n'
    )
    assert config_error(path).splitlines() == [
        f"{path}:1: select: expected a list of rule ids or names, got a number",
        f"{path}:2: severity: expected a table of rule = level, got a list",
        f"{path}:3: ignore-repo: expected a list of {{repo, rules, reason}}, got a string",
        f"{path}:4: showcase: expected a list of repository names, got a list",
        f"{path}:5: options: expected a table of rule = {{option = value}}, got a number",
    ]


def test_ignore_repo_entries_severity_and_options_mistakes(tmp_path: Path) -> None:
    path = tmp_path / ".portfolio-check.toml"
    path.write_text(
        'ignore-repo = [1, {colour = "red"}]\n\n'
        '[severity]\nNOPE1 = "info"\n\n'
        "[options]\nNOPE2 = {}\nREP001 = 3\n"
    )
    assert config_error(path).splitlines() == [
        f"{path}:1: ignore-repo[0]: expected a table with repo, rules and reason, got a number",
        f"{path}:1: ignore-repo[1].colour: unknown key 'colour'",
        f"{path}:1: ignore-repo[1].repo: required: the repository's name, e.g. 'old-homework'",
        f"{path}:1: ignore-repo[1].rules: required: the rule ids that do not apply, or 'ALL'",
        f"{path}:1: ignore-repo[1].reason: required: say why these rules do not apply "
        "(it is shown in the report)",
        f"{path}:4: severity.NOPE1: unknown rule 'NOPE1'; `portfolio rules` lists them",
        f"{path}:7: options.NOPE2: unknown rule 'NOPE2'; `portfolio rules` lists them",
        f"{path}:8: options.REP001: expected a table of option = value, got a number",
    ]


def test_a_configuration_that_cannot_be_read(tmp_path: Path) -> None:
    json_file = tmp_path / "check.json"
    json_file.write_text("{}")
    assert config_error(json_file) == (
        f"{json_file}: unknown configuration format; use a .toml file "
        "(.portfolio-check.toml or pyproject.toml) or profile.yaml"
    )
    folder = tmp_path / "settings.toml"
    folder.mkdir()
    assert config_error(folder) == f"{folder}: cannot read the configuration (Is a directory)"
    latin1 = tmp_path / "latin1.toml"
    latin1.write_bytes(b'# ok\nselect = ["caf\xe9"]\n')
    assert config_error(latin1) == f"{latin1}:2: not UTF-8 text (byte 0xe9 at offset 19)"


def test_a_yaml_tag_in_the_profiles_check_section(tmp_path: Path) -> None:
    # The profile's reader composes the file (no tags resolved); loading it is what refuses
    # a Python tag, so the message still names the line.
    path = tmp_path / "profile.yaml"
    path.write_text("check:\n  select: !!python/name:os.system REP001\n")
    assert config_error(path) == (
        f"{path}:2: not valid YAML (could not determine a constructor for the tag "
        "'tag:yaml.org,2002:python/name:os.system')"
    )


def baseline_error(path: Path) -> ConfigError:
    with pytest.raises(ConfigError) as info:
        load_baseline(path)
    return info.value


def test_baseline_mistakes(tmp_path: Path) -> None:
    missing = tmp_path / "baseline.json"
    error = baseline_error(missing)
    assert error.message == f"{missing}: baseline report not found"
    assert error.hint == "Make one with `portfolio check --format json --output baseline.json`."

    a_list = tmp_path / "list.json"
    a_list.write_text("[1]")
    assert baseline_error(a_list).message == f"{a_list}: not a JSON report of `portfolio check`"

    newer = tmp_path / "newer.json"
    newer.write_text('{"schema_version": 99, "findings": []}')
    error = baseline_error(newer)
    assert error.message == f"{newer}: schema_version: expected 1, got 99"
    assert error.hint == "Write a new baseline with this version of portfolio."

    folder = tmp_path / "folder.json"
    folder.mkdir()
    assert baseline_error(folder).message == (
        f"{folder}: cannot read the baseline ([Errno 21] Is a directory: '{folder}')"
    )


def test_a_missing_baseline_through_the_command(tmp_path: Path, capsys) -> None:
    missing = tmp_path / "baseline.json"
    code = cli.main(["check", str(SAMPLE), "--baseline", str(missing)])
    assert code == 2
    assert capsys.readouterr().err.splitlines()[0] == f"error: {missing}: baseline report not found"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["check", "--repo", ".", "--user", "octocat"],
            "give either --user LOGIN or --repo PATH, not both",
        ),
        (
            ["check", str(SAMPLE), "--repo", "."],
            "give either a profile folder or --repo PATH, not both",
        ),
    ],
    ids=["repo-and-user", "folder-and-repo"],
)
def test_clashing_options(capsys, argv: list[str], message: str) -> None:
    assert cli.main(argv) == 2
    assert capsys.readouterr().err.splitlines()[0] == f"error: {message}"


@pytest.mark.parametrize(
    ("request_", "message"),
    [
        (
            CheckRequest(fail_on="fatal"),
            "--fail-on: 'fatal' is not one of error, warning, info, never",
        ),
        (
            CheckRequest(format="xml"),
            "--format: 'xml' is not one of auto, text, json, markdown, sarif, github",
        ),
    ],
    ids=["fail-on", "format"],
)
def test_the_library_checks_what_argparse_would(request_: CheckRequest, message: str) -> None:
    # The command line's choices stop these first; a program calling run_check directly gets
    # the same words instead of a KeyError deep inside.
    with pytest.raises(UsageError) as info:
        run_check(request_)
    assert info.value.message == message
