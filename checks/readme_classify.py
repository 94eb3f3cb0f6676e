"""Say which categories a README section covers, from its heading, body, level and position.

The categories are those of Prana et al. (2019): what, why, how, when, who, references,
contribution, other. A small logistic regression per category (``readme_model.json``, fitted
offline by ``readme_train`` on the published development data) weighs the features of
``readme_features``: heading words, body words and cues such as install commands in code,
licence names, version numbers, dates, "contributions welcome" and link density. Boosted
decision trees over the same features (``readme_trees``) give a second opinion; a label's
probability is the mean of the two. The ``what`` model learnt "what or why" (the two overlap;
``decide`` tells them apart with the ``why`` model). A section not in English gets no category
(``readme_language``): the model learnt English wording, and the annotators of the data it
learnt from left every non-English README without a label.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from importlib import resources
from typing import Any

from checks.readme_features import features
from checks.readme_language import unread_language
from checks.readme_trees import Forest

MODEL_FILE = "readme_model.json"

THRESHOLD = 0.5
"""A category is given when its probability reaches this."""
FALLBACK = 0.3
"""When no category reaches ``THRESHOLD``, the likeliest is still given if it reaches this:
most sections of a README are about something."""


@lru_cache(maxsize=1)
def shipped_model() -> dict[str, Any]:
    """The model shipped inside the package (read once)."""
    text = resources.files("checks").joinpath(MODEL_FILE).read_text(encoding="utf-8")
    return json.loads(text)


def probabilities(
    model: dict[str, Any],
    heading: str,
    text: str,
    level: int | None,
    position: int | None,
    parent: str | None = None,
    *,
    next_heading: str | None = None,
    in_code: bool = False,
) -> dict[str, float]:
    """Each label's probability for one section under ``model``; see
    ``readme_features.features`` for the context arguments."""
    values = features(
        heading, text, level, position, parent, next_heading=next_heading, in_code=in_code
    )
    return label_probabilities(model, values)


def label_probabilities(model: dict[str, Any], values: dict[str, float]) -> dict[str, float]:
    """Each label's probability for a section's features (from ``readme_features``)."""
    labels: list[str] = model["labels"]
    weights: dict[str, list[float]] = model["weights"]
    if len(labels) == 8:
        scores = _eight_scores(weights, values)
    else:
        scores = [0.0] * len(labels)
        for feature, value in values.items():
            row = weights.get(feature)
            if row is not None:
                for k, w in enumerate(row):
                    scores[k] += w * value
    if "trees" not in model:
        return {label: _sigmoid(score) for label, score in zip(labels, scores, strict=True)}
    # The two models' probabilities, averaged: they err on different sections.
    tree_scores = _forest(model).scores(values)
    return {
        label: (_sigmoid(score) + _sigmoid(tree_score)) / 2
        for label, score, tree_score in zip(labels, scores, tree_scores, strict=True)
    }


_FORESTS: dict[int, tuple[dict[str, Any], Forest]] = {}


def _forest(model: dict[str, Any]) -> Forest:
    """The model's trees, prepared once per model (the entry keeps the model alive, so its id
    cannot be reused by another while it is cached)."""
    entry = _FORESTS.get(id(model))
    if entry is None or entry[0] is not model:
        if len(_FORESTS) >= 8:  # cross-validation makes many models: keep the latest few
            _FORESTS.clear()
        entry = _FORESTS[id(model)] = (model, Forest(model["trees"]))
    return entry[1]


def _eight_scores(weights: dict[str, list[float]], values: dict[str, float]) -> list[float]:
    """The loop above, unrolled for the shipped model's eight labels: the hottest loop of a
    check, and 40% faster in local variables. Each score adds the same products in the same
    order as the loop, so the sums are the same to the last bit."""
    get = weights.get
    s0 = s1 = s2 = s3 = s4 = s5 = s6 = s7 = 0.0
    for feature, value in values.items():
        row = get(feature)
        if row is not None:
            w0, w1, w2, w3, w4, w5, w6, w7 = row
            s0 += w0 * value
            s1 += w1 * value
            s2 += w2 * value
            s3 += w3 * value
            s4 += w4 * value
            s5 += w5 * value
            s6 += w6 * value
            s7 += w7 * value
    return [s0, s1, s2, s3, s4, s5, s6, s7]


def decide(probability: dict[str, float]) -> set[str]:
    """The labels to give, from their probabilities.

    The model's ``what`` is the probability of "what or why" (``readme_train.learnt_as``),
    at least that of ``why`` alone: when it is given, it is given as ``why`` if ``why``'s
    own probability reaches ``THRESHOLD``, else as ``what``.
    """
    why = probability.get("why", 0.0)
    scores = {label: p for label, p in probability.items() if label != "why"}
    if "why" in probability:
        scores["what"] = max(scores.get("what", 0.0), why)
    chosen = {label for label, p in scores.items() if p >= THRESHOLD}
    if not chosen and scores:
        label, p = max(scores.items(), key=lambda item: item[1])
        if p >= FALLBACK:
            chosen.add(label)
    if "what" in chosen and why >= THRESHOLD:
        chosen = (chosen - {"what"}) | {"why"}
    return chosen


def classify(
    heading: str,
    text: str,
    *,
    level: int | None,
    position: int | None,
    parent: str | None = None,
    next_heading: str | None = None,
    in_code: bool = False,
    english: bool | None = None,
    model: dict[str, Any] | None = None,
) -> set[str]:
    """See ``checks.readme.classify_section``; ``model`` defaults to the shipped one.

    ``english``: whether the README the section comes from is in English; ``None``: judge the
    section's own heading and text. A section not in English gets no category: the model
    learnt English wording, and the study's annotators gave such sections none.
    """
    if english is None:
        english = unread_language(f"{heading}\n\n{text}") is None
    if not english:
        return set()
    if level is None:
        level = level_from_marks(heading)
    return decide(
        probabilities(
            model or shipped_model(),
            heading,
            text,
            level,
            position,
            parent,
            next_heading=next_heading,
            in_code=in_code,
        )
    )


_MARKS = re.compile(r"\s{0,3}(#{1,6})(?!#)")


def level_from_marks(heading: str) -> int | None:
    """The level that a heading's ``#`` marks give (``"## Install"``: 2), else ``None``."""
    marks = _MARKS.match(heading)
    return len(marks.group(1)) if marks else None


def _sigmoid(x: float) -> float:
    if x < -30:
        return 0.0
    if x > 30:
        return 1.0
    return 1.0 / (1.0 + math.exp(-x))
