"""Shape sanitised README HTML like GitHub shows it, and read its title, outline and summary.

Works on HTML that ``portfolio.readme.sanitize`` already cleaned: turns ``> [!NOTE]`` quotes
into alert boxes, gives headings GitHub's anchors, drops a leading title that only repeats the
repository's name (the page shows its own) and collects the table of contents.

The sanitiser's output is regular (every element closed, attributes double-quoted, ``<`` and
``&`` escaped in text), so it is read here with one regular expression into a small tree
instead of a general HTML parser: shaping was two thirds of a build's time with
BeautifulSoup. The tree keeps each tag's original text and writes it back unchanged unless a
step changed that element. It reads the HTML the way BeautifulSoup's ``html.parser`` did
(whitespace-only text outside ``<pre>`` becomes one space or line break, an end tag closes the
nearest open element of its name), so pages stay the same byte for byte.
"""

from __future__ import annotations

import html as html_lib
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from portfolio.readme.sanitize import ALERT_KINDS, ID_PREFIX, RST_ADMONITIONS

HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_ALERT_MARKER = re.compile(r"^\s*\[!(" + "|".join(ALERT_KINDS) + r")\][ \t]*(\n|$)", re.I)


@dataclass
class Outline:
    html: str
    toc: list[tuple[int, str, str]]
    title: str | None
    summary: str
    unnamed: tuple[int, int]
    """See ``unnamed_content``."""


_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>")
_VOID = {"area", "br", "col", "hr", "img", "input", "source", "wbr"}


def nesting_depth(html: str) -> int:
    """How deeply elements nest in sanitised HTML (where every ``<`` in text is escaped)."""
    depth = deepest = 0
    for match in _TAG.finditer(html):
        if match.group(2).lower() in _VOID:
            continue
        depth += -1 if match.group(1) else 1
        deepest = max(deepest, depth)
    return deepest


def github_slug(text: str) -> str:
    """The anchor GitHub gives a heading: lower case, punctuation dropped, spaces to hyphens."""
    kept = []
    for char in text.strip().lower():
        if char == " ":
            kept.append("-")
        elif char in "-_" or unicodedata.category(char)[0] in "LNM":
            kept.append(char)
    return "".join(kept)


def _same_name(a: str, b: str) -> bool:
    def squash(s: str) -> str:
        return re.sub(r"[\W_]+", "", s.casefold())

    return bool(squash(a)) and squash(a) == squash(b)


def shape(html: str, repo_name: str) -> Outline:
    """Alerts, heading anchors, the title and the summary of sanitised README ``html``."""
    root, found = _parse(html)
    # The sanitiser keeps `type` on an input only when it is a checkbox (task lists); any
    # other input would show as an empty text box.
    for field in found["input"]:
        if field.get("type") != "checkbox":
            field.remove()
        elif (item := _task_item(field)) is not None:
            _name_task_checkbox(field, item)
    for quote in found["blockquote"]:
        _alert(quote)
    for aside in found["aside"]:
        _aside(aside)
    for disclosure in found["summary"]:
        _links_out_of_summary(disclosure)
    for image in found["img"]:
        # A one-pixel spacer (Textual's `spacer.gif`, width="1") only makes room: it is
        # decorative, which an empty alt text tells screen readers.
        if image.get("alt") is None and "1" in (image.get("width"), image.get("height")):
            image.set("alt", "")

    title = None
    first_heading, text_before = _first_heading(root)
    if first_heading is not None and first_heading.name == "h1":
        title = first_heading.text() or None
        if title and _same_name(title, repo_name) and not text_before:
            first_heading.remove()

    # The steps below see the document as the steps above left it, in document order.
    elements = [node for node in root.walk() if type(node) is Element]
    toc = _anchor_headings([e for e in elements if e.name in HEADINGS])
    summary = _summary(_tidy(elements))
    unnamed = _unnamed(elements)
    return Outline(html=root.serialize(), toc=toc, title=title, summary=summary, unnamed=unnamed)


def _links_out_of_summary(summary: Element) -> None:
    """Move the links of a ``<details>`` box's ``<summary>`` to a paragraph right under it.

    A summary is the box's button: a link inside it is a control inside a control, which
    screen readers do not announce and axe reports ("Interactive controls must not be
    nested"; yolov5's "Open in Colab" badges, a link in a smolagents summary). The link is the
    first thing shown when the box opens; the words it had stay in the summary as text, and a
    badge goes with its link."""
    box = summary.parent
    if box is None or box.name != "details":
        return
    links = [n for n in summary.walk() if type(n) is Element and n.name == "a"]
    if not links:
        return
    paragraph = Element("p", None, "", box)
    for link in links:
        holder = link.parent
        if holder is None:
            continue
        at = next(i for i, child in enumerate(holder.children) if child is link)
        if any(type(n) is Element and n.name == "img" for n in link.walk()):
            holder.children[at : at + 1] = []  # a badge goes whole
        else:
            words = _escape_text(link.text())
            holder.children[at : at + 1] = [words]
            link.children = [words]  # its words, without the markup
        if paragraph.children:
            paragraph.children.append(" ")
        link.parent = paragraph
        paragraph.children.append(link)
    at = next(i for i, child in enumerate(box.children) if child is summary)
    box.children[at + 1 : at + 1] = ["\n", paragraph]


