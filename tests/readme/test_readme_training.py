"""How the README section classifier is fitted and measured: the L2 strength chosen inside
the training data only, the opening-words features, and the paper's weighted measure."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from checks.readme_features import OPENING_WEIGHT, features
from checks.readme_train import Example, Settings, choose_l2, examples_from_rows, fit

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
import readme_sections

INSTALL = "Install it:\n\n```bash\npip install tool\n```\n"


def toy_examples(readmes: int) -> list[Example]:
    examples = []
    for n in range(readmes):
        repo = f"owner/tool{n}"
        examples.append(Example(repo, "## Installation", INSTALL, 2, 0, frozenset({"how"})))
        examples.append(Example(repo, "## License", "MIT licence", 2, 1, frozenset({"who"})))
    return examples


def test_opening_words_are_features_of_their_own() -> None:
    values = features(
        "## Middleware", "This is a list of the middleware we know about today.", 2, 3
    )
    assert values["f:this"] == OPENING_WEIGHT
    assert values["f:middle"] == OPENING_WEIGHT  # the 6-letter stem of "middleware"
    assert "f:know" in values  # the 8th word ("a" is too short to be one)
    assert "f:about" not in values  # only the first 8 words open the section
    assert values["t:about"] > 0  # but every word still counts as a body word


def test_l2_is_chosen_among_the_candidates() -> None:
    examples = toy_examples(10)
    settings = Settings(min_count=1, epochs=20, l2_choices=(1e-3, 1.0))
    rows = [features(e.heading, e.text, e.level, e.position) for e in examples]
    # Strong L2 flattens every weight to nothing, so the inner folds must prefer the weak one.
    assert choose_l2(examples, rows, settings) == 1e-3
    model = fit(examples, settings)
    assert model["l2"] == 1e-3


def test_l2_is_not_chosen_without_enough_readmes() -> None:
    examples = toy_examples(3)  # fewer READMEs than two per inner fold
    settings = Settings(min_count=1, l2=0.5, l2_choices=(1e-3, 1.0))
    rows = [features(e.heading, e.text, e.level, e.position) for e in examples]
    assert choose_l2(examples, rows, settings) == 0.5
    assert choose_l2(examples, rows, Settings(l2=0.2, l2_choices=())) == 0.2


def test_paper_measure_counts_sections_without_labels_as_a_column() -> None:
    gold = [{"how"}, set(), {"what", "why"}, {"who"}]
    # A right empty prediction is a hit in the no-label column; "why" counts as "what".
    assert readme_sections.paper_f1(gold, [{"how"}, set(), {"what"}, {"who"}]) == 1.0
    # A label given to an unlabelled section misses the no-label column (F1 0, support 1)
    # and is a false positive for "how" (precision 1/2, recall 1: F1 2/3, support 1).
    predicted = [{"how"}, {"how"}, {"what"}, {"who"}]
    assert readme_sections.paper_f1(gold, predicted) == pytest.approx((2 / 3 + 0 + 1 + 1) / 4)


def test_paper_protocol_folds_cover_every_section_once() -> None:
    folds = readme_sections.section_folds(23, 5)
    assert len(folds) == 5
    assert sorted(i for fold in folds for i in fold) == list(range(23))


def test_examples_know_the_next_heading_and_code_comments_taken_for_headings() -> None:
    fence = "```"
    data = [
        {"repo": "o/r", "heading": "# Tool", "level": 1, "text": "x", "labels": ["What"]},
        # The data's splitter cut this code block at a comment line.
        {"repo": "o/r", "heading": "## Usage", "level": 2, "text": f"{fence}py\nimport t"},
        {"repo": "o/r", "heading": "# Load the file", "level": 1, "text": f"t.load()\n{fence}"},
        {"repo": "o/r", "heading": "## License", "level": 2, "text": "MIT", "labels": ["Who"]},
        {"repo": "o/s", "heading": "# Other", "level": 1, "text": f"{fence}\nnever closed"},
        {"repo": "o/t", "heading": "# Third", "level": 1, "text": "fine"},
    ]
    examples = examples_from_rows(data)
    assert [e.next_heading for e in examples] == [
        "## Usage",
        "# Load the file",
        "## License",
        "",  # the last section of its README
        "",
        "",
    ]
    # Only the comment stands inside code; an open fence does not leak into the next README.
    assert [e.in_code for e in examples] == [False, False, True, False, False, False]


def test_a_code_comment_taken_for_a_heading_has_features_of_its_own_only() -> None:
    values = features("# Define the optimizer", "opt = Adam()\n```", 1, 4, in_code=True)
    assert values == {"bias": 1.0, "ctx:in-code": 1.0}


def test_next_heading_features_are_known_unknown_or_none() -> None:
    assert features("## Usage", "", 2, 1, next_heading="### Install it")["nh:instal"] == 1.0
    assert "nh:<none>" in features("## License", "MIT", 2, 9, next_heading="")
    assert not any(f.startswith("nh:") for f in features("## Usage", "", 2, 1))
