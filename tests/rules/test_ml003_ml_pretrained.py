"""ML003 ml-pretrained: model code that trains links its weights."""

from __future__ import annotations

import pytest
from builders import messages, repo_ctx, run

from checks.model import Severity
from checks.rules.ml.ml003_ml_pretrained import RULE

ML = {"topics": ("pytorch",), "files": ("train.py",)}


@pytest.mark.parametrize(
    "text",
    [
        "# x\n\n## Pretrained models\n\nSoon.\n",
        "# x\n\nDownload [the weights](https://example.org/x/best.pth?dl=1).\n",
        "# x\n\nOn the hub: https://huggingface.co/octo/x-base\n",
        "# x\n\nCheckpoints are on Zenodo.\n",
    ],
)
def test_passes(text: str) -> None:
    assert messages(RULE, repo_ctx(readme=text, **ML)) == []


def test_weights_in_the_repo_pass() -> None:
    ctx = repo_ctx(readme="# x\n\nA model.\n", topics=("pytorch",), files=("train.py", "best.pt"))
    assert messages(RULE, ctx) == []


def test_fails_and_weights_and_biases_is_not_weights() -> None:
    text = "# x\n\nA model, logged with Weights & Biases.\n"
    (problem,) = run(RULE, repo_ctx(readme=text, **ML))
    assert problem.message == (
        "README.md of `ml-utils` does not link trained weights or pretrained models (an ML "
        "repository: it has the topic `pytorch`; sections found: x)"
    )
    assert "https://github.com/octo/ml-utils/releases/new" in problem.fix.description
    assert (RULE.severity, RULE.showcase_severity) == (Severity.INFO, Severity.WARNING)


def test_repos_that_do_not_train_are_skipped() -> None:
    ctx = repo_ctx(topics=("pytorch",), files=("best.onnx",), readme="# x\n\nA demo app.\n")
    assert messages(RULE, ctx) == []
