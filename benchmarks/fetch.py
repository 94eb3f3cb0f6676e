"""How many requests, how much rate limit and how long a fetch costs, against a naive loop.

Runs `portfolio.github.fetch` and a naive PyGithub loop (list repositories, then README,
topics, languages and root contents per repository) against the same simulated GitHub (the
fetch tests' ``FakeGitHub``: realistic payloads, ETags, Link pagination, rate-limit headers)
with a fixed latency per request, for users of several sizes, and prints one table. It also
measures a re-run after a fetch stopped by the rate limit halfway through its GraphQL batches.

    .venv/bin/python benchmarks/fetch.py                  # 10, 100 and 300 repositories
    .venv/bin/python benchmarks/fetch.py --sizes 10,1000 --latency 0.05

No network is used: ``responses`` answers every request in-process.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import tempfile
import time
from pathlib import Path

import github
import responses

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "github"))
sys.path.insert(0, str(ROOT))

from payloads import FakeGitHub, FakeRepo, rate_headers, standard_files  # noqa: E402

from portfolio.github.cache import HttpCache  # noqa: E402
from portfolio.github.client import GitHubClient, RateLimitError  # noqa: E402
from portfolio.github.fetch import BATCH_SIZE, PINNED_FRESH_SECONDS, fetch_snapshot  # noqa: E402

LOGIN = "bench-user"
TOKEN = "ghp_BENCHMARKtokenNOTreal000000000000000X"


def make_user(size: int, latency: float) -> FakeGitHub:
    """A user whose repositories vary like real ones: most with a root README.md, some with
    it in docs/, some without, a few empty ones and forks."""
    repos = []
    for i in range(size):
        name = f"project-{i:04}"
        kind = i % 20
        if kind == 0:
            repos.append(FakeRepo(name, files={}))  # empty
        elif kind in (1, 2):
            repos.append(FakeRepo(name, files={"notebook.ipynb": b"{}", "data.csv": b"a,b\n"}))
        elif kind in (3, 4):
            files = {"docs/README.rst": b"Title\n=====\n", "setup.py": b"", "LICENSE": b"MIT"}
            repos.append(FakeRepo(name, files=files))
        elif kind == 5:
            repos.append(FakeRepo(name, files=standard_files(name), parent="upstream/project"))
        else:
            release = {"tagName": "v1.0.0", "name": None, "publishedAt": "2026-01-01T00:00:00Z"}
            repos.append(FakeRepo(name, files=standard_files(name), release=release))
    return FakeGitHub(LOGIN, repos, pinned=(f"{LOGIN}/project-0006",), latency=latency)


def run_ours(fake: FakeGitHub, cache: Path, token: str, previous=None, later: float = 0.0):
    """One fetch; ``later`` moves the client's clock that many seconds ahead (to measure a
    re-fetch made after the pinned repositories' answer stopped being reused)."""
    before = len(fake.calls)
    start = time.perf_counter()
    client = GitHubClient(
        token=token, cache=HttpCache(cache), max_wait=0, clock=lambda: time.time() + later
    )
    snapshot, stats = fetch_snapshot(LOGIN, client=client, previous=previous)
    seconds = time.perf_counter() - start
    return snapshot, len(fake.calls) - before, stats.cost, seconds


