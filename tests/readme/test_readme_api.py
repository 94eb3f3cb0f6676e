"""The public surface of checks.readme: names, signatures, labels and dataclass fields."""

from __future__ import annotations

import dataclasses

import pytest

from checks.readme import (
    CATEGORIES,
    ReadmeAnalysis,
    Section,
    analyze_readme,
    classify_section,
)


def test_labels_are_the_papers_eight() -> None:
    assert CATEGORIES == (
        "what",
        "why",
        "how",
        "when",
        "who",
        "references",
        "contribution",
        "other",
    )


def test_section_fields() -> None:
    names = [f.name for f in dataclasses.fields(Section)]
    assert names[:6] == ["heading", "level", "line", "end_line", "text", "categories"]
    for name in ("code_blocks", "images", "links", "badges", "tables", "lists", "html_blocks"):
        assert name in names


def test_analysis_is_frozen() -> None:
    analysis = analyze_readme("# x\n")
    with pytest.raises(dataclasses.FrozenInstanceError):
        analysis.title = "y"  # type: ignore[misc]


def test_minimal_readme() -> None:
    analysis = analyze_readme("# tool\n\nA tiny tool.\n\n## Install\n\n    pip install tool\n")
    assert isinstance(analysis, ReadmeAnalysis)
    assert analysis.title == "tool"
    assert [(s.heading, s.level, s.line, s.end_line) for s in analysis.sections] == [
        ("tool", 1, 1, 4),
        ("Install", 2, 5, 7),
    ]
    assert analysis.preamble.level == 0
    assert analysis.has("how")
    assert [s.heading for s in analysis.sections_with("how")] == ["Install"]
    assert analysis.code_blocks[0].text == "pip install tool"


def test_classify_section_two_arguments_returns_labels() -> None:
    labels = classify_section("## Installation", "Run `pip install tool`.")
    assert isinstance(labels, set)
    assert labels <= set(CATEGORIES)
    assert "how" in labels
