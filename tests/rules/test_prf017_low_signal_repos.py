"""PRF017 low-signal-repos: empty repos, untouched forks and practice repos, in one finding."""

from __future__ import annotations

from builders import make_repo, make_snapshot, messages, profile_ctx, run

from checks.rules.profile.prf017_low_signal_repos import RULE


def test_clean_profile_passes() -> None:
    repos = (
        make_repo(name="ml-utils"),
        make_repo(name="octo"),
        make_repo(name="hello-world", archived=True),  # archived: already tidied
        make_repo(name="requests", fork=True, created_at="2025-01-01T00:00:00Z",
                  pushed_at="2025-02-01T00:00:00Z"),  # a fork with the user's commits
    )  # fmt: skip
    assert messages(RULE, profile_ctx(make_snapshot(repos=repos))) == []


def test_noisy_repos_are_listed_with_commands() -> None:
    repos = (
        make_repo(name="ml-utils"),
        make_repo(name="hello-world"),
        make_repo(name="scratch", is_empty=True),
        make_repo(name="requests", fork=True, parent="psf/requests",
                  created_at="2025-03-01T00:00:00Z", pushed_at="2025-01-01T00:00:00Z"),
        make_repo(name="test", is_empty=True),
    )  # fmt: skip
    snapshot = make_snapshot(repos=repos, pinned=("octo/test",))
    (problem,) = run(RULE, profile_ctx(snapshot))
    assert problem.message == (
        "3 public repos add noise to your profile: `hello-world` (its name suggests a tutorial "
        "or practice repo); `scratch` (it is empty); `requests` (it is a fork of psf/requests "
        "with no commits of yours)"
    )
    assert (
        "`gh repo edit octo/hello-world --visibility private "
        "--accept-visibility-change-consequences`; `gh repo delete octo/scratch`; "
        "`gh repo delete octo/requests`"
    ) in problem.fix.description


def test_single_repo_grammar() -> None:
    snapshot = make_snapshot(repos=(make_repo(name="sandbox"),))
    assert messages(RULE, profile_ctx(snapshot)) == [
        "1 public repo adds noise to your profile: `sandbox` (its name suggests a tutorial or "
        "practice repo)"
    ]
