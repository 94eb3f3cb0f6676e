"""GitHub answers that make a fetch stop: the exact message for each one no other test produced.

Each case is a mocked answer shaped like GitHub's, but broken the way a proxy, an outage or a
changed API would break it; the message must say what arrived and where.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import responses
from payloads import API, RESET, FakeGitHub, FakeRepo, rate_headers, standard_files

from portfolio.errors import FetchError
from portfolio.github.cache import HttpCache
from portfolio.github.client import MAX_ATTEMPTS, GitHubClient
from portfolio.github.fetch import fetch_snapshot

TOKEN = "ghp_TESTtokenNOTrealAAAAAAAAAAAAAAAAAAAAX"
LOGIN = "octo-ml"


class FakeClock:
    """Time moves only when the client sleeps, so rate-limit waits are instant."""

    def __init__(self) -> None:
        self.now = float(RESET - 30)

    def time(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


def client(tmp_path: Path, token: str | None = TOKEN) -> GitHubClient:
    clock = FakeClock()
    return GitHubClient(
        token=token,
        cache=HttpCache(tmp_path / "cache"),
        sleep=clock.sleep,
        clock=clock.time,
        max_wait=60,
    )


def fetch_error(tmp_path: Path, fake: FakeGitHub, token: str | None = None) -> FetchError:
    with responses.RequestsMock(assert_all_requests_are_fired=False) as rsps:
        fake.install(rsps)
        with pytest.raises(FetchError) as info:
            fetch_snapshot(LOGIN, client=client(tmp_path, token))
    return info.value


@responses.activate
def test_a_list_endpoint_that_answers_an_object(tmp_path: Path) -> None:
    url = f"https://api.github.com/users/{LOGIN}/repos"
    responses.get(f"{API}/users/{LOGIN}/repos", json={"message": "Moved"}, headers=rate_headers())
    with pytest.raises(FetchError) as info:
        list(client(tmp_path).paginate(url))
    assert info.value.message == f"GitHub sent something other than a list for {url}"


def test_graphql_without_a_token(tmp_path: Path) -> None:
    with pytest.raises(FetchError) as info:
        client(tmp_path, token=None).graphql("query { viewer { login } }")
    assert info.value.message == "GitHub's GraphQL API needs a token (GITHUB_TOKEN or GH_TOKEN)"


@responses.activate
def test_graphql_answer_that_is_not_an_object(tmp_path: Path) -> None:
    responses.post(f"{API}/graphql", json=["not", "an", "object"], headers=rate_headers())
    with pytest.raises(FetchError) as info:
        client(tmp_path).graphql("query { viewer { login } }")
    assert info.value.message == "GitHub's GraphQL API sent an answer that is not an object"


@responses.activate
def test_an_address_outside_github_is_never_requested(tmp_path: Path) -> None:
    with pytest.raises(FetchError) as info:
        client(tmp_path).get_json("https://evil.example/users/octo-ml")
    assert info.value.message == (
        "https://evil.example/users/octo-ml is not a GitHub address; it was not requested"
    )
    assert len(responses.calls) == 0


@responses.activate
def test_a_rate_limit_that_never_lifts(tmp_path: Path) -> None:
    url = f"{API}/users/{LOGIN}"
    body = {"message": "API rate limit exceeded for user ID 1.", "status": "403"}
    responses.get(url, status=403, json=body, headers=rate_headers(0))
    with pytest.raises(FetchError) as info:
        client(tmp_path).get_json(f"https://api.github.com/users/{LOGIN}")
    assert info.value.message == (
        f"GitHub still refuses /users/{LOGIN} for its rate limit after {MAX_ATTEMPTS} waits"
    )
    assert info.value.hint == "Wait a few minutes, then run the same command again."
    assert len(responses.calls) == MAX_ATTEMPTS + 1  # the first try, then one after each wait


class NamelessRepos(FakeGitHub):
    def repo_list_item(self, repo, index):
        item = super().repo_list_item(repo, index)
        del item["name"]
        return item


def test_a_repository_list_entry_without_a_name(tmp_path: Path) -> None:
    fake = NamelessRepos(LOGIN, [FakeRepo("tabcheck", files=standard_files("tabcheck"))])
    error = fetch_error(tmp_path, fake)
    assert error.message == (
        f"GitHub's list of repositories for {LOGIN} has an entry without a name or owner"
    )


class TreeAsList(FakeGitHub):
    def _api(self, request):
        if "/git/trees/" in request.url:
            self.calls.append((request.method, request.url, dict(request.headers)))
            return self._answer(request, 200, [{"path": "README.md"}])
        return super()._api(request)


def test_a_file_tree_that_is_not_a_tree(tmp_path: Path) -> None:
    # Without a token the files come from the REST tree endpoint.
    fake = TreeAsList(LOGIN, [FakeRepo("tabcheck", files=standard_files("tabcheck"))])
    error = fetch_error(tmp_path, fake)
    assert error.message == f"GitHub's answer for the files of {LOGIN}/tabcheck is not a tree"
