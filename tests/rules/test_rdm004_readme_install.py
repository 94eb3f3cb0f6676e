"""RDM004 readme-install: an install section or install command; no-code repos skipped."""

from __future__ import annotations

import pytest
from builders import messages, repo_ctx, run

from checks.rules.readme.rdm004_readme_install import INSTALL_HEADING, RULE


@pytest.mark.parametrize(
    "text",
    [
        "# x\n\nA tool.\n\n## Installation\n\nUse pip.\n",
        "# x\n\nA tool.\n\n## Getting started\n\nClone it.\n",
        "# x\n\nA tool.\n\n```console\n$ python -m pip install x\n```\n",
        "# x\n\nA tool.\n\n```bash\nnpm i x\n```\n",
        "# x\n\nInstall it with `pip install x`.\n",
        # Headings in other languages, through their English stand-ins.
        "# 小工具\n\n一个处理表格的小工具。\n\n## 安装说明\n\n从发布页面下载。\n",
        "# herramienta\n\nUna herramienta.\n\n## Instalación\n\nDescargue la versión.\n",
        # A library's users declare it in their own manifest (anyhow, Maven, Gradle).
        '# x\n\nErrors.\n\n```toml\n[dependencies]\nanyhow = "1.0"\n```\n',
        "# x\n\nA parser.\n\n```xml\n<dependency>\n  <artifactId>x</artifactId>\n"
        "</dependency>\n```\n",
        '# x\n\nA parser.\n\n```kotlin\nimplementation("com.example:x:1.2")\n```\n',
        # Julia's package prompt.
        "# x\n\nA model zoo.\n\n```julia\npkg> add Flux\n```\n",
        "# x\n\nA model zoo.\n\n```julia\njulia> ] add Flux\n```\n",
    ],
)
def test_passes(text: str) -> None:
    assert messages(RULE, repo_ctx(language="Python", readme=text)) == []


def test_fails_with_the_sections_found() -> None:
    text = (
        "# x\n\nA tool.\n\n## Overview\n\nIt does x.\n\n## Features\n\n- fast\n\n"
        "## License\n\nMIT\n"
    )
    (problem,) = run(RULE, repo_ctx(language="Python", readme=text))
    assert problem.message == (
        "README.md of `ml-utils` has no section that says how to install it "
        "(sections found: x, Overview, Features, License)"
    )
    assert (
        "`git clone https://github.com/octo/ml-utils.git`, `cd ml-utils` and "
        "`pip install -r requirements.txt` (requirements.txt is not in the repository yet: "
        "create it first)" in problem.fix.description
    )
    # With the file there, the example just uses it.
    ctx = repo_ctx(language="Python", readme=text, files=("requirements.txt", "train.py"))
    (problem,) = run(RULE, ctx)
    assert "`pip install -r requirements.txt`), and" in problem.fix.description


@pytest.mark.parametrize(
    ("fields", "example"),
    [
        # A Python library (pyproject.toml and src/): installed from PyPI, not cloned.
        (
            {"language": "Python", "files": ("pyproject.toml", "src/ml_utils/__init__.py")},
            "`pip install ml-utils` once it is on PyPI, or "
            "`pip install git+https://github.com/octo/ml-utils.git`",
        ),
        # An application with a pyproject.toml: cloned, then installed from the checkout.
        (
            {"language": "Python", "files": ("pyproject.toml", "app.py", "Dockerfile")},
            "`git clone https://github.com/octo/ml-utils.git`, `cd ml-utils` and `pip install .`",
        ),
        ({"language": "TypeScript", "files": ("package.json", "index.ts")}, "`npm install`"),
        (
            {"language": "Rust", "files": ("Cargo.toml", "src/lib.rs")},
            "`cargo add ml-utils`",
        ),
        # A Julia package (Flux.jl) is added by its name without .jl; an R package too.
        (
            {"name": "Flux.jl", "language": "Julia", "files": ("Project.toml", "src/Flux.jl")},
            "`julia -e 'using Pkg; Pkg.add(\"Flux\")'`",
        ),
        (
            {"name": "tidyr", "language": "R", "files": ("DESCRIPTION", "R/tidyr.R")},
            '`install.packages("tidyr")` once it is on CRAN, or '
            '`remotes::install_github("octo/tidyr")`',
        ),
        (
            {"language": "Haskell", "files": ("Main.hs",)},
            "`git clone https://github.com/octo/ml-utils.git` and the install step",
        ),
    ],
)
def test_the_fix_gives_the_install_commands_of_the_repository_kind(
    fields: dict, example: str
) -> None:
    (problem,) = run(RULE, repo_ctx(readme="# x\n\nA tool.\n", **fields))
    assert example in problem.fix.description


