"""The report as a to-do list to paste into a GitHub issue: a summary table, then checkboxes.

Items are grouped Profile, showcase repositories, other repositories; inside each group the
repositories with the most to gain come first, and each item says how to fix it and links to
the rule's documentation.
"""

from __future__ import annotations

import re

from checks.model import Finding, Severity
from checks.report.summary import by_repo, counts_line, impact, location, summary_line
from checks.report.untrusted import one_line
from checks.runner import Report


def render(report: Report) -> str:
    groups = by_repo(report)
    lines = [f"# Portfolio check: {_inline(report.subject)}", ""]
    lines += _table(report, groups)
    lines.append("")
    lines.append(summary_line(report))
    lines.append("")

    if None in groups:
        lines += _section("Profile", [(None, groups[None])], report)
    repos = [(name, items) for name, items in groups.items() if name is not None]
    repos.sort(key=lambda item: -impact(item[1]))  # stable: ties keep report order
    showcase = [(name, items) for name, items in repos if name in report.showcase]
    others = [(name, items) for name, items in repos if name not in report.showcase]
    if report.kind == "repo":
        lines += _section("Repository", showcase + others, report)
    else:
        lines += _section("Showcase repositories", showcase, report)
        lines += _section("Other repositories", others, report)

    if report.inconclusive:
        lines += ["## Could not decide", ""]
        lines.append("These rules lacked the data they need; they are not counted.")
        lines.append("")
        for finding in report.inconclusive:
            lines.append(f"- {_where(finding)}{_rule_link(finding)}: {_inline(finding.message)}")
        lines.append("")
    if report.ignored:
        lines += ["## Ignored on purpose", ""]
        for finding in report.ignored:
            lines.append(
                f"- {_where(finding)}{_rule_link(finding)}: {_inline(finding.message)} "
                f"— {_inline(finding.ignored_reason or '')}"
            )
        lines.append("")
    if report.fixed:
        lines += ["## Fixed since the baseline", ""]
        for fixed in report.fixed:
            where = f"{_inline(fixed.repo)}: " if fixed.repo else "profile: "
            lines.append(f"- [x] {where}**{_inline(fixed.rule_id)}** {_inline(fixed.message)}")
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def _table(report: Report, groups: dict[str | None, list[Finding]]) -> list[str]:
    rows = [
        "| | Score | Errors | Warnings | Info |",
        "| --- | ---: | ---: | ---: | ---: |",
        _row("**Overall**", report.scores.overall, report.findings),
    ]
    for name, findings in groups.items():
        if name is None:
            rows.append(_row("Profile", report.scores.profile, findings))
        else:
            # A pipe, even inside a code span, would end the table cell.
            label = _code(name.replace("|", "\\|"))
            label += " (showcase)" if name in report.showcase else ""
            rows.append(_row(label, report.scores.repos.get(name), findings))
    return rows


def _row(label: str, score: int | None, findings: list[Finding] | tuple[Finding, ...]) -> str:
    counts = [
        str(sum(1 for f in findings if f.counted and f.severity == severity))
        for severity in (Severity.ERROR, Severity.WARNING, Severity.INFO)
    ]
    shown = "–" if score is None else str(score)
    return f"| {label} | {shown} | " + " | ".join(counts) + " |"


def _section(
    title: str, groups: list[tuple[str | None, list[Finding]]], report: Report
) -> list[str]:
    todo = [(name, [f for f in items if f.counted]) for name, items in groups]
    todo = [(name, items) for name, items in todo if items]
    if not todo:
        return []
    lines = [f"## {title}", ""]
    for name, items in todo:
        if name is not None and report.kind == "profile":
            lines += [f"### {_code(name)} — {counts_line(items)}", ""]
        ordered = sorted(items, key=lambda f: (-f.severity, f.rule_id, f.line or 0))
        lines += [_item(finding) for finding in ordered]
        lines.append("")
    return lines


def _item(finding: Finding) -> str:
    text = f"- [ ] **{finding.severity}** {_rule_link(finding)}: {_inline(finding.message)}"
    if finding.baseline == "new":
        text += " *(new)*"
    where = location(finding)
    if where:
        text += f" ({_code(where)})"
    if finding.fix is not None:
        text += f"<br>Fix: {_inline(finding.fix.description)}"
        if finding.fix.command:
            text += " " + _code(finding.fix.command)
    return text


def _code(text: str) -> str:
    """``text`` as one code span, whatever backticks it holds: the fence is one backtick
    longer than the longest run inside, so the text can neither close it nor escape it."""
    text = one_line(text)
    longest = max((len(run) for run in _BACKTICKS.findall(text)), default=0)
    if not longest:
        return f"`{text}`"
    fence = "`" * (longest + 1)
    return f"{fence} {text} {fence}"


def _rule_link(finding: Finding) -> str:
    return f"[{finding.rule_id} {finding.rule_name}]({finding.docs_url})"


def _where(finding: Finding) -> str:
    return f"{_code(finding.repo)} " if finding.repo else "profile "


_BACKTICKS = re.compile(r"`+")


def _inline(text: str) -> str:
    """One line of Markdown from text that may come from a README or a profile field.

    `Code spans` are kept, but only where GitHub would see one: a run of backticks opens a
    span only if a run of the same length closes it later, otherwise it is escaped, so a stray
    backtick cannot turn the rest of the line inside out. Outside code spans, HTML, links,
    images and character references are escaped, ``@name`` gets an invisible break so pasting
    the list into an issue pings nobody, and line breaks are folded so an item stays one item.
    """
    text = one_line(text)
    parts: list[str] = []
    position = 0
    while (opening := _BACKTICKS.search(text, position)) is not None:
        parts.append(_escape(text[position : opening.start()]))
        closing = next(
            (
                run
                for run in _BACKTICKS.finditer(text, opening.end())
                if run.group() == opening.group()
            ),
            None,
        )
        if closing is None:
            parts.append("\\`" * len(opening.group()))
            position = opening.end()
        else:
            parts.append(text[opening.start() : closing.end()])
            position = closing.end()
    parts.append(_escape(text[position:]))
    return "".join(parts)


def _escape(text: str) -> str:
    # Backslashes first, so the text cannot escape the escapes added below.
    text = text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")
    # `&` too: `&#x202E;` would otherwise become the very override `one_line` removed.
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return re.sub(r"(?<![\w.])@(?=[A-Za-z0-9])", "@\u200b", text)
