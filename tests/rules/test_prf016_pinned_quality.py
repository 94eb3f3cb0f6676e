"""PRF016 pinned-quality: no pinned fork, archived or empty repository of one's own."""

from __future__ import annotations

from builders import make_repo, make_snapshot, messages, profile_ctx, run

from checks.rules.profile.prf016_pinned_quality import RULE

REPOS = (
    make_repo(name="ml-utils"),
    make_repo(name="models", fork=True, parent="tensorflow/models"),
    make_repo(name="old-site", archived=True),
    make_repo(name="next-big-thing", is_empty=True),
)


def test_good_pins_and_other_owners_pass() -> None:
    snapshot = make_snapshot(repos=REPOS, pinned=("octo/ml-utils", "pallets/flask"))
    assert messages(RULE, profile_ctx(snapshot)) == []


def test_bad_pins_are_named() -> None:
    pinned = ("octo/models", "octo/old-site", "octo/next-big-thing", "octo/ml-utils")
    problems = run(RULE, profile_ctx(make_snapshot(repos=REPOS, pinned=pinned)))
    assert [p.message for p in problems] == [
        "you pin `models`, which is a fork of tensorflow/models: it shows someone else's work",
        "you pin `old-site`, which is archived: it tells visitors the project is over",
        "you pin `next-big-thing`, which is empty: there is nothing to see",
    ]
    assert "untick `models`" in problems[0].fix.description


def test_unknown_pins_are_inconclusive() -> None:
    snapshot = make_snapshot(repos=REPOS, unknown=("pinned",))
    assert [p.inconclusive for p in run(RULE, profile_ctx(snapshot))] == [True]
