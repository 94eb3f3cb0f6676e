"""action.yml and .pre-commit-hooks.yaml: valid YAML that uses only what it declares."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent.parent


def test_action_is_composite_and_uses_only_declared_inputs() -> None:
    text = (ROOT / "action.yml").read_text(encoding="utf-8")
    action = yaml.safe_load(text)
    assert action["runs"]["using"] == "composite"
    used = set(re.findall(r"inputs\.([a-z-]+)", text))
    assert used <= set(action["inputs"]), used - set(action["inputs"])
    step_ids = {step.get("id") for step in action["runs"]["steps"]}
    assert set(re.findall(r"steps\.([a-z-]+)\.outputs", text)) <= step_ids
    for step in action["runs"]["steps"]:
        if "run" in step:
            assert step["shell"] == "bash"
            # Inputs reach scripts through env only: `${{ inputs.x }}` in a script is injectable.
            assert "${{" not in step["run"], step.get("name")


def test_pre_commit_hook() -> None:
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "portfolio-check"
    assert hook["entry"] == "portfolio check --repo ."
    assert hook["pass_filenames"] is False
