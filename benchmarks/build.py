"""How long `portfolio build` takes, cold and warm, against plain Pelican on the same READMEs.

    .venv/bin/python benchmarks/build.py                   # 10, 100 and 300 projects
    .venv/bin/python benchmarks/build.py --sizes 3         # a quick run
    .venv/bin/python benchmarks/build.py --repeat 3        # best of 3 (a busy machine)
    .venv/bin/python benchmarks/build.py --cprofile 300    # where the time of a cold build goes

For each size, a synthetic profile (``synthetic.py``: one project per repository, READMEs of
realistic size and features) is built by:

- **ours, cold**: ``portfolio.site.build_site`` (what `portfolio build` calls) into a new folder;
  READMEs are rendered in one process per CPU core, as `portfolio build` does by default;
- **ours, cold, 1 job**: the same with ``jobs=1`` (`portfolio build --jobs 1`): all in one
  process, as Pelican works;
- **ours, warm**: the same again into that folder after one README changed in snapshot.json,
  in a new process, as a second `portfolio build` runs;
- **ours, warm in serve**: cold then warm in one process, as `portfolio serve` rebuilds
  (the time of the second build only; peak memory of both);
- **Pelican, cold / warm**: plain Pelican (``pelican.Pelican`` with ``read_settings``
  defaults, its default theme) building the same READMEs as Markdown articles, then again
  after the same README changed;
- **Pelican, warm, its cache**: the same warm build with Pelican's own content cache
  switched on (``CACHE_CONTENT`` and ``LOAD_CONTENT_CACHE``), after a cold build that filled it:
  what reusing unchanged READMEs can save.

Every measurement runs in its own Python process (no shared memory or caches); the time is the
build call alone, after both sides imported Pelican, as wall time and as CPU time (user +
system of the process and of the worker processes it waited for, which other programs on a
busy machine disturb less); peak memory is the largest maximum resident set size among the
process and its workers. With ``--repeat N`` every scenario runs N times and each row shows
its fastest run. ``written`` counts the output files written by that build and ``changed``
those whose bytes differ from the previous build's: how much of a warm build was needed.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from synthetic import changed_readme, make_snapshot, write_profile  # noqa: E402

RESULT_MARK = "RESULT "
GOAL_COLD = 1.5  # ours cold / Pelican cold
GOAL_WARM = 0.5  # ours warm / ours cold


# --- the measurements (run in a child process each) ----------------------------------------


def measure_ours(
    profile: Path, output: Path, *, twice: bool = False, jobs: int | None = None
) -> dict:
    import pelican  # noqa: F401  (imported before timing, as in the Pelican measurement)

    from portfolio.site.build import build_site

    if twice:
        build_site(profile, output, jobs=jobs)
        _change_snapshot_readme(profile)
    start, cpu = time.perf_counter(), _cpu_seconds()
    result = build_site(profile, output, jobs=jobs)
    return {
        "seconds": time.perf_counter() - start,
        "cpu": _cpu_seconds() - cpu,
        "pages": result.pages,
    }


def measure_pelican(content: Path, output: Path, *, cache: bool = False) -> dict:
    import logging

    from pelican import Pelican
    from pelican.settings import read_settings

    logging.getLogger("pelican").setLevel(logging.ERROR)  # no per-article chatter on stderr
    settings = {"PATH": str(content), "OUTPUT_PATH": str(output)}
    if cache:
        cache_dir = content.parent / "pelican-cache"
        settings |= {"CACHE_CONTENT": True, "LOAD_CONTENT_CACHE": True, "CACHE_PATH": cache_dir}
    start, cpu = time.perf_counter(), _cpu_seconds()
    Pelican(read_settings(override=settings)).run()
    return {
        "seconds": time.perf_counter() - start,
        "cpu": _cpu_seconds() - cpu,
        "pages": sum(1 for _ in output.rglob("*.html")),
    }


def _cpu_seconds() -> float:
    """CPU time of this process and of the worker processes it has waited for."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime


def worker(argv: list[str]) -> None:
    kind, source, output = argv[0], Path(argv[1]), Path(argv[2])
    if kind == "ours":
        result = measure_ours(source, output)
    elif kind == "ours-1job":
        result = measure_ours(source, output, jobs=1)
    elif kind == "ours-twice":
        result = measure_ours(source, output, twice=True)
    elif kind == "pelican":
        result = measure_pelican(source, output)
    else:
        result = measure_pelican(source, output, cache=True)
    # ru_maxrss is in KiB on Linux; for RUSAGE_CHILDREN, that of the largest worker.
    peak = max(
        resource.getrusage(who).ru_maxrss
        for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
    )
    result["peak_mb"] = peak / 1024
    print(RESULT_MARK + json.dumps(result), flush=True)