def test_the_title_is_not_an_install_section() -> None:
    text = "# Build a tokenizer\n\nNotes.\n"
    assert len(messages(RULE, repo_ctx(language="Python", readme=text))) == 1


def test_repos_without_code_are_skipped() -> None:
    assert messages(RULE, repo_ctx(language=None, readme="# Awesome list\n\n- a\n")) == []


def test_install_through_a_virtualenv_path_counts() -> None:
    text = "# x\n\n```sh\npython3 -m venv .venv && .venv/bin/pip install -e .\n```\n"
    assert messages(RULE, repo_ctx(language="Python", readme=text)) == []


@pytest.mark.parametrize(
    "link",
    [
        "## Development\n\nSee [DEVELOPERS.md](./DEVELOPERS.md)\n",
        "See [INSTALL.md](INSTALL.md).\n",
        "Read the [installation guide](https://x.readthedocs.io/en/latest/guide.html).\n",
        "Docs: https://x.readthedocs.io/en/latest/installation.html\n",
        # mdBook: the sentence beside a shortcut reference link says what the page holds.
        "Check out the **[User Guide]** for a list of features and installation and usage "
        "information.\n\n[User Guide]: https://rust-lang.github.io/mdBook/\n",
    ],
)
def test_install_steps_kept_elsewhere_and_linked_count(link: str) -> None:
    text = f"# x\n\nA model.\n\n## Usage\n\nCall it.\n\n{link}"
    assert messages(RULE, repo_ctx(language="Python", readme=text)) == []


@pytest.mark.parametrize(
    "link",
    [
        # A badge of the build, a link to the project's page, an anchor: no install steps.
        "[![Build](https://ci.org/x/badge.svg)](https://ci.org/x/builds)\n",
        "[Homepage](https://x.org/) and [the setup.py](setup.py)\n",
        "[Install](#install)\n",
        "Work happens on [the development branch](https://github.com/o/x/tree/development).\n",
        # "set up" beside a link says too little: [Foo] is not where the install steps are.
        "[Foo](https://foo.org) makes it easy to set up a server.\n",
    ],
)
def test_other_links_are_not_install_steps(link: str) -> None:
    text = f"# x\n\nA model.\n\n{link}"
    assert len(messages(RULE, repo_ctx(language="Python", readme=text))) == 1


def test_a_collection_of_examples_each_with_its_readme_passes() -> None:
    text = (
        "# Examples\n\nStandalone examples.\n\n- [MNIST](mnist)\n- [LoRA](./lora/)\n"
        "- [LLaMA](llms/llama)\n"
    )
    files = ("mnist/README.md", "mnist/main.py", "lora/README.md", "llms/llama/README.md")
    assert messages(RULE, repo_ctx(language="Python", readme=text, files=files)) == []
    # One linked folder with a README is a part of the project, not a collection.
    alone = ("mnist/README.md", "mnist/main.py", "lora/main.py")
    assert len(messages(RULE, repo_ctx(language="Python", readme=text, files=alone))) == 1


def test_links_to_the_readmes_of_a_collection_count_as_links_to_its_projects() -> None:
    text = (
        "# PyTorch Examples\n\nExamples of using PyTorch.\n\n## Available models\n\n"
        "- [Image classification (MNIST)](./mnist/README.md)\n"
        "- [Variational Auto-Encoders](./vae/README.md#vae)\n"
    )
    files = ("mnist/README.md", "mnist/main.py", "vae/README.md", "vae/main.py")
    assert messages(RULE, repo_ctx(language="Python", readme=text, files=files)) == []


def test_documented_parts_of_one_project_are_not_a_collection() -> None:
    # LLaMA-Factory links data/README.md and examples/README.md: one project, well documented.
    text = (
        "# x\n\nFine-tune models.\n\nSee the [datasets](data/README.md) and the "
        "[examples](examples/README.md), or [the plugins](examples/plugins/README.md).\n"
    )
    files = ("data/README.md", "examples/README.md", "examples/plugins/README.md", "src/x.py")
    assert len(messages(RULE, repo_ctx(language="Python", readme=text, files=files))) == 1


def test_a_running_the_code_section_is_where_to_get_it_running() -> None:
    text = (
        "# Notebooks\n\nThe book's code.\n\n## Running the code\n\nWe recommend running "
        "these notebooks on [Colab](https://colab.google).\n"
    )
    assert messages(RULE, repo_ctx(language="Jupyter Notebook", readme=text)) == []


