"""classify_section on sections whose category any reader would agree on, and the pieces
the benchmark relies on (grouped folds, scoring) on tiny hand-made data."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from checks import readme_classify
from checks.readme import classify_section
from checks.readme_classify import level_from_marks, shipped_model
from checks.readme_train import Example, Settings, examples_from_rows, fit, group_folds

INSTALL = "Install it from PyPI:\n\n```bash\npip install tinyparse\n```\n"


@pytest.mark.parametrize(
    ("heading", "text", "label"),
    [
        ("## Installation", INSTALL, "how"),
        ("## Usage", "```python\nimport tinyparse\ntinyparse.load('a.cfg')\n```", "how"),
        ("### Getting started", "Clone the repository and run `make`.", "how"),
        ("## License", "MIT, see LICENSE.", "who"),
        ("## Authors", "Written by Jane Doe (@jdoe) and maintained by the team.", "who"),
        (
            "## Contributing",
            "Contributions welcome! Open an issue or a pull request.",
            "contribution",
        ),
        ("## Changelog", "### 1.2.0 (2021-10-02)\n- Faster parsing", "when"),
        ("## Roadmap", "- [ ] plugin system\n- [ ] Windows support", "when"),
        ("## Introduction", "tinyparse is a small parser for configuration files.", "what"),
        (
            "## Documentation",
            "See https://tinyparse.readthedocs.io for the full docs.",
            "references",
        ),
        # A heading in another language over English text: the text decides.
        ("## Instalación", INSTALL, "how"),
    ],
)
def test_obvious_sections(heading: str, text: str, label: str) -> None:
    assert label in classify_section(heading, text)


def test_heading_marks_are_optional() -> None:
    assert classify_section("## Installation", INSTALL) == classify_section("Installation", INSTALL)


def test_heading_marks_give_the_level_when_it_is_not_given(monkeypatch) -> None:
    assert [level_from_marks(h) for h in ("## Install", "  ### Usage", "Install", "####### x")] == [
        2,
        3,
        None,
        None,
    ]
    levels = []

    def spy(heading, text, level, *args, **kwargs):
        levels.append(level)
        return real_features(heading, text, level, *args, **kwargs)

    real_features = readme_classify.features
    monkeypatch.setattr(readme_classify, "features", spy)
    classify_section("### Usage", "Run `x`.")
    classify_section("Usage", "Run `x`.")
    classify_section("### Usage", "Run `x`.", level=1)
    assert levels == [3, None, 1]


def test_context_is_optional_keyword() -> None:
    labels = classify_section(
        "Parameters", "`path`: the file to read", level=3, position=5, parent="API"
    )
    assert "how" in labels
    with pytest.raises(TypeError):
        classify_section("Parameters", "x", 3)  # type: ignore[misc]


def test_shipped_model_says_what_it_was_fitted_on() -> None:
    model = shipped_model()
    assert model["labels"][:3] == ["what", "why", "how"]
    assert model["fitted_on"]["sections"] > 1000
    assert len(json.dumps(model)) < 500_000  # small enough to ship inside the package


def rows(repo: str, count: int) -> list[dict]:
    return [
        {"repo": repo, "heading": f"## Install {i}", "level": 2, "text": INSTALL, "labels": ["How"]}
        for i in range(count)
    ]


def test_folds_never_split_a_readme() -> None:
    examples = examples_from_rows([r for n in range(12) for r in rows(f"o/r{n}", n + 1)])
    folds = group_folds(examples, 5)
    assert sorted(i for fold in folds for i in fold) == list(range(len(examples)))
    repos_per_fold = [{examples[i].repo for i in fold} for fold in folds]
    for a in range(5):
        for b in range(a + 1, 5):
            assert not repos_per_fold[a] & repos_per_fold[b]


def test_examples_know_position_and_parent() -> None:
    data = [
        {"repo": "o/r", "heading": "# Tool", "level": 1, "text": "x", "labels": ["What"]},
        {"repo": "o/r", "heading": "## API", "level": 2, "text": "", "labels": []},
        {"repo": "o/r", "heading": "### Parameters", "level": 3, "text": "", "labels": ["How"]},
        {"repo": "o/r", "heading": "## License", "level": 2, "text": "MIT", "labels": ["Who"]},
    ]
    examples = examples_from_rows(data)
    assert [e.position for e in examples] == [0, 1, 2, 3]
    assert [e.parent for e in examples] == [None, "# Tool", "## API", "# Tool"]
    assert examples[2].labels == frozenset({"how"})


def test_fit_learns_a_separable_toy_problem() -> None:
    examples = [
        Example("a/b", "## Install", INSTALL, 2, 1, frozenset({"how"})),
        Example("a/c", "## Install", INSTALL, 2, 1, frozenset({"how"})),
        Example("a/d", "## License", "MIT licence", 2, 5, frozenset({"who"})),
        Example("a/e", "## License", "MIT licence", 2, 5, frozenset({"who"})),
    ]
    model = fit(examples, Settings(min_count=1, epochs=30))
    from checks.readme_classify import classify

    assert classify("## Install", INSTALL, level=2, position=1, model=model) == {"how"}
    assert classify("## License", "MIT licence", level=2, position=5, model=model) == {"who"}


def test_benchmark_scores() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    import readme_sections

    gold = [{"how"}, {"what", "why"}, set(), {"who"}]
    predicted = [{"how"}, {"what"}, {"how"}, set()]
    table, micro, _macro = readme_sections.scores(gold, predicted, ["how", "what", "who"])
    assert table["how"][:3] == (0.5, 1.0, pytest.approx(2 / 3))
    assert table["who"][:3] == (0.0, 0.0, 0.0)
    # tp=2 (how, what), fp=1 (how), fn=1 (who): precision 2/3, recall 2/3.
    assert micro == pytest.approx(2 / 3)
    assert readme_sections.merge({"why", "how"}) == {"what", "how"}


def test_analyze_readme_gives_the_classifier_the_next_heading(monkeypatch) -> None:
    from checks import readme_build
    from checks.readme import analyze_readme

    calls = []

    def record(heading: str, text: str, **context: object) -> set[str]:
        calls.append((heading, context["parent"], context["next_heading"]))
        return set()

    monkeypatch.setattr(readme_build, "classify", record)
    analyze_readme("intro\n\n# Tool\n\n## Usage\n\n### Install\n\nx\n\n## License\n\nMIT\n")
    assert calls == [
        ("", None, "Tool"),
        ("Tool", None, "Usage"),
        ("Usage", "Tool", "Install"),
        ("Install", "Usage", "License"),
        ("License", "Tool", ""),
    ]


def test_classify_section_takes_the_next_heading() -> None:
    labels = classify_section("## Usage", "", level=2, position=1, next_heading="### Install")
    assert labels <= {"what", "why", "how", "when", "who", "references", "contribution", "other"}


def test_what_is_learnt_as_what_or_why() -> None:
    from checks.readme_train import LABELS, learnt_as

    targets = dict(zip(LABELS, learnt_as({"why", "how"}), strict=True))
    assert targets == {
        "what": 1.0,
        "why": 1.0,
        "how": 1.0,
        "when": 0.0,
        "who": 0.0,
        "references": 0.0,
        "contribution": 0.0,
        "other": 0.0,
    }
    assert dict(zip(LABELS, learnt_as({"what"}), strict=True))["why"] == 0.0


@pytest.mark.parametrize(
    ("probability", "given"),
    [
        # "what" is the probability of what-or-why; "why" decides which of the two is meant.
        ({"what": 0.8, "why": 0.2, "how": 0.1}, {"what"}),
        ({"what": 0.8, "why": 0.6, "how": 0.1}, {"why"}),
        ({"what": 0.8, "why": 0.6, "how": 0.9}, {"why", "how"}),
        # What-or-why is at least as likely as why alone.
        ({"what": 0.2, "why": 0.7, "how": 0.1}, {"why"}),
        # Nothing reaches 0.5: the likeliest, if it reaches 0.3.
        ({"what": 0.4, "why": 0.1, "how": 0.35}, {"what"}),
        ({"what": 0.1, "why": 0.1, "how": 0.35}, {"how"}),
        ({"what": 0.1, "why": 0.1, "how": 0.2}, set()),
        ({"how": 0.7}, {"how"}),
    ],
)
def test_decide(probability: dict[str, float], given: set[str]) -> None:
    assert readme_classify.decide(probability) == given


def test_vocabulary_entries_ending_in_a_space_match_whole_words() -> None:
    from checks.readme_features import features

    def categories(heading: str) -> set[str]:
        found = features(heading, "", 2, 3)
        return {f.removeprefix("v:") for f in found if f.startswith("v:")}

    assert "how" in categories("## CLI")
    assert "how" in categories("## The cli reference")
    assert "how" not in categories("## Client")
    # Other entries still match the start of a word.
    assert "how" in categories("## Installing")
    assert categories("## How it works") == {"what"}
    assert categories("## Troubleshooting") == {"how"}
    assert categories("## Bug tracker") == {"contribution"}
