"""Synthetic GitHub profiles for the benchmarks: N repositories with READMEs like real ones.

    from synthetic import make_snapshot, write_profile

    snapshot = make_snapshot(300, seed=1)         # a Snapshot of 300 repositories
    write_profile(folder, 300, seed=1)            # profile.yaml + snapshot.json, buildable

The same size and seed always give the same snapshot, byte for byte, so two runs of a
benchmark (or two machines) measure the same input. Repository ``i`` is the same whatever the
size: a 10-repository profile is the first 10 repositories of the 300-repository one.

READMEs are Markdown with the features real ones have: a title, badges, prose with inline
links, bold and code, a screenshot (relative path or HTML ``<img>``), a table of contents in
long ones, bullet lists (some nested), task lists, fenced code blocks in the repository's
language, tables, an alert (``> [!NOTE]``), footnotes and a licence section. Their sizes
follow a log-normal spread (median about 4.7 KB, from 2 KB to 40 KB for 300 repositories), the
range of READMEs of projects people choose to show.
"""

from __future__ import annotations

import math
import random
from pathlib import Path

from portfolio.snapshot import FileEntry, Readme, Release, Repo, Snapshot, User, save_snapshot

LOGIN = "sam-rivera-dev"
MEDIAN_README_BYTES = 4000
MIN_README_BYTES = 800
MAX_README_BYTES = 40_000

_WORD_TEXT = (
    "data model pipeline cache request parser schema token stream batch query index graph "
    "node edge vector tensor layer metric score report config plugin driver client server "
    "worker queue event signal buffer frame image label sample dataset feature training "
    "inference latency throughput memory storage backend frontend service endpoint route "
    "handler middleware session header payload format encoder decoder compiler runtime build "
    "release version branch commit review test fixture benchmark profile trace log monitor "
    "alert deploy container cluster region replica shard partition snapshot migration record "
    "field column row table file folder path archive bundle package module library framework "
    "interface adapter wrapper helper utility command option flag argument default value "
    "fast small simple robust portable typed async lazy incremental parallel streaming "
    "offline local remote secure minimal readable reproducible tested documented stable "
    "the a of to in for with on from by and or that is it this we you your can will"
)
WORDS = _WORD_TEXT.split()

LANGUAGES = ("Python", "TypeScript", "JavaScript", "Go", "Rust", "Jupyter Notebook", "C++", "Shell")
LANGUAGE_WEIGHTS = (40, 14, 10, 9, 8, 10, 5, 4)
FENCE = {
    "Python": "python",
    "TypeScript": "typescript",
    "JavaScript": "javascript",
    "Go": "go",
    "Rust": "rust",
    "Jupyter Notebook": "python",
    "C++": "cpp",
    "Shell": "bash",
}
INSTALL = {
    "Python": "pip install {name}",
    "Jupyter Notebook": "pip install -r requirements.txt\njupyter lab",
    "TypeScript": "npm install {name}",
    "JavaScript": "npm install {name}",
    "Go": "go install github.com/{owner}/{name}@latest",
    "Rust": "cargo add {name}",
    "C++": "cmake -S . -B build\ncmake --build build -j",
    "Shell": "curl -fsSL https://example.org/{name}/install.sh | sh",
}
_TOPIC_TEXT = (
    "machine-learning python cli data-visualization api web nlp computer-vision devops "
    "automation testing database rust go typescript react education open-data scraping "
    "deep-learning pytorch security performance documentation"
)
TOPICS = _TOPIC_TEXT.split()
LICENSES = ("MIT", "MIT", "MIT", "Apache-2.0", "Apache-2.0", "GPL-3.0", "BSD-3-Clause", None)


