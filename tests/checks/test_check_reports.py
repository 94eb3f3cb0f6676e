"""Each report format on a fixed set of findings, against golden files; schemas; escaping.

Regenerate the golden files after an intended change with:

    UPDATE_GOLDEN=1 python -m pytest tests/checks/test_check_reports.py

and review the diff before committing it.
"""

from __future__ import annotations

import dataclasses
import json
import os
from pathlib import Path

import jsonschema
import pytest
from check_fakes import GOLDEN_FINDINGS, GOLDEN_REPORT

from checks.model import Finding, Severity, Target
from checks.report import FORMATS, render
from checks.report.github import escape_data, escape_property
from checks.report.github import render as render_github
from checks.report.sarif import FINGERPRINT_KEY, to_sarif

HERE = Path(__file__).parent
GOLDEN = HERE / "golden"
ROOT = HERE.parent.parent
SUFFIX = {"text": "txt", "json": "json", "markdown": "md", "sarif": "sarif", "github": "github.txt"}


@pytest.mark.parametrize("format_name", FORMATS)
def test_golden(format_name: str) -> None:
    path = GOLDEN / f"report.{SUFFIX[format_name]}"
    output = render(GOLDEN_REPORT, format_name)
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(output, encoding="utf-8")
    assert output == path.read_text(encoding="utf-8"), (
        f"{path.name} differs; if the change is intended, regenerate with "
        "UPDATE_GOLDEN=1 python -m pytest tests/checks/test_check_reports.py"
    )


def test_text_colour_only_when_asked() -> None:
    assert "\033[" not in render(GOLDEN_REPORT, "text")
    coloured = render(GOLDEN_REPORT, "text", color=True)
    assert "\033[1;31merror" in coloured


def test_json_matches_its_documented_schema() -> None:
    schema = json.loads((ROOT / "docs" / "report.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    data = json.loads(render(GOLDEN_REPORT, "json"))
    jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    ).validate(data)
    assert data["summary"] == {"error": 2, "warning": 1, "info": 1, "inconclusive": 1, "ignored": 1}


def test_json_schema_rejects_a_wrong_report() -> None:
    schema = json.loads((ROOT / "docs" / "report.schema.json").read_text(encoding="utf-8"))
    data = json.loads(render(GOLDEN_REPORT, "json"))
    data["findings"][0]["severity"] = "fatal"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema)


