"""The fetch against a simulated GitHub: what it asks, how little, and the snapshot it builds."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import responses
from payloads import (
    API,
    RESET,
    FakeGitHub,
    FakeRepo,
    graphql_rate,
    rate_headers,
    repo_json,
    social_json,
    standard_files,
    user_json,
)

from portfolio.errors import FetchError, UsageError
from portfolio.github.cache import HttpCache
from portfolio.github.client import GRAPHQL_URL, BadTokenError, GitHubClient, RateLimitError
from portfolio.github.fetch import (
    DETAIL_FIELDS,
    UnknownUserError,
    describe_missing,
    fetch_and_save,
    fetch_snapshot,
)
from portfolio.snapshot import Snapshot, load_snapshot

TOKEN = "ghp_TESTtokenNOTrealBBBBBBBBBBBBBBBBBBBBX"
LOGIN = "octo-ml"


class FakeClock:
    def __init__(self, now: float = RESET - 30) -> None:
        self.now = now
        self.sleeps: list[float] = []

    def time(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


def client_for(tmp_path: Path, token: str = TOKEN, **kwargs) -> GitHubClient:
    clock = kwargs.pop("clock", FakeClock())
    return GitHubClient(
        token=token,
        cache=HttpCache(tmp_path / "cache"),
        sleep=clock.sleep,
        clock=clock.time,
        **kwargs,
    )


def sample_repos() -> list[FakeRepo]:
    return [
        FakeRepo(
            "retrieval-kit",
            files={
                **standard_files("retrieval-kit"),
                "CITATION.cff": b"cff-version: 1.2.0\n",
                ".github/CODEOWNERS": b"* @octo-ml\n",
            },
            languages={"Python": 52000, "Shell": 800},
            release={
                "tagName": "v1.2.0",
                "name": "Faster index",
                "publishedAt": "2026-08-30T12:00:00Z",
                "url": "https://github.com/octo-ml/retrieval-kit/releases/tag/v1.2.0",
            },
        ),
        FakeRepo(
            "paper-code",
            files={"docs/README.rst": b"Paper code\n==========\n", "train.py": b"print()\n"},
        ),
        FakeRepo("notebooks", files={"analysis.ipynb": b"{}"}),  # no README at all
        FakeRepo("empty-idea", files={}),
        FakeRepo(
            "transformers",
            files=standard_files("transformers"),
            parent="huggingface/transformers",
        ),
        FakeRepo(LOGIN, files={"README.md": b"### Hi there \xf0\x9f\x91\x8b\n"}),
    ]


def run_fetch(tmp_path, fake, token=TOKEN, previous=None, **kwargs):
    with responses.RequestsMock(assert_all_requests_are_fired=False) as rsps:
        fake.install(rsps)
        client = client_for(tmp_path, token=token, **kwargs)
        before = len(fake.calls)
        snapshot, stats = fetch_snapshot(LOGIN, client=client, previous=previous)
    return snapshot, stats, fake.calls[before:]


def paths(calls) -> list[str]:
    return [urlsplit(url).path for _method, url, _headers in calls]


def assert_public_endpoints_only(calls) -> None:
    for _method, url, _headers in calls:
        path = urlsplit(url).path
        assert not path.startswith("/user/") and path != "/user", url


def test_cold_fetch_with_token_batches_everything(tmp_path) -> None:
    fake = FakeGitHub(LOGIN, sample_repos(), pinned=(f"{LOGIN}/retrieval-kit",))
    snapshot, stats, calls = run_fetch(tmp_path, fake)

    # 3 conditional REST requests, one GraphQL batch, one batch for READMEs not at the root.
    assert paths(calls) == [
        f"/users/{LOGIN}",
        f"/users/{LOGIN}/social_accounts",
        f"/users/{LOGIN}/repos",
        "/graphql",
        "/graphql",
    ]
    assert_public_endpoints_only(calls)
    assert all(h["Authorization"] == f"token {TOKEN}" for _m, _u, h in calls)
    assert (stats.requests, stats.cost, stats.not_modified) == (5, 5, 0)
    second_query = fake.graphql_queries[1]["variables"]
    assert second_query == {"o0": LOGIN, "n0": "paper-code", "e0": "HEAD:docs/README.rst"}

    assert snapshot.authenticated and snapshot.unknown == ()
    assert snapshot.pinned == (f"{LOGIN}/retrieval-kit",)
    assert snapshot.user.name == "Octo ML" and snapshot.user.followers == 42
    assert [a.provider for a in snapshot.social_accounts] == ["linkedin", "generic"]
    assert snapshot.profile_readme is not None
    assert snapshot.profile_readme.text == "### Hi there 👋\n"

    kit = snapshot.repo("retrieval-kit")
    assert kit.unknown == ()
    assert kit.languages == {"Python": 52000, "Shell": 800}
    assert kit.latest_release.tag_name == "v1.2.0"
    assert kit.license == "MIT" and kit.topics == ("machine-learning", "python")
    assert kit.readme.path == "README.md" and kit.readme.text.startswith("# retrieval-kit")
    listed = {e.path: e.type for e in kit.files}
    assert listed["CITATION.cff"] == "file" and listed["tests"] == "dir"
    assert listed[".github/workflows/ci.yml"] == "file"
    assert listed[".github/CODEOWNERS"] == "file"
    assert "tests/test_basic.py" not in listed  # only the folders the checks look at
    assert not kit.files_complete

    paper = snapshot.repo("paper-code")
    assert (paper.readme.path, paper.readme.format) == ("docs/README.rst", "rst")
    assert snapshot.repo("notebooks").readme is None
    assert snapshot.repo("notebooks").knows("readme")
    empty = snapshot.repo("empty-idea")
    assert empty.is_empty and empty.files == () and empty.readme is None and empty.unknown == ()
    assert snapshot.repo("transformers").parent == "huggingface/transformers"


@pytest.mark.parametrize("name", ["README.rst", "readme.md"])
def test_common_root_readme_names_come_with_the_details_query(tmp_path, name) -> None:
    files = {name: b"Tool\n====\n", "setup.py": b""}
    fake = FakeGitHub(LOGIN, [FakeRepo("tool", files=files)])
    snapshot, stats, calls = run_fetch(tmp_path, fake)
    assert paths(calls)[3:] == ["/graphql"]  # no second query for the README
    assert "readmeRst: object" in fake.graphql_queries[0]["query"]
    assert snapshot.repo("tool").readme.path == name
    assert snapshot.repo("tool").readme.text == "Tool\n====\n"
    assert stats.cost == 4


def test_snapshot_from_the_mocked_api_round_trips(tmp_path) -> None:
    fake = FakeGitHub(LOGIN, sample_repos())
    snapshot, _stats, _calls = run_fetch(tmp_path, fake)
    assert Snapshot.from_json(snapshot.to_json()) == snapshot
    anonymous, _stats, _calls = run_fetch(tmp_path / "anon", fake, token="")
    assert Snapshot.from_json(anonymous.to_json()) == anonymous


def test_warm_fetch_with_token_within_a_minute_costs_nothing(tmp_path) -> None:
    fake = FakeGitHub(LOGIN, sample_repos(), pinned=(f"{LOGIN}/paper-code",))
    clock = FakeClock()
    cold, cold_stats, _ = run_fetch(tmp_path, fake, clock=clock)
    clock.now += 59
    warm, stats, calls = run_fetch(tmp_path, fake, previous=cold, clock=clock)

    assert paths(calls) == [
        f"/users/{LOGIN}",
        f"/users/{LOGIN}/social_accounts",
        f"/users/{LOGIN}/repos",
    ]
    assert all("If-None-Match" in h for _m, _u, h in calls)
    assert (stats.requests, stats.not_modified, stats.cost) == (3, 3, 0)
    assert stats.reused_repos == len(cold.repos)
    assert warm.repos == cold.repos and warm.pinned == (f"{LOGIN}/paper-code",)
    assert cold_stats.cost == 5


def test_warm_fetch_with_token_asks_for_the_pins_again_after_a_minute(tmp_path) -> None:
    # GitHub gives pins no ETag: once the kept answer is a minute old, one small query (1
    # point) is the only way to know them, and a new pin shows.
    fake = FakeGitHub(LOGIN, sample_repos(), pinned=(f"{LOGIN}/paper-code",))
    clock = FakeClock()
    cold, _stats, _ = run_fetch(tmp_path, fake, clock=clock)
    fake.pinned = (f"{LOGIN}/retrieval-kit", f"{LOGIN}/paper-code")
    clock.now += 60
    warm, stats, calls = run_fetch(tmp_path, fake, previous=cold, clock=clock)

    assert paths(calls)[3:] == ["/graphql"]
    assert "pinnedItems" in fake.graphql_queries[-1]["query"]
    assert "...Details" not in fake.graphql_queries[-1]["query"]
    assert (stats.requests, stats.not_modified, stats.cost) == (4, 3, 1)
    assert warm.pinned == (f"{LOGIN}/retrieval-kit", f"{LOGIN}/paper-code")
    assert warm.repos == cold.repos


def test_pins_ride_along_with_a_changed_repository_at_no_extra_cost(tmp_path) -> None:
    fake = FakeGitHub(LOGIN, sample_repos(), pinned=(f"{LOGIN}/paper-code",))
    clock = FakeClock()
    cold, _stats, _ = run_fetch(tmp_path, fake, clock=clock)
    fake.pinned = ()
    fake.repos["notebooks"].list_fields["pushed_at"] = "2026-11-20T08:00:00Z"
    clock.now += 5
    warm, stats, calls = run_fetch(tmp_path, fake, previous=cold, clock=clock)

    # Within the minute, yet the pins are asked: the details query for the changed
    # repository carries them for nothing, so the snapshot is as current as it can be.
    assert paths(calls)[3:] == ["/graphql"]
    assert "pinnedItems" in fake.graphql_queries[-1]["query"]
    assert "...Details" in fake.graphql_queries[-1]["query"]
    assert stats.cost == 2 and warm.pinned == ()  # the repository list (200) and this query


@pytest.mark.parametrize(
    "body",
    ["not json", '{"checked_at": "soon", "pinned": []}', '{"checked_at": 1, "pinned": "a/b"}'],
)
def test_a_damaged_pins_cache_entry_is_asked_again(tmp_path, body) -> None:
    fake = FakeGitHub(LOGIN, sample_repos(), pinned=(f"{LOGIN}/paper-code",))
    clock = FakeClock()
    cold, _stats, _ = run_fetch(tmp_path, fake, clock=clock)
    client = client_for(tmp_path, clock=clock)
    key = f"{GRAPHQL_URL}#pinned/{LOGIN}"
    assert client.recall(key, fresh_key="pinned") is not None  # the entry being damaged
    client.keep(key, body, fresh_key="pinned")
    warm, stats, calls = run_fetch(tmp_path, fake, previous=cold, clock=clock)
    assert paths(calls)[3:] == ["/graphql"] and stats.cost == 1
    assert warm.pinned == (f"{LOGIN}/paper-code",)


def test_refresh_asks_for_the_pins_even_within_the_minute(tmp_path) -> None:
    fake = FakeGitHub(LOGIN, sample_repos(), pinned=(f"{LOGIN}/paper-code",))
    clock = FakeClock()
    run_fetch(tmp_path, fake, clock=clock)
    fake.pinned = ()
    snapshot, _stats, _calls = run_fetch(tmp_path, fake, clock=clock, refresh=True)
    assert snapshot.pinned == ()


def test_warm_fetch_refetches_only_the_repository_that_changed(tmp_path) -> None:
    fake = FakeGitHub(LOGIN, sample_repos())
    cold, _stats, _calls = run_fetch(tmp_path, fake)
    fake.repos["paper-code"].list_fields["pushed_at"] = "2026-11-20T08:00:00Z"
    fake.repos["paper-code"].files["docs/README.rst"] = b"Paper code, v2\n"
    warm, stats, _calls = run_fetch(tmp_path, fake, previous=cold)
    detail_query = fake.graphql_queries[-2]
    assert [v for k, v in detail_query["variables"].items() if k.startswith("n")] == ["paper-code"]
    assert warm.repo("paper-code").readme.text == "Paper code, v2\n"
    assert warm.repo("retrieval-kit") == cold.repo("retrieval-kit")
    assert stats.reused_repos == len(cold.repos) - 1


def test_refresh_downloads_everything_again(tmp_path) -> None:
    fake = FakeGitHub(LOGIN, sample_repos())
    cold, _stats, _calls = run_fetch(tmp_path, fake)
    _again, stats, calls = run_fetch(tmp_path, fake, previous=cold, refresh=True)
    assert not any("If-None-Match" in h for _m, _u, h in calls)
    assert stats.not_modified == 0 and stats.reused_repos == 0 and stats.cost == 5


def test_cold_fetch_without_token_uses_trees_and_raw_readmes(tmp_path) -> None:
    fake = FakeGitHub(LOGIN, sample_repos())
    snapshot, stats, calls = run_fetch(tmp_path, fake, token="")

    assert_public_endpoints_only(calls)
    assert not any("Authorization" in h for _m, _u, h in calls)
    hosts = [urlsplit(u).hostname for _m, u, _h in calls]
    api_calls = [p for p, h in zip(paths(calls), hosts, strict=True) if h == "api.github.com"]
    raw_calls = [p for p, h in zip(paths(calls), hosts, strict=True) if h != "api.github.com"]
    assert api_calls[:3] == [
        f"/users/{LOGIN}",
        f"/users/{LOGIN}/social_accounts",
        f"/users/{LOGIN}/repos",
    ]
    assert sorted(api_calls[3:]) == sorted(
        f"/repos/{LOGIN}/{r.name}/git/trees/main" for r in sample_repos()
    )
    assert all("recursive=1" in u for _m, u, _h in calls if "/git/trees/" in u)
    # READMEs only where the tree lists one: no request for "notebooks" or "empty-idea".
    assert sorted(raw_calls) == sorted(
        [
            f"/{LOGIN}/retrieval-kit/main/README.md",
            f"/{LOGIN}/paper-code/main/docs/README.rst",
            f"/{LOGIN}/transformers/main/README.md",
            f"/{LOGIN}/{LOGIN}/main/README.md",
        ]
    )
    assert stats.cost == 3 + len(sample_repos())  # raw.githubusercontent.com is free

    assert not snapshot.authenticated and snapshot.unknown == ("pinned",)
    kit = snapshot.repo("retrieval-kit")
    assert kit.unknown == ("languages", "latest_release")
    assert kit.languages == {} and kit.latest_release is None
    assert kit.readme.text.startswith("# retrieval-kit")
    assert snapshot.repo("transformers").unknown == ("languages", "latest_release", "parent")
    assert snapshot.repo("empty-idea").is_empty
    assert snapshot.repo("notebooks").readme is None
    assert snapshot.repo("notebooks").knows("readme")
    assert snapshot.profile_readme.text == "### Hi there 👋\n"


def test_thirty_repositories_fit_in_sixty_requests_without_token(tmp_path) -> None:
    repos = [FakeRepo(f"project-{i:02}", files=standard_files(f"p{i}")) for i in range(30)]
    fake = FakeGitHub(LOGIN, repos)
    _snapshot, stats, _calls = run_fetch(tmp_path, fake, token="")
    assert stats.cost <= 60
    assert fake.used[False] <= 60


def test_warm_fetch_without_token_asks_only_whether_things_changed(tmp_path) -> None:
    fake = FakeGitHub(LOGIN, sample_repos())
    cold, _stats, _calls = run_fetch(tmp_path, fake, token="")
    warm, stats, calls = run_fetch(tmp_path, fake, token="", previous=cold)
    assert paths(calls) == [
        f"/users/{LOGIN}",
        f"/users/{LOGIN}/social_accounts",
        f"/users/{LOGIN}/repos",
    ]
    assert stats.not_modified == 3
    assert warm.repos == cold.repos


def test_readme_that_is_not_utf8_is_decoded_with_replacement(tmp_path) -> None:
    latin1 = "# Café\n\nRésumé du projet.\n".encode("latin-1")
    repos = [FakeRepo("legacy", files={"README.md": latin1, "main.c": b"int main;"})]
    fake = FakeGitHub(LOGIN, repos)
    with_token, _stats, calls = run_fetch(tmp_path, fake)
    # GraphQL has no text for it: its bytes come once through the contents endpoint.
    assert paths(calls)[-1] == f"/repos/{LOGIN}/legacy/contents/README.md"
    without, _stats, _calls = run_fetch(tmp_path / "anon", fake, token="")
    for snapshot in (with_token, without):
        readme = snapshot.repo("legacy").readme
        assert readme.text == "# Caf\ufffd\n\nR\ufffdsum\ufffd du projet.\n"
        assert snapshot.repo("legacy").knows("readme")


def test_github_folder_readme_wins_over_the_root_one(tmp_path) -> None:
    files = {"README.md": b"# root\n", ".github/README.md": b"# shown\n", "docs/README.md": b""}
    fake = FakeGitHub(LOGIN, [FakeRepo("tricky", files=files)])
    with_token, _stats, _calls = run_fetch(tmp_path, fake)
    without, _stats, _calls = run_fetch(tmp_path / "anon", fake, token="")
    for snapshot in (with_token, without):
        assert snapshot.repo("tricky").readme.path == ".github/README.md"
        assert snapshot.repo("tricky").readme.text == "# shown\n"


@responses.activate
def test_graphql_errors_keep_partial_data_and_mark_fields_unknown(tmp_path) -> None:
    good = FakeGitHub(LOGIN, sample_repos()[:2])
    responses.get(f"{API}/users/{LOGIN}", json=user_json(LOGIN), headers=rate_headers())
    responses.get(f"{API}/users/{LOGIN}/social_accounts", json=social_json(LOGIN))
    listed = [repo_json(LOGIN, n, repo_id=i) for i, n in enumerate(["retrieval-kit", "gone"])]
    responses.get(f"{API}/users/{LOGIN}/repos", json=listed)
    from payloads import graphql_repo

    node = graphql_repo(good.repos["retrieval-kit"])
    node["languages"] = None
    answer = {
        "data": {"rateLimit": graphql_rate(), "user": None, "r0": node, "r1": None},
        "errors": [
            {
                "type": "SERVICE_UNAVAILABLE",
                "path": ["r0", "languages"],
                "locations": [{"line": 5, "column": 3}],
                "message": "Something went wrong while executing your query.",
            },
            {
                "type": "NOT_FOUND",
                "path": ["r1"],
                "locations": [{"line": 6, "column": 3}],
                "message": "Could not resolve to a Repository with the name 'octo-ml/gone'.",
            },
            {
                "type": "FORBIDDEN",
                "path": ["user", "pinnedItems"],
                "locations": [{"line": 4, "column": 3}],
                "message": "Resource not accessible by integration",
            },
        ],
    }
    responses.post(f"{API}/graphql", json=answer)
    snapshot, _stats = fetch_snapshot(LOGIN, client=client_for(tmp_path))
    kit, gone = snapshot.repo("retrieval-kit"), snapshot.repo("gone")
    assert kit.unknown == ("languages",)
    assert kit.readme is not None and kit.latest_release.tag_name == "v1.2.0"
    assert gone.unknown == DETAIL_FIELDS  # all of them, in their order
    assert gone.description == "gone: a small, well-tested tool."  # list data is kept
    assert snapshot.unknown == ("pinned",)
    assert len(responses.calls) == 4


@responses.activate
def test_unknown_user_is_a_clear_usage_error(tmp_path) -> None:
    responses.get(
        f"{API}/users/no-such-person-42",
        status=404,
        json={"message": "Not Found", "documentation_url": "https://docs.github.com/rest"},
    )
    with pytest.raises(UnknownUserError) as err:
        fetch_snapshot("no-such-person-42", client=client_for(tmp_path))
    assert err.value.message == "GitHub has no user called 'no-such-person-42' (404 Not Found)"
    assert err.value.exit_code == 2
    assert len(responses.calls) == 1


@pytest.mark.parametrize("login", ["", "../user", "a b", "-x", "x" * 40, "user/repos"])
def test_a_login_that_cannot_exist_is_refused_before_any_request(tmp_path, login) -> None:
    with responses.RequestsMock() as rsps, pytest.raises(UsageError):
        fetch_snapshot(login, client=client_for(tmp_path))
    assert len(rsps.calls) == 0


@responses.activate
def test_bad_token_stops_with_exit_code_2(tmp_path) -> None:
    responses.get(
        f"{API}/users/{LOGIN}",
        status=401,
        json={"message": "Bad credentials", "documentation_url": "https://docs.github.com/rest"},
    )
    with pytest.raises(BadTokenError) as err:
        fetch_snapshot(LOGIN, client=client_for(tmp_path))
    assert "GITHUB_TOKEN" in err.value.message and TOKEN not in err.value.message


def test_budget_running_out_midway_keeps_what_was_fetched(tmp_path) -> None:
    repos = [FakeRepo(f"project-{i:02}", files=standard_files(f"p{i}")) for i in range(8)]
    fake = FakeGitHub(LOGIN, repos)
    budget = {"left": 3 + 5}  # the profile, the list and 5 trees

    original = fake._api

    def limited(request):
        if budget["left"] <= 0:
            fake.calls.append((request.method, request.url, dict(request.headers)))
            body = json.dumps({"message": "API rate limit exceeded for 203.0.113.9."})
            return 403, rate_headers(0, limit=60), body
        budget["left"] -= 1
        return original(request)

    fake._api = limited
    clock = FakeClock(now=RESET - 1200)
    with pytest.raises(RateLimitError) as err:
        run_fetch(tmp_path, fake, token="", clock=clock)
    message = err.value.message
    assert "Fetched 5 of 8 repositories; still missing: project-05, project-06, project-07" in (
        message
    )
    assert "in 20 minutes" in message and "Nothing was written" in message

    # After the reset: the re-run revalidates the profile and list, skips the 5 known trees.
    budget["left"] = 60
    snapshot, _stats, calls = run_fetch(tmp_path, fake, token="")
    trees = [p for p in paths(calls) if "/git/trees/" in p]
    assert trees == [f"/repos/{LOGIN}/project-0{i}/git/trees/main" for i in (5, 6, 7)]
    assert len(snapshot.repos) == 8 and all(r.readme for r in snapshot.repos)


def test_fetch_and_save_writes_atomically_and_keeps_the_old_file_on_failure(tmp_path) -> None:
    fake = FakeGitHub(LOGIN, sample_repos())
    out = tmp_path / "profile" / "snapshot.json"
    with responses.RequestsMock(assert_all_requests_are_fired=False) as rsps:
        fake.install(rsps)
        report = fetch_and_save(LOGIN, out, client=client_for(tmp_path))
    assert load_snapshot(out) == report.snapshot
    before = out.read_bytes()

    with responses.RequestsMock(assert_all_requests_are_fired=False) as rsps:
        rsps.get(f"{API}/users/{LOGIN}", status=401, json={"message": "Bad credentials"})
        with pytest.raises(BadTokenError):
            fetch_and_save(LOGIN, out, client=client_for(tmp_path))
    assert out.read_bytes() == before
    assert [p.name for p in out.parent.iterdir()] == ["snapshot.json"]  # no temporary left


def test_progress_is_reported(tmp_path) -> None:
    fake = FakeGitHub(LOGIN, sample_repos())
    seen = []
    with responses.RequestsMock(assert_all_requests_are_fired=False) as rsps:
        fake.install(rsps)
        fetch_snapshot(
            LOGIN,
            client=client_for(tmp_path),
            progress=lambda what, done, total: seen.append((what, done, total)),
        )
    assert seen[0] == ("profile", 0, 3)
    assert seen[-1] == ("repositories", 6, 6)


def test_blocked_repository_is_unknown_without_stopping_the_fetch(tmp_path) -> None:
    fake = FakeGitHub(LOGIN, sample_repos()[:2])
    original = fake._api

    def blocked(request):
        if "/repos/octo-ml/paper-code/git/trees/" in request.url:
            fake.calls.append((request.method, request.url, dict(request.headers)))
            body = {"message": "Repository access blocked", "block": {"reason": "dmca"}}
            return 451, {"Content-Type": "application/json"}, json.dumps(body)
        return original(request)

    fake._api = blocked
    snapshot, _stats, _calls = run_fetch(tmp_path, fake, token="")
    assert snapshot.repo("paper-code").unknown == (
        "is_empty",
        "files",
        "readme",
        "languages",
        "latest_release",
    )
    assert snapshot.repo("retrieval-kit").readme is not None


@responses.activate
def test_graphql_query_refused_entirely_is_an_error_not_a_snapshot_of_unknowns(tmp_path) -> None:
    responses.get(f"{API}/users/{LOGIN}", json=user_json(LOGIN))
    responses.get(f"{API}/users/{LOGIN}/social_accounts", json=[])
    responses.get(f"{API}/users/{LOGIN}/repos", json=[repo_json(LOGIN, "a")])
    refused = {
        "errors": [
            {
                "path": ["query", "r0", "languages"],
                "extensions": {"code": "argumentLiteralsIncompatible"},
                "locations": [{"line": 4, "column": 3}],
                "message": "Argument 'orderBy' on Field 'languages' has an invalid value.",
            }
        ]
    }
    responses.post(f"{API}/graphql", json=refused)
    with pytest.raises(FetchError, match="GraphQL API refused the query: Argument 'orderBy'"):
        fetch_snapshot(LOGIN, client=client_for(tmp_path))


def test_previous_snapshot_of_another_user_or_unreadable_is_not_reused(tmp_path) -> None:
    fake = FakeGitHub(LOGIN, sample_repos()[:2])
    out = tmp_path / "snapshot.json"
    out.write_text("{ not json")
    with responses.RequestsMock(assert_all_requests_are_fired=False) as rsps:
        fake.install(rsps)
        report = fetch_and_save(LOGIN, out, client=client_for(tmp_path))
        assert report.stats.reused_repos == 0
        other = dataclasses.replace(
            report.snapshot, user=dataclasses.replace(report.snapshot.user, login="someone")
        )
        out.write_text(other.to_json())
        again = fetch_and_save(LOGIN, out, client=client_for(tmp_path))
    assert again.stats.reused_repos == 0
    assert load_snapshot(out).user.login == LOGIN


def test_fetched_snapshot_has_the_shape_of_the_sample_profile(tmp_path) -> None:
    sample = json.loads(
        (Path(__file__).resolve().parents[2] / "sample-profile" / "snapshot.json").read_text()
    )
    fake = FakeGitHub(LOGIN, sample_repos(), pinned=(f"{LOGIN}/retrieval-kit",))
    snapshot, _stats, _calls = run_fetch(tmp_path, fake)
    fetched = json.loads(snapshot.to_json())
    assert fetched.keys() == sample.keys()
    assert fetched["user"].keys() == sample["user"].keys()
    assert {k for r in fetched["repos"] for k in r} == {k for r in sample["repos"] for k in r}
    assert fetched["repos"][0]["readme"].keys() == sample["repos"][0]["readme"].keys()
    assert fetched["schema_version"] == sample["schema_version"]


def test_a_batch_github_cannot_answer_in_time_is_asked_again_in_halves(tmp_path) -> None:
    repos = [FakeRepo(f"project-{i}", files=standard_files(f"p{i}")) for i in range(4)]
    fake = FakeGitHub(LOGIN, repos, pinned=(f"{LOGIN}/project-3",))
    original = fake._api

    def slow_for_big_queries(request):
        names = json.loads(request.body).get("variables", {}) if request.body else {}
        if sum(1 for key in names if key.startswith("n")) > 2:
            fake.calls.append((request.method, request.url, dict(request.headers)))
            return 502, {"Content-Type": "application/json"}, json.dumps({"message": "timeout"})
        return original(request)

    fake._api = slow_for_big_queries
    snapshot, stats, calls = run_fetch(tmp_path, fake)
    assert paths(calls).count("/graphql") == 4 + 2  # 4 tries of the batch of 4, then 2 + 2
    assert all(r.unknown == () and r.readme for r in snapshot.repos)
    assert snapshot.pinned == (f"{LOGIN}/project-3",)
    assert stats.retries == 3


# --- environment files: names of secret settings, never values -------------------------------

LEAKED = "sk-live-4f9a2c"


def env_repos() -> list[FakeRepo]:
    return [
        FakeRepo(
            "chat-demo",
            files={
                **standard_files("chat-demo"),
                ".env": f"DEBUG=1\nOPENAI_API_KEY={LEAKED}\n".encode(),
                ".env.example": b"OPENAI_API_KEY=\n",
                ".env.docker": b"COMPOSE_PROJECT_NAME=chat\n",
                "services/api/.env": b"API_TOKEN=abc\n",  # below the folders listed
            },
        ),
        FakeRepo("plain", files=standard_files("plain")),
    ]


def cache_text(folder: Path) -> str:
    return "".join(p.read_text(encoding="utf-8") for p in folder.rglob("*") if p.is_file())


def test_without_a_token_environment_files_are_downloaded_and_only_names_kept(tmp_path) -> None:
    fake = FakeGitHub(LOGIN, env_repos())
    snapshot, _stats, calls = run_fetch(tmp_path, fake, token="")
    demo = snapshot.repo("chat-demo")
    assert demo.secret_settings == {".env": ("OPENAI_API_KEY",), ".env.docker": ()}
    assert snapshot.repo("plain").secret_settings == {}
    # One raw download per environment file listed (the template is not one), none for `plain`.
    assert [p for p in paths(calls) if ".env" in p] == [
        f"/{LOGIN}/chat-demo/main/.env",
        f"/{LOGIN}/chat-demo/main/.env.docker",
    ]
    assert LEAKED not in snapshot.to_json()
    assert LEAKED not in cache_text(tmp_path / "cache")  # the file itself is never cached

    # Fetched again without the previous snapshot: the names come from the cache.
    again, _stats, calls = run_fetch(tmp_path, fake, token="")
    assert again.repo("chat-demo").secret_settings == demo.secret_settings
    assert not [p for p in paths(calls) if ".env" in p]


def test_with_a_token_environment_files_come_in_one_more_query(tmp_path) -> None:
    fake = FakeGitHub(LOGIN, env_repos())
    snapshot, _stats, calls = run_fetch(tmp_path, fake)
    expected = {".env": ("OPENAI_API_KEY",), ".env.docker": ()}
    assert snapshot.repo("chat-demo").secret_settings == expected
    assert paths(calls)[3:] == ["/graphql", "/graphql"]
    env_query = fake.graphql_queries[1]
    assert env_query["variables"] == {
        "o0": LOGIN, "n0": "chat-demo", "e0": "HEAD:.env",
        "o1": LOGIN, "n1": "chat-demo", "e1": "HEAD:.env.docker",
    }  # fmt: skip
    assert "env: object(expression: $e0)" in env_query["query"]
    assert LEAKED not in snapshot.to_json()
    assert LEAKED not in cache_text(tmp_path / "cache")

    again, _stats, calls = run_fetch(tmp_path, fake)
    assert again.repo("chat-demo").secret_settings == expected
    assert "/graphql" not in paths(calls)[3:]  # details and names both from the cache


def refuse_raw_file(fake: FakeGitHub, url_end: str, status: int, text: str) -> None:
    """Make raw.githubusercontent.com answer ``status`` for the file whose URL ends so."""
    original = fake._raw

    def refuse(request):
        if request.url.endswith(url_end):
            fake.calls.append((request.method, request.url, dict(request.headers)))
            return status, {"Content-Type": "text/plain"}, text
        return original(request)

    fake._raw = refuse


def test_an_environment_file_that_cannot_be_read_is_left_out(tmp_path) -> None:
    fake = FakeGitHub(LOGIN, env_repos())
    refuse_raw_file(fake, "/.env.docker", 404, "404: Not Found")
    snapshot, _stats, _calls = run_fetch(tmp_path, fake, token="")
    # Not read, so not in secret_settings: REP011 judges it by its name.
    assert snapshot.repo("chat-demo").secret_settings == {".env": ("OPENAI_API_KEY",)}


def test_a_limit_reached_at_the_environment_files_says_so_and_resumes_there(tmp_path) -> None:
    fake = FakeGitHub(LOGIN, env_repos())
    original = fake._api

    def limited(request):
        if request.method == "POST" and "env: object" in json.loads(request.body)["query"]:
            fake.calls.append((request.method, request.url, dict(request.headers)))
            body = json.dumps({"message": "API rate limit exceeded for user ID 1."})
            return 403, rate_headers(0, limit=5000), body
        return original(request)

    fake._api = limited
    with pytest.raises(RateLimitError) as err:
        run_fetch(tmp_path, fake, clock=FakeClock(now=RESET - 1200))
    # Every repository has its details: what is missing is some of their files.
    assert "Fetched all 2 repositories but not yet all of their files. Nothing was written" in (
        err.value.message
    )

    fake._api = original
    snapshot, _stats, calls = run_fetch(tmp_path, fake)
    assert snapshot.repo("chat-demo").secret_settings[".env"] == ("OPENAI_API_KEY",)
    # The details come from the cache; the pins (20 minutes old) and the files are asked.
    queries = [q["query"] for q in fake.graphql_queries[-paths(calls).count("/graphql") :]]
    assert ["...Details" in q for q in queries] == [False, False]
    assert ["pinnedItems" in q for q in queries] == [True, False]
    assert "env: object" in queries[1]


# --- licences GitHub cannot name: the name from the licence file's opening -------------------

OPENRAIL = b"Copyright (c) 2022 Robin Rombach and Patrick Esser\n\nCreativeML Open RAIL-M\n"
LLAMA = b"LLAMA 2 COMMUNITY LICENSE AGREEMENT\nLlama 2 Version Release Date: July 18, 2023\n"
EDITED_MIT = b"MIT License, except that the Software may not be used for evil.\n"


def licence_repos() -> list[FakeRepo]:
    def other(name: str, licence: bytes, path: str = "LICENSE") -> FakeRepo:
        files = {**standard_files(name), path: licence}
        if path != "LICENSE":
            del files["LICENSE"]
        return FakeRepo(name, files=files, list_fields={"license": "NOASSERTION"})

    return [
        other("diffusion", OPENRAIL),
        other("llama-tools", LLAMA, path="LICENSE.txt"),
        other("odd-terms", EDITED_MIT),
        FakeRepo("plain", files=standard_files("plain")),  # MIT: nothing to read
    ]


def test_with_a_token_licences_github_cannot_name_are_read_in_one_more_query(tmp_path) -> None:
    fake = FakeGitHub(LOGIN, licence_repos())
    snapshot, _stats, calls = run_fetch(tmp_path, fake)
    names = {r.name: r.license_name for r in snapshot.repos}
    assert names == {
        "diffusion": "CreativeML Open RAIL-M",
        "llama-tools": "Llama 2 Community License Agreement",
        "odd-terms": None,
        "plain": None,
    }
    assert all(r.knows("license_name") for r in snapshot.repos)
    assert paths(calls)[3:] == ["/graphql", "/graphql"]
    licence_query = fake.graphql_queries[1]
    assert licence_query["variables"] == {
        "o0": LOGIN, "n0": "diffusion", "e0": "HEAD:LICENSE",
        "o1": LOGIN, "n1": "llama-tools", "e1": "HEAD:LICENSE.txt",
        "o2": LOGIN, "n2": "odd-terms", "e2": "HEAD:LICENSE",
    }  # fmt: skip
    assert "licence: object(expression: $e0)" in licence_query["query"]

    # Fetched again without the previous snapshot: the names come from the cache.
    again, _stats, calls = run_fetch(tmp_path, fake)
    assert {r.name: r.license_name for r in again.repos} == names
    assert "/graphql" not in paths(calls)[3:]


def test_without_a_token_licence_files_are_downloaded_only_when_github_cannot_name_them(
    tmp_path,
) -> None:
    fake = FakeGitHub(LOGIN, licence_repos())
    snapshot, _stats, calls = run_fetch(tmp_path, fake, token="")
    assert snapshot.repo("diffusion").license_name == "CreativeML Open RAIL-M"
    assert snapshot.repo("llama-tools").license_name == "Llama 2 Community License Agreement"
    assert snapshot.repo("odd-terms").license_name is None
    assert sorted(p for p in paths(calls) if "/LICENSE" in p) == [
        f"/{LOGIN}/diffusion/main/LICENSE",
        f"/{LOGIN}/llama-tools/main/LICENSE.txt",
        f"/{LOGIN}/odd-terms/main/LICENSE",
    ]  # not plain's: GitHub named it MIT


def test_a_licence_file_that_cannot_be_read_leaves_the_name_unknown(tmp_path) -> None:
    fake = FakeGitHub(LOGIN, licence_repos())
    refuse_raw_file(fake, "/diffusion/main/LICENSE", 451, "Unavailable For Legal Reasons")
    snapshot, _stats, _calls = run_fetch(tmp_path, fake, token="")
    diffusion = snapshot.repo("diffusion")
    assert not diffusion.knows("license_name") and diffusion.license_name is None
    assert snapshot.repo("llama-tools").knows("license_name")
    assert "licence name of 1 repositories" in describe_missing(snapshot)


def test_an_unchanged_repository_keeps_its_licence_name_without_a_request(tmp_path) -> None:
    fake = FakeGitHub(LOGIN, licence_repos())
    first, _stats, _calls = run_fetch(tmp_path, fake)
    asked = len(fake.graphql_queries)
    # Another cache: the names can only come from the previous snapshot.
    again, _stats, _calls = run_fetch(tmp_path / "other-cache", fake, previous=first)
    assert again.repo("diffusion").license_name == "CreativeML Open RAIL-M"
    queries = [q["query"] for q in fake.graphql_queries[asked:]]
    assert queries and all("pinnedItems" in q and "object(" not in q for q in queries)
