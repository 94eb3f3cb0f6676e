"""Network faults during a fetch: what is asked, what is kept, what the user is told.

Rate limits hit midway (with and without a token) and the re-run that resumes, 5xx storms,
timeouts, answers cut short, renamed users and repositories, blocked repositories (451, 403)
and READMEs in other charsets. Every test asserts the requests made, not only the outcome.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
import responses
from payloads import (
    API,
    RAW,
    RESET,
    FakeGitHub,
    FakeRepo,
    graphql_rate,
    rate_headers,
    repo_json,
    standard_files,
    tree_json,
    user_json,
)

from portfolio import cli
from portfolio.errors import FetchError
from portfolio.github import client as client_module
from portfolio.github.cache import HttpCache
from portfolio.github.client import GitHubClient, RateLimitError, ServerTroubleError, decode_body
from portfolio.github.fetch import DETAIL_FIELDS, fetch_and_save, fetch_snapshot

TOKEN = "ghp_TESTtokenNOTrealFFFFFFFFFFFFFFFFFFFFX"
LOGIN = "octo-ml"
USER_ID = 583231


class FakeClock:
    def __init__(self, now: float = RESET - 1200) -> None:
        self.now = now
        self.sleeps: list[float] = []

    def time(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def client_for(cache: Path, token: str = TOKEN, **kwargs) -> GitHubClient:
    clock = kwargs.pop("clock", FakeClock())
    kwargs.setdefault("max_wait", 60)
    return GitHubClient(
        token=token, cache=HttpCache(cache), sleep=clock.sleep, clock=clock.time, **kwargs
    )


def many_repos(count: int) -> list[FakeRepo]:
    return [FakeRepo(f"project-{i:02}", files=standard_files(f"p{i}")) for i in range(count)]


def run(fake: FakeGitHub, cache: Path, token: str = TOKEN, out: Path | None = None, **kwargs):
    """One fetch against ``fake``; returns (snapshot, stats, the calls it made)."""
    before = len(fake.calls)
    with responses.RequestsMock(assert_all_requests_are_fired=False) as rsps:
        fake.install(rsps)
        client = client_for(cache, token=token, **kwargs)
        if out is not None:
            report = fetch_and_save(LOGIN, out, client=client)
            snapshot, stats = report.snapshot, report.stats
        else:
            snapshot, stats = fetch_snapshot(LOGIN, client=client)
    return snapshot, stats, fake.calls[before:]


def paths(calls) -> list[str]:
    return [urlsplit(url).path for _method, url, _headers in calls]


def names_asked(fake: FakeGitHub, first: int = 0) -> list[str]:
    """Repository names in the GraphQL queries sent since query number ``first``."""
    return [
        value
        for query in fake.graphql_queries[first:]
        for key, value in query["variables"].items()
        if re.fullmatch(r"n\d+", key)
    ]


def leftovers(*folders: Path) -> list[Path]:
    return [p for folder in folders if folder.exists() for p in folder.rglob("*.tmp")]


# --- rate limit hit midway: partial progress kept, the re-run resumes -------------------


def graphql_limited_after(fake: FakeGitHub, answered: int, as_403: bool):
    """Make ``fake`` answer ``answered`` GraphQL queries, then refuse for its rate limit."""
    original = fake._api
    state = {"answered": 0, "limited": True}

    def limited(request):
        is_graphql = request.method == "POST" and urlsplit(request.url).path == "/graphql"
        if is_graphql and state["limited"] and state["answered"] >= answered:
            fake.calls.append((request.method, request.url, dict(request.headers)))
            headers = {**rate_headers(0), "X-RateLimit-Resource": "graphql"}
            if as_403:
                body = {"message": "API rate limit exceeded for user ID 583231."}
                return 403, headers, json.dumps(body)
            body = {
                "errors": [
                    {
                        "type": "RATE_LIMITED",
                        "message": "API rate limit exceeded for user ID 583231.",
                    }
                ]
            }
            return 200, {**headers, "Content-Type": "application/json"}, json.dumps(body)
        if is_graphql:
            state["answered"] += 1
        return original(request)

    fake._api = limited
    return state


@pytest.mark.parametrize("as_403", [False, True], ids=["graphql-200-RATE_LIMITED", "403"])
def test_with_a_token_a_rerun_after_the_rate_limit_does_not_ask_answered_batches_again(
    tmp_path, as_403
) -> None:
    fake = FakeGitHub(LOGIN, many_repos(60), pinned=(f"{LOGIN}/project-40",))
    state = graphql_limited_after(fake, answered=1, as_403=as_403)
    out = tmp_path / "profile" / "snapshot.json"
    cache = tmp_path / "cache"

    with pytest.raises(RateLimitError) as err:
        run(fake, cache, out=out)
    assert "Fetched 25 of 60 repositories; still missing: project-25, project-26" in (
        err.value.message
    )
    assert "in 20 minutes" in err.value.message and "Nothing was written" in err.value.message
    assert not out.exists() and leftovers(tmp_path) == []
    first_run = list(fake.calls)
    assert paths(first_run) == [
        f"/users/{LOGIN}",
        f"/users/{LOGIN}/social_accounts",
        f"/users/{LOGIN}/repos",
        "/graphql",  # project-00..24, answered
        "/graphql",  # project-25..49, refused
    ]

    state["limited"] = False  # the limit has reset
    before = len(fake.graphql_queries)
    snapshot, stats, calls = run(fake, cache, out=out)

    # The profile and the list are revalidated (free 304s); only the missing batches are asked.
    assert paths(calls) == [
        f"/users/{LOGIN}",
        f"/users/{LOGIN}/social_accounts",
        f"/users/{LOGIN}/repos",
        "/graphql",
        "/graphql",
    ]
    assert all("If-None-Match" in headers for _m, _u, headers in calls[:3])
    assert names_asked(fake, before) == [f"project-{i:02}" for i in range(25, 60)]
    assert "pinnedItems" in fake.graphql_queries[before]["query"]
    assert (stats.not_modified, stats.reused, stats.cost) == (3, 25, 2)

    # The result is the same as an uninterrupted fetch's.
    fresh, _stats, _calls = run(fake, tmp_path / "fresh-cache")
    assert snapshot.repos == fresh.repos and snapshot.pinned == fresh.pinned == (
        f"{LOGIN}/project-40",
    )
    assert json.loads(out.read_text())["user"]["login"] == LOGIN


def test_with_a_token_readmes_found_elsewhere_resume_too(tmp_path) -> None:
    # 30 repositories whose README is in docs/: the details take 2 batches, the READMEs 1.
    repos = [
        FakeRepo(f"paper-{i:02}", files={"docs/README.rst": f"Paper {i}\n".encode()})
        for i in range(30)
    ]
    fake = FakeGitHub(LOGIN, repos)
    state = graphql_limited_after(fake, answered=2, as_403=False)
    with pytest.raises(RateLimitError):
        run(fake, tmp_path / "cache")
    state["limited"] = False
    before = len(fake.graphql_queries)
    # Run again once the limit has reset, 20 minutes later.
    snapshot, _stats, calls = run(fake, tmp_path / "cache", clock=FakeClock(RESET + 5))
    # Both detail batches come from the cache: the pinned items (kept only for a minute, they
    # change without any push) and the README query are the only requests after the list.
    assert paths(calls)[3:] == ["/graphql", "/graphql"]
    pinned, readmes = fake.graphql_queries[before:]
    assert "pinnedItems" in pinned["query"] and "...Details" not in pinned["query"]
    assert "...Details" not in readmes["query"] and "BlobText" in readmes["query"]
    assert names_asked(fake, before) == [f"paper-{i:02}" for i in range(30)]
    assert snapshot.repo("paper-07").readme.text == "Paper 7\n"


def test_a_repository_pushed_to_since_the_stop_is_asked_again(tmp_path) -> None:
    fake = FakeGitHub(LOGIN, many_repos(30))
    state = graphql_limited_after(fake, answered=1, as_403=False)
    with pytest.raises(RateLimitError):
        run(fake, tmp_path / "cache")
    state["limited"] = False
    fake.repos["project-03"].list_fields["pushed_at"] = "2026-11-21T09:00:00Z"
    fake.repos["project-03"].files["README.md"] = b"# project 3, new\n"
    before = len(fake.graphql_queries)
    snapshot, _stats, _calls = run(fake, tmp_path / "cache")
    asked = names_asked(fake, before)
    assert asked == ["project-03"] + [f"project-{i:02}" for i in range(25, 30)]
    assert snapshot.repo("project-03").readme.text == "# project 3, new\n"


def test_refresh_ignores_the_kept_graphql_answers(tmp_path) -> None:
    fake = FakeGitHub(LOGIN, many_repos(3))
    run(fake, tmp_path / "cache")
    before = len(fake.graphql_queries)
    _snapshot, stats, _calls = run(fake, tmp_path / "cache", refresh=True)
    assert names_asked(fake, before) == ["project-00", "project-01", "project-02"]
    assert stats.reused == 0


def test_without_a_token_a_rerun_after_the_rate_limit_resumes_where_it_stopped(tmp_path) -> None:
    fake = FakeGitHub(LOGIN, many_repos(6))
    original = fake._api
    budget = {"left": 3 + 4}  # the user, social accounts, the list and 4 trees

    def limited(request):
        if budget["left"] <= 0:
            fake.calls.append((request.method, request.url, dict(request.headers)))
            body = {"message": "API rate limit exceeded for 203.0.113.9."}
            return 403, rate_headers(0, limit=60), json.dumps(body)
        budget["left"] -= 1
        return original(request)

    fake._api = limited
    with pytest.raises(RateLimitError) as err:
        run(fake, tmp_path / "cache", token="")
    assert "Fetched 4 of 6 repositories; still missing: project-04, project-05" in (
        err.value.message
    )
    assert "With a token (GITHUB_TOKEN)" in (err.value.hint or "")

    budget["left"] = 60
    _snapshot, stats, calls = run(fake, tmp_path / "cache", token="")
    # Exactly: 3 revalidations, then the 2 missing trees and their READMEs. Nothing else.
    assert [urlsplit(u).netloc + urlsplit(u).path for _m, u, _h in calls] == [
        f"api.github.com:443/users/{LOGIN}",
        f"api.github.com:443/users/{LOGIN}/social_accounts",
        f"api.github.com:443/users/{LOGIN}/repos",
        f"api.github.com:443/repos/{LOGIN}/project-04/git/trees/main",
        f"raw.githubusercontent.com:443/{LOGIN}/project-04/main/README.md",
        f"api.github.com:443/repos/{LOGIN}/project-05/git/trees/main",
        f"raw.githubusercontent.com:443/{LOGIN}/project-05/main/README.md",
    ]
    assert all("If-None-Match" in h for _m, _u, h in calls[:3])
    assert stats.reused == 8  # 4 trees and 4 READMEs from the cache, no request
    assert stats.cost == 3 + 2  # without a token even a 304 counts


# --- 5xx storms, timeouts, answers cut short: one clear line, exit 1, nothing lost --------


@pytest.fixture
def cli_env(tmp_path, monkeypatch):
    monkeypatch.setenv("PORTFOLIO_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("CI", "true")
    monkeypatch.delenv("GITHUB_TOKEN", raising=False)
    monkeypatch.delenv("GH_TOKEN", raising=False)
    monkeypatch.chdir(tmp_path)
    # Real backoff is 1, 2, 4 s; the number of tries, not the waiting, is under test.
    monkeypatch.setattr(client_module, "FIRST_BACKOFF", 0.0)
    return monkeypatch


@pytest.fixture
def previous_snapshot(tmp_path, cli_env) -> bytes:
    """A snapshot.json from an earlier, successful fetch; returns its bytes."""
    fake = FakeGitHub(LOGIN, many_repos(2))
    with responses.RequestsMock(assert_all_requests_are_fired=False) as rsps:
        fake.install(rsps)
        assert cli.main(["fetch", LOGIN]) == 0
    return (tmp_path / "snapshot.json").read_bytes()


UNICORN = "<html><head><title>Unicorn! &middot; GitHub</title></head><body>...</body></html>"


def assert_one_error_line(err: str, first: str) -> None:
    lines = err.splitlines()
    assert lines[0] == first
    assert lines[1].startswith("hint: ")
    # The message, then short labelled lines (hint:, a docs link): never a traceback.
    assert all(re.match(r"^[a-z]+: ", line) for line in lines) and len(lines) <= 3
    assert "Traceback" not in err


@pytest.mark.parametrize("status", [502, 503])
def test_a_5xx_storm_is_retried_a_bounded_number_of_times_then_exits_1(
    tmp_path, cli_env, previous_snapshot, capsys, status
) -> None:
    capsys.readouterr()
    with responses.RequestsMock() as rsps:
        rsps.get(
            f"{API}/users/{LOGIN}",
            status=status,
            body=UNICORN,
            content_type="text/html; charset=utf-8",
        )
        assert cli.main(["fetch", LOGIN]) == 1
        urls = [call.request.url for call in rsps.calls]
    assert urls == [f"{API}/users/{LOGIN}"] * client_module.MAX_ATTEMPTS
    assert_one_error_line(
        capsys.readouterr().err,
        f"error: GitHub answered {status} for /users/{LOGIN} (4 tries); GitHub or the network "
        "is having trouble",
    )
    assert (tmp_path / "snapshot.json").read_bytes() == previous_snapshot
    assert leftovers(tmp_path) == []


def test_a_graphql_5xx_storm_halves_the_batch_then_stops_naming_graphql(
    tmp_path, cli_env, previous_snapshot, capsys
) -> None:
    cli_env.setenv("GITHUB_TOKEN", TOKEN)
    fake = FakeGitHub(LOGIN, many_repos(4))
    original = fake._api

    def storm(request):
        if request.method == "POST":
            fake.calls.append((request.method, request.url, dict(request.headers)))
            return 503, {"Content-Type": "text/html"}, UNICORN
        return original(request)

    fake._api = storm
    capsys.readouterr()
    with responses.RequestsMock(assert_all_requests_are_fired=False) as rsps:
        fake.install(rsps)
        assert cli.main(["fetch", LOGIN, "--refresh"]) == 1
    # 4 tries of the batch of 4, of its first half (2), of that half's first repository.
    assert paths(fake.calls).count("/graphql") == 3 * client_module.MAX_ATTEMPTS
    err = capsys.readouterr().err
    assert_one_error_line(
        err,
        "error: GitHub answered 503 for /graphql (4 tries); GitHub or the network is "
        "having trouble",
    )
    assert TOKEN not in err
    assert (tmp_path / "snapshot.json").read_bytes() == previous_snapshot


@pytest.mark.parametrize(
    "fault",
    [requests.exceptions.ConnectTimeout, requests.exceptions.ReadTimeout],
    ids=["connect-timeout", "read-timeout"],
)
def test_timeouts_on_every_try_stop_with_exit_1(
    tmp_path, cli_env, previous_snapshot, capsys, fault
) -> None:
    capsys.readouterr()
    with responses.RequestsMock() as rsps:
        rsps.get(f"{API}/users/{LOGIN}", body=fault("timed out"))
        assert cli.main(["fetch", LOGIN]) == 1
        assert len(rsps.calls) == client_module.MAX_ATTEMPTS
    assert_one_error_line(
        capsys.readouterr().err,
        f"error: the request to /users/{LOGIN} timed out (4 tries); GitHub or the network is "
        "having trouble",
    )
    assert (tmp_path / "snapshot.json").read_bytes() == previous_snapshot


def test_a_read_timeout_on_one_tree_is_retried_and_the_fetch_completes(tmp_path) -> None:
    fake = FakeGitHub(LOGIN, many_repos(2))
    original = fake._api
    faults = {"left": 2}

    def flaky(request):
        if "/project-01/git/trees/" in request.url and faults["left"]:
            faults["left"] -= 1
            fake.calls.append((request.method, request.url, dict(request.headers)))
            raise requests.exceptions.ReadTimeout("read timed out")
        return original(request)

    fake._api = flaky
    clock = FakeClock()
    snapshot, stats, calls = run(fake, tmp_path / "cache", token="", clock=clock)
    tree_calls = [p for p in paths(calls) if p.endswith("/project-01/git/trees/main")]
    assert len(tree_calls) == 3 and clock.sleeps == [1.0, 2.0]
    assert stats.retries == 2
    assert snapshot.repo("project-01").readme is not None


def test_a_json_answer_cut_short_is_a_clear_error_and_is_not_cached(
    tmp_path, cli_env, previous_snapshot, capsys
) -> None:
    body = json.dumps(user_json(LOGIN))
    capsys.readouterr()
    with responses.RequestsMock() as rsps:
        rsps.get(
            f"{API}/users/{LOGIN}",
            body=body[: len(body) // 2],
            content_type="application/json; charset=utf-8",
            headers={"ETag": 'W/"cut"', **rate_headers()},
        )
        assert cli.main(["fetch", LOGIN, "--refresh"]) == 1
        assert len(rsps.calls) == 1
    err = capsys.readouterr().err
    assert_one_error_line(
        err,
        f"error: GitHub sent a broken answer for /users/{LOGIN}: it is not valid JSON (often "
        "a connection cut short)",
    )
    assert (tmp_path / "snapshot.json").read_bytes() == previous_snapshot

    # The next run must not revalidate the broken body (a 304 would serve it forever).
    fake = FakeGitHub(LOGIN, many_repos(2))
    with responses.RequestsMock(assert_all_requests_are_fired=False) as rsps:
        fake.install(rsps)
        assert cli.main(["fetch", LOGIN, "--max-wait", "0"]) == 0
    assert fake.calls[0][2].get("If-None-Match") != 'W/"cut"'


@pytest.mark.parametrize(
    "endpoint",
    ["repos-page-2", "graphql"],
)
def test_answers_cut_short_elsewhere_name_their_endpoint(tmp_path, endpoint) -> None:
    fake = FakeGitHub(LOGIN, many_repos(3))
    original = fake._api

    def cut(request):
        status, headers, text = original(request)
        url = urlsplit(request.url)
        hit = (endpoint == "graphql" and url.path == "/graphql") or (
            endpoint == "repos-page-2" and parse_qs(url.query).get("page") == ["2"]
        )
        if hit:
            text = (text if isinstance(text, str) else text.decode())[:40]
        return status, headers, text

    fake._api = cut
    if endpoint == "repos-page-2":
        fake.repos.update({f"extra-{i:03}": FakeRepo(f"extra-{i:03}") for i in range(100)})
        fake.order += [f"extra-{i:03}" for i in range(100)]
    with pytest.raises(FetchError) as err:
        run(fake, tmp_path / "cache")
    shown = "/graphql" if endpoint == "graphql" else f"/users/{LOGIN}/repos?type=owner"
    assert f"GitHub sent a broken answer for {shown}" in err.value.message
    assert not isinstance(err.value, ServerTroubleError)


@responses.activate
def test_a_user_answer_without_a_login_is_an_error_not_a_traceback(tmp_path) -> None:
    responses.get(f"{API}/users/{LOGIN}", json={"message": "OK"})
    with pytest.raises(FetchError, match=f"answer for /users/{LOGIN} is not a user"):
        fetch_snapshot(LOGIN, client=client_for(tmp_path / "cache"))


# --- redirects: renamed users and repositories --------------------------------------------


@responses.activate
def test_a_renamed_user_is_followed_to_the_new_login(tmp_path) -> None:
    # GitHub answers a renamed login with a 301 to the user's numeric address.
    moved = {
        "message": "Moved Permanently",
        "url": f"https://api.github.com/user/{USER_ID}",
        "documentation_url": "https://docs.github.com/v3/#http-redirects",
    }
    responses.get(
        f"{API}/users/old-login",
        status=301,
        json=moved,
        headers={"Location": f"https://api.github.com/user/{USER_ID}", **rate_headers(4999)},
    )
    responses.get(
        f"https://api.github.com/user/{USER_ID}",
        json=user_json("new-login"),
        headers=rate_headers(4998),
    )
    responses.get(f"{API}/users/new-login/social_accounts", json=[])
    responses.get(f"{API}/users/new-login/repos", json=[])
    responses.post(
        f"{API}/graphql",
        json={"data": {"rateLimit": graphql_rate(), "user": {"pinnedItems": {"nodes": []}}}},
    )
    client = client_for(tmp_path / "cache")
    snapshot, stats = fetch_snapshot("old-login", client=client)

    assert snapshot.user.login == "new-login"
    sent = [call.request for call in responses.calls]
    assert [urlsplit(r.url).path for r in sent] == [
        "/users/old-login",
        f"/user/{USER_ID}",  # public: a user by id, not the token's own /user
        "/users/new-login/social_accounts",
        "/users/new-login/repos",
        "/graphql",
    ]
    assert parse_qs(urlsplit(sent[3].url).query) == {"type": ["owner"], "per_page": ["100"]}
    assert sent[1].headers["Authorization"] == f"token {TOKEN}"  # same host: still ours
    assert (stats.requests, stats.cost) == (5, 5)  # the 301 is a request GitHub counts


@responses.activate
def test_a_renamed_repository_keeps_the_query_across_the_redirect(tmp_path) -> None:
    responses.get(f"{API}/users/{LOGIN}", json=user_json(LOGIN))
    responses.get(f"{API}/users/{LOGIN}/social_accounts", json=[])
    responses.get(f"{API}/users/{LOGIN}/repos", json=[repo_json(LOGIN, "old-name", repo_id=42)])
    location = "https://api.github.com/repositories/42/git/trees/main?recursive=1"
    responses.get(
        f"{API}/repos/{LOGIN}/old-name/git/trees/main",
        status=301,
        json={"message": "Moved Permanently", "url": location},
        headers={"Location": location},
    )
    files = {"README.md": b"# new name\n", "LICENSE": b"MIT", "src/deep/module.py": b""}
    responses.get(
        "https://api.github.com/repositories/42/git/trees/main",
        match=[responses.matchers.query_param_matcher({"recursive": "1"})],
        json=tree_json(LOGIN, "new-name", files),
    )
    responses.get(f"{RAW}/{LOGIN}/old-name/main/README.md", body=b"# new name\n")
    snapshot, stats = fetch_snapshot(LOGIN, client=client_for(tmp_path / "cache", token=""))

    repo = snapshot.repo("old-name")
    assert [e.path for e in repo.files] == ["LICENSE", "README.md", "src"]
    assert repo.readme.text == "# new name\n"
    followed = responses.calls[4].request.url
    assert followed == location  # PyGithub alone would have dropped ?recursive=1
    assert stats.requests == 6


@responses.activate
def test_a_redirect_to_another_host_never_carries_the_token(tmp_path) -> None:
    location = "https://codeload.github.com/octo-ml/a/legacy.tar.gz/refs/heads/main"
    responses.get(f"{API}/repos/{LOGIN}/a/tarball", status=302, headers={"Location": location})
    responses.get(location, status=404, body="")
    with pytest.raises(FetchError):
        client_for(tmp_path / "cache").get("https://api.github.com/repos/octo-ml/a/tarball")
    first, second = (call.request for call in responses.calls)
    assert first.headers["Authorization"] == f"token {TOKEN}"
    assert "Authorization" not in second.headers


@responses.activate
def test_a_redirect_loop_stops_with_a_clear_error(tmp_path) -> None:
    for name in ("a", "b"):
        other = "b" if name == "a" else "a"
        responses.get(
            f"{API}/users/{name}",
            status=301,
            headers={"Location": f"https://api.github.com:443/users/{other}"},
        )
    with pytest.raises(FetchError) as err:
        client_for(tmp_path / "cache").get("https://api.github.com/users/a")
    assert err.value.message == "the request to /users/a failed: more than 5 redirects"
    assert len(responses.calls) == 1 + client_module.MAX_REDIRECTS


# --- repositories blocked for legal reasons (451) or by GitHub (403) -----------------------

BLOCKED_451 = {
    "message": "Repository access blocked",
    "block": {
        "reason": "dmca",
        "created_at": "2026-05-01T12:00:00Z",
        "html_url": "https://github.com/github/dmca/blob/master/2026/05/2026-05-01-acme.md",
    },
}
BLOCKED_403 = {
    "message": "Repository access blocked",
    "block": {"reason": "tos", "created_at": "2026-04-01T12:00:00Z"},
}


def test_without_a_token_blocked_repositories_are_unknown_and_the_rest_is_fetched(
    tmp_path,
) -> None:
    fake = FakeGitHub(LOGIN, many_repos(3))
    original = fake._api

    def blocked(request):
        for name, status, body in (
            ("project-00", 451, BLOCKED_451),
            ("project-02", 403, BLOCKED_403),
        ):
            if f"/repos/{LOGIN}/{name}/" in request.url:
                fake.calls.append((request.method, request.url, dict(request.headers)))
                headers = {"Content-Type": "application/json", **rate_headers(55, limit=60)}
                return status, headers, json.dumps(body)
        return original(request)

    fake._api = blocked
    snapshot, _stats, calls = run(fake, tmp_path / "cache", token="")
    for name in ("project-00", "project-02"):
        assert snapshot.repo(name).unknown == (
            "is_empty",
            "files",
            "readme",
            "languages",
            "latest_release",
        )
        assert snapshot.repo(name).description  # what the list said is kept
    assert snapshot.repo("project-01").readme.text.startswith("# p1")
    # One tree request each, no retry, and no README asked for the blocked ones.
    assert paths(calls)[3:] == [
        f"/repos/{LOGIN}/project-00/git/trees/main",
        f"/repos/{LOGIN}/project-01/git/trees/main",
        f"/{LOGIN}/project-01/main/README.md",
        f"/repos/{LOGIN}/project-02/git/trees/main",
    ]


def test_with_a_token_blocked_repositories_are_unknown_and_the_rest_is_fetched(tmp_path) -> None:
    repos = many_repos(3)
    repos[2].files["README.md"] = "# Café\n".encode("latin-1")  # needs the REST fallback
    fake = FakeGitHub(LOGIN, repos)
    original = fake._api

    def blocked(request):
        if request.method == "POST" and "...Details" in json.loads(request.body)["query"]:
            status, headers, text = original(request)
            payload = json.loads(text)
            payload["data"]["r0"] = None
            payload["errors"] = [
                {
                    "type": "FORBIDDEN",
                    "path": ["r0"],
                    "locations": [{"line": 4, "column": 3}],
                    "message": "Repository access blocked",
                }
            ]
            return status, headers, json.dumps(payload)
        if f"/repos/{LOGIN}/project-02/contents/" in request.url:
            fake.calls.append((request.method, request.url, dict(request.headers)))
            return 451, {"Content-Type": "application/json"}, json.dumps(BLOCKED_451)
        return original(request)

    fake._api = blocked
    snapshot, _stats, calls = run(fake, tmp_path / "cache")
    assert snapshot.repo("project-00").unknown == DETAIL_FIELDS  # all of them, in order
    assert snapshot.repo("project-01").unknown == () and snapshot.repo("project-01").readme
    assert snapshot.repo("project-02").unknown == ("readme",)
    # Details, then the README GraphQL could not show as text, then its bytes, refused.
    assert paths(calls)[3:] == [
        "/graphql",
        "/graphql",
        f"/repos/{LOGIN}/project-02/contents/README.md",
    ]


# --- README charsets from raw.githubusercontent.com ---------------------------------------


@pytest.mark.parametrize(
    ("content", "content_type", "expected"),
    [
        ("# Café\n".encode("latin-1"), "text/plain; charset=iso-8859-1", "# Café\n"),
        ("# Café\n".encode("latin-1"), "text/plain", "# Caf\ufffd\n"),
        ("# Café\n".encode(), "text/plain", "# Café\n"),
        ("# Café\n".encode(), "text/plain; charset=utf-8", "# Café\n"),
        ("# Café\n".encode(), "text/plain; charset=no-such-charset", "# Café\n"),
        ("# Café\n".encode("cp1252"), 'text/plain; charset="windows-1252"', "# Café\n"),
    ],
    ids=["latin1-declared", "latin1-undeclared", "utf8-undeclared", "utf8", "unknown", "quoted"],
)
def test_raw_readmes_are_utf8_unless_a_charset_says_otherwise(
    tmp_path, content, content_type, expected
) -> None:
    responses_mock = responses.RequestsMock()
    with responses_mock as rsps:
        rsps.get(f"{RAW}/{LOGIN}/a/main/README.md", body=content, content_type=content_type)
        client = client_for(tmp_path / "cache", token="")
        answer = client.get(
            f"https://raw.githubusercontent.com/{LOGIN}/a/main/README.md", accept="text/plain"
        )
    assert answer.text == expected


def test_decode_body_without_a_content_type_is_utf8() -> None:
    assert decode_body("naïve".encode(), None) == "naïve"
    assert decode_body(b"\xff", "application/json") == "\ufffd"


def test_a_latin1_readme_without_a_charset_reaches_the_snapshot_without_mojibake(
    tmp_path,
) -> None:
    # raw.githubusercontent.com's real answers name charset=utf-8; this one names none, so
    # requests on its own would take ISO-8859-1 and turn a UTF-8 "é" into "Ã©".
    fake = FakeGitHub(
        LOGIN,
        [
            FakeRepo("legacy", files={"README.md": "# Café latin\n".encode("latin-1")}),
            FakeRepo("modern", files={"README.md": "# Café utf8\n".encode()}),
        ],
    )
    original = fake._raw

    def no_charset(request):
        status, headers, body = original(request)
        return status, {**headers, "Content-Type": "text/plain"}, body

    fake._raw = no_charset
    snapshot, _stats, _calls = run(fake, tmp_path / "cache", token="")
    assert snapshot.repo("legacy").readme.text == "# Caf\ufffd latin\n"
    assert snapshot.repo("modern").readme.text == "# Café utf8\n"


@pytest.mark.parametrize("target", ["/user", "/user/repos?type=all"])
@responses.activate
def test_a_redirect_to_the_token_owners_own_account_is_refused(tmp_path, target) -> None:
    responses.get(
        f"{API}/users/{LOGIN}/repos",
        status=301,
        headers={"Location": f"https://api.github.com{target}"},
    )
    with pytest.raises(FetchError) as err:
        client_for(tmp_path / "cache").get("https://api.github.com/users/octo-ml/repos")
    path = target.split("?")[0]
    assert err.value.message == (
        f"the request to /users/{LOGIN}/repos failed: GitHub redirected to {path}, the token "
        "owner's own account; only public addresses are read"
    )
    assert len(responses.calls) == 1  # never requested