def test_a_run_example_section_is_not_an_install_section() -> None:
    text = "# x\n\nGANs.\n\n## Run Example\n\n```\n$ python3 acgan.py\n```\n"
    assert len(messages(RULE, repo_ctx(language="Python", readme=text))) == 1


def test_links_into_the_repositorys_own_tree_name_its_projects_too() -> None:
    text = (
        "# Examples\n\nStandalone examples.\n\n"
        "- [MNIST](https://github.com/octo/ml-utils/tree/main/mnist)\n"
        "- [Style transfer](style%20transfer/README.md)\n"
        # Another repository's folder of the same name is not one of ours.
        "- [VAE](https://github.com/someone/else/tree/main/vae)\n"
    )
    files = ("mnist/README.md", "style transfer/README.md", "vae/README.md")
    assert messages(RULE, repo_ctx(language="Python", readme=text, files=files)) == []
    only_other = text.replace("octo/ml-utils", "someone/else").replace("style%20transfer", "x")
    assert len(messages(RULE, repo_ctx(language="Python", readme=only_other, files=files))) == 1


@pytest.mark.parametrize(
    ("heading", "is_install"),
    [
        ("Build", True),
        ("Building from source", True),
        ("How to build", True),
        # pytorch-deep-learning's course: what one makes, not how to set it up.
        ("What will I build in the course?", False),
        ("What we build", False),
        ("What you'll build", False),
        ("Build & run", True),
        ("Building the Docker image", True),
        ("Build: Linux", True),
        # A book's subtitle, gradio's first example: what one makes with it.
        ("A Problem-Solver's Guide to Building Real-World Intelligent Systems", False),
        ("Building Your First Demo", False),
    ],
)
def test_build_is_an_install_heading_unless_it_is_what_one_makes(
    heading: str, is_install: bool
) -> None:
    assert bool(INSTALL_HEADING.search(heading)) is is_install


def test_other_toml_or_julia_code_is_no_install_step() -> None:
    for code in ("```toml\n[tool.black]\nline-length = 99\n```", "```julia\nx = [1, 2]\n```"):
        text = f"# x\n\nA tool.\n\n{code}\n"
        assert len(messages(RULE, repo_ctx(language="Rust", readme=text))) == 1


def test_the_repositorys_own_notebooks_on_binder_or_colab_need_no_install() -> None:
    for url in (
        "https://mybinder.org/repo/octo/ml-utils/notebooks/exercises.ipynb",
        "https://colab.research.google.com/github/octo/ml-utils/blob/main/demo.ipynb",
    ):
        text = f"# x\n\nExercises.\n\n[Try them online]({url})\n"
        assert messages(RULE, repo_ctx(language="Python", readme=text)) == []


def test_a_colab_of_another_repository_is_no_install_step() -> None:
    url = "https://colab.research.google.com/github/other/demo/blob/main/demo.ipynb"
    text = f"# x\n\nA library.\n\n[![Open In Colab](https://colab.research.google.com/assets/colab-badge.svg)]({url})\n"
    assert len(messages(RULE, repo_ctx(language="Python", readme=text))) == 1


def test_lessons_in_numbered_folders_each_with_a_readme_install_themselves() -> None:
    # MLOps-Basics: "## Week 0: Project Setup" ... and week_0_project_setup/README.md ...
    text = "# MLOps\n\n## Week 0: Project Setup\n\nA blog post.\n\n## Week 1: Logging\n"
    weeks = ("week_0_project_setup/README.md", "week_1_wandb_logging/README.md", "images")
    assert messages(RULE, repo_ctx(language="Python", readme=text, files=weeks)) == []
    # One such folder, or folders named otherwise, are parts of one project.
    one = ("week_0_project_setup/README.md", "images")
    assert len(messages(RULE, repo_ctx(language="Python", readme=text, files=one))) == 1
    parts = ("backend/README.md", "frontend/README.md")
    assert len(messages(RULE, repo_ctx(language="Python", readme=text, files=parts))) == 1


def test_a_book_written_as_pages_is_read_not_installed() -> None:
    # ml-interviews-book: a book built to HTML, read on its site.
    text = (
        "## Machine Learning Interviews Book\n\nThis book is the result of many interviews. "
        "Read the web version [here](https://example.org/book/).\n"
    )
    assert messages(RULE, repo_ctx(language="HTML", readme=text)) == []
    # The same pages without a word of teaching: a site, whose README says how to build it.
    site = "## My site\n\nMy personal pages, with posts about my work.\n"
    assert len(messages(RULE, repo_ctx(language="HTML", readme=site))) == 1
    # A book's code, in Python, is installed like any code.
    assert len(messages(RULE, repo_ctx(language="Python", readme=text))) == 1
