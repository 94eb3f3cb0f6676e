"""Read the publications of a BibTeX file (``publications.bibtex``) as ``Publication`` entries.

A small reader for the BibTeX people export from Google Scholar, Zotero or their reference
manager: ``@type{key, field = {value} | "value" | number | macro # ...}``, ``@string`` macros,
``@comment`` and ``@preamble`` skipped. LaTeX in values is reduced to plain text (braces, the
common accents, ``--``, ``~``); anything fancier is kept as written, never executed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from portfolio.profile.model import Publication

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}

# LaTeX accent command -> Unicode combining mark.
_ACCENTS = {
    "'": "\u0301",
    "`": "\u0300",
    "^": "\u0302",
    '"': "\u0308",
    "~": "\u0303",
    "=": "\u0304",
    ".": "\u0307",
    "c": "\u0327",
    "v": "\u030c",
    "u": "\u0306",
    "H": "\u030b",
    "k": "\u0328",
}
_SYMBOLS = {
    "ss": "ß",
    "o": "ø",
    "O": "Ø",
    "ae": "æ",
    "AE": "Æ",
    "oe": "œ",
    "OE": "Œ",
    "aa": "å",
    "AA": "Å",
    "l": "ł",
    "L": "Ł",
    "i": "ı",
    "&": "&",
    "%": "%",
    "$": "$",
    "#": "#",
    "_": "_",
}


class BibtexError(ValueError):
    """A syntax error at ``line`` of the file."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


@dataclass(frozen=True)
class Entry:
    """One ``@type{key, ...}`` entry with its fields (names lower-cased) and its line."""

    type: str
    key: str
    fields: dict[str, str]
    line: int


class _Reader:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0
        self.macros = {name: str(number) for name, number in _MONTHS.items()}

    def line(self, pos: int | None = None) -> int:
        return self.text.count("\n", 0, self.pos if pos is None else pos) + 1

    def skip_space(self) -> None:
        while self.pos < len(self.text) and self.text[self.pos].isspace():
            self.pos += 1

    def expect(self, chars: str) -> str:
        self.skip_space()
        if self.pos >= len(self.text) or self.text[self.pos] not in chars:
            found = self.text[self.pos] if self.pos < len(self.text) else "the end of the file"
            raise BibtexError(self.line(), f"expected {' or '.join(chars)}, found {found!r}")
        self.pos += 1
        return self.text[self.pos - 1]

    def name(self) -> str:
        self.skip_space()
        match = re.compile(r"[^\s\"#%'(),={}]+").match(self.text, self.pos)
        if not match:
            raise BibtexError(self.line(), "expected a name")
        self.pos = match.end()
        return match.group()

    def braced(self) -> str:
        start = self.pos
        depth = 1
        while self.pos < len(self.text):
            char = self.text[self.pos]
            self.pos += 1
            if char == "\\":
                self.pos += 1
            elif char == "{":
                depth += 1
            elif char == "}":
                depth -= 1
                if depth == 0:
                    return self.text[start : self.pos - 1]
        raise BibtexError(self.line(start), "a `{` is never closed")

    def quoted(self) -> str:
        start = self.pos
        depth = 0
        while self.pos < len(self.text):
            char = self.text[self.pos]
            self.pos += 1
            if char == "\\":
                self.pos += 1
            elif char == "{":
                depth += 1
            elif char == "}":
                depth -= 1
            elif char == '"' and depth == 0:
                return self.text[start : self.pos - 1]
        raise BibtexError(self.line(start), 'a `"` is never closed')

    def value(self) -> str:
        parts = []
        while True:
            self.skip_space()
            char = self.text[self.pos] if self.pos < len(self.text) else ""
            if char == "{":
                self.pos += 1
                parts.append(self.braced())
            elif char == '"':
                self.pos += 1
                parts.append(self.quoted())
            else:
                word = self.name()
                parts.append(word if word.isdigit() else self.macros.get(word.lower(), word))
            self.skip_space()
            if self.pos < len(self.text) and self.text[self.pos] == "#":
                self.pos += 1
                continue
            return "".join(parts)

    def entries(self) -> list[Entry]:
        found = []
        while True:
            at = self.text.find("@", self.pos)
            if at < 0:
                return found
            self.pos = at + 1
            line = self.line(at)
            kind = self.name().lower()
            if kind == "comment":
                continue
            close = "}" if self.expect("{(") == "{" else ")"
            if kind == "preamble":
                self.value()
                self.expect(close)
                continue
            if kind == "string":
                name = self.name().lower()
                self.expect("=")
                self.macros[name] = self.value()
                self.expect(close)
                continue
            key = self.name()
            fields: dict[str, str] = {}
            while True:
                separator = self.expect("," + close)
                if separator == close:
                    break
                self.skip_space()
                if self.pos < len(self.text) and self.text[self.pos] == close:
                    self.pos += 1
                    break
                field = self.name().lower()
                self.expect("=")
                fields[field] = self.value()
            found.append(Entry(kind, key, fields, line))