# How much of a task's text names its checkbox: enough to tell the tasks apart.
_TASK_NAME_CHARS = 100


def _task_item(field: Element) -> Element | None:
    """The element holding a task's words: its list item, or the paragraph in it (a list
    whose items are separated by blank lines)."""
    parent = field.parent
    if parent is None:
        return None
    if parent.name == "li":
        return parent
    if parent.name == "p" and parent.parent is not None and parent.parent.name == "li":
        return parent
    return None


def _name_task_checkbox(field: Element, item: Element) -> None:
    """Give a task list's checkbox the task's words as its accessible name. GitHub leaves it
    unnamed, which screen readers announce as a bare "checkbox" and axe reports (WCAG 4.1.2);
    the words before any nested list are the task."""
    words = []
    for child in item.children:
        if type(child) is Element and child.name in ("ul", "ol"):
            break
        words.append(child if type(child) is str else child.text())
    text = re.sub(r"\s+", " ", html_lib.unescape(" ".join(words))).strip()
    if text:
        field.set("aria-label", text[:_TASK_NAME_CHARS])


def unnamed_content(html: str) -> tuple[int, int]:
    """What screen readers cannot describe in README ``html``: the images without alt text,
    and the links with no text whose images have none either (``[![](badge)](url)``).
    ``shape`` counts them too, on the tree it has read already."""
    root, _found = _parse(html)
    return _unnamed([node for node in root.walk() if type(node) is Element])


def _unnamed(elements: list[Element]) -> tuple[int, int]:
    """``unnamed_content`` of the document whose elements, in order, are ``elements``."""
    unnamed_images = sum(1 for e in elements if e.name == "img" and e.get("alt") is None)
    links = 0
    for node in elements:
        if node.name == "a" and node.get("href") is not None:
            pictures = [c for c in node.walk() if type(c) is Element and c.name == "img"]
            if pictures and not node.text() and not any(p.get("alt") for p in pictures):
                links += 1
    return unnamed_images, links


# --- the tree -------------------------------------------------------------------------------

_MARKUP = re.compile(r"(<(/?)([a-zA-Z][^\t\n\f\r />]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>)")
_ATTRIBUTE = re.compile(r"""([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?""")
# Whitespace-only text is kept as one character outside these (as BeautifulSoup keeps it).
_PRESERVE_WHITESPACE = {"pre", "textarea"}
_ASCII_SPACES = " \n\t\f\r"
# Elements the steps look for while the tree is read, before anything changed.
_WATCHED = ("input", "blockquote", "aside", "img", "summary")
_WORDS = re.compile(r"\S+")
# A start tag's attributes that are one attribute; one class that is not blank.
_ONE_ATTRIBUTE = re.compile(r"""\s+[^\s"'>/=]+="[^"]*"\s*/?""")
_ONE_CLASS = re.compile(r"""\s+class="[^"&]*[^"&\s][^"&]*"\s*/?""")


