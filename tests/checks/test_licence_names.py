"""Names of published licences that GitHub does not identify."""

from __future__ import annotations

import pytest

from checks.licence_names import unlisted_licence


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Released under CC BY-NC 4.0.", "CC BY-NC 4.0"),
        ("License: CC-BY-NC-SA-4.0", "CC-BY-NC-SA-4.0"),
        ("CC BY-ND 4.0", "CC BY-ND 4.0"),
        ("CC BY 3.0", "CC BY 3.0"),
        (
            "Creative Commons Attribution-NonCommercial 4.0 International License",
            "Creative Commons Attribution-NonCommercial 4.0 International",
        ),
        ("The CreativeML OpenRAIL-M license", "CreativeML OpenRAIL-M"),
        ("an Open RAIL M license", "Open RAIL M"),
        ("the BigScience RAIL License", "BigScience RAIL"),
        ("LLAMA 2 COMMUNITY LICENSE AGREEMENT", "LLAMA 2 COMMUNITY LICENSE AGREEMENT"),
        ("Gemma Terms of Use", "Gemma Terms of Use"),
        ("NVIDIA Source Code License", "NVIDIA Source Code License"),
        ("Business Source License 1.1", "Business Source License 1.1"),
        ("PolyForm Noncommercial License 1.0.0", "PolyForm Noncommercial License 1.0.0"),
        # The first one named wins.
        ("Code: CC BY-NC 4.0; weights: OpenRAIL-M", "CC BY-NC 4.0"),
    ],
)
def test_names_are_found_as_written(text: str, name: str) -> None:
    assert unlisted_licence(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "MIT License",
        "Apache License 2.0",
        "CC BY 4.0",  # GitHub identifies it
        "CC BY-SA 4.0",
        "CC0 1.0 Universal",
        "the open railway map",
        "We use an elastic licensing model for the servers.",
    ],
)
def test_licences_github_knows_and_other_words_are_not_names(text: str) -> None:
    assert unlisted_licence(text) is None