def run_resumed(size: int, latency: float, cache: Path, token: str):
    """A cold fetch stopped by the rate limit after half of its GraphQL batches (rounded
    down), then run again after the reset: what the second run costs."""
    fake = make_user(size, latency)
    stop_after = -(-size // BATCH_SIZE) // 2
    original = fake._api
    state = {"answered": 0, "limited": True}

    def limited(request):
        if request.method == "POST":
            if state["limited"] and state["answered"] >= stop_after:
                fake.calls.append((request.method, request.url, dict(request.headers)))
                headers = {**rate_headers(0), "X-RateLimit-Resource": "graphql"}
                return 403, headers, '{"message": "API rate limit exceeded for user ID 1."}'
            state["answered"] += 1
        return original(request)

    fake._api = limited  # before install: the mock keeps the callback it is given
    with responses.RequestsMock(assert_all_requests_are_fired=False) as rsps:
        fake.install(rsps)
        try:
            run_ours(fake, cache, token)
        except RateLimitError:
            pass
        else:
            raise AssertionError("the simulated rate limit did not stop the first run")
        state["limited"] = False
        return run_ours(fake, cache, token)


def run_naive(fake: FakeGitHub) -> tuple[int, int, float]:
    """What a first script with PyGithub does: one request per repository per fact."""
    before = len(fake.calls)
    start = time.perf_counter()
    # PyGithub's defaults, except its 0.25 s pause between requests, so that the two columns
    # compare requests and latency only.
    gh = github.Github(auth=github.Auth.Token(TOKEN), seconds_between_requests=None)
    user = gh.get_user(LOGIN)
    for repo in user.get_repos(type="owner"):
        for fetch in (repo.get_readme, repo.get_topics, repo.get_languages):
            with contextlib.suppress(github.UnknownObjectException):  # no README
                fetch()
        with contextlib.suppress(github.GithubException):  # an empty repository
            repo.get_contents("")
    seconds = time.perf_counter() - start
    requests_made = len(fake.calls) - before
    return requests_made, requests_made, seconds  # every naive request costs 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sizes", default="10,100,300", help="repository counts (default: %(default)s)"
    )
    parser.add_argument(
        "--latency", type=float, default=0.02, help="seconds per simulated request (default: 0.02)"
    )
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]

    header = f"{'repos':>5} | {'scenario':<25} | {'requests':>8} | {'cost':>5} | {'seconds':>7}"
    print(f"simulated latency: {args.latency * 1000:.0f} ms per request\n")
    print(header)
    print("-" * len(header))
    summary = []
    for size in sizes:
        fake = make_user(size, args.latency)
        with (
            responses.RequestsMock(assert_all_requests_are_fired=False) as rsps,
            tempfile.TemporaryDirectory() as tmp,
        ):
            fake.install(rsps)
            cold_snapshot, cold_req, cold_cost, cold_s = run_ours(fake, Path(tmp, "a"), TOKEN)
            _warm, warm_req, warm_cost, warm_s = run_ours(
                fake, Path(tmp, "a"), TOKEN, previous=cold_snapshot
            )
            _later, later_req, later_cost, later_s = run_ours(
                fake, Path(tmp, "a"), TOKEN, previous=cold_snapshot, later=PINNED_FRESH_SECONDS
            )
            anon_snapshot, anon_req, anon_cost, anon_s = run_ours(fake, Path(tmp, "b"), "")
            _anon_warm, anon_warm_req, anon_warm_cost, anon_warm_s = run_ours(
                fake, Path(tmp, "b"), "", previous=anon_snapshot
            )
            naive_req, naive_cost, naive_s = run_naive(fake)
            _resumed, resumed_req, resumed_cost, resumed_s = run_resumed(
                size, args.latency, Path(tmp, "c"), TOKEN
            )
        rows = [
            ("ours, cold, token", cold_req, cold_cost, cold_s),
            ("ours, warm, token", warm_req, warm_cost, warm_s),
            ("ours, warm, token, +1min", later_req, later_cost, later_s),
            ("ours, cold, no token", anon_req, anon_cost, anon_s),
            ("ours, warm, no token", anon_warm_req, anon_warm_cost, anon_warm_s),
            ("ours, resumed, token", resumed_req, resumed_cost, resumed_s),
            ("naive PyGithub, token", naive_req, naive_cost, naive_s),
        ]
        for name, req, cost, secs in rows:
            print(f"{size:>5} | {name:<25} | {req:>8} | {cost:>5} | {secs:>7.2f}")
        print("-" * len(header))
        summary.append(
            f"{size:>5} repos: naive/ours cold = {naive_req / cold_req:.0f}x fewer requests, "
            f"{naive_s / cold_s:.0f}x faster; warm cost = {100 * warm_cost / cold_cost:.0f}% "
            f"of cold ({100 * later_cost / cold_cost:.0f}% a minute later); "
            f"no token: {anon_cost} rate-limit points cold, {anon_warm_cost} warm; "
            "resumed after a stop halfway: "
            f"cost {resumed_cost} of cold's {cold_cost}"
        )
    print()
    print("\n".join(summary))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
