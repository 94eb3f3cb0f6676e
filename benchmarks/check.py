"""How long `portfolio check` takes on a profile of N repositories, rules and reports included.

    .venv/bin/python benchmarks/check.py                 # 11 (the sample), 100 and 500 repos
    .venv/bin/python benchmarks/check.py --sizes 1000

The larger profiles repeat the sample profile's repositories under new names, so every rule
sees the same variety of READMEs and file lists as on the sample.
"""

from __future__ import annotations

import argparse
import dataclasses
import time
from pathlib import Path

from checks.report import FORMATS, render
from checks.runner import run_checks
from portfolio.snapshot import load_snapshot

SAMPLE = Path(__file__).resolve().parent.parent / "sample-profile"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="11,100,500", help="numbers of repositories")
    args = parser.parse_args()
    sample = load_snapshot(SAMPLE)
    print(f"{'repos':>6} {'findings':>9} {'rules s':>8} " + " ".join(f"{f:>9}" for f in FORMATS))
    for size in (int(s) for s in args.sizes.split(",")):
        repos = tuple(
            dataclasses.replace(repo, name=f"{repo.name}-{n}") if n else repo
            for n in range(size // len(sample.repos) + 1)
            for repo in sample.repos
        )[:size]
        snapshot = dataclasses.replace(sample, repos=repos)
        start = time.perf_counter()
        report = run_checks(snapshot)
        checked = time.perf_counter() - start
        timings = []
        for format_name in FORMATS:
            start = time.perf_counter()
            render(report, format_name)
            timings.append(time.perf_counter() - start)
        print(
            f"{size:>6} {len(report.findings):>9} {checked:>8.2f} "
            + " ".join(f"{t:>8.3f}s" for t in timings)
        )


if __name__ == "__main__":
    main()
