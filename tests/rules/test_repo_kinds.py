"""checks.repo_kinds: what the file list can tell, kinds of repo, README outline and links."""

from __future__ import annotations

import pytest
from builders import make_repo, readme

from checks import repo_kinds as kinds

PARTIAL = (
    "README.md",
    "src/",
    "tests/",
    ".github/",
    ".github/workflows/",
    ".github/workflows/ci.yml",
)


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("README.md", True),
        ("LICENSE", False),  # the root is always listed
        (".github/workflows/ci.yml", True),
        (".github/workflows/release.yml", False),  # workflows/ was listed
        ("tests/test_x.py", None),  # tests/ exists but was not opened
        ("docs/conf.py", False),  # there is no docs/ at all
        ("src/pkg/__init__.py", None),
    ],
)
def test_has_path_on_a_partial_listing(path: str, expected: bool | None) -> None:
    assert kinds.has_path(make_repo(files=PARTIAL), path) is expected


def test_has_path_on_a_complete_listing_and_unknown_files() -> None:
    assert kinds.has_path(make_repo(files=PARTIAL, files_complete=True), "tests/x.py") is False
    assert kinds.has_path(make_repo(unknown=("files",)), "README.md") is None
    assert kinds.has_path(make_repo(files=PARTIAL), "readme.md", ignore_case=True) is True


def test_folder_listed() -> None:
    repo = make_repo(files=PARTIAL)
    assert kinds.folder_listed(repo, ".github/workflows")
    assert kinds.folder_listed(repo, "docs")  # absent: nothing can be inside
    assert not kinds.folder_listed(repo, "tests")


def test_manifests_and_notebooks() -> None:
    assert "pyproject.toml" in kinds.expected_manifests("Python")
    assert kinds.expected_manifests("Brainfuck") == ()
    assert kinds.main_language(make_repo(language="Jupyter Notebook")) == "Python"


@pytest.mark.parametrize(
    ("fields", "evidence"),
    [
        ({"topics": ("python-library",)}, "its topics include python-library"),
        ({"description": "A tiny SDK for the Foo API"}, "its description calls it a sdk"),
        ({"files": ("setup.py",)}, "it has a setup.py"),
        ({"files": ("pyproject.toml", "src/")}, "it has a pyproject.toml and a src/ package"),
        (
            {"files": ("Cargo.toml", "src/", "src/lib.rs")},
            "it is a Rust library crate (src/lib.rs)",
        ),
        (
            {"name": "Flux.jl", "files": ("Project.toml", "src/", "src/Flux.jl")},
            "it is a Julia package (src/Flux.jl)",
        ),
        ({"name": "analysis", "files": ("Project.toml", "scripts/run.jl")}, None),
        # A JavaScript package: the module named after it beside its package.json.
        (
            {"name": "request", "files": ("package.json", "index.js", "request.js", "lib/")},
            "it has a package.json and request.js",
        ),
        (
            {"name": "axios", "files": ("package.json", "lib/", "lib/axios.js")},
            "it has a package.json and lib/axios.js",
        ),
        ({"name": "my-site", "files": ("package.json", "index.js", "src/", "src/main.js")}, None),
        ({"files": ("pyproject.toml", "app.py")}, None),
        ({"files": ("setup.py", "index.html")}, None),  # a site, not a library
        ({"files": ("setup.py",), "topics": ("streamlit",)}, None),  # an app
        # A checkout lists files only: src/ is known from the files in it.
        (
            {"files": ("pyproject.toml", "src/click/__init__.py")},
            "it has a pyproject.toml and a src/ package",
        ),
        # A library with its documentation site (Sphinx, MkDocs, Pages) is still a library.
        (
            {"files": ("pyproject.toml", "src/", "docs/", "docs/conf.py", "mkdocs.yml")},
            "it has a pyproject.toml and a src/ package",
        ),
        ({"files": ("setup.py",), "has_pages": True}, "it has a setup.py"),
    ],
)
def test_library_evidence(fields: dict, evidence: str | None) -> None:
    assert kinds.library_evidence(make_repo(**fields)) == evidence


