"""The HTTP policy: conditional cache, pagination, rate limits, retries, cost counting, no leaks."""

from __future__ import annotations

import json
import os
import time
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
import responses
from payloads import API, RAW, RESET, graphql_rate, rate_headers, user_json

from portfolio.errors import FetchError
from portfolio.github.cache import CacheEntry, HttpCache, default_cache_dir
from portfolio.github.client import (
    BadTokenError,
    GitHubClient,
    RateLimitError,
    token_from_env,
)

TOKEN = "ghp_TESTtokenNOTrealAAAAAAAAAAAAAAAAAAAAX"
USER_URL = "https://api.github.com/users/octo-ml"


class FakeClock:
    """A clock that only moves when the client sleeps, so waits are instant and checkable."""

    def __init__(self, now: float = RESET - 30) -> None:
        self.now = now
        self.sleeps: list[float] = []

    def time(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def query_of(url: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(url).query)


def make_client(tmp_path: Path, clock: FakeClock, **kwargs) -> GitHubClient:
    kwargs.setdefault("token", TOKEN)
    kwargs.setdefault("max_wait", 60)
    return GitHubClient(
        cache=HttpCache(tmp_path / "cache"), sleep=clock.sleep, clock=clock.time, **kwargs
    )


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@responses.activate
def test_304_reuses_the_cached_body_and_sends_validators(tmp_path, clock) -> None:
    headers = {
        "ETag": 'W/"5ad1d5d2"',
        "Last-Modified": "Tue, 01 Sep 2026 10:00:00 GMT",
        **rate_headers(4999),
    }
    responses.get(f"{API}/users/octo-ml", json=user_json(), headers=headers)
    responses.get(f"{API}/users/octo-ml", status=304, headers={"ETag": 'W/"5ad1d5d2"'})

    first = make_client(tmp_path, clock)
    assert first.get_json(USER_URL)["login"] == "octo-ml"
    second = make_client(tmp_path, clock)  # a new run: the cache is on disk
    assert second.get_json(USER_URL)["name"] == "Octo ML"

    assert len(responses.calls) == 2
    assert "If-None-Match" not in responses.calls[0].request.headers
    sent = responses.calls[1].request.headers
    assert sent["If-None-Match"] == 'W/"5ad1d5d2"'
    assert sent["If-Modified-Since"] == "Tue, 01 Sep 2026 10:00:00 GMT"
    assert (first.stats.requests, first.stats.cost, first.stats.not_modified) == (1, 1, 0)
    assert (second.stats.requests, second.stats.cost, second.stats.not_modified) == (1, 0, 1)


@responses.activate
def test_without_a_token_a_304_still_costs_a_request(tmp_path, clock) -> None:
    responses.get(f"{API}/users/octo-ml", json=user_json(), headers={"ETag": '"a"'})
    responses.get(f"{API}/users/octo-ml", status=304)
    make_client(tmp_path, clock, token="").get(USER_URL)
    again = make_client(tmp_path, clock, token="")
    again.get(USER_URL)
    # GitHub only waives a 304 for requests "correctly authorized with an Authorization header".
    assert (again.stats.not_modified, again.stats.cost) == (1, 1)
    assert "Authorization" not in responses.calls[1].request.headers


@responses.activate
def test_cache_is_separate_for_anonymous_and_authenticated(tmp_path, clock) -> None:
    responses.get(f"{API}/users/octo-ml", json=user_json(), headers={"ETag": '"a"'})
    responses.get(f"{API}/users/octo-ml", json=user_json(), headers={"ETag": '"a"'})
    make_client(tmp_path, clock, token="").get(USER_URL)
    make_client(tmp_path, clock).get(USER_URL)
    assert "If-None-Match" not in responses.calls[1].request.headers
    assert responses.calls[1].request.headers["Authorization"] == f"token {TOKEN}"


@responses.activate
def test_refresh_ignores_the_cache(tmp_path, clock) -> None:
    responses.get(f"{API}/users/octo-ml", json=user_json(), headers={"ETag": '"a"'})
    responses.get(f"{API}/users/octo-ml", json=user_json(name="New"), headers={"ETag": '"b"'})
    make_client(tmp_path, clock).get(USER_URL)
    assert make_client(tmp_path, clock, refresh=True).get_json(USER_URL)["name"] == "New"
    assert "If-None-Match" not in responses.calls[1].request.headers


@responses.activate
def test_fresh_key_answers_from_the_cache_without_a_request(tmp_path, clock) -> None:
    url = "https://api.github.com/repos/octo-ml/a/git/trees/main"
    responses.get(f"{API}/repos/octo-ml/a/git/trees/main", json={"tree": []})
    make_client(tmp_path, clock, token="").get(url, fresh_key="2026-09-01T09:59:00Z")
    again = make_client(tmp_path, clock, token="")
    assert again.get_json(url, fresh_key="2026-09-01T09:59:00Z") == {"tree": []}
    assert len(responses.calls) == 1
    assert (again.stats.requests, again.stats.reused, again.stats.cost) == (0, 1, 0)


@responses.activate
def test_pagination_follows_link_headers(tmp_path, clock) -> None:
    base = "https://api.github.com/users/octo-ml/repos?type=owner&per_page=2"
    responses.get(
        f"{API}/users/octo-ml/repos",
        match=[responses.matchers.query_param_matcher({"type": "owner", "per_page": "2"})],
        json=[{"name": "a"}, {"name": "b"}],
        headers={"Link": f'<{base}&page=2>; rel="next", <{base}&page=2>; rel="last"'},
    )
    responses.get(
        f"{API}/users/octo-ml/repos",
        match=[
            responses.matchers.query_param_matcher({"type": "owner", "per_page": "2", "page": "2"})
        ],
        json=[{"name": "c"}],
        headers={"Link": f'<{base}&page=1>; rel="prev", <{base}&page=1>; rel="first"'},
    )
    client = make_client(tmp_path, clock)
    items = client.paginate(f"{USER_URL}/repos", {"type": "owner", "per_page": 2})
    assert [i["name"] for i in items] == ["a", "b", "c"]
    assert [query_of(c.request.url) for c in responses.calls] == [
        {"type": ["owner"], "per_page": ["2"]},
        {"type": ["owner"], "per_page": ["2"], "page": ["2"]},
    ]


@responses.activate
def test_pagination_survives_a_304_on_the_first_page(tmp_path, clock) -> None:
    base = "https://api.github.com/users/octo-ml/repos?per_page=1"
    link = {"Link": f'<{base}&page=2>; rel="next"', "ETag": '"p1"'}
    responses.get(f"{API}/users/octo-ml/repos?per_page=1", json=[{"name": "a"}], headers=link)
    responses.get(f"{API}/users/octo-ml/repos?per_page=1&page=2", json=[{"name": "b"}])
    responses.get(f"{API}/users/octo-ml/repos?per_page=1", status=304)
    responses.get(f"{API}/users/octo-ml/repos?per_page=1&page=2", json=[{"name": "b"}])
    names = [i["name"] for i in make_client(tmp_path, clock).paginate(f"{base}")]
    again = [i["name"] for i in make_client(tmp_path, clock).paginate(f"{base}")]
    assert names == again == ["a", "b"]


@responses.activate
def test_primary_rate_limit_is_waited_out_within_max_wait(tmp_path, clock) -> None:
    body = {"message": "API rate limit exceeded for user ID 583231.", "status": "403"}
    responses.get(f"{API}/users/octo-ml", status=403, json=body, headers=rate_headers(0))
    responses.get(f"{API}/users/octo-ml", json=user_json(), headers=rate_headers(4999))
    client = make_client(tmp_path, clock)
    assert client.get_json(USER_URL)["login"] == "octo-ml"
    assert clock.sleeps == [31.0]  # until X-RateLimit-Reset (30 s away) plus one second
    assert client.stats.requests == 2
    assert client.stats.rate_remaining == 4999


@responses.activate
def test_primary_rate_limit_past_max_wait_says_when_it_resets(tmp_path) -> None:
    clock = FakeClock(now=RESET - 1800)
    body = {"message": "API rate limit exceeded for 203.0.113.9.", "status": "403"}
    responses.get(f"{API}/users/octo-ml", status=403, json=body, headers=rate_headers(0, limit=60))
    client = make_client(tmp_path, clock, token="")
    with pytest.raises(RateLimitError) as err:
        client.get(USER_URL)
    utc = datetime.fromtimestamp(RESET, UTC).strftime("%H:%M")
    assert "requests without a token (60 an hour) is used up" in err.value.message
    assert f"({utc} UTC), in 30 minutes" in err.value.message
    assert "local time" in err.value.message
    assert err.value.reset_at == RESET
    assert clock.sleeps == []
    assert "GITHUB_TOKEN" in (err.value.hint or "")


@responses.activate
def test_429_with_retry_after_waits_that_long(tmp_path, clock) -> None:
    responses.get(f"{API}/users/octo-ml", status=429, headers={"Retry-After": "7"})
    responses.get(f"{API}/users/octo-ml", json=user_json())
    make_client(tmp_path, clock).get(USER_URL)
    assert clock.sleeps == [7.0]


@responses.activate
def test_429_without_retry_after_waits_a_minute(tmp_path, clock) -> None:
    responses.get(f"{API}/users/octo-ml", status=429, json={"message": "Too Many Requests"})
    responses.get(f"{API}/users/octo-ml", json=user_json())
    make_client(tmp_path, clock).get(USER_URL)
    assert clock.sleeps == [60.0]


@responses.activate
def test_secondary_rate_limit_backs_off_exponentially_then_gives_up(tmp_path, clock) -> None:
    body = {
        "message": "You have exceeded a secondary rate limit. Please wait a few minutes "
        "before you try again. If you reach out to GitHub Support for help, please include "
        "the request ID 0C3A:1B2C:3D4E.",
        "documentation_url": "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api",
    }
    for _ in range(3):
        responses.get(f"{API}/users/octo-ml", status=403, json=body, headers=rate_headers(4000))
    client = make_client(tmp_path, clock, max_wait=150)
    with pytest.raises(RateLimitError, match="secondary rate limit"):
        client.get(USER_URL)
    assert clock.sleeps == [60.0, 120.0]  # the third wait (240 s) is past --max-wait
    assert client.stats.requests == 3


@responses.activate
def test_502_then_success_is_retried_with_backoff(tmp_path, clock) -> None:
    responses.get(f"{API}/users/octo-ml", status=502, body="<html>Bad Gateway</html>")
    responses.get(f"{API}/users/octo-ml", status=503, body="")
    responses.get(f"{API}/users/octo-ml", json=user_json())
    client = make_client(tmp_path, clock)
    assert client.get_json(USER_URL)["login"] == "octo-ml"
    assert clock.sleeps == [1.0, 2.0]
    assert (client.stats.requests, client.stats.retries) == (3, 2)


@responses.activate
def test_5xx_gives_up_after_bounded_attempts(tmp_path, clock) -> None:
    for _ in range(4):
        responses.get(f"{API}/users/octo-ml", status=500, json={"message": "Server Error"})
    with pytest.raises(FetchError, match=r"GitHub answered 500 for /users/octo-ml \(4 tries\)"):
        make_client(tmp_path, clock).get(USER_URL)
    assert clock.sleeps == [1.0, 2.0, 4.0]


@responses.activate
def test_timeout_then_success(tmp_path, clock) -> None:
    responses.get(f"{API}/users/octo-ml", body=requests.exceptions.ReadTimeout("read timed out"))
    responses.get(f"{API}/users/octo-ml", body=requests.exceptions.ConnectionError("reset"))
    responses.get(f"{API}/users/octo-ml", json=user_json())
    client = make_client(tmp_path, clock)
    assert client.get_json(USER_URL)["login"] == "octo-ml"
    assert clock.sleeps == [1.0, 2.0]
    assert client.stats.requests == 3


@responses.activate
def test_backoff_never_waits_past_max_wait(tmp_path, clock) -> None:
    responses.get(f"{API}/users/octo-ml", status=502)
    responses.get(f"{API}/users/octo-ml", status=502)
    with pytest.raises(FetchError, match="2 tries"):
        make_client(tmp_path, clock, max_wait=1).get(USER_URL)
    assert clock.sleeps == [1.0]


@responses.activate
def test_401_names_the_variable_never_the_token(tmp_path, clock) -> None:
    responses.get(
        f"{API}/users/octo-ml",
        status=401,
        json={"message": "Bad credentials", "documentation_url": "https://docs.github.com/rest"},
    )
    with pytest.raises(BadTokenError) as err:
        make_client(tmp_path, clock, token_source="GH_TOKEN").get(USER_URL)
    assert err.value.message == "GitHub rejected the token in GH_TOKEN (401 Bad credentials)"
    assert err.value.exit_code == 2
    assert TOKEN not in f"{err.value.message} {err.value.hint}"


@responses.activate
def test_library_errors_that_quote_headers_are_scrubbed(tmp_path, clock) -> None:
    responses.get(
        f"{API}/users/octo-ml",
        body=requests.exceptions.InvalidHeader(f"Invalid header value 'token {TOKEN}\\n'"),
    )
    with pytest.raises(FetchError) as err:
        make_client(tmp_path, clock).get(USER_URL)
    assert TOKEN not in str(err.value)
    assert "***" in str(err.value)


@responses.activate
def test_cache_files_never_hold_the_token(tmp_path, clock) -> None:
    responses.get(
        f"{API}/users/octo-ml", json=user_json(), headers={"ETag": '"a"', **rate_headers()}
    )
    make_client(tmp_path, clock).get(USER_URL)
    files = list((tmp_path / "cache").rglob("*.json"))
    assert len(files) == 1
    text = files[0].read_text()
    assert TOKEN not in text
    assert json.loads(text)["authenticated"] is True


@responses.activate
def test_raw_readmes_cost_nothing_and_graphql_costs_its_own_cost(tmp_path, clock) -> None:
    responses.get(f"{RAW}/octo-ml/a/main/README.md", body=b"# a\n")
    responses.post(f"{API}/graphql", json={"data": {"rateLimit": graphql_rate(cost=3)}})
    client = make_client(tmp_path, clock)
    client.get("https://raw.githubusercontent.com/octo-ml/a/main/README.md", accept="text/plain")
    result = client.graphql("query { rateLimit { cost remaining resetAt } }")
    assert result.errors == []
    assert (client.stats.requests, client.stats.cost) == (2, 3)
    assert client.stats.graphql_remaining == 4990
    assert "X-GitHub-Api-Version" not in responses.calls[0].request.headers


@responses.activate
def test_graphql_rate_limited_answer_waits_for_reset(tmp_path, clock) -> None:
    limited = {
        "errors": [
            {"type": "RATE_LIMITED", "message": "API rate limit exceeded for user ID 583231."}
        ]
    }
    responses.post(
        f"{API}/graphql",
        json=limited,
        headers={**rate_headers(0), "X-RateLimit-Resource": "graphql"},
    )
    responses.post(f"{API}/graphql", json={"data": {"rateLimit": graphql_rate()}})
    client = make_client(tmp_path, clock)
    client.graphql("query { rateLimit { cost remaining resetAt } }")
    assert clock.sleeps == [31.0]


def test_token_comes_from_github_token_then_gh_token() -> None:
    assert token_from_env({"GITHUB_TOKEN": " abc ", "GH_TOKEN": "def"}) == ("abc", "GITHUB_TOKEN")
    assert token_from_env({"GITHUB_TOKEN": "", "GH_TOKEN": "def"}) == ("def", "GH_TOKEN")
    assert token_from_env({}) == ("", "")


def test_default_cache_dir_follows_the_environment(tmp_path) -> None:
    assert default_cache_dir({"PORTFOLIO_CACHE_DIR": str(tmp_path)}) == tmp_path
    assert default_cache_dir({"XDG_CACHE_HOME": str(tmp_path)}) == (
        tmp_path / "portfolio-kit" / "http"
    )
    assert default_cache_dir({}).parts[-3:] == (".cache", "portfolio-kit", "http")


@responses.activate
def test_unwritable_cache_is_a_warning_not_a_failure(tmp_path, clock) -> None:
    (tmp_path / "cache").write_text("a file where the folder should be")
    responses.get(f"{API}/users/octo-ml", json=user_json(), headers={"ETag": '"a"'})
    client = make_client(tmp_path, clock)
    assert client.get_json(USER_URL)["login"] == "octo-ml"
    assert len(client.stats.warnings) == 1
    assert "could not write the cache" in client.stats.warnings[0]


def _entry_file(cache: HttpCache, url: str, age_days: float, now: float) -> Path:
    path = cache._path(url, True)
    os.utime(path, (now - age_days * 86400, now - age_days * 86400))
    return path


def test_prune_deletes_entries_unused_for_a_month_and_nothing_else(tmp_path) -> None:
    now = time.time()  # ``load`` marks an entry used at the real time
    cache = HttpCache(tmp_path / "cache")
    for name in ("old", "recent", "read-lately"):
        cache.store(CacheEntry(url=f"{API}/{name}", authenticated=True, status=200, body="{}"))
    old = _entry_file(cache, f"{API}/old", 31, now)
    recent = _entry_file(cache, f"{API}/recent", 29, now)
    read_lately = _entry_file(cache, f"{API}/read-lately", 90, now)
    assert cache.load(f"{API}/read-lately", authenticated=True) is not None  # marks it used
    stray_tmp = old.parent / f".{old.name}.abc123.tmp"
    stray_tmp.write_text("{")
    os.utime(stray_tmp, (now - 40 * 86400, now - 40 * 86400))
    foreign = tmp_path / "cache" / old.parent.name / "notes.json"
    foreign.write_text("mine")
    os.utime(foreign, (now - 400 * 86400, now - 400 * 86400))

    assert cache.prune(now) == 2
    assert not old.exists() and not stray_tmp.exists()
    assert recent.exists() and read_lately.exists() and foreign.exists()
    # At most once a day: a second call the same day walks nothing.
    os.utime(recent, (now - 60 * 86400, now - 60 * 86400))
    assert cache.prune(now + 3600) == 0 and recent.exists()
    assert cache.prune(now + 86400) == 1 and not recent.exists()


def test_prune_on_a_cache_that_does_not_exist_yet_is_a_no_op(tmp_path) -> None:
    assert HttpCache(tmp_path / "nowhere").prune(1_800_000_000.0) == 0
    assert not (tmp_path / "nowhere").exists()
