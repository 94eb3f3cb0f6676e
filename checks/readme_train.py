"""Fit the README section classifier: one logistic regression per category over the features
of ``readme_features``, in pure Python, and boosted decision trees over the same features
(LightGBM, needed only here, offline). Nothing but JSON is shipped.

Used offline by ``benchmarks/readme_sections.py``, both to cross-validate (fit on some READMEs,
measure on others) and to write the weights shipped as ``checks/readme_model.json``.
"""

from __future__ import annotations

import math
import random
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from checks.readme_classify import decide, label_probabilities
from checks.readme_features import FENCE_LINE, features
from checks.readme_language import unread_language
from checks.readme_trees import from_lightgbm

# The labels the model learns. Its "what" is learnt as "what or why" (see ``learnt_as``);
# "why" is also learnt on its own, and callers may merge it into "what".
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
    next_heading: str | None = None
    """Heading of the next section of the same README (``""`` for the last; ``None``: unknown)."""
    in_code: bool = False
    """The heading stands inside a code block left open by the README's earlier sections: a
    code comment the data's section splitter took for a heading (see ``features``)."""
    english: bool = True
    """The README is in English (``readme_language``, on all its sections): otherwise its
    sections get no category, as ``analyze_readme`` gives them none."""


def example_features(example: Example) -> dict[str, float]:
    """The features of an example with all the context it carries (as ``analyze_readme``
    classifies a section)."""
    e = example
    return features(
        e.heading,
        e.text,
        e.level,
        e.position,
        e.parent,
        next_heading=e.next_heading,
        in_code=e.in_code,
    )


def classify_example(example: Example, model: dict) -> set[str]:
    """The labels ``model`` gives an example, with all the context it carries."""
    return _labels_given(example, model, example_features(example))


def _labels_given(example: Example, model: dict, values: Mapping[str, float]) -> set[str]:
    # No category outside English, as analyze_readme gives none.
    if not example.english:
        return set()
    return decide(label_probabilities(model, values))


@dataclass(frozen=True)
class Settings:
    """Training settings; chosen before the cross-validation runs, documented in the docs."""

    epochs: int = 10
    learning_rate: float = 0.5
    l2: float = 3e-2
    """L2 strength, used as it is when ``l2_choices`` is empty."""
    l2_choices: tuple[float, ...] = (3e-3, 1e-2, 3e-2)
    """Candidate L2 strengths: ``fit`` picks one by cross-validation *inside* the sections it
    is given (folds grouped by README), so that a figure measured on other sections stays
    honest: nothing about them was used to choose."""
    inner_folds: int = 5
    min_count: int = 3
    """A feature seen in fewer training sections than this is dropped (it cannot generalise)."""
    seed: int = 13
    trees: bool = True
    """Also fit boosted trees (``readme_trees``), whose probabilities are averaged in."""
    tree_rounds: int = 100
    tree_leaves: int = 4
    tree_learning_rate: float = 0.1


def fit(examples: Sequence[Example], settings: Settings = Settings()) -> dict:
    """Learn weights from ``examples``; the result is the JSON-ready model, with the L2
    strength it chose under ``"l2"``."""
    rows = [example_features(e) for e in examples]
    labels = [e.labels for e in examples]
    l2 = choose_l2(examples, rows, settings)
    model = fit_features(rows, labels, replace(settings, l2=l2))
    model["l2"] = l2
    if settings.trees:
        model["trees"] = fit_trees(rows, labels, settings)
    return model


def choose_l2(
    examples: Sequence[Example], rows: Sequence[Mapping[str, float]], settings: Settings
) -> float:
    """The candidate L2 strength with the best micro-F1 (why merged into what) over an inner
    grouped cross-validation of ``examples``; ``settings.l2`` when there is nothing to choose
    or too few READMEs to split."""
    choices = settings.l2_choices
    repos = {e.repo for e in examples}
    if len(choices) < 2 or len(repos) < 2 * settings.inner_folds:
        return settings.l2
    folds = group_folds(examples, settings.inner_folds, seed=settings.seed)
    best, best_score = settings.l2, -1.0
    for l2 in choices:
        tp = fp = fn = 0
        for fold in folds:
            held_out = set(fold)
            train = [i for i in range(len(examples)) if i not in held_out]
            model = fit_features(
                [rows[i] for i in train],
                [examples[i].labels for i in train],
                replace(settings, l2=l2),
            )
            for i in fold:
                predicted = _merged(_labels_given(examples[i], model, rows[i]))
                gold = _merged(examples[i].labels)
                tp, fp, fn = (
                    tp + len(predicted & gold),
                    fp + len(predicted - gold),
                    fn + len(gold - predicted),
                )
        score = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        # A tie keeps the earlier candidate, so the choice does not depend on rounding noise.
        if score > best_score:
            best, best_score = l2, score
    return best


