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
