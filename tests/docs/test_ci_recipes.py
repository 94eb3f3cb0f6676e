"""The copy-paste CI recipes of docs/ci.md match action.yml and .pre-commit-hooks.yaml.

A workflow in the docs that passes an input the action does not have, reads an output it does
not set, or names a hook that does not exist would fail for every reader who copies it.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
PAGE = ROOT / "docs" / "ci.md"
ACTION = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
HOOKS = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
ACTION_REF = "portfolio-kit/portfolio-kit@"


def _yaml_blocks() -> list[str]:
    text = PAGE.read_text(encoding="utf-8")
    return re.findall(r"^```yaml\n(.*?)^```", text, flags=re.S | re.M)


def _steps(document: object) -> list[dict]:
    """Every mapping with a ``uses`` key, wherever it is in the document."""
    found = []
    if isinstance(document, dict):
        if "uses" in document:
            found.append(document)
        for value in document.values():
            found.extend(_steps(value))
    elif isinstance(document, list):
        for value in document:
            found.extend(_steps(value))
    return found


def _load(block: str) -> object:
    # Fragments of a job's steps are indented as in a workflow; dedent them to parse them.
    lines = block.splitlines()
    indent = min(len(x) - len(x.lstrip()) for x in lines if x.strip())
    return yaml.safe_load("\n".join(x[indent:] for x in lines))


BLOCKS = [_load(block) for block in _yaml_blocks()]


def test_every_yaml_block_parses_and_some_use_the_action() -> None:
    uses = [s for doc in BLOCKS for s in _steps(doc) if s["uses"].startswith(ACTION_REF)]
    assert len(uses) >= 4


def test_recipes_pass_only_inputs_the_action_has() -> None:
    inputs = set(ACTION["inputs"])
    for doc in BLOCKS:
        for step in _steps(doc):
            if step["uses"].startswith(ACTION_REF):
                unknown = set(step.get("with") or {}) - inputs
                assert not unknown, f"docs/ci.md passes inputs action.yml lacks: {unknown}"


def test_recipes_read_only_outputs_the_action_sets() -> None:
    text = PAGE.read_text(encoding="utf-8")
    used = set(re.findall(r"steps\.portfolio\.outputs\.([\w-]+)", text))
    assert used, "the outputs example disappeared"
    assert used <= set(ACTION["outputs"])


def test_the_input_and_output_tables_match_action_yml() -> None:
    text = PAGE.read_text(encoding="utf-8")
    # The inputs table has three columns (name, default, what); the outputs table two.
    rows = dict(re.findall(r"^\| `([\w-]+)` \| ([^|]+) \| [^|]+ \|$", text, flags=re.M))
    for name, spec in ACTION["inputs"].items():
        assert name in rows, f"docs/ci.md does not document the input {name!r}"
        default = str(spec.get("default", ""))
        if default and not default.startswith("${{"):
            assert default in rows[name], f"docs/ci.md: {name!r} default is {default!r}"
    for name in ACTION["outputs"]:
        assert f"| `{name}` |" in text, f"docs/ci.md does not document the output {name!r}"


def test_security_and_issue_recipes_ask_for_their_permissions() -> None:
    for doc in BLOCKS:
        for step in _steps(doc):
            options = step.get("with") or {}
            if not step["uses"].startswith(ACTION_REF) or not isinstance(doc, dict):
                continue
            permissions = doc.get("permissions") or {}
            if options.get("sarif") == "true":
                assert permissions.get("security-events") == "write"
            if options.get("issue") == "true":
                assert permissions.get("issues") == "write"


def test_pre_commit_recipes_name_existing_hooks() -> None:
    hook_ids = {hook["id"] for hook in HOOKS}
    configs = [doc for doc in BLOCKS if isinstance(doc, dict) and "repos" in doc]
    assert configs
    for config in configs:
        for repo in config["repos"]:
            for hook in repo["hooks"]:
                assert hook["id"] in hook_ids


def test_the_documented_hook_command_is_the_real_one() -> None:
    (hook,) = [h for h in HOOKS if h["id"] == "portfolio-check"]
    assert f"`{hook['entry']}`" in PAGE.read_text(encoding="utf-8")
