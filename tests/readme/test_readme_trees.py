"""The README classifier's boosted trees: LightGBM's trees read back exactly, the sparse
shortcut scores like walking every tree, and the fitted model averages both opinions."""

from __future__ import annotations

import math
import random

import lightgbm
import pytest
from scipy.sparse import csr_matrix

from checks.readme_classify import label_probabilities
from checks.readme_features import features
from checks.readme_train import LABELS, Example, Settings, fit
from checks.readme_trees import Forest, _walk, from_lightgbm

FEATURES = [f"w:{n}" for n in range(12)]


def random_rows(count: int, seed: int) -> list[dict[str, float]]:
    rng = random.Random(seed)
    rows = []
    for _ in range(count):
        chosen = rng.sample(FEATURES, rng.randint(0, 5))
        rows.append({f: rng.choice([1.0, 0.5, 0.25, 2.0]) for f in chosen})
    return rows


def fitted_booster(rows: list[dict[str, float]]) -> tuple[lightgbm.Booster, csr_matrix]:
    """A real booster on a toy target that needs two features together."""
    column = {f: i for i, f in enumerate(FEATURES)}
    data, indices, pointers = [], [], [0]
    for row in rows:
        for f, v in row.items():
            indices.append(column[f])
            data.append(v)
        pointers.append(len(indices))
    matrix = csr_matrix((data, indices, pointers), shape=(len(rows), len(FEATURES)))
    target = [1 if ("w:1" in r) == ("w:2" in r) else 0 for r in rows]
    params = {"objective": "binary", "num_leaves": 4, "min_data_in_leaf": 3, "verbose": -1}
    booster = lightgbm.train(params, lightgbm.Dataset(matrix, label=target), 30)
    return booster, matrix


def test_trees_read_from_lightgbm_score_exactly_as_lightgbm() -> None:
    rows = random_rows(300, seed=1)
    booster, matrix = fitted_booster(rows)
    trees = from_lightgbm(booster.dump_model(), FEATURES)
    assert len(trees) == 30
    expected = booster.predict(matrix, raw_score=True)
    forest = Forest([trees])
    for row, want in zip(rows, expected, strict=True):
        # Leaves are rounded to 5 decimals when read: 30 trees move the sum by < 1e-3.
        assert forest.scores(row)[0] == pytest.approx(want, abs=1e-3)


def test_the_sparse_shortcut_equals_walking_every_tree() -> None:
    rows = random_rows(200, seed=2)
    booster, _matrix = fitted_booster(rows)
    trees = from_lightgbm(booster.dump_model(), FEATURES)
    forest = Forest([trees, trees[:7]])
    for row in [*random_rows(200, seed=3), {}, {"unknown": 1.0}]:
        full = [sum(_walk(t, row) for t in trees), sum(_walk(t, row) for t in trees[:7])]
        assert forest.scores(row) == pytest.approx(full, abs=1e-9)


def test_zero_follows_lightgbm_when_it_treats_zero_as_missing() -> None:
    node = {
        "split_feature": 0,
        "threshold": 0.5,
        "decision_type": "<=",
        "missing_type": "Zero",
        "default_left": False,
        "left_child": {"leaf_value": -1.0},
        "right_child": {"leaf_value": 1.0},
    }
    (tree,) = from_lightgbm({"tree_info": [{"tree_structure": node}]}, ["w:0"])
    assert _walk(tree, {}) == 1.0  # absent is 0, sent the default (right) way
    assert _walk(tree, {"w:0": 0.25}) == -1.0
    with pytest.raises(ValueError, match="decision type"):
        from_lightgbm({"tree_info": [{"tree_structure": {**node, "decision_type": "=="}}]}, ["w:0"])


def test_fit_averages_the_logistic_model_and_the_trees() -> None:
    examples = []
    for n in range(12):
        repo = f"owner/tool{n}"
        examples.append(Example(repo, "## Install", "pip install tool", 2, 0, frozenset({"how"})))
        examples.append(Example(repo, "## License", "MIT licence", 2, 1, frozenset({"who"})))
    model = fit(examples, Settings(min_count=1, l2_choices=()))
    assert len(model["trees"]) == len(LABELS)
    # "what" never occurs: one leaf holding the smoothed log-odds of 0.5 in 25.
    assert model["trees"][LABELS.index("what")] == [round(math.log(0.5 / 24.5), 5)]
    values = features("## Install", "pip install tool", 2, 0)
    mixed = label_probabilities(model, values)
    alone = label_probabilities({k: v for k, v in model.items() if k != "trees"}, values)
    trees = Forest(model["trees"]).scores(values)
    for k, label in enumerate(LABELS):
        tree_p = 1 / (1 + math.exp(-trees[k]))
        assert mixed[label] == pytest.approx((alone[label] + tree_p) / 2)
    assert mixed["how"] > 0.5 > mixed["who"]
