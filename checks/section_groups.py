"""Each section a rule asks about, with the sections nested under it, found in one pass.

Rules look at "Installation" or "Usage" together with its "From PyPI" and "From source".
Asking for that one section at a time walks the whole README each time, which is quadratic:
a README with tens of thousands of such headings kept `portfolio check` busy for minutes.
"""

from __future__ import annotations

from collections.abc import Sequence

from checks.readme import ReadmeAnalysis, Section


def with_nested(analysis: ReadmeAnalysis, sections: Sequence[Section]) -> list[list[Section]]:
    """For each of ``sections``, in their order: the section followed by the sections nested
    under it (deeper levels, up to the next heading of its level or above)."""
    wanted = {id(section) for section in sections}
    groups: dict[int, list[Section]] = {}
    # Groups still taking sections, by level; their levels strictly increase, so there are at
    # most six of them and the pass stays linear.
    open_groups: list[tuple[int, list[Section]]] = []
    for section in analysis.sections:
        open_groups = [(level, group) for level, group in open_groups if section.level > level]
        for _level, group in open_groups:
            group.append(section)
        if id(section) in wanted and id(section) not in groups:
            group = [section]
            groups[id(section)] = group
            if section.level:  # the text before the first heading has nothing under it
                open_groups.append((section.level, group))
    return [groups.get(id(section), [section]) for section in sections]
