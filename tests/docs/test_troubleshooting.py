"""Every error message the tool can print has an entry in docs/troubleshooting.md.

The messages are collected from the source with ``ast``, so a new ``raise ConfigError(...)``
without documentation fails here, naming the message and its file:line. Collected:

- the first argument of every call that builds a ``PortfolioError`` or a subclass of it
  (subclasses are found in the source too, e.g. ``RateLimitError`` in the GitHub client);
- the messages of the two "every mistake at once" collectors: profile.yaml field mistakes
  (``.mistake(node, path, MESSAGE)``, ``Mistake(line, path, MESSAGE)`` and the
  ``(message, None)`` results of the value checks) and the check configuration's
  ``errors.add(path, MESSAGE)``;
- argparse's own usage errors, produced by running the real parser on bad command lines.

A message matches when its longest literal fragment (the text between the ``{placeholders}``)
appears in the page, ignoring case, backticks and line breaks.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from portfolio import cli

ROOT = Path(__file__).resolve().parents[2]
PAGE = ROOT / "docs" / "troubleshooting.md"
SOURCE_DIRS = ("portfolio", "checks")
BASE_ERROR = "PortfolioError"

# Messages whose text is built elsewhere: the fragment the page documents them by. Keyed by
# (file, template as this test writes it).
EXPLICIT = {
    ("checks/docs.py", "{RuleResolver(RULES).unknown_message(rule_id)}"): "unknown rule",
    ("checks/config.py", "{self.unknown_message(item)}"): "unknown rule",
    ("checks/config.py", "{resolver.unknown_message(str(ref))}"): "unknown rule",
    (
        "checks/config.py",
        "{_unknown('key', str(key), KEYS, 'valid keys: ' + ', '.join(KEYS))}",
    ): "unknown key 'selct'; did you mean",
    ("checks/config.py", "{_unknown('key', str(key), IGNORE_REPO_KEYS, '')}"): "unknown key",
    (
        "checks/config.py",
        "{_unknown(f'option of {rule.id}', str(name), rule.options, f'options: {known}')}",
    ): "unknown option of",
    # A list of already collected messages (errors.add / the resolver), joined by lines.
    ("checks/config.py", "{'\\n'.join(errors.messages)}"): "Mistakes in the settings",
    ("checks/config.py", "{'\\n'.join(messages)}"): "has no such public repository",
    ("portfolio/deploy.py", "git {args[0]} failed: {detail}"): "git push failed",
    ("portfolio/profile/convert.py", "{self.unknown_key(key, list(fields), path)}"): "unknown key",
    (
        "portfolio/profile/convert.py",
        "missing; {_a(cls)} needs `{name}`",
    ): "missing; an entry needs",
    (
        "portfolio/profile/loader.py",
        "{display}: {count} mistake{'s' if count > 1 else ''} to fix:\n{'\\n'.join(lines)}",
    ): "mistakes to fix",
    # A snapshot field of the wrong type / missing: "FILE: FIELD: missing".
    ("portfolio/snapshot.py", "{source}: {path}: missing"): "user.login: missing",
    # The profile loader's message lists the mistakes collected below.
    ("portfolio/profile/convert.py", "{message}"): "profile.yaml: the fields",
    # Pelican's errors, several joined in one line.
    (
        "portfolio/site/build.py",
        "the site was not built: {'; '.join((_one_line(r) for r in errors[:5]))}"
        "{f' (and {len(errors) - 5} more)' if len(errors) > 5 else ''}",
    ): "the site was not built",
    # A failed rate-limit fetch repeats the client's message, then says how far it got.
    ("portfolio/github/fetch.py", "{exc.message}. {progress}. Nothing was written"): (
        "repositories; still missing"
    ),
}

MIN_FRAGMENT = 8
"""Shorter literal text is not distinctive enough: such a message needs an EXPLICIT entry."""


@dataclass(frozen=True)
class Message:
    file: str
    line: int
    template: str
    literals: tuple[str, ...]

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}"


def _parts(node: ast.AST) -> list[str | None]:
    """The message as literal strings and ``None`` for each placeholder."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        parts: list[str | None] = []
        for value in node.values:
            parts.extend(_parts(value) if isinstance(value, ast.Constant) else [None])
        return parts
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _parts(node.left) + _parts(node.right)
    return [None]


def _template(node: ast.AST) -> str:
    if isinstance(node, ast.Constant):
        return str(node.value)
    if isinstance(node, ast.JoinedStr):
        return "".join(
            v.value if isinstance(v, ast.Constant) else "{" + ast.unparse(v.value) + "}"
            for v in node.values
        )
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _template(node.left) + _template(node.right)
    return "{" + ast.unparse(node) + "}"


def _is_text(node: ast.AST) -> bool:
    return isinstance(node, ast.JoinedStr) or (
        isinstance(node, ast.Constant) and isinstance(node.value, str)
    )


def _trees() -> dict[str, ast.Module]:
    trees = {}
    for folder in SOURCE_DIRS:
        for path in sorted((ROOT / folder).rglob("*.py")):
            relative = path.relative_to(ROOT).as_posix()
            trees[relative] = ast.parse(path.read_text(encoding="utf-8"), relative)
    return trees


def _error_classes(trees: dict[str, ast.Module]) -> set[str]:
    """PortfolioError and every class that derives from it, wherever it is defined."""
    found = {BASE_ERROR}
    classes = [
        node for tree in trees.values() for node in ast.walk(tree) if isinstance(node, ast.ClassDef)
    ]
    grew = True
    while grew:
        grew = False
        for node in classes:
            bases = {
                b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases
            }
            if node.name not in found and bases & found:
                found.add(node.name)
                grew = True
    return found


