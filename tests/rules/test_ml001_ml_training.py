"""ML001 ml-training: the README of model code says how to train."""

from __future__ import annotations

import pytest
from builders import messages, repo_ctx, run

from checks.rules.ml.ml001_ml_training import RULE

ML = {"topics": ("pytorch",), "files": ("train.py", "model.py")}


@pytest.mark.parametrize(
    "text",
    [
        "# x\n\nA model.\n\n## Training\n\nSee below.\n",
        "# x\n\nA model.\n\n```bash\npython train.py --epochs 3\n```\n",
        "# x\n\nA model. Run `train.py` with your config.\n",
        "# x\n\nA model.\n\n## Reproducing the paper\n\nRun all.\n",
    ],
)
def test_passes(text: str) -> None:
    assert messages(RULE, repo_ctx(readme=text, **ML)) == []


def test_fails_naming_the_training_script() -> None:
    (problem,) = run(RULE, repo_ctx(readme="# x\n\nA model of sensors.\n", **ML))
    assert problem.message == (
        "README.md of `ml-utils` does not say how to train the model (an ML repository: it has "
        "the topic `pytorch`; `train.py` exists but is not explained; sections found: x)"
    )
    assert "`python train.py ...`" in problem.fix.description
    assert problem.file == "README.md"


def test_not_ml_or_not_model_code_is_skipped() -> None:
    assert messages(RULE, repo_ctx(readme="# x\n\nA web site.\n", files=("index.html",))) == []
    tool = repo_ctx(topics=("machine-learning",), readme="# x\n\nValidates training data.\n")
    assert messages(RULE, tool) == []
    assert messages(RULE, repo_ctx(**ML)) == []  # no README: REP006 reports it


@pytest.mark.parametrize(
    "link",
    ["See [Training](docs/TRAINING.md).", "Details in [the guide](docs/fine-tuning/#lora)."],
)
def test_a_link_to_a_page_about_training_passes(link: str) -> None:
    text = f"# x\n\nA model of sensors.\n\n{link}\n"
    assert messages(RULE, repo_ctx(readme=text, **ML)) == []


def test_a_link_to_another_page_does_not_explain_training() -> None:
    text = "# x\n\nA model of sensors.\n\nSee [the docs](docs/INSTALL.md) and [a blog](https://x.org).\n"
    assert len(messages(RULE, repo_ctx(readme=text, **ML))) == 1


def test_a_link_that_only_mentions_training_is_not_a_page_about_it() -> None:
    # detectron2: "It [trains much faster](https://.../notes/benchmarks.html)."
    text = (
        "# x\n\nA model of sensors.\n\nIt [trains much faster](https://x.io/notes/benchmarks.html)"
        " than [maskrcnn-benchmark](https://github.com/o/maskrcnn-benchmark/).\n"
    )
    assert len(messages(RULE, repo_ctx(readme=text, **ML))) == 1


# segment-anything's shape: paper code that releases weights and inference code only.
PAPER = "# x\n\nA model. Paper: https://arxiv.org/abs/2304.02643\n\n## Getting started\n"


def test_without_a_training_script_the_fix_asks_to_say_so_not_for_a_command() -> None:
    ctx = repo_ctx(readme=PAPER, files=("x/predictor.py", "notebooks/demo.ipynb"),
                   files_complete=True, topics=("pytorch",))  # fmt: skip
    (problem,) = run(RULE, ctx)
    assert "the repository holds no training script" in problem.message
    assert "say that it is not released" in problem.fix.description
    assert "exact command" not in problem.fix.description


@pytest.mark.parametrize(
    "sentence",
    [
        "Training code is not released; the paper gives the settings.",
        "We do not release the training code.",
        "The training scripts will be released soon.",
        "The training code has not been released yet.",
    ],
)
def test_saying_the_training_code_is_not_released_passes(sentence: str) -> None:
    text = PAPER + f"\n{sentence}\n"
    ctx = repo_ctx(readme=text, files=("x/predictor.py",), files_complete=True,
                   topics=("pytorch",))  # fmt: skip
    assert messages(RULE, ctx) == []


def test_training_code_said_to_be_undocumented_does_not_pass() -> None:
    text = PAPER + "\nThe training scripts are in the scripts folder and not documented.\n"
    ctx = repo_ctx(readme=text, files=("x/predictor.py",), files_complete=True,
                   topics=("pytorch",))  # fmt: skip
    assert len(messages(RULE, ctx)) == 1


def test_a_training_notebook_is_named_as_a_notebook_to_run_not_a_python_command() -> None:
    ctx = repo_ctx(readme="# x\n\nA model of sensors.\n", topics=("pytorch",),
                   files=("train_model.ipynb",))  # fmt: skip
    (problem,) = run(RULE, ctx)
    assert "for `train_model.ipynb`, which notebook to open and run in order" in (
        problem.fix.description
    )
    assert "python train_model.ipynb" not in problem.fix.description
