"""Measure how well ``checks.readme.classify_section`` labels README sections, and how fast.

Reads a labelled JSONL file (one section a line: ``repo``, ``heading``, ``level``, ``text``,
``labels``, as in the Prana et al. 2019 data) and prints per-label precision, recall and F1,
micro and macro F1 with "why" merged into "what" (as the paper reports) and unmerged, and
sections classified per second on one core.

The classifier has a fitted part, so figures on the data it was fitted to would flatter it.
The script therefore prints k-fold cross-validated figures, folds grouped by README (no README
has sections in both the training and the test part of a fold). On any other labelled file
(e.g. the held-out evaluation split) it also prints the shipped model's figures, which are then
fair; on the development file those are marked as fitted and must not be quoted.

Usage:
    python benchmarks/readme_sections.py                   # the development split
    python benchmarks/readme_sections.py other.jsonl       # any file of the same shape
    python benchmarks/readme_sections.py --folds 5
    python benchmarks/readme_sections.py --write-model checks/readme_model.json

Without an argument the file is ``$README_SECTIONS_DATA``, else
``../shared/data/readme-sections-dev25.jsonl`` next to the project's folder.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import os
import random
import sys
import time
from collections.abc import Sequence
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))

from checks.readme import classify_section  # noqa: E402
from checks.readme_classify import classify, shipped_model  # noqa: E402
from checks.readme_train import (  # noqa: E402
    LABELS,
    Example,
    Settings,
    classify_example,
    examples_from_rows,
    fit,
    group_folds,
)

DEFAULT_DATA = PROJECT.parent / "shared" / "data" / "readme-sections-dev25.jsonl"
MERGED_LABELS = tuple(label for label in LABELS if label != "why")


def load(path: Path) -> tuple[list[Example], str]:
    """The examples of a JSONL file and the file's SHA-256 (to recognise training data)."""
    raw = path.read_bytes()
    rows = []
    for number, line in enumerate(raw.decode("utf-8").splitlines(), start=1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise SystemExit(f"{path}:{number}: not a JSON object ({exc.msg})") from None
    return examples_from_rows(rows), hashlib.sha256(raw).hexdigest()


def merge(labels: set[str] | frozenset[str]) -> set[str]:
    return {"what" if label == "why" else label for label in labels}


def scores(
    gold: Sequence[set[str]], predicted: Sequence[set[str]], labels: Sequence[str]
) -> tuple[dict[str, tuple[float, float, float, int]], float, float]:
    """Per label (precision, recall, F1, support), then micro-F1 and macro-F1."""
    table = {}
    tp_all = fp_all = fn_all = 0
    for label in labels:
        tp = sum(1 for g, p in zip(gold, predicted, strict=True) if label in g and label in p)
        fp = sum(1 for g, p in zip(gold, predicted, strict=True) if label not in g and label in p)
        fn = sum(1 for g, p in zip(gold, predicted, strict=True) if label in g and label not in p)
        tp_all, fp_all, fn_all = tp_all + tp, fp_all + fp, fn_all + fn
        table[label] = (*_prf(tp, fp, fn), tp + fn)
    micro = _prf(tp_all, fp_all, fn_all)[2]
    macro = sum(row[2] for row in table.values()) / len(labels)
    return table, micro, macro


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


NO_LABEL = "(none)"
"""The column the paper's measure adds for sections without any label."""


def paper_f1(gold: Sequence[set[str]], predicted: Sequence[set[str]]) -> float:
    """The measure behind the paper's 0.746, as its authors' published scripts compute it:
    "why" merged into "what", sections without a label form a column of their own (an empty
    prediction for such a section is a hit there), each column's F1 is weighted by its
    support. Computed on the pooled predictions of all folds (the scripts average per fold)."""
    with_none = [merge(g) or {NO_LABEL} for g in gold]
    predicted_none = [merge(p) or {NO_LABEL} for p in predicted]
    table, _micro, _macro = scores(with_none, predicted_none, (NO_LABEL, *MERGED_LABELS))
    support = sum(row[3] for row in table.values())
    return sum(row[2] * row[3] for row in table.values()) / support if support else 0.0


def report(title: str, gold: Sequence[set[str]], predicted: Sequence[set[str]]) -> float:
    """Print one block of figures; return the merged micro-F1."""
    print(f"\n{title}")
    table, micro, macro = scores(gold, predicted, LABELS)
    print(f"  {'label':<13} {'precision':>9} {'recall':>7} {'F1':>6} {'support':>8}")
    for label, (p, r, f, n) in table.items():
        print(f"  {label:<13} {p:>9.3f} {r:>7.3f} {f:>6.3f} {n:>8}")
    merged_table, merged_micro, merged_macro = scores(
        [merge(g) for g in gold], [merge(p) for p in predicted], MERGED_LABELS
    )
    p, r, f, n = merged_table["what"]
    print(f"  {'what+why':<13} {p:>9.3f} {r:>7.3f} {f:>6.3f} {n:>8}")
    print(f"  micro-F1 why merged into what: {merged_micro:.3f}   unmerged: {micro:.3f}")
    print(f"  macro-F1 why merged into what: {merged_macro:.3f}   unmerged: {macro:.3f}")
    weighted = paper_f1(gold, predicted)
    print(f"  the paper's measure (support-weighted F1, no-label column): {weighted:.3f}")
    return merged_micro


def section_folds(count: int, k: int, seed: int = 7) -> list[list[int]]:
    """``k`` folds of shuffled sections, NOT grouped by README, as the paper's scripts split
    the data: a README's sections land on both sides, so its style leaks from training into
    testing. Used only to show the paper's protocol next to ours."""
    order = list(range(count))
    random.Random(seed).shuffle(order)
    return [sorted(order[i::k]) for i in range(k)]


def cross_validate(
    examples: Sequence[Example],
    k: int,
    settings: Settings,
    folds: Sequence[Sequence[int]] | None = None,
) -> tuple[list[set[str]], list[set[str]], list[float], list[set[str]]]:
    """Predictions for every example by a model fitted without its README (or, given
    ``folds``, without its fold): with the context ``analyze_readme`` passes (level, position,
    parent heading, next heading, whether the README is in English; and whether the "heading"
    is a code comment inside an open code block, which ``analyze_readme`` never takes for a
    heading), and from heading and text alone (the two-argument call); then the L2 strength
    each fold's model chose inside its own training part; last, the in-context predictions
    with sections not in English classified anyway (to show what the language check does)."""
    in_context: list[set[str]] = [set() for _ in examples]
    alone: list[set[str]] = [set() for _ in examples]
    anyway: list[set[str]] = [set() for _ in examples]
    chosen = []
    for fold in folds if folds is not None else group_folds(examples, k):
        held_out = set(fold)
        model = fit([e for i, e in enumerate(examples) if i not in held_out], settings)
        chosen.append(model.get("l2", settings.l2))
        for i in fold:
            e = examples[i]
            in_context[i] = classify_example(e, model)
            alone[i] = classify(e.heading, e.text, level=None, position=None, model=model)
            anyway[i] = classify_example(dataclasses.replace(e, english=True), model)
    return in_context, alone, chosen, anyway


def speed(examples: Sequence[Example], rounds: int = 3) -> float:
    """Sections per second through the public ``classify_section`` (two-argument call).

    CPU time of this process, not wall-clock time, so that other programs running on the
    same machine do not make the figure look worse than one core can do.
    """
    classify_section("warm-up", "the model is loaded once")
    best = 0.0
    for _ in range(rounds):
        start = time.process_time()
        for e in examples:
            classify_section(e.heading, e.text)
        best = max(best, len(examples) / max(time.process_time() - start, 1e-9))
    return best


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("data", nargs="?", type=Path, help="labelled JSONL file")
    parser.add_argument("--folds", type=int, default=10, help="folds of the cross-validation")
    parser.add_argument("--write-model", type=Path, help="fit on all of DATA and write the model")
    args = parser.parse_args(argv)

    data = args.data or Path(os.environ.get("README_SECTIONS_DATA") or DEFAULT_DATA)
    if not data.is_file():
        parser.error(f"{data}: no such file; pass the labelled JSONL file as an argument")
    examples, digest = load(data)
    settings = Settings()
    gold = [set(e.labels) for e in examples]
    repos = len({e.repo for e in examples})
    print(
        f"data: {data.name}: {len(examples)} sections from {repos} READMEs (sha256 {digest[:12]})"
    )
    foreign = {e.repo for e in examples if not e.english}
    print(
        f"READMEs not in English: {len(foreign)}, {sum(1 for e in examples if not e.english)} "
        f"sections, {sum(1 for e in examples if not e.english and e.labels)} of them labelled "
        "(analyze_readme gives their sections no category)"
    )

    if args.write_model:
        model = fit(examples, settings)
        model["fitted_on"] = {"file": data.name, "sha256": digest, "sections": len(examples)}
        model["settings"] = dataclasses.asdict(settings)
        text = json.dumps(model, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
        args.write_model.write_text(text + "\n", encoding="utf-8")
        print(
            f"wrote {args.write_model}: {len(model['weights'])} features, {len(text)} bytes, "
            f"L2 strength {model['l2']} (chosen by grouped cross-validation on DATA)"
        )

    started = time.perf_counter()
    in_context, alone, chosen, anyway = cross_validate(examples, args.folds, settings)
    seconds = time.perf_counter() - started
    print(f"cross-validation: {args.folds} folds grouped by README ({seconds:.0f} s)")
    print(f"L2 strength chosen inside each fold's training part: {', '.join(map(str, chosen))}")
    report(
        f"{args.folds}-fold cross-validated, with level, position, parent and next heading "
        "(as analyze_readme classifies)",
        gold,
        in_context,
    )
    report(
        f"{args.folds}-fold cross-validated, heading and text only (classify_section(h, t))",
        gold,
        alone,
    )
    report(
        "the same, in context, with the sections of READMEs not in English classified anyway "
        "(without the language check)",
        gold,
        anyway,
    )
    annotated = {e.repo for e in examples if e.labels}
    keep = [i for i, e in enumerate(examples) if e.repo in annotated]
    if len(keep) < len(examples):
        report(
            f"the same, in context, on the {len(annotated)} READMEs with at least one label "
            f"({len(examples) - len(keep)} sections of READMEs left wholly unlabelled set aside)",
            [gold[i] for i in keep],
            [in_context[i] for i in keep],
        )

    started = time.perf_counter()
    leaky, _alone, _chosen, _anyway = cross_validate(
        examples, args.folds, settings, section_folds(len(examples), args.folds)
    )
    seconds = time.perf_counter() - started
    report(
        f"the paper's protocol, for comparison only: {args.folds} folds of shuffled sections, "
        f"NOT grouped by README ({seconds:.0f} s; a README's own style leaks into its test, "
        "so these figures flatter: never quote them as ours)",
        gold,
        leaky,
    )

    fitted_on = shipped_model().get("fitted_on", {})
    shipped = [classify_example(e, shipped_model()) for e in examples]
    if fitted_on.get("sha256") == digest:
        report(
            "shipped model on its own training data (FITTED: not a fair figure, do not quote)",
            gold,
            shipped,
        )
    else:
        report("shipped model, in context (not fitted on this file: a fair figure)", gold, shipped)
        report(
            "shipped model, heading and text only (not fitted on this file)",
            gold,
            [set(classify_section(e.heading, e.text)) for e in examples],
        )

    print(f"\nspeed: {speed(examples):,.0f} sections/second (classify_section, one core)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
