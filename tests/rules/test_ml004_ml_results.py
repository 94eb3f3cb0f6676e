"""ML004 ml-results: a table, figure or number for a metric."""

from __future__ import annotations

import pytest
from builders import messages, repo_ctx, run

from checks.rules.ml.ml004_ml_results import RULE

ML = {"topics": ("pytorch",), "files": ("train.py",)}


@pytest.mark.parametrize(
    "text",
    [
        "# x\n\n## Results\n\n| Model | Accuracy |\n|---|---|\n| x | 91.5 |\n",
        "# x\n\n## Results\n\n![Validation loss falling over 10 epochs](loss.png)\n",
        "# x\n\n| Dataset | F1 |\n|---|---|\n| a | 0.8 |\n",
        "# x\n\nReaches about 97% test accuracy on MNIST.\n",
        "# x\n\nWe get a BLEU of 31.2 on WMT14.\n",
        # A figure whose alt text, or the line before it, says it shows evaluation results.
        "# x\n\n## Weights\n\nTrained for 225k steps.\n\n![sd evaluation results](scores.jpg)\n",
        "# x\n\n## Weights\n\nEvaluations with different guidance scales (1.5 to 8.0) show "
        "the relative improvements of the checkpoints:\n![scores](scores.jpg)\n",
        # A figure introduced as what the model achieves.
        "# x\n\n## Training\n\nWith two hidden layers of 16 units we achieve this decision "
        "boundary\non the two-moons data:\n\n![two moons](moons.png)\n",
        # What a generative model made, under the prompt it answers, or in a gallery.
        '# x\n\n## With Canny edges\n\n    python canny2image.py\n\nPrompt: "cute dog"\n'
        "![p](p2.png)\n",
        "# x\n\n## Samples\n\n![p](p1.png) ![p](p2.png)\n",
        # A training or inference tool's results are its speed and memory (LLaMA-Factory).
        "# x\n\nIt achieves **170%** speed in our benchmark.\n",
        "# x\n\nLoRA with it trains 2.5x faster and uses 50% less memory.\n",
        "# x\n\nServes Llama-3-8B at 1,200 tokens/s on one A100.\n",
    ],
)
def test_passes(text: str) -> None:
    assert messages(RULE, repo_ctx(readme=text, **ML)) == []


def test_fails_without_numbers() -> None:
    text = "# x\n\nThe results are quite promising.\n\n## Training\n\nRun it.\n"
    (problem,) = run(RULE, repo_ctx(readme=text, **ML))
    assert problem.message == (
        "README.md of `ml-utils` shows no results: no table, figure or number for a metric (an "
        "ML repository: it has the topic `pytorch`; sections found: x, Training)"
    )


@pytest.mark.parametrize(
    "text",
    [
        "# x\n\n| GPU | Memory |\n|---|---|\n| A100 | 80 GB |\n",
        "# x\n\nNeeds 24 GB of GPU memory and Python 3.10.\n",
        "# x\n\nThe speed of light is 299,792 km/s.\n",
    ],
)
def test_requirements_are_not_speed_results(text: str) -> None:
    assert len(messages(RULE, repo_ctx(readme=text, **ML))) == 1


def test_a_table_without_metrics_outside_a_results_section_fails() -> None:
    text = "# x\n\n| Option | Meaning |\n|---|---|\n| --lr | learning rate |\n"
    assert len(messages(RULE, repo_ctx(readme=text, **ML))) == 1


@pytest.mark.parametrize("alt", ["architecture", "sample outputs", "Results page of the app UI"])
def test_a_figure_whose_alt_text_names_no_results_fails(alt: str) -> None:
    text = f"# x\n\n## Design\n\nThe parts.\n\n![{alt}](fig.png)\n"
    assert len(messages(RULE, repo_ctx(readme=text, **ML))) == 1


def test_a_figure_without_an_introduction_of_results_fails() -> None:
    text = (
        "# x\n\nWe achieve a lot with little code.\n\n## Design\n\nThe parts:\n\n"
        + ("Lorem.\n\n" * 3)
        + "![architecture](arch.png)\n"
    )
    assert len(messages(RULE, repo_ctx(readme=text, **ML))) == 1


def test_a_samples_section_without_a_figure_or_number_fails() -> None:
    text = "# x\n\n## Samples\n\nSee the paper.\n"
    assert len(messages(RULE, repo_ctx(readme=text, **ML))) == 1


def test_words_that_only_begin_like_a_results_lead_do_not_introduce_a_figure() -> None:
    # "obtainable" is not "obtains", "attainment" not "attains".
    text = "# x\n\n## Data\n\nThe images are obtainable from the archive:\n\n![sample](s.png)\n"
    assert len(messages(RULE, repo_ctx(readme=text, **ML))) == 1
