"""Fit the README section classifier: one logistic regression per category over the features
of ``readme_features``, in pure Python (no numpy needed to train, nothing but JSON to ship).

Used offline by ``benchmarks/readme_sections.py``, both to cross-validate (fit on some READMEs,
measure on others) and to write the weights shipped as ``checks/readme_model.json``.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from checks.readme_features import features

# The labels the model learns. "why" is learnt on its own; callers may merge it into "what".
LABELS: tuple[str, ...] = (
    "what",
    "why",
    "how",
    "when",
    "who",
    "references",
    "contribution",
    "other",
)


@dataclass(frozen=True)
class Example:
    """One labelled section, as the data file gives it."""

    repo: str
    heading: str
    text: str
    level: int | None
    position: int | None
    labels: frozenset[str]
    parent: str | None = None
    """Heading of the nearest earlier section of a lower level (``None`` at the top)."""


@dataclass(frozen=True)
class Settings:
    """Training settings; chosen before the cross-validation runs, documented in the docs."""

    epochs: int = 10
    learning_rate: float = 0.5
    l2: float = 3e-2
    min_count: int = 3
    """A feature seen in fewer training sections than this is dropped (it cannot generalise)."""
    seed: int = 13


def fit(examples: Sequence[Example], settings: Settings = Settings()) -> dict:
    """Learn weights from ``examples``; the result is the JSON-ready model."""
    rows = [features(e.heading, e.text, e.level, e.position, e.parent) for e in examples]
    return fit_features(rows, [e.labels for e in examples], settings)


def fit_features(
    rows: Sequence[Mapping[str, float] | set[str]],
    labels: Sequence[frozenset[str]],
    settings: Settings = Settings(),
) -> dict:
    """``fit`` on features already extracted (cross-validation extracts them once)."""
    counts = Counter(f for row in rows for f in row)
    vocabulary = {f for f, c in counts.items() if c >= settings.min_count}
    vocabulary.add("bias")
    kept = [
        [(f, row[f] if isinstance(row, Mapping) else 1.0) for f in row if f in vocabulary]
        for row in rows
    ]
    targets = [[1.0 if label in given else 0.0 for label in LABELS] for given in labels]
    weights: dict[str, list[float]] = {f: [0.0] * len(LABELS) for f in vocabulary}
    squares: dict[str, list[float]] = {f: [1e-8] * len(LABELS) for f in vocabulary}
    order = list(range(len(kept)))
    rng = random.Random(settings.seed)
    rate, l2 = settings.learning_rate, settings.l2
    for _epoch in range(settings.epochs):
        rng.shuffle(order)
        for index in order:
            row, target = kept[index], targets[index]
            for k in range(len(LABELS)):
                score = sum(weights[f][k] * v for f, v in row)
                error = _sigmoid(score) - target[k]
                for f, v in row:
                    w = weights[f]
                    gradient = error * v + l2 * w[k]
                    s = squares[f]
                    s[k] += gradient * gradient
                    # AdaGrad: rare features (most words) keep a larger step than "bias".
                    w[k] -= rate * gradient / math.sqrt(s[k])
    return {
        "labels": list(LABELS),
        "weights": {
            f: [round(v, 4) for v in w]
            for f, w in sorted(weights.items())
            if any(abs(v) >= 1e-3 for v in w)
        },
    }


def _sigmoid(x: float) -> float:
    if x < -30:
        return 0.0
    if x > 30:
        return 1.0
    return 1.0 / (1.0 + math.exp(-x))


def group_folds(examples: Sequence[Example], k: int, seed: int = 7) -> list[list[int]]:
    """Split example indices into ``k`` folds so that no README has sections in two folds."""
    repos = sorted({e.repo for e in examples})
    random.Random(seed).shuffle(repos)
    fold_of = {repo: i % k for i, repo in enumerate(repos)}
    folds: list[list[int]] = [[] for _ in range(k)]
    for index, example in enumerate(examples):
        folds[fold_of[example.repo]].append(index)
    return folds


def examples_from_rows(rows: Iterable[dict]) -> list[Example]:
    """Examples from the data file's objects, with each section's position in its README."""
    examples = []
    position: Counter[str] = Counter()
    open_headings: dict[str, list[tuple[int, str]]] = {}
    for row in rows:
        repo = str(row.get("repo") or "")
        level = row.get("level") if isinstance(row.get("level"), int) else None
        heading = str(row.get("heading") or "")
        stack = open_headings.setdefault(repo, [])
        while stack and level is not None and stack[-1][0] >= level:
            stack.pop()
        parent = stack[-1][1] if stack else None
        if level is not None:
            stack.append((level, heading))
        examples.append(
            Example(
                repo=repo,
                heading=heading,
                text=str(row.get("text") or ""),
                level=level,
                position=position[repo],
                labels=frozenset(str(label).lower() for label in row.get("labels") or ()),
                parent=parent,
            )
        )
        position[repo] += 1
    return examples