def run_worker(kind: str, source: Path, output: Path, user_cache: Path | None = None) -> dict:
    """One build in a new process; ``user_cache`` is its XDG_CACHE_HOME (where our rendered
    READMEs and compiled templates are kept): a new folder for a cold build, the cold build's
    for a warm one."""
    before = _file_states(output)
    env = dict(os.environ)
    if user_cache is not None:
        env["XDG_CACHE_HOME"] = str(user_cache)
    done = subprocess.run(
        [sys.executable, __file__, "--worker", kind, str(source), str(output)],
        capture_output=True,
        text=True,
        env=env,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith(RESULT_MARK)]
    if done.returncode != 0 or not lines:
        sys.exit(f"the {kind} build of {source} failed:\n{done.stderr[-3000:]}")
    result = json.loads(lines[-1][len(RESULT_MARK) :])
    after = _file_states(output)
    result["written"] = sum(1 for path, state in after.items() if before.get(path) != state)
    result["changed"] = sum(
        1 for path, state in after.items() if before.get(path, (0, 0, None))[2] != state[2]
    )
    result["files"] = len(after)
    if kind == "ours-twice":
        # Its first build ran in the same process: the folder's state in between is unseen.
        result["written"] = result["changed"] = None
    return result


def _file_states(folder: Path) -> dict[str, tuple[int, int, int]]:
    """Per file: inode, modification time and a hash of the bytes."""
    if not folder.is_dir():
        return {}
    states = {}
    for path in folder.rglob("*"):
        if path.is_file():
            stat = path.stat()
            states[str(path.relative_to(folder))] = (
                stat.st_ino,
                stat.st_mtime_ns,
                hash(path.read_bytes()),
            )
    return states


# --- inputs ---------------------------------------------------------------------------------


def _change_snapshot_readme(profile: Path) -> None:
    """Edit the README of the most starred repository (a project page every site shows)."""
    from dataclasses import replace

    from portfolio.snapshot import load_snapshot, save_snapshot

    snapshot = load_snapshot(profile)
    target = max(snapshot.repos, key=lambda r: (r.stars, r.pushed_at))
    repos = tuple(
        replace(r, readme=replace(r.readme, text=changed_readme(r.readme.text)))
        if r is target
        else r
        for r in snapshot.repos
    )
    save_snapshot(replace(snapshot, repos=repos), profile / "snapshot.json")


def write_pelican_content(folder: Path, size: int, seed: int) -> Path:
    """The same READMEs as Pelican Markdown articles (Pelican needs a title and a date)."""
    folder.mkdir(parents=True)
    for repo in make_snapshot(size, seed).repos:
        header = f"Title: {repo.name}\nDate: {repo.pushed_at[:10]}\nSlug: {repo.name}\n\n"
        (folder / f"{repo.name}.md").write_text(header + repo.readme.text, encoding="utf-8")
    return folder


def change_pelican_article(folder: Path, size: int, seed: int) -> None:
    snapshot = make_snapshot(size, seed)
    target = max(snapshot.repos, key=lambda r: (r.stars, r.pushed_at))
    path = folder / f"{target.name}.md"
    header, _sep, text = path.read_text(encoding="utf-8").partition("\n\n")
    path.write_text(f"{header}\n\n{changed_readme(text)}", encoding="utf-8")


# --- the table ------------------------------------------------------------------------------


def bench_size(size: int, seed: int, tmp: Path) -> list[tuple[str, dict]]:
    ours_profile = write_profile(tmp / "ours" / "profile", size, seed)
    ours_out = tmp / "ours" / "site"
    rows = [("ours, cold", run_worker("ours", ours_profile, ours_out, tmp / "ours" / "cache"))]
    single = write_profile(tmp / "single" / "profile", size, seed)
    rows.append(
        (
            "ours, cold, 1 job",
            run_worker("ours-1job", single, tmp / "single" / "site", tmp / "single" / "cache"),
        )
    )
    _change_snapshot_readme(ours_profile)
    rows.append(("ours, warm", run_worker("ours", ours_profile, ours_out, tmp / "ours" / "cache")))

    serve_profile = write_profile(tmp / "serve" / "profile", size, seed)
    rows.append(
        (
            "ours, warm in serve",
            run_worker(
                "ours-twice", serve_profile, tmp / "serve" / "site", tmp / "serve" / "cache"
            ),
        )
    )

    content = write_pelican_content(tmp / "pelican" / "content", size, seed)
    pelican_out = tmp / "pelican" / "site"
    rows.append(("Pelican, cold", run_worker("pelican", content, pelican_out)))
    change_pelican_article(content, size, seed)
    rows.append(("Pelican, warm", run_worker("pelican", content, pelican_out)))

    cached = write_pelican_content(tmp / "cached" / "content", size, seed)
    cached_out = tmp / "cached" / "site"
    run_worker("pelican-cache", cached, cached_out)  # fills the cache
    change_pelican_article(cached, size, seed)
    rows.append(("Pelican, warm, its cache", run_worker("pelican-cache", cached, cached_out)))
    return rows


