"""How long `portfolio check` takes on a profile of N repositories, and README analysis alone.

    .venv/bin/python benchmarks/check.py                    # 11, 100, 300 and 500 repositories
    .venv/bin/python benchmarks/check.py --sizes 1000
    .venv/bin/python benchmarks/check.py --repos sample     # the sample's repositories repeated

Two kinds of profile:

- ``synthetic`` (the default): ``synthetic.py``'s repositories, every README different, as on
  a real user's profile;
- ``sample``: the sample profile's 11 repositories repeated under new names, so every rule sees
  the sample's variety of files and READMEs; README analyses are cached by text, so this one
  analyses 11 READMEs at most, whatever the size.

Each size runs in its own process pinned to one CPU, so no cache carries over and one core is
what is measured. Columns: ``load`` (snapshot.json parsed), ``rules`` (every rule run),
``total`` (load + rules + the text report: what `portfolio check` does in a terminal), all in
wall time, then ``CPU`` (the total's CPU time, which a busy machine disturbs less), then the
time of each report format. Then README analysis alone: ``analyze_readme`` on every README of
the largest synthetic profile, in READMEs per second of CPU time.

Goal (issue 6): a 300-repository snapshot checked in under 2 s on one core.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SAMPLE = HERE.parent / "sample-profile"
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

RESULT_MARK = "RESULT "
GOAL_SIZE, GOAL_SECONDS = 300, 2.0


def make_snapshot(size: int, repos: str):
    from portfolio.snapshot import load_snapshot

    if repos == "synthetic":
        from synthetic import make_snapshot as synthetic_snapshot

        return synthetic_snapshot(size)
    sample = load_snapshot(SAMPLE)
    copies = tuple(
        dataclasses.replace(repo, name=f"{repo.name}-{n}") if n else repo
        for n in range(size // len(sample.repos) + 1)
        for repo in sample.repos
    )[:size]
    return dataclasses.replace(sample, repos=copies)


def measure_check(size: int, repos: str) -> dict:
    from checks.report import FORMATS, render
    from checks.runner import run_checks
    from portfolio.snapshot import Snapshot

    text = make_snapshot(size, repos).to_json()
    cpu = time.process_time()
    start = time.perf_counter()
    snapshot = Snapshot.from_json(text)
    loaded = time.perf_counter()
    report = run_checks(snapshot)
    checked = time.perf_counter()
    formats = {}
    for format_name in FORMATS:
        begin = time.perf_counter()
        render(report, format_name)
        formats[format_name] = time.perf_counter() - begin
        if format_name == "text":
            total_cpu = time.process_time() - cpu
    return {
        "cpu": total_cpu,
        "findings": len(report.findings),
        "load": loaded - start,
        "rules": checked - loaded,
        "total": checked - start + formats.get("text", 0.0),
        "formats": formats,
    }


def measure_analysis(size: int) -> dict:
    from synthetic import make_snapshot as synthetic_snapshot

    from checks.readme import analyze_readme

    readmes = [repo.readme for repo in synthetic_snapshot(size).repos if repo.readme]
    start = time.process_time()
    for readme in readmes:
        analyze_readme(readme.text, readme.format)
    seconds = time.process_time() - start
    return {
        "readmes": len(readmes),
        "bytes": sum(len(r.text.encode()) for r in readmes),
        "seconds": seconds,
    }


def worker(kind: str, size: int, repos: str) -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core, as the goal says
    result = measure_check(size, repos) if kind == "check" else measure_analysis(size)
    print(RESULT_MARK + json.dumps(result), flush=True)


def run_worker(kind: str, size: int, repos: str) -> dict:
    done = subprocess.run(
        [sys.executable, __file__, "--worker", kind, str(size), repos],
        capture_output=True,
        text=True,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith(RESULT_MARK)]
    if done.returncode != 0 or not lines:
        sys.exit(f"the {kind} measurement of {size} repositories failed:\n{done.stderr[-3000:]}")
    return json.loads(lines[-1][len(RESULT_MARK) :])


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--worker"]:
        worker(argv[1], int(argv[2]), argv[3])
        return 0
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--sizes", default="11,100,300,500", help="numbers of repositories (default: %(default)s)"
    )
    parser.add_argument(
        "--repos",
        choices=("synthetic", "sample"),
        default="synthetic",
        help="which repositories make up the profiles (default: %(default)s)",
    )
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]

    from checks.report import FORMATS

    print(f"{args.repos} repositories, one CPU, seconds\n")
    header = (
        f"{'repos':>6} {'findings':>9} {'load':>6} {'rules':>6} {'total':>6} {'CPU':>6} | "
        + " ".join(f"{f:>8}" for f in FORMATS)
    )
    print(header)
    print("-" * len(header))
    verdicts = []
    for size in sizes:
        r = run_worker("check", size, args.repos)
        print(
            f"{size:>6} {r['findings']:>9} {r['load']:>6.2f} {r['rules']:>6.2f} "
            f"{r['total']:>6.2f} {r['cpu']:>6.2f} | "
            + " ".join(f"{r['formats'][f]:>8.3f}" for f in FORMATS)
        )
        if size == GOAL_SIZE:
            met = {True: "met", False: "missed"}
            verdicts.append(
                f"{size} repositories checked in {r['total']:.2f} s, {r['cpu']:.2f} s of CPU "
                f"(goal < {GOAL_SECONDS:g} s on one core: {met[r['total'] < GOAL_SECONDS]} in "
                f"wall time, {met[r['cpu'] < GOAL_SECONDS]} in CPU time)"
            )
    analysis = run_worker("analysis", max(sizes), "synthetic")
    rate = analysis["readmes"] / analysis["seconds"]
    print(
        f"\nREADME analysis: {analysis['readmes']} READMEs ({analysis['bytes'] / 1e6:.1f} MB) in "
        f"{analysis['seconds']:.2f} s of CPU time: {rate:.0f} READMEs per second, "
        f"{analysis['bytes'] / 1e3 / analysis['seconds']:.0f} KB per second"
    )
    for line in verdicts:
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