class Element:
    """One element: its name, attributes, children (elements and raw, escaped text)."""

    __slots__ = ("_attrs", "children", "name", "parent", "rest", "tag")

    def __init__(self, name: str, tag: str | None, rest: str, parent: Element | None) -> None:
        self.name = name
        self.tag = tag
        """The start tag as written, or None once the element changed (then it is rebuilt)."""
        self.rest = rest
        self._attrs: dict[str, str] | None = None if rest.strip() else {}
        self.children: list[Element | str] = []
        self.parent = parent

    @property
    def attrs(self) -> dict[str, str]:
        """Attribute values, unescaped; parsed on first use (most elements never need it)."""
        if self._attrs is None:
            self._attrs = {}
            for match in _ATTRIBUTE.finditer(self.rest):
                name, *values = match.groups()
                value = next((v for v in values if v is not None), "")
                # Like html.parser: names lower-cased, the last of a repeated name wins.
                self._attrs[name.lower()] = html_lib.unescape(value) if "&" in value else value
        return self._attrs

    def get(self, name: str) -> str | None:
        return self.attrs.get(name)

    def classes(self) -> list[str] | None:
        value = self.attrs.get("class")
        return None if value is None else _WORDS.findall(value)

    def set_attrs(self, attrs: dict[str, str]) -> None:
        self._attrs = attrs
        self.tag = None

    def set(self, name: str, value: str) -> None:
        self.attrs[name] = value
        self.tag = None

    def delete(self, name: str) -> None:
        if self.attrs.pop(name, None) is not None:
            self.tag = None

    def rename(self, name: str) -> None:
        self.name = name
        self.tag = None

    def remove(self) -> None:
        if self.parent is not None:
            self.parent.children = [c for c in self.parent.children if c is not self]
            self.parent = None

    def walk(self) -> Iterator[Element | str]:
        """Every element and text below this one, in document order."""
        stack = [iter(self.children)]
        while stack:
            for child in stack[-1]:
                yield child
                if type(child) is Element and child.children:
                    stack.append(iter(child.children))
                    break
            else:
                stack.pop()

    def strings(self) -> Iterator[str]:
        """The text below this element, unescaped, piece by piece."""
        for node in self.walk():
            if type(node) is str:
                yield html_lib.unescape(node) if "&" in node else node

    def text(self) -> str:
        """The text with runs of whitespace as one space, trimmed."""
        return re.sub(r"\s+", " ", "".join(self.strings())).strip()

    def first_element(self) -> Element | None:
        return next((c for c in self.children if type(c) is Element), None)

    def start_tag(self) -> str:
        if self.tag is not None and (self._attrs == {} or _ONE_ATTRIBUTE.fullmatch(self.rest)):
            return self.tag
        # Attributes in alphabetical order, as BeautifulSoup wrote them: the sanitiser keeps
        # the order it is given, so this keeps pages as they were.
        parts = [self.name]
        for name, value in sorted(self.attrs.items()):
            parts.append(f'{name}="{_escape_attribute(value)}"')
        return "<" + " ".join(parts) + ">"

    def serialize(self) -> str:
        """The HTML of this element's children."""
        out: list[str] = []
        stack: list[tuple[Iterator[Element | str], str]] = [(iter(self.children), "")]
        while stack:
            children, end = stack[-1]
            for child in children:
                if type(child) is str:
                    out.append(child)
                    continue
                out.append(child.start_tag())
                if child.name not in _VOID or child.children:
                    stack.append((iter(child.children), f"</{child.name}>"))
                    break
            else:
                stack.pop()
                out.append(end)
        return "".join(out)


def _escape_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _escape_attribute(value: str) -> str:
    return _escape_text(value).replace('"', "&quot;")


def _parse(html: str) -> tuple[Element, dict[str, list[Element]]]:
    """The tree of ``html`` (under a nameless root) and its elements named in ``_WATCHED``."""
    root = Element("", "", "", None)
    found: dict[str, list[Element]] = {name: [] for name in _WATCHED}
    current = root
    open_names: list[str] = []  # names of the open elements, outermost first
    preserving = 0  # how many open <pre>/<textarea> there are
    pieces = _MARKUP.split(html)
    # pieces: text, then per tag its whole text, "/" or "", name and attributes, then text.
    for index in range(0, len(pieces), 5):
        text = pieces[index]
        if text:
            if not preserving and not text.strip(_ASCII_SPACES):
                text = "\n" if "\n" in text else " "
            current.children.append(text)
        if index + 1 == len(pieces):
            break
        tag, closing, name, rest = pieces[index + 1 : index + 5]
        name = name.lower()
        if closing:
            # Close the nearest open element of that name, and any opened inside it; an end
            # tag with no open element of its name is ignored.
            if name not in open_names:
                continue
            while True:
                closed = current
                current = current.parent  # type: ignore[assignment]
                open_names.pop()
                if closed.name in _PRESERVE_WHITESPACE:
                    preserving -= 1
                if closed.name == name:
                    break
            continue
        element = Element(name, tag, rest.rstrip("/"), current)
        current.children.append(element)
        if name in found:
            found[name].append(element)
        if name in _VOID:
            continue
        current = element
        open_names.append(name)
        if name in _PRESERVE_WHITESPACE:
            preserving += 1
    return root, found


# --- the steps ------------------------------------------------------------------------------


def _alert(quote: Element) -> None:
    """``> [!NOTE]`` and the other GitHub alert markers: the quote becomes an alert box."""
    paragraph = quote.first_element()
    if paragraph is None or paragraph.name != "p" or not paragraph.children:
        return
    first = paragraph.children[0]
    if type(first) is not str:
        return
    text = html_lib.unescape(first) if "&" in first else first
    match = _ALERT_MARKER.match(text)
    if not match:
        return
    paragraph.children[0] = _escape_text(text[match.end() :])
    if not paragraph.text() and paragraph.first_element() is None:
        paragraph.remove()
    _alert_box(quote, match.group(1).lower())


