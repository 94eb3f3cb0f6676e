"""Report formats: pure functions from a ``Report`` to text, one module per format.

``render(report, "markdown")`` picks the format by name; ``FORMATS`` lists them. None of them
does I/O: the command writes the result where the user asked.
"""

from __future__ import annotations

from checks.runner import Report

FORMATS = ("text", "json", "markdown", "sarif", "github")


def render(report: Report, format_name: str, *, color: bool = False) -> str:
    """The report in ``format_name``; ``color`` only affects ``text`` (ANSI colours)."""
    # Imported here so that asking for one format does not load the others.
    if format_name == "text":
        from checks.report import text

        return text.render(report, color=color)
    if format_name == "json":
        from checks.report import json

        return json.render(report)
    if format_name == "markdown":
        from checks.report import markdown

        return markdown.render(report)
    if format_name == "sarif":
        from checks.report import sarif

        return sarif.render(report)
    if format_name == "github":
        from checks.report import github

        return github.render(report)
    raise ValueError(f"unknown report format {format_name!r}; choose from {', '.join(FORMATS)}")