def _sarif_validator() -> jsonschema.Draft4Validator:
    schema = json.loads((HERE / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    return jsonschema.Draft4Validator(schema)


@pytest.mark.parametrize("local_files", [False, True])
def test_sarif_validates_against_the_official_schema(local_files: bool) -> None:
    report = dataclasses.replace(GOLDEN_REPORT, local_files=local_files)
    log = json.loads(render(report, "sarif"))
    errors = sorted(_sarif_validator().iter_errors(log), key=str)
    assert errors == []
    results = log["runs"][0]["results"]
    assert len(results) == len(GOLDEN_FINDINGS)
    for result in results:
        (location,) = result["locations"]
        artifact = location["physicalLocation"]["artifactLocation"]
        assert location["physicalLocation"]["region"]["startLine"] >= 1
        if local_files:
            assert artifact["uriBaseId"] == "%SRCROOT%"
            assert not artifact["uri"].startswith("https://")
        else:
            assert artifact["uri"].startswith("https://github.com/octo/")


def test_sarif_rejected_by_schema_when_broken() -> None:
    log = to_sarif(GOLDEN_REPORT)
    log["runs"][0]["results"][0]["level"] = "fatal"
    assert list(_sarif_validator().iter_errors(log))


def test_sarif_anchors_and_levels() -> None:
    results = to_sarif(GOLDEN_REPORT)["runs"][0]["results"]
    by_rule = {(r["ruleId"], r["properties"]["repo"]): r for r in results}
    profile = by_rule[("PRF901", None)]
    location = profile["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "https://github.com/octo/octo/blob/HEAD/README.md"
    assert location["region"] == {"startLine": 1}
    todo = by_rule[("RDM901", "octo/shiny")]
    assert todo["locations"][0]["physicalLocation"]["region"] == {"startLine": 3}
    assert todo["level"] == "note"
    topics = by_rule[("REP902", "octo/plain")]
    assert (topics["kind"], topics["level"]) == ("open", "none")
    ignored = by_rule[("REP901", "octo/homework")]
    assert ignored["suppressions"][0]["justification"] == "course homework, kept for the record"


def test_sarif_fingerprints_ignore_lines_and_numbers_but_not_rules() -> None:
    finding = GOLDEN_FINDINGS[2]
    moved = dataclasses.replace(finding, line=40)
    assert moved.fingerprint == finding.fingerprint
    recounted = dataclasses.replace(finding, message=finding.message.replace("100", "90"))
    assert recounted.fingerprint == finding.fingerprint
    other_rule = dataclasses.replace(finding, rule_id="RDM902")
    assert other_rule.fingerprint != finding.fingerprint
    other_repo = dataclasses.replace(finding, repo="octo/plain")
    assert other_repo.fingerprint != finding.fingerprint
    results = to_sarif(GOLDEN_REPORT)["runs"][0]["results"]
    fingerprints = [r["partialFingerprints"][FINGERPRINT_KEY] for r in results]
    assert fingerprints == [f.fingerprint for f in GOLDEN_FINDINGS]
    assert to_sarif(GOLDEN_REPORT) == to_sarif(GOLDEN_REPORT)


def test_sarif_describes_every_rule_with_help() -> None:
    driver = to_sarif(GOLDEN_REPORT)["runs"][0]["tool"]["driver"]
    assert [rule["id"] for rule in driver["rules"]] == [r.id for r in GOLDEN_REPORT.rules]
    for descriptor in driver["rules"]:
        assert descriptor["help"]["text"].startswith("What it does:")
        assert "**How to fix**" in descriptor["help"]["markdown"]
        assert descriptor["helpUri"].endswith("#" + descriptor["id"].lower())


def test_github_escaping() -> None:
    assert escape_data("50% done\r\nnext") == "50%25 done%0D%0Anext"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"


def test_github_annotation_escapes_message_and_properties() -> None:
    finding = Finding(
        rule_id="RDM901",
        rule_name="readme-todo",
        severity=Severity.WARNING,
        target=Target.README,
        message="50% done,\nreally: yes",
        repo="octo/x",
        file="docs/a,b:c.md",
        line=7,
    )
    report = dataclasses.replace(GOLDEN_REPORT, findings=(finding,), local_files=True, fixed=None)
    first = render_github(report).splitlines()[0]
    assert first == (
        "::warning file=docs/a%2Cb%3Ac.md,line=7,title=RDM901 readme-todo::"
        "50%25 done,%0Areally: yes%0A"
        "https://github.com/portfolio-kit/portfolio-kit/blob/main/docs/rules.md#rdm901"
    )


def test_github_annotations_are_capped_per_severity() -> None:
    def finding(n: int, severity: Severity) -> Finding:
        return Finding("REP901", "repo-description", severity, Target.REPO, f"m{n}", repo="o/r")

    many = tuple(finding(n, Severity.ERROR) for n in range(13)) + tuple(
        finding(n, Severity.WARNING) for n in range(3)
    )
    report = dataclasses.replace(GOLDEN_REPORT, findings=many, fixed=None)
    lines = render_github(report, limit=10).splitlines()
    assert sum(line.startswith("::error ") for line in lines) == 10
    assert sum(line.startswith("::warning ") for line in lines) == 3
    assert (
        "::notice title=portfolio check::3 more errors not shown as annotations; "
        "the job summary and the full report list them all"
    ) in lines
    assert lines[-1].startswith("::notice title=portfolio check::13 errors, 3 warnings, 0 info")


def test_markdown_is_a_todo_list_in_impact_order() -> None:
    text = render(GOLDEN_REPORT, "markdown")
    assert text.index("## Profile") < text.index("## Showcase repositories")
    assert text.index("## Showcase repositories") < text.index("## Other repositories")
    shiny = text.index("### `octo/shiny`")
    assert text.index("REP901 repo-description", shiny) < text.index("RDM901 readme-todo", shiny)
    assert "<script>" not in text and "&lt;script&gt;" in text
    todo_items = [line for line in text.splitlines() if line.startswith("- [ ] ")]
    assert len(todo_items) == 4  # counted findings only: not inconclusive, not ignored
    assert all("docs/rules.md#" in item for item in todo_items)


def test_text_report_strips_terminal_escapes_from_quoted_text() -> None:
    finding = dataclasses.replace(GOLDEN_FINDINGS[0], message="bio says \x1b[2Jhi\x07")
    report = dataclasses.replace(GOLDEN_REPORT, findings=(finding,), fixed=None)
    text = render(report, "text")
    assert "\x1b" not in text and "\x07" not in text
    assert "bio says ?[2Jhi?" in text


def test_markdown_mentions_ping_nobody() -> None:
    finding = dataclasses.replace(
        GOLDEN_FINDINGS[0], message="bio says @acme-corp, mail me@example.com, `@code`"
    )
    report = dataclasses.replace(GOLDEN_REPORT, findings=(finding,), fixed=None)
    text = render(report, "markdown")
    assert "@\u200bacme-corp" in text
    assert "me@example.com" in text and "`@code`" in text


def test_findings_without_a_file_anchor_to_their_own_readme() -> None:
    report = dataclasses.replace(
        GOLDEN_REPORT, readme_paths={"octo/shiny": "docs/README.rst", None: "README.md"}
    )
    results = to_sarif(report)["runs"][0]["results"]
    shiny = next(
        r for r in results if r["ruleId"] == "REP901" and r["properties"]["repo"] == "octo/shiny"
    )
    uri = shiny["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "https://github.com/octo/shiny/blob/HEAD/docs/README.rst"
    local = dataclasses.replace(report, local_files=True)
    lines = render_github(local).splitlines()
    assert lines[1].startswith("::error file=docs/README.rst,line=1,title=REP901")
