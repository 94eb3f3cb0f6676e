"""The benchmark scripts keep working: each runs on a tiny size and prints its table.

Timings are never asserted (they depend on the machine); what is asserted is that the scripts
run, measure every scenario they promise, and that their inputs and counting are right.
"""

from __future__ import annotations

import gzip
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BENCHMARKS = ROOT / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import page_weight  # noqa: E402
import synthetic  # noqa: E402

from portfolio.profile import load_profile, select_projects  # noqa: E402
from portfolio.snapshot import Snapshot, load_snapshot  # noqa: E402


def run_script(*args: str) -> str:
    done = subprocess.run(
        [sys.executable, *args], cwd=ROOT, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


# --- synthetic profiles ---------------------------------------------------------------------


def test_synthetic_snapshot_is_the_same_for_the_same_seed_and_differs_for_another():
    assert synthetic.make_snapshot(4, seed=7).to_json() == synthetic.make_snapshot(4, 7).to_json()
    assert synthetic.make_snapshot(4, seed=7).to_json() != synthetic.make_snapshot(4, 8).to_json()


def test_a_small_synthetic_profile_is_the_start_of_a_larger_one():
    small, large = synthetic.make_snapshot(3), synthetic.make_snapshot(8)
    assert large.repos[:3] == small.repos


def test_synthetic_readmes_have_the_features_of_real_ones():
    readmes = [repo.readme.text for repo in synthetic.make_snapshot(40).repos]
    sizes = [len(text.encode()) for text in readmes]
    assert min(sizes) >= synthetic.MIN_README_BYTES
    assert max(sizes) <= synthetic.MAX_README_BYTES + 5_000  # the last section may overshoot
    assert 3_000 <= sorted(sizes)[len(sizes) // 2] <= 7_000  # a median of a few KB
    for text in readmes:
        assert text.startswith("# ")
        assert "\n## Installation\n" in text and "\n## License\n" in text
        assert "[![" in text  # badges
        assert "```" in text  # code blocks
    joined = "\n".join(readmes)
    for feature in ("| --- |", "- [x] ", "> [!", "<img src=", "![Screenshot", "\n  - ", "[^"):
        assert feature in joined, feature
    assert "## Contents" in joined  # long READMEs have a table of contents


def test_written_profile_loads_and_shows_every_repository(tmp_path: Path):
    folder = synthetic.write_profile(tmp_path / "profile", 5, seed=2)
    profile = load_profile(folder)
    snapshot = load_snapshot(folder)
    assert snapshot == synthetic.make_snapshot(5, seed=2)
    assert len(select_projects(profile, snapshot)) == 5
    assert Snapshot.from_json(snapshot.to_json()) == snapshot


def test_changed_readme_changes_the_text_but_keeps_the_title():
    text = synthetic.make_snapshot(1).repos[0].readme.text
    changed = synthetic.changed_readme(text)
    assert changed != text
    assert changed.split("\n", 1)[0] == text.split("\n", 1)[0]


# --- page weight counting -------------------------------------------------------------------


def test_page_weight_counts_bytes_and_requests_of_a_first_visit(tmp_path: Path):
    site = tmp_path / "site"
    (site / "css").mkdir(parents=True)
    (site / "img").mkdir()
    css = b"@import url('extra.css');\n@font-face{font-family:X;src:url(../fonts/x.woff2)}\n"
    extra = b"body{background:url('/img/bg.png')}\n"
    (site / "css" / "main.css").write_bytes(css)
    (site / "css" / "extra.css").write_bytes(extra)
    (site / "img" / "me.png").write_bytes(b"\x89PNG" + b"0" * 96)
    html = (
        b"<!doctype html><html><head>"
        b'<link rel="stylesheet" href="css/main.css">'
        b'<link rel="stylesheet" href="https://cdn.example.net/x.css">'
        b'<script type="application/ld+json">{"@type": "Person"}</script>'
        b"<script>var a = 1;</script>"
        b"</head><body>"
        b'<img src="img/me.png" alt="me"><img src="img/me.png" alt="again">'
        b'<img srcset="https://img.example.com/a.png 1x, https://img.example.com/b.png 2x" alt="">'
        b'<img src="https://shields.example.io/badge.svg" loading="lazy" alt="badge">'
        b'<img src="data:image/png;base64,AAAA" alt="inline">'
        b"</body></html>"
    )
    (site / "index.html").write_bytes(html)

    weight = page_weight.weigh_page(site, "index.html", "https://ada.example.org/")

    assert weight.bytes_raw["html"] == len(html)
    assert weight.bytes_raw["css"] == len(css) + len(extra)
    assert weight.bytes_raw["js"] == len(b"var a = 1;")  # JSON-LD is not script
    assert weight.bytes_raw["image"] == 100
    assert weight.bytes_gzip["html"] == len(gzip.compress(html, compresslevel=6, mtime=0))
    assert dict(weight.requests) == {
        ("html", "same"): 1,
        ("css", "same"): 2,  # main.css and its @import
        ("css", "third"): 1,
        ("font", "same"): 1,
        ("image", "same"): 2,  # me.png once, and the stylesheet's background
        ("image", "third"): 2,  # the first srcset candidate, the badge
        ("icon", "same"): 1,  # /favicon.ico: the page names no icon
    }
    assert weight.third_party_hosts == {"cdn.example.net", "img.example.com", "shields.example.io"}
    assert weight.count("same") == 7 and weight.count("third") == 3


def test_page_weight_under_a_sub_path_maps_addresses_to_files(tmp_path: Path):
    site = tmp_path / "site"
    (site / "projects" / "demo").mkdir(parents=True)
    (site / "theme").mkdir()
    (site / "theme" / "style.css").write_bytes(b"p{margin:0}")
    (site / "projects" / "demo" / "index.html").write_bytes(
        b'<link rel="stylesheet" href="../../theme/style.css"><link rel="icon" href="/x/i.svg">'
    )
    weight = page_weight.weigh_page(
        site, "projects/demo/index.html", "https://ada.github.io/portfolio"
    )
    assert weight.bytes_raw["css"] == len(b"p{margin:0}")
    # /x/i.svg is outside the site's path on the same host: same origin, not one of our files.
    assert dict(weight.requests) == {("html", "same"): 1, ("css", "same"): 1, ("icon", "same"): 1}


# --- the scripts run ------------------------------------------------------------------------


def test_page_weight_script_weighs_the_sample_site_in_every_theme():
    out = run_script("benchmarks/page_weight.py")
    for theme in ("default", "academic"):
        assert f"{theme}: home HTML+CSS " in out
        assert f"{theme:<10} index.html " in out
        assert f"{theme:<10} projects/" in out
    assert "JavaScript 0 bytes" in out


def test_build_script_measures_every_scenario():
    size = "3"
    out = run_script("benchmarks/build.py", "--sizes", size)
    for scenario in (
        "ours, cold",
        "ours, cold, 1 job",
        "ours, warm",
        "ours, warm in serve",
        "Pelican, cold",
        "Pelican, warm",
        "Pelican, warm, its cache",
    ):
        assert f"       {size} | {scenario:<24} |" in out, scenario
    assert f"   {size} projects: ours cold / Pelican cold = " in out


def test_check_script_measures_rules_and_readme_analysis():
    out = run_script("benchmarks/check.py", "--sizes", "3")
    assert "READMEs per second" in out
    assert "\n     3 " in out  # the row of the 3-repository profile


def test_fetch_script_measures_every_scenario_against_the_naive_loop():
    out = run_script("benchmarks/fetch.py", "--sizes", "4", "--latency", "0")
    for scenario in (
        "ours, cold, token",
        "ours, warm, token",
        "ours, warm, token, +1min",
        "ours, cold, no token",
        "ours, warm, no token",
        "ours, resumed, token",
        "naive PyGithub, token",
    ):
        assert f"    4 | {scenario:<25} |" in out, scenario
    assert "    4 repos: naive/ours cold = " in out
    costs = {
        cells[1]: int(cells[3])
        for line in out.splitlines()
        if (cells := [c.strip() for c in line.split("|")])[0] == "4" and len(cells) == 5
    }
    # Unchanged data: free within the pins' minute, one GraphQL point after it.
    assert (costs["ours, warm, token"], costs["ours, warm, token, +1min"]) == (0, 1)
