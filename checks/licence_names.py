"""Published licences that GitHub cannot name, as a README names them.

GitHub names a licence file by comparing it with the texts of choosealicense.com. Several
licences common on GitHub are published, unmodified terms that are not on that list, so
GitHub shows them as "Other" (``NOASSERTION``): the non-commercial and no-derivatives
Creative Commons licences (many research repositories use CC BY-NC 4.0), model licences
(CreativeML OpenRAIL-M, the Llama community licences, Gemma's terms), and source-available
licences (Business Source License, PolyForm, Elastic). For those, "replace the file with a
standard licence" misreads a deliberate choice; what the reader needs is the licence's name.

This module finds such a name where a README states the licence: its licence section, or a
sentence linking the licence file.
"""

from __future__ import annotations

import re

from checks.readme import ReadmeAnalysis
from checks.readme_for import line_of, sections_matching, url_path

_LICENCE_HEADING = re.compile(r"\b(licen[cs]\w*|copyright|terms of use)\b", re.IGNORECASE)

# Creative Commons: GitHub knows CC BY 4.0, CC BY-SA 4.0 and CC0 only; an edited copy of one
# of those is a real NOASSERTION, so only the other variants and versions are listed.
_CC_SHORT = re.compile(
    r"\bCC[- ]BY(?:[- ](?:SA|NC|ND))*(?:[- ](?:NC|ND))(?:[- ](?:SA|NC|ND))*(?:[- ]v?\d\.\d)?\b|"
    r"\bCC[- ]BY(?:[- ](?:SA|NC|ND))*[- ]v?[123]\.\d\b"
)
# The legal code itself opens on the bare name: "Attribution-NonCommercial 4.0 International".
_CC_LONG = re.compile(
    r"\b(?:Creative Commons |^\s*)Attribution[- ]+(?:Non-?Commercial|No-?Deriv\w*)"
    r"(?:[- ]+(?:Share-?Alike|No-?Deriv\w*))?(?:\s+\d\.\d)?(?:\s+International)?",
    re.IGNORECASE | re.MULTILINE,
)
_OTHER_NAMES = re.compile(
    r"\b(?:CreativeML\s+)?Open\s?RAIL\b(?:[- ]?\+{0,2}[MSDA]\b)?|\bBigScience\s+(?:Open\s?)?RAIL\b|"
    r"\bRAIL-M\b|\bResponsible AI Licen[cs]e\b|"
    r"\bLlama\s*\d(?:\.\d)?\s+Community\s+Licen[cs]e(?:\s+Agreement)?|"
    r"\bGemma\s+Terms\s+of\s+Use\b|"
    r"\bNVIDIA\s+(?:Source\s+Code|Open\s+Model|Non-?Commercial)\s+Licen[cs]e\b|"
    r"\bStability\s+AI\s+(?:Non-?Commercial\s+Research\s+)?Community\s+Licen[cs]e\b|"
    r"\b(?:TII\s+)?Falcon(?:[- ]\w+)?\s+(?:LLM\s+)?Licen[cs]e\b|"
    r"\bDeepSeek\s+(?:Model\s+)?Licen[cs]e\b|\b(?:Tongyi\s+Qianwen|Qwen)\s+(?:Research\s+)?"
    r"Licen[cs]e(?:\s+Agreement)?|"
    r"\bPolyForm\s+(?:Noncommercial|Shield|Small\s+Business|Internal\s+Use|Free\s+Trial|"
    r"Perimeter|Strict)(?:\s+Licen[cs]e)?(?:\s+\d\.\d\.\d)?|"
    r"\bBusiness\s+Source\s+Licen[cs]e(?:\s+\d\.\d)?|\bBUSL-1\.1\b|"
    r"\bElastic\s+Licen[cs]e(?:\s+\d\.\d)?|\bServer\s+Side\s+Public\s+Licen[cs]e\b|\bSSPL\b|"
    r"\bCommons\s+Clause\b",
    re.IGNORECASE,
)
_PATTERNS = (_CC_SHORT, _CC_LONG, _OTHER_NAMES)


def unlisted_licence(text: str) -> str | None:
    """The first published licence in ``text`` that GitHub does not identify, as written
    there (runs of spaces joined), if any."""
    found = [m for pattern in _PATTERNS for m in [pattern.search(text)] if m is not None]
    if not found:
        return None
    first = min(found, key=lambda match: match.start())
    name = " ".join(first.group(0).split())
    if first.re is _CC_LONG and not name.lower().startswith("creative"):
        name = f"Creative Commons {name}"  # the legal code's own heading
    return name


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
