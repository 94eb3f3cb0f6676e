"""How the README section classifier is fitted and measured: the L2 strength chosen inside
the training data only, the opening-words features, and the paper's weighted measure."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from checks.readme_features import OPENING_WEIGHT, features
from checks.readme_train import Example, Settings, choose_l2, fit

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
    examples = toy_examples(8)
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
