"""Score README sections with the boosted decision trees shipped beside the logistic model.

The classifier averages two models that err differently: one logistic regression per label
(a weight per feature) and, for each label, a few hundred small decision trees fitted by
gradient boosting (LightGBM, offline, in ``readme_train``). A tree can say what no single
weight can: "a heading word *and* no code" or "a link-dense body *at* level 4".

Trees are shipped as JSON, so reading them needs nothing but Python. A node is
``[feature, threshold, left, right, zero_goes_left]``, a leaf a number (the tree's share of
the label's log-odds). A section has only a few dozen of the model's thousands of features,
and an absent feature is 0, so most trees take the same path for nearly every section: the
sum of those paths for a section with no feature at all is worked out once, and only the
trees that test a feature the section has are walked.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

Tree = Any
"""A leaf (float) or a node ``[feature, threshold, left, right, zero_goes_left]``."""


class Forest:
    """The trees of every label, ready to score sections quickly."""

    def __init__(self, trees: Sequence[Sequence[Tree]]) -> None:
        self._trees = [list(label_trees) for label_trees in trees]
        self._empty = [[_walk(tree, {}) for tree in label] for label in self._trees]
        self._baseline = [sum(values) for values in self._empty]
        # For each feature, the (label, tree) pairs that test it somewhere.
        self._testing: dict[str, list[tuple[int, int]]] = {}
        for k, label in enumerate(self._trees):
            for t, tree in enumerate(label):
                for feature in _features_of(tree):
                    self._testing.setdefault(feature, []).append((k, t))

    def scores(self, values: Mapping[str, float]) -> list[float]:
        """Each label's summed tree output (log-odds) for a section's features."""
        touched: set[tuple[int, int]] = set()
        testing = self._testing
        for feature in values:
            pairs = testing.get(feature)
            if pairs is not None:
                touched.update(pairs)
        scores = list(self._baseline)
        for k, t in touched:
            scores[k] += _walk(self._trees[k][t], values) - self._empty[k][t]
        return scores


def _walk(tree: Tree, values: Mapping[str, float]) -> float:
    while isinstance(tree, list):
        feature, threshold, left, right, zero_goes_left = tree
        value = values.get(feature, 0.0)
        if value == 0.0:
            tree = left if zero_goes_left else right
        else:
            tree = left if value <= threshold else right
    return tree


def _features_of(tree: Tree) -> set[str]:
    found: set[str] = set()
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            found.add(node[0])
            stack.extend((node[2], node[3]))
    return found


def from_lightgbm(dump: Mapping[str, Any], feature_names: Sequence[str]) -> list[Tree]:
    """The trees of a LightGBM booster's ``dump_model()``, in our JSON form."""
    return [_node(info["tree_structure"], feature_names) for info in dump["tree_info"]]


def _node(node: Mapping[str, Any], names: Sequence[str]) -> Tree:
    if "leaf_value" in node:
        return round(float(node["leaf_value"]), 5)
    if node.get("decision_type", "<=") != "<=":
        raise ValueError(f"unexpected decision type {node['decision_type']!r}")
    threshold = float(node["threshold"])
    # LightGBM sends a "missing" value the default way; our features are never missing
    # (NaN), but with missing_type "Zero" it treats 0 as missing.
    if node.get("missing_type") == "Zero":
        zero_goes_left = bool(node["default_left"])
    else:
        zero_goes_left = threshold >= 0.0
    return [
        names[node["split_feature"]],
        threshold,
        _node(node["left_child"], names),
        _node(node["right_child"], names),
        zero_goes_left,
    ]
