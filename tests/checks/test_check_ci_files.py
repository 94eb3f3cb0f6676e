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


def test_action_check_step_runs_on_a_checkout(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    (step,) = [s for s in action["runs"]["steps"] if s.get("id") == "check"]
    checkout = tmp_path / "repo"
    checkout.mkdir()
    (checkout / "README.md").write_text("# demo\n\nA demo.\n")
    output, summary = tmp_path / "output.txt", tmp_path / "summary.md"
    env = {
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
        "RUNNER_TEMP": str(tmp_path),
        "GITHUB_OUTPUT": str(output),
        "GITHUB_STEP_SUMMARY": str(summary),
        "GITHUB_ACTIONS": "true",
        "INPUT_PATH": str(checkout),
        "INPUT_USER": "",
        "INPUT_FAIL_ON": "never",
        "INPUT_CONFIG": "",
        "GITHUB_TOKEN": "",
    }
    done = subprocess.run(
        ["bash", "-c", step["run"]], env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    outputs = dict(line.split("=", 1) for line in output.read_text().splitlines())
    assert outputs["exit-code"] == "0"
    assert Path(outputs["markdown"]).read_text().startswith("# Portfolio check: local/repo")
    assert '"version": "2.1.0"' in Path(outputs["sarif"]).read_text()
    assert summary.read_text().startswith("# Portfolio check: local/repo")
    assert "::notice title=portfolio check::" in done.stdout