def learnt_as(given: Iterable[str]) -> list[float]:
    """The targets a section's labels give the model, one per label of ``LABELS``.

    The model's ``what`` learns "what or why": the annotators' What (what the project is) and
    Why (its purpose, its advantages) overlap so much that the paper merges them to score,
    and "why" alone has few examples (36 of 1,227 sections). Learnt together (170 sections
    carry one or both), the pair is found more often (+0.002 to +0.004 merged micro-F1 on
    three splits; docs/readme-analysis.md, sixth round); ``decide`` then says ``why``
    instead of ``what`` when ``why``'s own model, learnt from "why" alone, is sure enough.
    """
    given = set(given)
    return [
        1.0 if label in given or (label == "what" and "why" in given) else 0.0 for label in LABELS
    ]


def _merged(labels: Iterable[str]) -> set[str]:
    return {"what" if label == "why" else label for label in labels}


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
    targets = [learnt_as(given) for given in labels]
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


def fit_trees(
    rows: Sequence[Mapping[str, float]],
    labels: Sequence[frozenset[str]],
    settings: Settings = Settings(),
) -> list[list]:
    """Boosted decision trees for each label of ``LABELS`` (LightGBM), in the JSON form
    ``readme_trees.Forest`` reads. Small trees (4 leaves), each seeing half the features and
    80% of the sections, so that no single word decides: these settings were compared on the
    same grouped folds as the figures (see docs/readme-analysis.md)."""
    try:
        import lightgbm
        from scipy.sparse import csr_matrix
    except ImportError as exc:  # pragma: no cover - the test extra installs it
        raise RuntimeError(
            "fitting the README model needs LightGBM: pip install -e '.[test]'"
        ) from exc
    counts = Counter(f for row in rows for f in row)
    names = sorted(f for f, c in counts.items() if c >= settings.min_count)
    column = {f: i for i, f in enumerate(names)}
    data, indices, pointers = [], [], [0]
    for row in rows:
        for f, v in row.items():
            if f in column:
                indices.append(column[f])
                data.append(v)
        pointers.append(len(indices))
    matrix = csr_matrix((data, indices, pointers), shape=(len(rows), max(len(names), 1)))
    targets = [learnt_as(given) for given in labels]
    forest = []
    for k in range(len(LABELS)):
        target = [int(row[k]) for row in targets]
        positives = sum(target)
        if positives < 2 or len(target) - positives < 2 or not names:
            # Too few examples to split: one leaf, the label's smoothed log-odds.
            rate = (positives + 0.5) / (len(target) + 1)
            forest.append([round(math.log(rate / (1 - rate)), 5)])
            continue
        params = {
            "objective": "binary",
            "learning_rate": settings.tree_learning_rate,
            "num_leaves": settings.tree_leaves,
            "min_data_in_leaf": 5,
            "feature_fraction": 0.5,
            "bagging_fraction": 0.8,
            "bagging_freq": 1,
            "lambda_l2": 1.0,
            "seed": settings.seed,
            "num_threads": 1,
            "deterministic": True,
            "verbose": -1,
        }
        dataset = lightgbm.Dataset(matrix, label=target, params={"verbose": -1})
        booster = lightgbm.train(params, dataset, num_boost_round=settings.tree_rounds)
        forest.append(from_lightgbm(booster.dump_model(), names))
    return forest


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
    """Examples from the data file's objects, with each section's context in its README: its
    position, parent heading, the next section's heading, whether it stands inside a code
    block that the README's earlier sections left open, and whether the README is in English."""
    rows = list(rows)
    readmes: dict[str, list[str]] = {}
    for row in rows:
        readmes.setdefault(str(row.get("repo") or ""), []).extend(
            (str(row.get("heading") or ""), str(row.get("text") or ""))
        )
    english = {repo: unread_language("\n\n".join(parts)) is None for repo, parts in readmes.items()}
    examples = []
    position: Counter[str] = Counter()
    open_headings: dict[str, list[tuple[int, str]]] = {}
    open_fence: dict[str, bool] = {}
    for index, row in enumerate(rows):
        repo = str(row.get("repo") or "")
        level = row.get("level") if isinstance(row.get("level"), int) else None
        heading = str(row.get("heading") or "")
        stack = open_headings.setdefault(repo, [])
        while stack and level is not None and stack[-1][0] >= level:
            stack.pop()
        parent = stack[-1][1] if stack else None
        if level is not None:
            stack.append((level, heading))
        text = str(row.get("text") or "")
        following = rows[index + 1] if index + 1 < len(rows) else None
        next_heading = (
            str(following.get("heading") or "")
            if following is not None and str(following.get("repo") or "") == repo
            else ""
        )
        in_code = open_fence.get(repo, False)
        if len(FENCE_LINE.findall(text)) % 2:
            open_fence[repo] = not in_code
        examples.append(
            Example(
                repo=repo,
                heading=heading,
                text=text,
                level=level,
                position=position[repo],
                labels=frozenset(str(label).lower() for label in row.get("labels") or ()),
                parent=parent,
                next_heading=next_heading,
                in_code=in_code,
                english=english[repo],
            )
        )
        position[repo] += 1
    return examples