def cprofile_cold(size: int, seed: int, top: int = 30) -> None:
    """Run one cold build of ours in this process under cProfile and print where time goes."""
    import pelican  # noqa: F401

    from portfolio.site.build import build_site

    with tempfile.TemporaryDirectory() as tmp:
        profile = write_profile(Path(tmp, "profile"), size, seed)
        # A new user cache folder: no compiled templates, and no rendered READMEs left behind
        # in the real one.
        environ = {"XDG_CACHE_HOME": str(Path(tmp, "cache"))}
        profiler = cProfile.Profile()
        profiler.enable()
        build_site(profile, Path(tmp, "site"), environ=environ)
        profiler.disable()
    stats = pstats.Stats(profiler, stream=sys.stdout)
    stats.sort_stats("cumulative").print_stats(top)
    stats.sort_stats("tottime").print_stats(top)


def best_of(runs: list[list[tuple[str, dict]]]) -> list[tuple[str, dict]]:
    """Per scenario, the run with the least wall time."""
    return [
        (name, min((run[i][1] for run in runs), key=lambda r: r["seconds"]))
        for i, (name, _result) in enumerate(runs[0])
    ]


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--worker"]:
        worker(argv[1:])
        return 0
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--sizes", default="10,100,300", help="numbers of projects (default: %(default)s)"
    )
    parser.add_argument("--seed", type=int, default=1, help="synthetic profile seed (default: 1)")
    parser.add_argument(
        "--repeat", type=int, default=1, help="runs per scenario, fastest kept (default: 1)"
    )
    parser.add_argument(
        "--cprofile",
        type=int,
        metavar="SIZE",
        help="instead of the table: profile one cold build of SIZE projects with cProfile",
    )
    args = parser.parse_args(argv)
    if args.cprofile:
        cprofile_cold(args.cprofile, args.seed)
        return 0

    sizes = [int(s) for s in args.sizes.split(",")]
    print(
        f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, seed {args.seed}, "
        f"best of {args.repeat}, load average {os.getloadavg()[0]:.1f} at the start\n"
    )
    header = (
        f"{'projects':>8} | {'build':<24} | {'seconds':>7} | {'CPU s':>6} | {'peak MB':>7} | "
        f"{'pages':>5} | {'written':>7} | {'changed':>7}"
    )
    print(header)
    print("-" * len(header))
    summary = []
    for size in sizes:
        runs = []
        for _ in range(args.repeat):
            tmp = Path(tempfile.mkdtemp(prefix="portfolio-bench-build-"))
            try:
                runs.append(bench_size(size, args.seed, tmp))
            finally:
                shutil.rmtree(tmp, ignore_errors=True)
        rows = best_of(runs)
        for name, r in rows:
            written, changed = (
                ("-", "-") if r["written"] is None else (str(r["written"]), str(r["changed"]))
            )
            print(
                f"{size:>8} | {name:<24} | {r['seconds']:>7.2f} | {r['cpu']:>6.2f} | "
                f"{r['peak_mb']:>7.0f} | {r['pages']:>5} | {written:>7} | {changed:>7}"
            )
        print("-" * len(header))
        summary.append(f"{size:>4} projects: " + _verdicts({name: r for name, r in rows}))
    print()
    print("\n".join(summary))
    return 0


def _verdicts(r: dict[str, dict]) -> str:
    def ratio(a: str, b: str) -> str:
        wall = r[a]["seconds"] / r[b]["seconds"]
        return f"{wall:.2f}x (CPU {r[a]['cpu'] / r[b]['cpu']:.2f}x)"

    def verdict(a: str, b: str, goal: float) -> str:
        wall = r[a]["seconds"] / r[b]["seconds"] <= goal
        cpu = r[a]["cpu"] / r[b]["cpu"] <= goal
        said = {True: "met", False: "missed"}
        return f"[goal <= {goal}x: {said[wall]} in wall time, {said[cpu]} in CPU time]"

    return (
        f"ours cold / Pelican cold = {ratio('ours, cold', 'Pelican, cold')} "
        f"{verdict('ours, cold', 'Pelican, cold', GOAL_COLD)}; "
        f"in 1 job {ratio('ours, cold, 1 job', 'Pelican, cold')}; "
        f"ours warm / ours cold = {ratio('ours, warm', 'ours, cold')} "
        f"{verdict('ours, warm', 'ours, cold', GOAL_WARM)}; "
        f"in serve {ratio('ours, warm in serve', 'ours, cold')}; "
        f"Pelican warm with its cache / Pelican cold = "
        f"{ratio('Pelican, warm, its cache', 'Pelican, cold')}"
    )


if __name__ == "__main__":
    raise SystemExit(main())
