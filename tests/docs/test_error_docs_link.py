"""Each error the CLI prints ends with a `docs:` line leading to its troubleshooting section."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_links import anchors

from portfolio import cli
from portfolio.errors import (
    TROUBLESHOOTING_URL,
    BuildError,
    ConfigError,
    FetchError,
    PortfolioError,
    SnapshotError,
    UsageError,
)
from portfolio.github.client import BadTokenError, RateLimitError

PAGE = Path(__file__).resolve().parents[2] / "docs" / "troubleshooting.md"
SECTIONS = anchors(PAGE)


def _all_error_classes() -> list[type[PortfolioError]]:
    found, todo = [], [PortfolioError]
    while todo:
        cls = todo.pop()
        found.append(cls)
        todo.extend(cls.__subclasses__())
    return found


def test_the_url_is_the_page_in_the_repository() -> None:
    assert TROUBLESHOOTING_URL.endswith("/docs/troubleshooting.md")
    assert PAGE.is_file()


@pytest.mark.parametrize("cls", _all_error_classes(), ids=lambda c: c.__name__)
def test_every_error_class_anchor_is_a_section(cls: type[PortfolioError]) -> None:
    if cls.docs_anchor is not None:
        assert cls.docs_anchor in SECTIONS, (
            f"{cls.__name__}.docs_anchor {cls.docs_anchor!r} is not a heading of troubleshooting.md"
        )


def _commands() -> list[str]:
    parser = cli.build_parser()
    (subparsers,) = [a for a in parser._actions if a.dest == "command"]
    return sorted(subparsers.choices)


@pytest.mark.parametrize("command", _commands())
def test_every_command_has_a_section(command: str) -> None:
    url = cli.troubleshooting_url(UsageError("x"), command)
    assert url is not None
    assert url.rsplit("#", 1)[1] in SECTIONS, f"troubleshooting.md has no section for {command}"


def test_the_error_kind_wins_over_the_command() -> None:
    # A snapshot problem met by `check` is explained in the snapshot.json section.
    assert cli.troubleshooting_url(SnapshotError("x"), "check").endswith("#snapshotjson")
    assert cli.troubleshooting_url(RateLimitError("x", reset_at=0), "build").endswith(
        "#portfolio-fetch"
    )
    assert cli.troubleshooting_url(BadTokenError("x"), None).endswith("#portfolio-fetch")
    assert cli.troubleshooting_url(ConfigError("x"), "check").endswith("#portfolio-check")
    assert cli.troubleshooting_url(BuildError("x"), "serve").endswith("#portfolio-build-and-serve")
    assert cli.troubleshooting_url(ConfigError("x"), None) is None
    assert cli.troubleshooting_url(FetchError("x"), "fetch").startswith(TROUBLESHOOTING_URL + "#")


def test_a_real_error_prints_error_hint_and_docs(tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "empty").mkdir()
    assert cli.main(["check", "empty"]) == 2
    lines = capsys.readouterr().err.splitlines()
    assert lines == [
        f"error: {Path('empty') / 'snapshot.json'}: no snapshot here",
        f"hint: Create it with `portfolio fetch LOGIN -o {Path('empty') / 'snapshot.json'}`.",
        f"docs: {TROUBLESHOOTING_URL}#snapshotjson",
    ]


def test_an_error_without_a_kind_section_points_to_its_command(
    tmp_path, monkeypatch, capsys
) -> None:
    monkeypatch.chdir(tmp_path)
    assert cli.main(["rules", "NOPE999"]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("error: unknown rule 'NOPE999'")
    assert err[-1] == f"docs: {TROUBLESHOOTING_URL}#portfolio-rules"