def parse_entries(text: str) -> list[Entry]:
    """Every entry of a BibTeX text, in file order; raises BibtexError on a syntax error."""
    return _Reader(text).entries()


def latex_to_text(value: str) -> str:
    """Plain text from a BibTeX value: accents resolved, braces and commands removed."""

    def accent(match: re.Match[str]) -> str:
        mark = _ACCENTS[match.group(1)]
        letter = match.group(2) or match.group(3)
        if letter in ("\\i", "i") and mark != "\u0327":
            letter = "i"
        return unicodedata.normalize("NFC", letter + mark)

    value = re.sub(r"\\([`'^\"~=.])\s*(?:\{(\\?\w)\}|(\w))", accent, value)
    value = re.sub(r"\\([cvuHk])\s*(?:\{(\\?\w)\}|\s(\w))", accent, value)
    value = re.sub(
        r"\\(ss|ae|AE|oe|OE|aa|AA|o|O|l|L|i)(?![A-Za-z])\s*|\\([&%$#_])",
        lambda m: _SYMBOLS[m.group(1) or m.group(2)],
        value,
    )
    value = re.sub(r"\\(?:emph|textit|textbf|textsc|texttt|mathrm|url)\s*", "", value)
    value = value.replace("---", "—").replace("--", "–").replace("~", "\u00a0")
    value = value.replace("{", "").replace("}", "")
    # ASCII whitespace only: the no-break space from `~` stays.
    return re.sub(r"[ \t\n\r\f\v]+", " ", value).strip(" ")


def _author(name: str) -> str:
    """``Last, First`` -> ``First Last``; other forms are kept."""
    name = latex_to_text(name)
    if "," in name:
        last, _, first = name.partition(",")
        return f"{first.strip()} {last.strip()}".strip()
    return name


def to_publication(entry: Entry) -> Publication:
    fields = entry.fields
    if "title" not in fields:
        raise BibtexError(entry.line, f"entry `{entry.key}` has no title")
    authors = tuple(
        _author(a) for a in re.split(r"\s+and\s+", fields.get("author", "")) if a.strip()
    )
    venue_field = next(
        (f for f in ("journal", "booktitle", "school", "institution", "publisher") if f in fields),
        None,
    )
    date = None
    year = fields.get("year", "").strip()
    if re.fullmatch(r"\d{4}", year):
        date = year
        month = fields.get("month", "").strip().lower()
        number = int(month) if month.isdigit() else _MONTHS.get(month)
        if number and 1 <= number <= 12:
            date += f"-{number:02d}"
    doi = fields.get("doi", "").strip() or None
    url = fields.get("url", "").strip()
    eprint = fields.get("eprint", "").strip()
    if not url and eprint and fields.get("archiveprefix", "").strip().lower() == "arxiv":
        url = f"https://arxiv.org/abs/{eprint}"
    if not url and doi:
        url = f"https://doi.org/{doi}"
    if not url.lower().startswith(("http://", "https://")):
        url = ""  # an address that is not http(s) is dropped, like in profile.yaml
    return Publication(
        title=latex_to_text(fields["title"]),
        authors=authors,
        venue=latex_to_text(fields[venue_field]) if venue_field else None,
        date=date,
        url=url or None,
        doi=doi,
        abstract=latex_to_text(fields["abstract"]) if "abstract" in fields else None,
    )


def read_publications(text: str) -> list[Publication]:
    """The publications of a BibTeX text, in file order (raises BibtexError)."""
    return [to_publication(entry) for entry in parse_entries(text)]
