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
