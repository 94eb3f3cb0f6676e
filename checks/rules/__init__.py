"""The registry of every rule, keyed by id. Explicit on purpose: no import-time discovery.

To add a rule: write ``checks/rules/<area>/<id>_<name>.py`` defining ``RULE``, import it
below, add it to ``_ALL``, and add ``tests/rules/test_<id>_<name>.py``.
"""

from __future__ import annotations

from checks.model import Rule
from checks.rules.repo import rep001_description

_ALL: tuple[Rule, ...] = (rep001_description.RULE,)

RULES: dict[str, Rule] = {rule.id: rule for rule in _ALL}
