"""ML002 ml-evaluation: the README of model code says how to evaluate."""

from __future__ import annotations

import pytest
from builders import messages, repo_ctx, run

from checks.rules.ml.ml002_ml_evaluation import RULE

ML = {"topics": ("pytorch",), "files": ("train.py",)}


@pytest.mark.parametrize(
    "text",
    [
        "# x\n\n## Evaluation\n\nSee below.\n",
        "# x\n\n```bash\npython evaluate.py --checkpoint best.pt\n```\n",
        "# x\n\n```bash\npython main.py --split test\n```\n",
        "# x\n\n## Benchmarks\n\nNumbers.\n",
        # Said in words, in a quick start that trains, evaluates and samples in one go.
        "# x\n\n## Quick start\n\nThe lines above train for 40 steps, evaluate validation "
        "loss, and sample some text.\n",
        # attention-is-all-you-need-pytorch numbers its steps.
        "# x\n\n### 2) Train the model\n\nRun it.\n\n### 3) Test the model\n\nTranslate.\n",
    ],
)
def test_passes(text: str) -> None:
    assert messages(RULE, repo_ctx(readme=text, **ML)) == []


def test_fails() -> None:
    text = "# x\n\nA model.\n\n## Training\n\n```bash\npython train.py\n```\n"
    (problem,) = run(RULE, repo_ctx(readme=text, **ML))
    assert problem.message == (
        "README.md of `ml-utils` does not say how to evaluate the model (an ML repository: it "
        "has the topic `pytorch`; sections found: x, Training)"
    )
    assert '"Evaluation" section' in problem.fix.description


def test_evaluating_something_else_is_not_evaluating_the_model() -> None:
    text = "# x\n\nA model.\n\n## Training\n\nWe evaluated the test of time: it is slow.\n"
    assert len(messages(RULE, repo_ctx(readme=text, **ML))) == 1


def test_non_ml_is_skipped() -> None:
    assert messages(RULE, repo_ctx(readme="# x\n\nA CLI.\n", language="Go")) == []


def test_a_link_to_a_page_about_evaluation_passes() -> None:
    text = "# x\n\nA model.\n\nSee [how we evaluate](docs/EVALUATION.md).\n"
    assert messages(RULE, repo_ctx(topics=("pytorch",), files=("train.py",), readme=text)) == []


def test_a_link_that_only_mentions_benchmarks_is_not_a_page_about_evaluation() -> None:
    text = (
        "# x\n\nA model.\n\nIt [trains much faster](https://x.io/notes/benchmarks.html) than "
        "[maskrcnn-benchmark](https://github.com/o/maskrcnn-benchmark/).\n"
    )
    assert len(messages(RULE, repo_ctx(topics=("pytorch",), files=("train.py",), readme=text))) == 1


def test_a_page_of_the_repository_linked_on_a_line_about_evaluation_passes() -> None:
    text = "# x\n\nA model.\n\nFine-tuning and evaluation: see [FINETUNE.md](FINETUNE.md).\n"
    assert messages(RULE, repo_ctx(readme=text, **ML)) == []
    # A site named on a line about evaluation is the data, not the instructions.
    text = "# x\n\nA model.\n\nWe report the evaluation on [COCO](https://cocodataset.org).\n"
    assert len(messages(RULE, repo_ctx(readme=text, **ML))) == 1


def test_the_fix_points_to_a_linked_fine_tuning_page() -> None:
    # facebookresearch/mae keeps its evaluation in FINETUNE.md, linked as "The fine-tuning
    # instruction is in [FINETUNE.md](FINETUNE.md)".
    text = "# x\n\nA model.\n\nThe fine-tuning instruction is in [FINETUNE.md](FINETUNE.md).\n"
    (problem,) = run(RULE, repo_ctx(readme=text, **ML))
    assert problem.fix.description.endswith(
        " If `FINETUNE.md` (linked on line 5) already explains evaluation, say so where the "
        'README links it: "Fine-tuning and evaluation: see [FINETUNE.md](FINETUNE.md)".'
    )
