"""The check configuration: the three places it lives, and every error word for word."""

from __future__ import annotations

from pathlib import Path

import pytest
from check_fakes import FAKE_RULES

from checks.config import (
    CheckConfig,
    RepoIgnore,
    find_config_file,
    load_config,
    parse_config,
    with_command_line,
)
from checks.model import Severity
from portfolio.errors import ConfigError


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def error_of(path: Path) -> str:
    with pytest.raises(ConfigError) as info:
        load_config(path, FAKE_RULES)
    return info.value.message


def test_defaults_run_everything() -> None:
    config = load_config(None, FAKE_RULES)
    assert config == CheckConfig()
    assert all(config.enabled(rule_id) for rule_id in FAKE_RULES)


def test_a_full_toml_config(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        ".portfolio-check.toml",
        """\
select = ["REP", "profile-name"]
ignore = ["REP903"]
showcase = ["plain"]

[severity]
repo-topics = "info"

[[ignore-repo]]
repo = "homework"
rules = ["REP901", "REP902"]
reason = "course homework, kept for the record"

[options.REP904]
strict = true
""",
    )
    config = load_config(path, FAKE_RULES)
    assert config.select == frozenset({"REP901", "REP902", "REP903", "REP904", "PRF901"})
    assert not config.enabled("REP903") and not config.enabled("RDM901")
    assert config.severity == {"REP902": Severity.INFO}
    assert config.ignore_repo == (
        RepoIgnore(
            "homework", frozenset({"REP901", "REP902"}), "course homework, kept for the record"
        ),
    )
    assert config.repo_ignore("REP901", "octo/homework") is config.ignore_repo[0]
    assert config.repo_ignore("REP904", "octo/homework") is None
    assert config.showcase == ("plain",)
    assert config.options_for(FAKE_RULES["REP904"]) == {"strict": True}
    assert config.source == str(path)


def test_toml_errors_word_for_word_all_at_once(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        ".portfolio-check.toml",
        """\
selct = ["REP901"]
ignore = ["rep91", "XYZ123", 3]

[severity]
REP901 = "fatal"

[[ignore-repo]]
repo = "homework"
rules = ["REP901"]

[options.REP904]
stritc = true
""",
    )
    assert error_of(path) == "\n".join(
        [
            f"{path}:1: selct: unknown key 'selct'; did you mean 'select'?",
            f"{path}:2: ignore[0]: unknown rule 'rep91'; did you mean 'REP901'?",
            f"{path}:2: ignore[1]: unknown rule 'XYZ123'; `portfolio rules` lists them",
            f"{path}:2: ignore[2]: expected a rule id or name, got a number",
            f"{path}:5: severity.REP901: 'fatal' is not a severity; use error, warning or info",
            f"{path}:7: ignore-repo[0].reason: required: say why these rules do not apply "
            "(it is shown in the report)",
            f"{path}:12: options.REP904.stritc: unknown option of REP904 'stritc'; "
            "did you mean 'strict'?",
        ]
    )


def test_pyproject_errors_name_the_full_key(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "pyproject.toml",
        """\
[project]
name = "x"

[tool.portfolio.check]
select = ["REP901"]
showcase = "shiny"
severity = { REP901 = "warn" }
options = { REP904 = { strict = "yes" } }
""",
    )
    assert find_config_file(tmp_path) == path
    assert error_of(path) == "\n".join(
        [
            f"{path}:7: tool.portfolio.check.severity.REP901: 'warn' is not a severity; "
            "use error, warning or info",
            f"{path}:8: tool.portfolio.check.options.REP904.strict: expected true/false like "
            "the default False, got a string",
        ]
    )


def test_profile_yaml_check_section_with_exact_lines(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "profile.yaml",
        """\
schema: portfolio/v1
site:
  title: Octo
check:
  ignore:
    - REP901
    - repo-topic
  ignore-repo:
    - repo: homework
      rules: [REP999]
      reason: ""
  showcas: [shiny]
""",
    )
    assert find_config_file(tmp_path) == path
    assert error_of(path) == "\n".join(
        [
            f"{path}:7: check.ignore[1]: unknown rule 'repo-topic'; did you mean 'repo-topics'?",
            f"{path}:10: check.ignore-repo[0].rules[0]: unknown rule 'REP999'; "
            "did you mean 'REP904'?",
            f"{path}:11: check.ignore-repo[0].reason: required: say why these rules do not "
            "apply (it is shown in the report)",
            f"{path}:12: check.showcas: unknown key 'showcas'; did you mean 'showcase'?",
        ]
    )


def test_profile_yaml_without_check_section_is_not_a_config(tmp_path: Path) -> None:
    write(tmp_path, "profile.yaml", "schema: portfolio/v1\n")
    assert find_config_file(tmp_path) is None


def test_dedicated_file_wins_over_pyproject_and_profile(tmp_path: Path) -> None:
    write(tmp_path, "pyproject.toml", "[tool.portfolio.check]\nselect = []\n")
    write(tmp_path, "profile.yaml", "check:\n  select: []\n")
    dedicated = write(tmp_path, ".portfolio-check.toml", "")
    assert find_config_file(tmp_path) == dedicated


def test_pyproject_without_our_table_is_not_a_config(tmp_path: Path) -> None:
    write(tmp_path, "pyproject.toml", "[tool.ruff]\nline-length = 100\n")
    assert find_config_file(tmp_path) is None


def test_invalid_toml_and_yaml(tmp_path: Path) -> None:
    toml = write(tmp_path, "bad.toml", "select = [\n")
    assert error_of(toml).startswith(f"{toml}: not valid TOML (")
    yaml_path = write(tmp_path, "profile.yaml", "check:\n  select: [a\n")
    assert error_of(yaml_path).startswith(f"{yaml_path}:3: not valid YAML: ")


def test_missing_file(tmp_path: Path) -> None:
    missing = tmp_path / "nope.toml"
    assert error_of(missing) == f"{missing}: configuration file not found"


def test_a_top_level_that_is_not_a_table() -> None:
    with pytest.raises(ConfigError) as info:
        parse_config(["REP901"], rules=FAKE_RULES, source="x.yaml", prefix=("check",))
    assert info.value.message == "x.yaml: check: expected a table of settings, got a list"


def test_command_line_select_and_ignore() -> None:
    config = with_command_line(CheckConfig(ignore=frozenset({"REP903"})), FAKE_RULES,
                               select=["REP901,RDM901"], ignore=["readme-todo"])  # fmt: skip
    assert config.select == frozenset({"REP901", "RDM901"})
    assert config.ignore == frozenset({"REP903", "RDM901"})
    with pytest.raises(ConfigError) as info:
        with_command_line(CheckConfig(), FAKE_RULES, select=["REP91"])
    assert info.value.message == ("--select: unknown rule 'REP91'; did you mean 'REP901'?")