def make_snapshot(size: int, seed: int = 1) -> Snapshot:
    """A snapshot of one user with ``size`` public repositories (never forks or empty ones)."""
    user = User(
        login=LOGIN,
        name="Sam Rivera",
        bio="Software engineer: data tooling, developer experience and the odd game.",
        avatar_url=f"https://avatars.githubusercontent.com/u/1000001?v=4&s={seed}",
        blog="https://samrivera.example.org",
        location="Valencia, Spain",
        followers=180,
        following=40,
        public_repos=size,
        created_at="2016-03-14T09:00:00Z",
        html_url=f"https://github.com/{LOGIN}",
    )
    repos = tuple(make_repo(i, seed) for i in range(size))
    return Snapshot(
        user=user,
        fetched_at="2026-11-01T08:00:00Z",
        repos=repos,
        pinned=tuple(repo.full_name for repo in repos[:6]),
        authenticated=True,
    )


def make_repo(index: int, seed: int = 1) -> Repo:
    """Repository number ``index`` of the synthetic user (independent of the profile's size)."""
    rng = random.Random(f"{seed}:{index}")
    name = f"{rng.choice(WORDS[:120])}-{rng.choice(WORDS[:120])}-{index:03}"
    language = rng.choices(LANGUAGES, LANGUAGE_WEIGHTS)[0]
    text = make_readme(rng, name, language)
    month = 1 + index % 12
    stars = int(rng.lognormvariate(1.5, 1.6))
    files = (
        FileEntry(".github", "dir"),
        FileEntry(".github/workflows", "dir"),
        FileEntry(".github/workflows/ci.yml", "file", 740),
        FileEntry(".gitignore", "file", 120),
        FileEntry("LICENSE", "file", 1068),
        FileEntry("README.md", "file", len(text.encode())),
        FileEntry("docs", "dir"),
        FileEntry("src", "dir"),
        FileEntry("tests", "dir"),
    )
    return Repo(
        name=name,
        owner=LOGIN,
        description=_sentence(rng, 6, 14).rstrip("."),
        homepage=f"https://{LOGIN}.github.io/{name}" if rng.random() < 0.3 else None,
        topics=tuple(sorted(rng.sample(TOPICS, rng.randint(0, 5)))),
        language=language,
        languages={language: rng.randint(5_000, 400_000), "Shell": rng.randint(100, 4_000)},
        license=rng.choice(LICENSES),
        stars=stars,
        forks=stars // 6,
        created_at=f"20{18 + index % 7}-{month:02}-03T10:00:00Z",
        pushed_at=f"2026-{month:02}-{1 + index % 28:02}T12:00:00Z",
        updated_at=f"2026-{month:02}-{1 + index % 28:02}T12:00:00Z",
        default_branch="main",
        latest_release=(
            Release(f"v1.{index % 10}.0", None, "2026-01-15T00:00:00Z") if index % 3 == 0 else None
        ),
        readme=Readme("README.md", "markdown", text),
        files=files,
    )


def make_readme(rng: random.Random, name: str, language: str) -> str:
    """One README: the usual opening sections, extra sections until its size, then the end."""
    target = int(
        min(
            MAX_README_BYTES,
            max(MIN_README_BYTES, rng.lognormvariate(math.log(MEDIAN_README_BYTES), 0.8)),
        )
    )
    fence = FENCE[language]
    opening = [
        f"# {name}\n\n{_badges(rng, name)}",
        _paragraph(rng, 2, 4),
        _screenshot(rng, name),
    ]
    body = [
        "## Features\n\n" + _bullets(rng, nested=rng.random() < 0.4),
        "## Installation\n\n```bash\n"
        + INSTALL[language].format(name=name, owner=LOGIN)
        + "\n```\n\n"
        + _paragraph(rng, 1, 2),
        "## Usage\n\n" + _paragraph(rng, 1, 3) + "\n\n" + _code(rng, fence, name),
    ]
    extras = (_options_table, _results_table, _roadmap, _faq, _architecture, _alert)
    ending = [
        "## Contributing\n\nPull requests are welcome: read [CONTRIBUTING.md](CONTRIBUTING.md) "
        "first, and open an [issue](https://github.com/" + f"{LOGIN}/{name}/issues) "
        "to discuss larger changes.",
        "## License\n\n"
        + "[MIT](LICENSE) © Sam Rivera. "
        + _sentence(rng, 6, 12)
        + " [^credits]\n\n[^credits]: "
        + _sentence(rng, 5, 10),
    ]
    size = sum(len(part) for part in opening + body + ending)
    while size < target:
        section = rng.choice(extras)(rng, fence, name)
        body.append(section)
        size += len(section) + 2
    if size > 6000:
        # Long READMEs carry a table of contents, as GitHub users write them by hand.
        headings = [part.split("\n", 1)[0][3:] for part in body + ending]
        toc = "## Contents\n\n" + "\n".join(
            f"- [{title}](#{title.lower().replace(' ', '-')})" for title in headings
        )
        opening.append(toc)
    return "\n\n".join(opening + body + ending) + "\n"


