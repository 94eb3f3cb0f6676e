"""Licence files, and the published licences GitHub cannot name.

GitHub names a licence file by comparing it with the texts of choosealicense.com. Several
licences common on GitHub are published, unmodified terms that are not on that list, so
GitHub shows them as "Other" (``NOASSERTION``): the non-commercial and no-derivatives
Creative Commons licences (many research repositories use CC BY-NC 4.0), model licences
(CreativeML OpenRAIL-M, the Llama community licences, Gemma's terms), and source-available
licences (Business Source License, PolyForm, Elastic). For those, "replace the file with a
standard licence" misreads a deliberate choice; what the reader needs is the licence's name.

Both ways of reading a repository use this module: the fetch from GitHub reads the opening
of the root licence file of a repository GitHub marks ``NOASSERTION``, and so does a local
checkout; each stores the name it finds in ``Repo.license_name``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

LICENCE_FILE = re.compile(r"^(licen[cs]e|copying|unlicense)([.-].*)?$", re.IGNORECASE)
"""The names GitHub looks for at a repository's root: LICENSE, LICENCE.md, COPYING..."""

TITLE_CHARS = 600
"""How much of a licence file holds its title: "LLAMA 2 COMMUNITY LICENSE AGREEMENT", or a
copyright line and then "CreativeML Open RAIL-M". Further down, a text may cite others."""


def root_licence_files(paths: Iterable[str]) -> list[str]:
    """The licence files at the root among ``paths`` (LICENSE, LICENCE.md...), in name order."""
    return sorted(p for p in paths if "/" not in p and LICENCE_FILE.match(p))


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


def name_from_opening(opening: str) -> str | None:
    """The name of the unlisted published licence that a licence file's opening (its first
    ``TITLE_CHARS`` characters) gives, if any. Shouting titles are given in title case:
    "LLAMA 2 COMMUNITY LICENSE AGREEMENT" reads better as "Llama 2 Community License
    Agreement"; an abbreviation such as "CC-BY-NC-SA-4.0" stays as written."""
    name = unlisted_licence(opening[:TITLE_CHARS])
    if name and name.isupper() and re.search(r"[A-Z]{5}", name):
        return name.title()
    return name
