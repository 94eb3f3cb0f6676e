"""Where a README names a published licence that GitHub cannot name (see
``portfolio.licences``): its licence section, or a sentence linking the licence file.
"""

from __future__ import annotations

import re

from checks.readme import ReadmeAnalysis
from checks.readme_for import line_of, sections_matching, url_path
from portfolio.licences import unlisted_licence

_LICENCE_HEADING = re.compile(r"\b(licen[cs]\w*|copyright|terms of use)\b", re.IGNORECASE)


def licence_named_in_readme(
    analysis: ReadmeAnalysis, readme_text: str, licence_path: str | None
) -> str | None:
    """The unlisted licence that the README states for the project: in a section headed
    "License" (or "Copyright", "Terms of use"), or on a line that links the licence file
    (stable-diffusion: "[The CreativeML OpenRAIL M license](LICENSE) is..."). A licence
    named elsewhere (a dataset's CC BY-NC terms in a "Data" section) is not the project's."""
    for section in sections_matching(analysis, _LICENCE_HEADING):
        name = unlisted_licence(f"{section.heading}\n{section.text}")
        if name:
            return name
    if licence_path is None:
        return None
    lines = readme_text.splitlines()
    wanted = licence_path.lower()
    for link in analysis.links:
        target = url_path(link.url).lower().removeprefix("./")
        line = line_of(link, lines)
        if link.kind == "relative" and target == wanted and line:
            name = unlisted_licence(f"{link.text} {line}")
            if name:
                return name
    return None
