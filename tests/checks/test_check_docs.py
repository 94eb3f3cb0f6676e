"""docs/rules.md is generated from the rule docstrings and must be kept up to date."""

from __future__ import annotations

from check_fakes import FAKE_RULES

from checks.docs import RULES_MD, doc_sections, rules_reference
from checks.rules import RULES


def test_rules_reference_is_up_to_date() -> None:
    expected = rules_reference(RULES)
    actual = RULES_MD.read_text(encoding="utf-8") if RULES_MD.exists() else ""
    assert actual == expected, (
        "docs/rules.md is stale: regenerate it with `python -m checks.docs --write` and commit it"
    )


def test_every_rule_has_an_anchor_matching_its_docs_url() -> None:
    text = rules_reference(FAKE_RULES)
    for rule in FAKE_RULES.values():
        anchor = rule.docs_url.rsplit("#", 1)[1]
        assert f'<a id="{anchor}"></a>{rule.id}' in text
        assert f"[{rule.id}](#{anchor})" in text


def test_doc_sections() -> None:
    doc = "Summary.\n\nWhat it does:\n    Line one\n      indented more\n\nFix safety:\n    Safe.\n"
    assert doc_sections(doc) == {"What it does": "Line one\n  indented more", "Fix safety": "Safe."}
