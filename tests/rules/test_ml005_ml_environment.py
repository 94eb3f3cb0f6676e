"""ML005 ml-environment: dependencies specified in a file (or pinned in the README)."""

from __future__ import annotations

import pytest
from builders import messages, repo_ctx, run

from checks.rules.ml.ml005_ml_environment import RULE


@pytest.mark.parametrize(
    "files",
    [
        ("train.py", "requirements.txt"),
        ("train.py", "environment.yml"),
        ("train.py", "uv.lock", "pyproject.toml"),
        ("train.py", "Dockerfile"),
        ("train.py", ".devcontainer/"),
        ("train.py", "requirements-gpu.txt"),
    ],
)
def test_passes(files: tuple[str, ...]) -> None:
    assert messages(RULE, repo_ctx(topics=("pytorch",), files=files)) == []


def test_pinned_install_in_the_readme_passes() -> None:
    ctx = repo_ctx(
        topics=("pytorch",),
        files=("train.py",),
        readme="# x\n\n```bash\npip install torch==2.3.1 numpy==1.26.4\n```\n",
    )
    assert messages(RULE, ctx) == []


def test_fails_without_any_environment_file() -> None:
    (problem,) = run(RULE, repo_ctx(topics=("kaggle",), files=("a.ipynb", "utils.py")))
    assert problem.message == (
        "`ml-utils` does not specify its dependencies: no requirements.txt, environment.yml, "
        "lock file or Dockerfile at the root (an ML repository: it has the topic `kaggle`)"
    )
    assert problem.file is None and not problem.inconclusive
    assert "pip freeze > requirements.txt" in problem.fix.description


@pytest.mark.parametrize(
    ("install", "quoted"),
    [
        # nanoGPT's README: the packages are known, their versions are not.
        ("pip install torch numpy transformers datasets tiktoken wandb tqdm",
         "pip install torch numpy transformers datasets tiktoken ..."),
        ("$ pip install -q torch tqdm", "pip install -q torch tqdm"),
        ("conda install pytorch torchvision -c pytorch",
         "conda install pytorch torchvision -c pytorch"),
        ("pip install -r requirements.txt", None),
        ("pip install -e .", None),
        ("pip install git+https://github.com/openai/CLIP.git", None),
        ("pip install --upgrade", None),
        # TFODCourse: updating the installer names no dependency.
        ("python -m pip install --upgrade pip setuptools", None),
        ("pip install ipykernel", None),
        # The next command of the line and a channel are not packages.
        ("pip install torch && python train.py", "pip install torch"),
        ("conda install -c conda-forge -c pytorch", None),
    ],
)  # fmt: skip
def test_an_unpinned_install_in_the_readme_is_quoted(install: str, quoted: str | None) -> None:
    readme = f"# x\n\n## Install\n\n```\n{install}\n```\n"
    ctx = repo_ctx(topics=("pytorch",), files=("train.py",), readme=readme)
    (problem,) = run(RULE, ctx)
    expected = (
        f"lists its dependencies only in its README, without versions (`{quoted}`)"
        if quoted
        else "does not specify its dependencies"
    )
    assert problem.message == (
        f"`ml-utils` {expected}: no requirements.txt, environment.yml, lock file or Dockerfile "
        "at the root (an ML repository: it has the topic `pytorch`)"
    )


def test_unknown_file_list_is_inconclusive() -> None:
    (problem,) = run(RULE, repo_ctx(topics=("pytorch",), unknown=("files",)))
    assert problem.inconclusive
    assert problem.message == (
        "`ml-utils` is an ML repository: it has the topic `pytorch`, but its file list is "
        "unknown, so its dependency files could not be checked"
    )


def test_non_ml_is_skipped() -> None:
    assert messages(RULE, repo_ctx(files=("main.go",), language="Go")) == []


def test_standalone_examples_each_with_requirements_pass() -> None:
    files = ("README.md", "bert/requirements.txt", "bert/model.py", "mnist/requirements.txt")
    assert messages(RULE, repo_ctx(topics=("pytorch",), files=files)) == []
    # One folder with requirements is part of a project, not a collection of them; deeper
    # folders (docs/examples/x/) are not projects of the repository either.
    for files in [
        ("README.md", "bert/requirements.txt", "train.py"),
        ("README.md", "docs/a/requirements.txt", "docs/b/requirements.txt", "train.py"),
    ]:
        assert len(messages(RULE, repo_ctx(topics=("pytorch",), files=files))) == 1


@pytest.mark.parametrize(
    ("files", "found"),
    [
        # iterative/example-get-started: the pipeline's code and its requirements in src/.
        (("dvc.yaml", "src/train.py", "src/requirements.txt"), 0),
        # A course's chapter: its Pipfile beside its training script, or a folder above it.
        (("05-deployment/code/train.py", "05-deployment/code/Pipfile"), 0),
        (("05-deployment/code/train.py", "05-deployment/Dockerfile"), 0),
        # An environment file beside something else is not the training code's.
        (("src/train.py", "docs/requirements.txt"), 1),
        (("train.py", "docs/requirements.txt"), 1),
    ],
)
def test_an_environment_beside_the_training_script_passes(
    files: tuple[str, ...], found: int
) -> None:
    assert len(messages(RULE, repo_ctx(topics=("pytorch",), files=files))) == found


@pytest.mark.parametrize(
    ("readme", "found"),
    [
        ("We recommend running these notebooks on [Colab](https://colab.google).", 0),
        ("[![Binder](https://mybinder.org/badge.svg)](https://mybinder.org/v2/gh/o/x/HEAD)", 0),
        ("Run it on [Kaggle](https://www.kaggle.com/code/octo/ch1).", 0),
        # A Kaggle dataset is data, not a place that runs the notebooks.
        ("The data is on [Kaggle](https://www.kaggle.com/datasets/octo/faces).", 1),
    ],
)
def test_notebooks_run_on_a_hosted_service_pass(readme: str, found: int) -> None:
    files = ("ch1.ipynb", "ch2.ipynb")
    ctx = repo_ctx(topics=("pytorch",), files=files, readme=f"# Book\n\n{readme}\n")
    assert len(messages(RULE, ctx)) == found


def test_scripts_linked_to_colab_still_need_an_environment_file() -> None:
    text = "# x\n\nA demo on [Colab](https://colab.research.google.com/drive/1x).\n"
    ctx = repo_ctx(topics=("pytorch",), files=("train.py", "model.py"), readme=text)
    assert len(messages(RULE, ctx)) == 1
