"""The golden site: building sample-profile/ must give exactly the committed tree.

When a change to the site is intended, regenerate the expected tree and review its diff:

    PORTFOLIO_REGEN_GOLDEN=1 .venv/bin/python -m pytest tests/site/test_site_golden.py

(see tests/site/README.md).
"""

from __future__ import annotations

import difflib
import os
import shutil
from pathlib import Path

from sample_site import REPO_ROOT, copy_sample, tree

from portfolio.site.build import build_site

GOLDEN = REPO_ROOT / "tests" / "golden" / "site"


def _explain(expected: dict[str, bytes], actual: dict[str, bytes]) -> str:
    lines = []
    for name in sorted(expected.keys() - actual.keys()):
        lines.append(f"missing: {name}")
    for name in sorted(actual.keys() - expected.keys()):
        lines.append(f"unexpected: {name}")
    changed = sorted(n for n in expected.keys() & actual.keys() if expected[n] != actual[n])
    lines += [f"changed: {name}" for name in changed]
    if changed:
        first = changed[0]
        diff = difflib.unified_diff(
            expected[first].decode("utf-8", "replace").splitlines(),
            actual[first].decode("utf-8", "replace").splitlines(),
            f"golden/{first}",
            f"built/{first}",
            lineterm="",
            n=1,
        )
        lines += list(diff)[:40]
    lines.append(
        "If the change is intended: PORTFOLIO_REGEN_GOLDEN=1 .venv/bin/python -m pytest "
        "tests/site/test_site_golden.py, then review `git diff tests/golden`."
    )
    return "\n".join(lines)


def test_the_sample_site_matches_the_golden_tree(tmp_path: Path) -> None:
    site = tmp_path / "site"
    build_site(copy_sample(tmp_path), site)
    if os.environ.get("PORTFOLIO_REGEN_GOLDEN") == "1":
        shutil.rmtree(GOLDEN, ignore_errors=True)
        shutil.copytree(site, GOLDEN)
    expected, actual = tree(GOLDEN), tree(site)
    assert expected == actual, _explain(expected, actual)