def write_profile(folder: str | Path, size: int, seed: int = 1) -> Path:
    """Write a profile folder whose site shows all ``size`` repositories; return its path."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "profile.yaml").write_text(
        "schema: portfolio/v1\n"
        "site:\n"
        "  title: Sam Rivera\n"
        "  description: Software engineer building data tooling.\n"
        f"  base_url: https://{LOGIN}.github.io\n"
        "person:\n"
        "  name: Sam Rivera\n"
        "  headline: Software engineer · data tooling\n"
        "  bio: I build small, well-tested tools for people who work with data.\n"
        "links:\n"
        f"  github: https://github.com/{LOGIN}\n"
        "projects:\n"
        "  mode: auto\n"
        "  auto:\n"
        "    sort: stars\n"
        f"    limit: {size}\n"
        "  overrides:\n"
        f"    {make_repo(0, seed).name}:\n"
        "      featured: true\n",
        encoding="utf-8",
    )
    save_snapshot(make_snapshot(size, seed), folder / "snapshot.json")
    return folder


def changed_readme(text: str) -> str:
    """The same README after a small edit: one more sentence under the title."""
    title, _sep, rest = text.partition("\n\n")
    return f"{title}\n\nNow with a changelog: see the releases page.\n\n{rest}"


# --- text ----------------------------------------------------------------------------------


def _sentence(rng: random.Random, low: int, high: int) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(low, high))]
    for at in rng.sample(range(len(words)), min(len(words), rng.randint(0, 2))):
        words[at] = rng.choice(
            (
                f"`{words[at]}()`",
                f"**{words[at]}**",
                f"*{words[at]}*",
                f"[{words[at]}](https://example.org/docs/{words[at]})",
            )
        )
    return " ".join(words).capitalize() + "."


def _paragraph(rng: random.Random, low: int, high: int) -> str:
    return " ".join(_sentence(rng, 8, 22) for _ in range(rng.randint(low, high)))


def _badges(rng: random.Random, name: str) -> str:
    badges = [
        f"[![CI](https://github.com/{LOGIN}/{name}/actions/workflows/ci.yml/badge.svg)]"
        f"(https://github.com/{LOGIN}/{name}/actions/workflows/ci.yml)",
        f"[![License](https://img.shields.io/github/license/{LOGIN}/{name})](LICENSE)",
        f"[![Version](https://img.shields.io/pypi/v/{name})](https://pypi.org/project/{name}/)",
        "[![Coverage](https://img.shields.io/badge/coverage-94%25-brightgreen)]"
        f"(https://codecov.io/gh/{LOGIN}/{name})",
    ]
    return " ".join(badges[: rng.randint(1, 4)])


def _screenshot(rng: random.Random, name: str) -> str:
    if rng.random() < 0.5:
        return f"![Screenshot of {name} showing its main screen](docs/images/screenshot.png)"
    return (
        f'<p align="center">\n  <img src="docs/demo.gif" alt="{name} in a terminal" '
        'width="640">\n</p>'
    )


def _bullets(rng: random.Random, *, nested: bool) -> str:
    lines = []
    for _ in range(rng.randint(3, 8)):
        lines.append(f"- {_sentence(rng, 4, 12)}")
        if nested and rng.random() < 0.4:
            lines.extend(f"  - {_sentence(rng, 3, 8)}" for _ in range(rng.randint(1, 3)))
    return "\n".join(lines)


def _code(rng: random.Random, fence: str, name: str) -> str:
    module = name.split("-")[0]
    lines = []
    for i in range(rng.randint(5, 30)):
        word, other = rng.choice(WORDS[:120]), rng.choice(WORDS[:120])
        if fence == "python":
            lines.append(f"{word}_{i} = {module}.{other}({word!r}, limit={i * 7})  # {other}")
        elif fence in ("typescript", "javascript"):
            lines.append(f"const {word}{i} = await {module}.{other}('{word}', {{ limit: {i} }});")
        elif fence == "go":
            lines.append(f'{word}{i}, err := {module}.{other.title()}("{word}", {i})')
        elif fence == "rust":
            lines.append(f'let {word}_{i} = {module}::{other}("{word}", {i})?;')
        elif fence == "cpp":
            lines.append(f'auto {word}_{i} = {module}::{other}("{word}", {i});')
        else:
            lines.append(f"{module} {other} --{word} {i} | tee {other}.log")
    return f"```{fence}\n" + "\n".join(lines) + "\n```"


def _options_table(rng: random.Random, fence: str, name: str) -> str:
    rows = [
        f"| `{rng.choice(WORDS[:120])}_{i}` | `{rng.randint(0, 100)}` | {_sentence(rng, 4, 10)} |"
        for i in range(rng.randint(3, 10))
    ]
    return (
        "## Configuration\n\n"
        + _paragraph(rng, 1, 2)
        + "\n\n| Option | Default | Description |\n| --- | --- | --- |\n"
        + "\n".join(rows)
    )


def _results_table(rng: random.Random, fence: str, name: str) -> str:
    rows = [
        f"| {rng.choice(WORDS[:120])}-{i} | {rng.uniform(0.5, 0.99):.3f} | "
        f"{rng.uniform(1, 500):.1f} ms | {rng.randint(10, 900)} MB |"
        for i in range(rng.randint(3, 8))
    ]
    return (
        "## Results\n\n"
        + _paragraph(rng, 1, 3)
        + "\n\n| Dataset | Score | Latency | Memory |\n| :--- | ---: | ---: | ---: |\n"
        + "\n".join(rows)
    )


def _roadmap(rng: random.Random, fence: str, name: str) -> str:
    items = [
        f"- [{'x' if rng.random() < 0.5 else ' '}] {_sentence(rng, 3, 9)}"
        for _ in range(rng.randint(3, 7))
    ]
    return "## Roadmap\n\n" + "\n".join(items)


def _faq(rng: random.Random, fence: str, name: str) -> str:
    parts = ["## FAQ"]
    for _ in range(rng.randint(2, 4)):
        question = _sentence(rng, 4, 9).rstrip(".") + "?"
        parts.append(f"### {question}\n\n{_paragraph(rng, 1, 3)}")
    return "\n\n".join(parts)


def _architecture(rng: random.Random, fence: str, name: str) -> str:
    return (
        "## How it works\n\n"
        + _paragraph(rng, 2, 5)
        + "\n\n"
        + _code(rng, fence, name)
        + "\n\n"
        + "\n".join(f"{n}. {_sentence(rng, 5, 12)}" for n in range(1, rng.randint(3, 6)))
        + "\n\n"
        + _paragraph(rng, 1, 3)
    )


def _alert(rng: random.Random, fence: str, name: str) -> str:
    kind = rng.choice(("NOTE", "TIP", "WARNING"))
    return (
        "## Limitations\n\n"
        + f"> [!{kind}]\n> {_sentence(rng, 8, 16)}\n\n"
        + _bullets(rng, nested=False)
    )