@pytest.mark.parametrize(
    ("fields", "evidence"),
    [
        ({"has_pages": True}, "GitHub Pages is enabled"),
        ({"files": ("index.html", "style.css")}, "it has an index.html"),
        ({"files": ("vite.config.ts",)}, "it has a Vite config"),
        ({"files": ("docs/", "docs/conf.py")}, "it has a documentation site in docs/"),
        ({"topics": ("streamlit",)}, "its topics include streamlit"),
        ({"topics": ("github-pages",)}, "its topics include github-pages"),
        ({"files": ("mkdocs.yml",)}, "it has a MkDocs site"),
        ({"files": ("main.py",)}, None),
    ],
)
def test_deployable_evidence(fields: dict, evidence: str | None) -> None:
    assert kinds.deployable_evidence(make_repo(**fields)) == evidence


@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        ({"is_empty": True}, "it is empty"),
        (
            {"fork": True, "parent": "psf/requests", "created_at": "2025-03-01T00:00:00Z",
             "pushed_at": "2025-01-01T00:00:00Z"},
            "it is a fork of psf/requests with no commits of yours",
        ),
        (
            {"fork": True, "created_at": "2025-03-01T00:00:00Z",
             "pushed_at": "2025-04-01T00:00:00Z"},
            None,
        ),
        ({"name": "hello-world"}, "its name suggests a tutorial or practice repo"),
        ({"name": "python-tutorial-2021"}, "its name suggests a tutorial or practice repo"),
        ({"name": "100-days-of-code"}, "its name suggests a tutorial or practice repo"),
        ({"name": "coursera-dl"}, None),
        ({"name": "course-planner"}, None),
        ({"name": "contest-solver"}, None),
        ({"name": "testbed-sim"}, None),
    ],
)  # fmt: skip
def test_low_signal_reason(fields: dict, reason: str | None) -> None:
    assert kinds.low_signal_reason(make_repo(**fields)) == reason


def test_headings_skip_code_and_comments_and_read_setext_and_rst() -> None:
    text = (
        "Title\n=====\n\n<!-- ## hidden -->\n```\n# not a heading\n```\n## Install ##\nSub\n---\n"
    )
    found = [(h.level, h.title, h.line) for h in kinds.headings(readme(text))]
    assert found == [(1, "Title", 1), (2, "Install", 8), (2, "Sub", 9)]
    rst = readme("proj\n====\n\nLicense\n-------\n", path="README.rst", fmt="rst")
    assert kinds.find_heading(rst, "licence", "license").line == 4


def test_links_and_normalise_url() -> None:
    text = (
        "[site](https://octo.dev/) and <a href='https://linkedin.com/in/octo'>in</a>\n"
        "see https://github.com/octo/ml-utils.\n[ref]: https://x.com/octo\n<!-- https://hidden -->"
    )
    assert kinds.links(text) == [
        "https://octo.dev/",
        "https://linkedin.com/in/octo",
        "https://github.com/octo/ml-utils",
        "https://x.com/octo",
    ]
    assert kinds.normalise_url("https://www.LinkedIn.com/in/octo/?x=1") == "linkedin.com/in/octo"


def test_is_profile_repo() -> None:
    assert kinds.is_profile_repo(make_repo(name="Octo", owner="octo"))
    assert kinds.is_profile_repo(
        make_repo(name="octo", owner="octo", readme="# Hi, I'm Octo", files=("README.md",))
    )
    assert not kinds.is_profile_repo(make_repo(name="octo.github.io", owner="octo"))


