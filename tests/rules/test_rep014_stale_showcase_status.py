"""REP014 stale-showcase-status: old showcase repos say maintained / finished / archived."""

from __future__ import annotations

import pytest
from builders import make_snapshot, messages, repo_ctx, run

from checks.rules.repo.rep014_stale_showcase_status import RULE

SNAPSHOT = make_snapshot(fetched_at="2026-11-21T12:00:00Z")
OLD = "2024-06-01T00:00:00Z"


def ctx(readme: str, pushed_at: str | None = OLD, showcase: bool = True):
    return repo_ctx(readme=readme, pushed_at=pushed_at, showcase=showcase, snapshot=SNAPSHOT)


@pytest.mark.parametrize(
    "text",
    [
        "# x\n\n**Status:** finished, not actively developed.\n",
        "# x\n\nThis project is no longer maintained.\n",
        "# x\n\n[![Project Status: Inactive](https://www.repostatus.org/badges/latest/inactive.svg)]",
    ],
)
def test_status_line_passes(text: str) -> None:
    assert messages(RULE, ctx(text)) == []


def test_recent_or_not_showcase_passes() -> None:
    assert messages(RULE, ctx("# x\n", pushed_at="2026-06-01T00:00:00Z")) == []
    assert messages(RULE, ctx("# x\n", showcase=False)) == []


def test_stale_showcase_without_status() -> None:
    (problem,) = run(RULE, ctx("# x\n\nA tool.\n<!-- status: todo -->\n"))
    assert problem.message == (
        "`ml-utils` is a showcase repo last pushed 29 months ago and its README.md does not "
        "say whether it is maintained, finished or archived"
    )
    assert problem.file == "README.md"
    assert "github.com/octo/ml-utils/settings" in problem.fix.description


def test_unknown_push_date_is_inconclusive() -> None:
    assert [p.inconclusive for p in run(RULE, ctx("# x\n", pushed_at=None))] == [True]
