"""The command line skeleton: help, version, exit codes and one-line errors."""

from __future__ import annotations

import subprocess
import sys

import pytest

from portfolio import __version__, cli
from portfolio.errors import ConfigError, FetchError


def test_version(capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"portfolio {__version__}"


def test_python_dash_m_runs_the_same_cli() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "portfolio", "--help"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0
    assert "usage: portfolio" in done.stdout


def test_help_shows_commands_that_run_on_the_bundled_example(capsys) -> None:
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    shown = capsys.readouterr().out
    examples = [
        line.split("#")[0].split() for line in shown.splitlines() if "sample-profile" in line
    ]
    assert [words[:2] for words in examples] == [["portfolio", "build"], ["portfolio", "check"]]
    # Each example is a command the parser accepts.
    for words in examples:
        assert cli.build_parser().parse_args(words[1:]).command == words[1]


def test_unknown_command_is_a_usage_error(capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["no-such-command"])
    assert exit_info.value.code == 2
    assert "Run `portfolio --help`" in capsys.readouterr().err


def _fake_command(error: Exception):
    def run(_args):
        raise error

    return run


@pytest.mark.parametrize(
    ("error", "code"),
    [(ConfigError("profile.yaml:3: site.title: expected a string"), 2), (FetchError("boom"), 1)],
)
def test_errors_become_one_line_and_an_exit_code(monkeypatch, capsys, error, code) -> None:
    parser = cli.build_parser()
    parser.set_defaults(run=_fake_command(error))
    monkeypatch.setattr(cli, "build_parser", lambda: parser)
    assert cli.main([]) == code
    err = capsys.readouterr().err
    docs = cli.troubleshooting_url(error, None)  # a line pointing to the docs, when known
    assert err == f"error: {error}\n" + (f"docs: {docs}\n" if docs else "")
    assert "Traceback" not in err


def test_debug_shows_the_traceback(monkeypatch) -> None:
    parser = cli.build_parser()
    parser.set_defaults(run=_fake_command(FetchError("boom")))
    monkeypatch.setattr(cli, "build_parser", lambda: parser)
    with pytest.raises(FetchError):
        cli.main(["--debug"])


def test_output_into_a_closed_pipe_ends_quietly() -> None:
    # Like `portfolio rules | head -1` when head has already exited: no BrokenPipeError.
    proc = subprocess.Popen(
        [sys.executable, "-m", "portfolio", "rules"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    proc.stdout.close()
    _out, err = proc.communicate(timeout=60)
    assert b"BrokenPipeError" not in err
    assert b"Traceback" not in err
    assert proc.returncode == 0