def test_an_organisations_project_named_after_it_is_no_profile_repo() -> None:
    # Theano/Theano: GitHub shows only a README.md on a profile.
    theano = make_repo(
        name="Theano", owner="Theano", readme=readme("Theano\n======\n", "README.rst", "rst")
    )
    assert not kinds.is_profile_repo(theano)
    # numpy/numpy: a package beside its pyproject.toml; pytorch/pytorch: a setup.py.
    numpy = ("README.md", "pyproject.toml", "numpy/", "numpy/__init__.py")
    assert not kinds.is_profile_repo(make_repo(name="numpy", owner="numpy", files=numpy))
    torch = ("README.md", "setup.py", "torch/")
    assert not kinds.is_profile_repo(make_repo(name="pytorch", owner="pytorch", files=torch))
    # ollama/ollama: no package file at its root, but megabytes of Go; simonw/simonw's
    # README is drawn by 16 KB of Python.
    ollama = make_repo(name="ollama", owner="ollama", languages={"Go": 9_607_830, "C": 3_066_189})
    assert not kinds.is_profile_repo(ollama)
    # request/request: an npm package, its module request.js beside package.json; a profile
    # README drawn by a Node script has no module named after the login.
    request = ("README.md", "package.json", "index.js", "request.js", "lib/")
    assert not kinds.is_profile_repo(make_repo(name="request", owner="request", files=request))
    script = ("README.md", "package.json", "index.js")
    assert kinds.is_profile_repo(make_repo(name="octo", owner="octo", files=script))
    simonw = make_repo(name="simonw", owner="simonw", languages={"Python": 15_614})
    assert kinds.is_profile_repo(simonw)
    # public-apis/public-apis: no code, no package, but a 238 KB list that people contribute to.
    apis = make_repo(name="public-apis", owner="public-apis", files=("README.md", "LICENSE"))
    assert kinds.is_profile_repo(apis)
    guide = ("README.md", "CONTRIBUTING.md")
    assert not kinds.is_profile_repo(make_repo(name="apis", owner="apis", files=guide))
    in_github = ("README.md", ".github/", ".github/CONTRIBUTING.md")
    assert not kinds.is_profile_repo(make_repo(name="apis", owner="apis", files=in_github))
    long_list = "# Public APIs\n\n" + "| API | Auth |\n" * 10_000
    assert not kinds.is_profile_repo(make_repo(name="apis", owner="apis", readme=long_list))
    assert kinds.library_evidence(make_repo(name="numpy", owner="numpy", files=numpy)) == (
        "it has a pyproject.toml and a numpy/ package"
    )


def test_is_notebook_collection() -> None:
    book = make_repo(language="Jupyter Notebook", files=("notebooks/", "notebooks/01.ipynb"))
    assert kinds.is_notebook_collection(book)
    code = make_repo(language="Jupyter Notebook", files=("train.py", "demo.ipynb"))
    assert not kinds.is_notebook_collection(code)
    assert not kinds.is_notebook_collection(make_repo(language="Python"))


def test_docs_is_always_listed_by_the_fetch() -> None:
    assert kinds.has_path(make_repo(files=("docs/",)), "docs/conf.py") is False


@pytest.mark.parametrize(
    ("name", "solutions"),
    [
        ("LeetCode-Java-Solutions", True),
        ("leetcode", True),
        ("advent-of-code-2024", True),
        ("AdventOfCode", True),
        ("aoc2023", True),
        ("project-euler", True),
        ("hackerrank-sql", True),
        ("chaos-engine", False),  # "aoc" inside a word is no Advent of Code
        ("code-review-bot", False),
        ("ml-utils", False),
    ],
)
def test_is_exercise_solutions(name: str, solutions: bool) -> None:
    assert kinds.is_exercise_solutions(make_repo(name=name)) is solutions


BADGE = "[![Awesome](https://awesome.re/badge.svg)](https://awesome.re)\n\n"
LIST = "# Awesome ML\n\n" + "".join(f"- [Tool {i}](https://tool{i}.org)\n" for i in range(40))


@pytest.mark.parametrize(
    "fields",
    [
        {"name": "awesome-machine-learning"},
        {"name": "ml-papers", "topics": ("awesome-list",)},
        {"name": "ml-papers", "readme": readme(BADGE + LIST)},
    ],
)  # fmt: skip
def test_a_curated_list_of_links_is_a_link_list(fields: dict) -> None:
    fields = {"readme": readme(LIST), **fields}
    assert kinds.is_link_list(make_repo(**fields))


def test_a_project_named_awesome_or_with_few_links_is_no_list() -> None:
    few = "# Awesome ML\n\nA tool. See [docs](https://x.org).\n"
    assert not kinds.is_link_list(make_repo(name="awesome-ml", readme=readme(few)))
    # Many links but nothing saying it is a list: a project with a long README.
    assert not kinds.is_link_list(make_repo(name="ml-utils", readme=readme(LIST)))
    assert not kinds.is_link_list(make_repo(name="awesome-ml"))  # no README
    # A project listed in an awesome list wears "Mentioned in Awesome", linking the list.
    mentioned = (
        "[![Mentioned in Awesome](https://awesome.re/mentioned-badge.svg)]"
        "(https://github.com/sindresorhus/awesome)\n\n"
    )
    assert not kinds.is_link_list(make_repo(name="ml-tools", readme=readme(mentioned + LIST)))
    old_badge = "![Awesome](https://cdn.rawgit.com/sindresorhus/awesome/d73/media/badge.svg)\n"
    assert kinds.is_link_list(make_repo(name="ml-list", readme=readme(old_badge + LIST)))
