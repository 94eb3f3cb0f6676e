"""ML006 ml-data-source: where the data comes from."""

from __future__ import annotations

import pytest
from builders import messages, repo_ctx, run

from checks.rules.ml.ml006_ml_data_source import RULE

ML = {"topics": ("pytorch",), "files": ("train.py",)}


@pytest.mark.parametrize(
    "text",
    [
        "# x\n\n## Data\n\nAsk me.\n",
        "# x\n\nTrained on CIFAR-10.\n",
        "# x\n\nThe dataset is on https://huggingface.co/datasets/octo/x\n",
        "# x\n\nRun the script that downloads the data first.\n",
        # A guide of the repository about the data, or the training guide (MiniGPT-4).
        "# x\n\nSee [Preparing the data](docs/DATA.md).\n",
        "# x\n\n## Training\n\nFor training details, check [here](MiniGPT4_Train.md).\n",
    ],
)
def test_passes(text: str) -> None:
    assert messages(RULE, repo_ctx(readme=text, **ML)) == []


def test_fails() -> None:
    text = "# x\n\nAnomalies in readings from industrial sensors.\n"
    (problem,) = run(RULE, repo_ctx(readme=text, **ML))
    assert problem.message == (
        "README.md of `ml-utils` does not say where the data comes from or how to get it (an "
        "ML repository: it has the topic `pytorch`; sections found: x)"
    )
    assert '"Data" section' in problem.fix.description


def test_a_training_section_linking_elsewhere_than_a_guide_still_fails() -> None:
    # The training section links the paper and a script, not a guide; the notes are linked
    # from another section.
    text = (
        "# x\n\nSensor anomalies.\n\n## Training\n\nRun [train.py](train.py) as in "
        "[the paper](https://arxiv.org/abs/2401.00001).\n\n## Notes\n\n"
        "See [our notes](NOTES.md).\n"
    )
    (problem,) = run(RULE, repo_ctx(readme=text, **ML))
    assert problem.message.startswith("README.md of `ml-utils` does not say where the data")