def _called_name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    return func.attr if isinstance(func, ast.Attribute) else ""


def _messages_in(relative: str, tree: ast.Module, errors: set[str]) -> list[tuple[int, ast.AST]]:
    found: list[tuple[int, ast.AST]] = []
    in_profile = relative.startswith("portfolio/profile/")
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = _called_name(node)
            if name in errors and node.args:
                found.append((node.lineno, node.args[0]))
            elif in_profile and name in ("mistake", "Mistake") and len(node.args) >= 3:
                found.append((node.lineno, node.args[2]))
            elif relative == "checks/config.py" and name == "add" and len(node.args) == 2:
                found.append((node.lineno, node.args[1]))
        elif (
            relative == "portfolio/profile/convert.py"
            and isinstance(node, ast.Return)
            and isinstance(node.value, ast.Tuple)
            and len(node.value.elts) == 2
            and _is_text(node.value.elts[0])
        ):
            # The value checks return (message, value); the caller records the message.
            found.append((node.lineno, node.value.elts[0]))
    return found


def collect_messages() -> list[Message]:
    trees = _trees()
    errors = _error_classes(trees)
    messages = []
    for relative, tree in trees.items():
        for line, node in _messages_in(relative, tree, errors):
            literals = tuple(p for p in _parts(node) if p)
            messages.append(Message(relative, line, _template(node), literals))
    return sorted(messages, key=lambda m: (m.file, m.line))


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("`", "")).strip().lower()


def fragment(message: Message) -> str | None:
    """The text the page must contain for this message, or None when it has none to offer."""
    explicit = EXPLICIT.get((message.file, message.template))
    if explicit:
        return explicit
    pieces = [_normal(p).strip(" :;,.()'\"") for p in message.literals]
    best = max(pieces, key=len, default="")
    return best if len(best) >= MIN_FRAGMENT else None


MESSAGES = collect_messages()
PAGE_TEXT = _normal(PAGE.read_text(encoding="utf-8"))


def test_the_collector_finds_the_messages() -> None:
    # A guard against a collector that silently finds nothing (and so passes trivially).
    files = {m.file for m in MESSAGES}
    assert len(MESSAGES) > 100
    for expected in ("portfolio/snapshot.py", "checks/config.py", "portfolio/profile/convert.py"):
        assert expected in files
    assert "RateLimitError" in _error_classes(_trees())


@pytest.mark.parametrize("message", MESSAGES, ids=lambda m: m.where)
def test_every_error_message_is_in_troubleshooting(message: Message) -> None:
    text = fragment(message)
    assert text, (
        f"{message.where}: the message {message.template!r} has no distinctive literal text; "
        "add the fragment docs/troubleshooting.md documents it by to EXPLICIT in this test"
    )
    assert _normal(text) in PAGE_TEXT, (
        f"{message.where}: the message {message.template!r} is not documented in "
        f"docs/troubleshooting.md (looked for {text!r}): add a section saying what it means "
        "and what to do"
    )


def test_explicit_entries_still_exist() -> None:
    # A stale entry would keep documenting a message the code no longer prints.
    known = {(m.file, m.template) for m in MESSAGES}
    stale = [key for key in EXPLICIT if key not in known]
    assert stale == [], f"EXPLICIT names messages that are gone from the code: {stale}"


USAGE_ERRORS = [
    (["check", "--format", "xml"], "invalid choice"),
    (["chek"], "invalid choice"),
    (["build", "--outptu", "x"], "unrecognized arguments"),
    (["fetch"], "the following arguments are required"),
    (["fetch", "octocat", "--max-wait", "ten"], "invalid float value"),
    (["serve", "--port", "80a"], "invalid int value"),
]


@pytest.mark.parametrize(("argv", "phrase"), USAGE_ERRORS, ids=lambda v: str(v))
def test_argparse_usage_errors_are_documented(capsys, argv: list[str], phrase: str) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.build_parser().parse_args(argv)
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert phrase in err, f"argparse no longer says {phrase!r} for {argv}: update the page"
    assert _normal(phrase) in PAGE_TEXT, f"docs/troubleshooting.md lacks {phrase!r}"


def test_the_interrupt_message_is_documented() -> None:
    source = (ROOT / "portfolio" / "cli.py").read_text(encoding="utf-8")
    message = "interrupted: nothing was half-written"
    assert message in source
    assert message in PAGE_TEXT


def test_the_collector_reads_fstrings_and_concatenation() -> None:
    node = ast.parse('f"{path}: no snapshot here" + " (" + str(x) + ")"', mode="eval").body
    assert _parts(node) == [None, ": no snapshot here", " (", None, ")"]
    message = Message("x.py", 1, _template(node), tuple(p for p in _parts(node) if p))
    assert fragment(message) == "no snapshot here"


# Warnings are not exceptions, so the collector above cannot find them: listed here with the
# file that prints them, so a reworded warning fails until the page follows.
WARNINGS = [
    ("portfolio/github/client.py", "could not write the cache in"),
    ("portfolio/commands/fetch.py", "Not fetched (recorded as unknown)"),
    ("portfolio/site/build.py", "no visits are counted"),
    ("portfolio/serve.py", "build failed: "),
]


@pytest.mark.parametrize(("source", "text"), WARNINGS, ids=[t for _s, t in WARNINGS])
def test_warnings_are_documented(source: str, text: str) -> None:
    assert text in (ROOT / source).read_text(encoding="utf-8"), f"{source} no longer says {text!r}"
    assert _normal(text) in PAGE_TEXT, f"docs/troubleshooting.md lacks the warning {text!r}"
