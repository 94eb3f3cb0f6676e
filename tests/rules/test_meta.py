"""Every registered rule is complete: documented, tested, uniquely named, and registered.

The rule count assertion fails until there are at least 45 rules, as the linter promises.
"""

from __future__ import annotations

import importlib
import re
from collections import Counter
from pathlib import Path

import pytest

from checks.docs import SECTIONS, doc_sections
from checks.model import Rule, Severity, Target
from checks.rules import RULES

ROOT = Path(__file__).resolve().parent.parent.parent
RULE_MODULES = sorted((ROOT / "checks" / "rules").glob("*/*.py"))
MINIMUM_RULES = 45


@pytest.mark.parametrize("rule", RULES.values(), ids=list(RULES))
def test_rule_has_every_doc_section(rule: Rule) -> None:
    sections = doc_sections(rule.doc)
    missing = [name for name in SECTIONS if not sections.get(name)]
    assert not missing, f"{rule.id}: its module docstring lacks the sections {missing}"
    assert rule.summary.endswith("."), f"{rule.id}: the first line should be one sentence"


@pytest.mark.parametrize("rule", RULES.values(), ids=list(RULES))
def test_rule_has_a_test_file(rule: Rule) -> None:
    pattern = f"test_{rule.id.lower()}_*.py"
    assert list((ROOT / "tests" / "rules").glob(pattern)), f"{rule.id}: no tests/rules/{pattern}"


@pytest.mark.parametrize("rule", RULES.values(), ids=list(RULES))
def test_rule_id_name_and_defaults(rule: Rule) -> None:
    assert re.fullmatch(r"[A-Z]{2,4}\d{3}", rule.id), f"{rule.id}: ids look like REP001"
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", rule.name), f"{rule.id}: name not kebab-case"
    assert isinstance(rule.target, Target) and isinstance(rule.severity, Severity)
    assert rule.applies_to <= {"fork", "archived", "template"}, rule.id
    # A rule can only stand aside for another registered rule of repositories.
    for other in rule.covered_by:
        assert other in RULES and other != rule.id, f"{rule.id}: covered_by {other}"
        assert RULES[other].target != Target.PROFILE, f"{rule.id}: covered_by {other}"


def test_ids_and_names_are_unique() -> None:
    names = Counter(rule.name for rule in RULES.values())
    assert [name for name, count in names.items() if count > 1] == []
    assert all(key == rule.id for key, rule in RULES.items())


def test_every_rule_module_is_registered() -> None:
    registered = {rule.check.__module__ for rule in RULES.values()}
    for path in RULE_MODULES:
        if path.name == "__init__.py":
            continue
        module_name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        module = importlib.import_module(module_name)
        if hasattr(module, "RULE"):
            assert module_name in registered, f"{module_name} defines RULE but is not registered"


def test_at_least_45_rules() -> None:
    assert len(RULES) >= MINIMUM_RULES, (
        f"the linter promises at least {MINIMUM_RULES} documented rules; "
        f"only {len(RULES)} are registered in checks/rules/__init__.py"
    )
