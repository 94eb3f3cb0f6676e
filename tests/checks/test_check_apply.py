"""--apply: the API requests it makes (mocked), asking first, refusals, and the token."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import responses
from check_fakes import DOC, FAKE_RULES, make_snapshot

from checks.apply import apply_api_changes, plan_api_changes
from checks.audit import CheckRequest, run_check
from checks.model import (
    ApiChange,
    Finding,
    Fix,
    FixSafety,
    Problem,
    RepoContext,
    Rule,
    Severity,
    Target,
)
from portfolio.errors import FetchError, UsageError
from portfolio.snapshot import save_snapshot

API = "https://api.github.com:443"  # PyGithub sends the port explicitly
TOKEN = "ghp_testtoken1234567890"
RATE = {
    "X-RateLimit-Limit": "5000",
    "X-RateLimit-Remaining": "4999",
    "X-RateLimit-Reset": "1790000000",
    "X-RateLimit-Resource": "core",
}


def suggest_topics(ctx: RepoContext):
    if not ctx.repo.topics:
        yield Problem(
            message=f"`{ctx.repo.name}` has no topics",
            fix=Fix(
                "Add topics.",
                FixSafety.UNSAFE,
                command=f"gh repo edit {ctx.repo.full_name} --add-topic python",
                api=ApiChange.add_topics(ctx.repo.full_name, ["python", "cli"]),
            ),
        )


RULES = {
    **FAKE_RULES,
    "REP905": Rule(
        "REP905", "topics-known", Target.REPO, Severity.WARNING, suggest_topics,
        DOC.format(summary="A repository has topics."),
    ),
}  # fmt: skip


@pytest.fixture
def profile(tmp_path: Path) -> Path:
    save_snapshot(make_snapshot(), tmp_path / "snapshot.json")
    return tmp_path


def request(profile: Path, **kw) -> CheckRequest:
    return CheckRequest(profile_dir=str(profile), apply=True, environ={"GITHUB_TOKEN": TOKEN}, **kw)


def finding(api: ApiChange | None, **kw) -> Finding:
    fix = Fix("x", FixSafety.UNSAFE, api=api)
    return Finding("REP905", "topics-known", Severity.WARNING, Target.REPO, "m", fix=fix, **kw)


def test_plan_keeps_counted_distinct_changes_in_order() -> None:
    first = ApiChange.add_topics("octo/a", ["x"])
    second = ApiChange.repo_settings("octo/b", homepage="https://octo.dev/b")
    findings = [
        finding(first),
        finding(second, ignored_reason="no"),
        finding(second, inconclusive=True),
        finding(None),
        finding(first),
        finding(second),
    ]
    assert plan_api_changes(findings) == [first, second]


def test_api_change_builders_refuse_unknown_fields() -> None:
    with pytest.raises(ValueError):
        ApiChange.repo_settings("octo/a", private="true")
    with pytest.raises(ValueError):
        ApiChange.profile(email="me@example.com")


@responses.activate
def test_apply_sends_the_three_kinds_of_request() -> None:
    responses.get(f"{API}/repos/octo/shiny/topics", json={"names": ["ml", "python"]}, headers=RATE)
    responses.put(
        f"{API}/repos/octo/shiny/topics", json={"names": ["ml", "python", "cli"]}, headers=RATE
    )
    responses.patch(
        f"{API}/repos/octo/plain",
        json={"id": 1, "name": "plain", "full_name": "octo/plain", "homepage": "https://o.dev"},
        headers=RATE,
    )
    responses.patch(f"{API}/user", json={"login": "octo", "blog": "https://o.dev"}, headers=RATE)
    done = apply_api_changes(
        [
            ApiChange.add_topics("octo/shiny", ["python", "cli"]),
            ApiChange.repo_settings("octo/plain", homepage="https://o.dev"),
            ApiChange.profile(blog="https://o.dev"),
        ],
        token=TOKEN,
    )
    assert done == [
        "octo/shiny: add topics python, cli",
        "octo/plain: set homepage to 'https://o.dev'",
        "your profile: set blog to 'https://o.dev'",
    ]
    calls = [(c.request.method, c.request.url) for c in responses.calls]
    assert calls == [
        ("GET", f"{API}/repos/octo/shiny/topics"),
        ("PUT", f"{API}/repos/octo/shiny/topics"),
        ("PATCH", f"{API}/repos/octo/plain"),
        ("PATCH", f"{API}/user"),
    ]
    bodies = [json.loads(c.request.body) if c.request.body else None for c in responses.calls]
    assert bodies == [
        None,
        {"names": ["ml", "python", "cli"]},
        {"homepage": "https://o.dev"},
        {"blog": "https://o.dev"},
    ]
    assert {c.request.headers["Authorization"] for c in responses.calls} == {f"token {TOKEN}"}


@responses.activate
def test_a_refusal_stops_and_says_what_was_done_without_the_token() -> None:
    responses.patch(f"{API}/repos/octo/a", json={"name": "a"}, headers=RATE)
    responses.patch(
        f"{API}/repos/octo/b",
        status=403,
        json={
            "message": f"Resource not accessible by personal access token {TOKEN}",
            "documentation_url": "https://docs.github.com/rest/repos/repos#update-a-repository",
        },
        headers=RATE,
    )
    with pytest.raises(FetchError) as info:
        apply_api_changes(
            [
                ApiChange.repo_settings("octo/a", homepage="https://a.dev"),
                ApiChange.repo_settings("octo/b", homepage="https://b.dev"),
                ApiChange.repo_settings("octo/c", homepage="https://c.dev"),
            ],
            token=TOKEN,
        )
    assert info.value.message == (
        "octo/b: set homepage to 'https://b.dev': GitHub refused it (403: Resource not "
        "accessible by personal access token ***) (already applied: octo/a: set homepage "
        "to 'https://a.dev')"
    )
    assert TOKEN not in str(info.value) and TOKEN not in (info.value.hint or "")
    assert len(responses.calls) == 2  # octo/c was not attempted


@responses.activate
def test_check_apply_asks_first_and_changes_nothing_on_no(profile: Path) -> None:
    asked = []

    def say_no(lines):
        asked.append(list(lines))
        return False

    outcome = run_check(request(profile), rules=RULES, confirm=say_no)
    assert asked == [["octo/plain: add topics python, cli"]]
    assert outcome.notes == ("--apply: nothing was changed",)
    assert len(responses.calls) == 0
    # Without a way to ask and without --yes, nothing happens either.
    assert run_check(request(profile), rules=RULES).notes == ("--apply: nothing was changed",)


@responses.activate
def test_check_apply_with_yes(profile: Path) -> None:
    responses.get(f"{API}/repos/octo/plain/topics", json={"names": []}, headers=RATE)
    responses.put(f"{API}/repos/octo/plain/topics", json={"names": ["python", "cli"]}, headers=RATE)
    outcome = run_check(request(profile, yes=True), rules=RULES)
    assert outcome.notes == ("applied: octo/plain: add topics python, cli",)
    assert TOKEN not in outcome.output


def test_check_apply_needs_a_token(profile: Path) -> None:
    with pytest.raises(UsageError) as info:
        run_check(CheckRequest(profile_dir=str(profile), apply=True, environ={}), rules=RULES)
    assert info.value.message == (
        "--apply needs a GitHub token to change repository settings or your profile"
    )


def test_check_apply_with_nothing_to_apply(profile: Path) -> None:
    outcome = run_check(request(profile, yes=True), rules=FAKE_RULES)
    assert outcome.notes == (
        "--apply: no fix in this report has values that can be applied for you",
    )


def test_the_command_never_says_yes_without_a_person(capsys, monkeypatch) -> None:
    from portfolio.commands import check

    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert check._ask(["octo/plain: add topics python, cli"]) is False
    assert capsys.readouterr().err == (
        "--apply would make 1 change(s) on GitHub:\n"
        "  octo/plain: add topics python, cli\n"
        "Not a terminal: add --yes to apply them without asking.\n"
    )


def test_the_command_applies_on_yes(monkeypatch) -> None:
    from portfolio.commands import check

    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda _prompt: "y")
    assert check._ask(["x"]) is True
    monkeypatch.setattr("builtins.input", lambda _prompt: "")
    assert check._ask(["x"]) is False


@responses.activate
def test_the_real_rules_offer_concrete_changes(tmp_path: Path) -> None:
    # REP002 (topics from the language) and REP003 (the Pages address) fill Fix.api, so
    # --apply has something real to do on a repo with Pages and no topics or homepage.
    from portfolio.snapshot import Repo, Snapshot, User

    repo = Repo(name="todo-app", owner="octo", language="Python", has_pages=True,
                description="A small to-do app for the terminal, in Python.")  # fmt: skip
    snapshot = Snapshot(user=User(login="octo"), fetched_at="2026-11-01T00:00:00Z", repos=(repo,))
    save_snapshot(snapshot, tmp_path / "snapshot.json")
    asked: list[list[str]] = []

    def say_no(lines):
        asked.append(list(lines))
        return False

    outcome = run_check(request(tmp_path, select=("REP002", "REP003")), confirm=say_no)
    assert asked == [
        [
            "octo/todo-app: set homepage to 'https://octo.github.io/todo-app'",
            "octo/todo-app: add topics python",
        ]
    ]
    assert outcome.notes == ("--apply: nothing was changed",)
    assert len(responses.calls) == 0