def _alert_box(box: Element, kind: str) -> None:
    box.rename("div")
    box.set_attrs({"class": f"markdown-alert markdown-alert-{kind}"})
    attribute = ' class="markdown-alert-title"'
    title = Element("p", f"<p{attribute}>", attribute, box)
    title.children.append(kind.capitalize())
    box.children.insert(0, title)


def _aside(aside: Element) -> None:
    """docutils' ``<aside>`` admonitions become alerts; other asides plain blocks (an aside
    inside the page's main content would be a misplaced landmark for screen readers)."""
    classes = aside.classes() or []
    kind = next((RST_ADMONITIONS[c] for c in classes if c in RST_ADMONITIONS), None)
    if "admonition" in classes and kind:
        for node in aside.walk():
            if type(node) is Element and node.name == "p" and _has_class(node, "admonition-title"):
                node.remove()
                break
        _alert_box(aside, kind)
    else:
        aside.rename("div")
        kept = {"id": aside.attrs["id"]} if aside.get("id") else {}
        if "footnote-list" in classes:
            kept["class"] = "footnote"
        aside.set_attrs(kept)


def _has_class(element: Element, name: str) -> bool:
    value = element.get("class")
    return value is not None and (value == name or name in _WORDS.findall(value))


def _first_heading(root: Element) -> tuple[Element | None, bool]:
    """The first heading of the document, and whether any text comes before it (a title
    preceded only by whitespace, images or badges is the README's leading title)."""
    text_before = False
    for node in root.walk():
        if type(node) is str:
            if not text_before:
                text = html_lib.unescape(node) if "&" in node else node
                text_before = bool(text.strip())
        elif node.name in HEADINGS:
            return node, text_before
    return None, text_before


def _anchor_headings(headings: list[Element]) -> list[tuple[int, str, str]]:
    toc = []
    used: set[str] = set()
    for heading in headings:
        text = heading.text()
        section = heading.parent
        if (
            section is not None
            and section.name == "section"
            and section.get("id")
            and _first_heading(section)[0] is heading
        ):
            # reStructuredText: links point at the section's id, so the heading takes it.
            base = section.attrs["id"]
            section.delete("id")
        else:
            base = ID_PREFIX + (github_slug(text) or "section")
        # GitHub numbers repeats: install, install-1, install-2.
        anchor, number = base, 0
        while anchor in used:
            number += 1
            anchor = f"{base}-{number}"
        used.add(anchor)
        heading.set("id", anchor)
        toc.append((int(heading.name[1]), text, anchor))
    return toc


def _tidy(elements: list[Element]) -> list[Element]:
    """Drop what the sanitiser left empty, and ids that repeat a heading's or another's.

    Returns the paragraphs still in the document, in order.
    """
    seen = {e.attrs["id"] for e in elements if e.name in HEADINGS and e.get("id")}
    paragraphs = []
    for element in elements:
        # Most elements are code's `<span class="k">`: no id and a class, nothing to tidy.
        if element.tag is None or (element._attrs != {} and not _ONE_CLASS.fullmatch(element.rest)):
            if element.classes() == []:
                element.delete("class")
            if element.name not in HEADINGS and element.get("id"):
                if element.attrs["id"] in seen:
                    element.delete("id")
                else:
                    seen.add(element.attrs["id"])
        if element.name == "p":
            paragraphs.append(element)
    kept = []
    for paragraph in paragraphs:
        if paragraph.first_element() is None and not any(s.strip() for s in paragraph.strings()):
            paragraph.remove()
        else:
            kept.append(paragraph)
    return kept


_SUMMARY_OUTSIDE = {"blockquote", "div", "li", "table", "details"}


# A notice about the project's upkeep says what became of it, not what it is: PyTorch-GAN
# opens on "This repository has gone stale as I unfortunately do not have the time...".
_UPKEEP_NOTICE = re.compile(
    r"\b(?:no longer (?:maintained|developed|supported|updated)|(?:gone|is) stale|"
    r"deprecated|unmaintained|not (?:actively )?maintained|(?:been|is) archived|"
    r"stopped developing|moved (?:all )?(?:future )?development)\b",
    re.IGNORECASE,
)


def _summary(paragraphs: list[Element]) -> str:
    """The text of the first paragraph that says something (not only badges or a logo),
    passing over a notice about the project's upkeep when another paragraph follows."""
    notice = ""
    for paragraph in paragraphs:
        parent = paragraph.parent
        inside = False
        while parent is not None:
            if parent.name in _SUMMARY_OUTSIDE:
                inside = True
                break
            parent = parent.parent
        if inside:
            continue
        text = paragraph.text()
        if len(re.sub(r"\W", "", text)) < 3:
            continue
        if not _UPKEEP_NOTICE.search(text):
            return text
        notice = notice or text
    return notice
