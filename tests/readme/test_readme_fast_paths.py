"""README analysis takes shortcuts for speed: a pattern is skipped when a substring it needs is
absent (a fast check in C), ASCII text is read with ASCII patterns, what a heading alone gives
is cached. Each shortcut must give exactly what the long way gives, or the sections' word
counts, the classifier's features and so its predictions would change."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from checks import readme_classify, readme_inline
from checks import readme_features as rf

# Pieces that the features' patterns react to, so random text hits every pattern and guard.
PIECES = [
    "\n",
    "\n\n",
    "    ",
    "\t",
    " ",
    "x",
    "Ab",
    "```",
    "~~~",
    "python",
    "`",
    "](",
    ")",
    "[",
    "]",
    "!",
    "<",
    ">",
    "<IMG ",
    "img",
    "http",
    "://",
    "s",
    "-",
    "---",
    "|",
    ":",
    ".",
    "v",
    "1",
    "9",
    "19",
    "20",
    "2021",
    "0",
    "_",
    "é",
    "ß",
    "K",  # KELVIN SIGN: lower-cases to an ASCII "k"
    "İ",  # lower-cases to two characters
    "安装",
    "한국",
    "install",
    "pip ",
    "npm i ",
    "go get",
    "<dependency>",
]
texts = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)


@settings(max_examples=400, deadline=None)
@given(texts)
def test_each_guard_only_skips_searches_that_would_fail(text: str) -> None:
    lower = text.lower()
    if rf._LINK_TARGET.search(text):
        assert "](" in text or "<" in text or "http" in text
    if text.isascii():
        assert rf._ASCII_WORD.findall(lower) == rf._WORD.findall(lower)
        assert not rf._CJK_RUN.search(text)
    if rf._FENCE.search(text):
        assert "```" in text or "~~~" in text
    if rf._INDENTED_CODE.search(text):
        assert text.startswith(("    ", "\t")) or "\n\n    " in text or "\n\n\t" in text
    if rf._INLINE_CODE.search(text):
        assert "`" in text
    if rf._LINK.search(text):
        assert "](" in text or "http" in text
    if rf._IMAGE.search(text):
        assert "![" in text or "<" in text
    if rf._TABLE.search(text):
        assert "---" in text
    if rf._VERSION.search(text):
        assert rf._DOT_DIGIT.search(text)
    if rf._YEAR.search(text):
        assert "19" in text or "20" in text
    guarded = ("install" in lower and any(c in lower for c in rf._INSTALL_WORD_COMMANDS)) or any(
        c in lower for c in rf._OTHER_INSTALL_COMMANDS
    )
    assert guarded == any(c in lower for c in rf._INSTALL_COMMANDS)


def unguarded_cues(heading: str, text: str) -> set[str]:
    """The body cues as ``features`` computed them before the guards: every pattern tried."""
    body = text[: rf.MAX_BODY_CHARS]
    words = rf._WORD.findall(rf._LINK_TARGET.sub(" ", body).lower())
    cues = {"t:" + word[:6] for word in words[:400]} | {"f:" + w[:6] for w in words[:8]}
    cjk = sum(len(run) for run in rf._CJK_RUN.findall(body))
    if cjk > 20 or cjk > len(words):
        cues.add("t:<cjk>")
    fences = rf._FENCE.findall(body)
    has_code = bool(fences) or bool(rf._INDENTED_CODE.search(body))
    if has_code:
        cues |= {"c:code", *("c:lang:" + (lang.lower() or "none") for lang in fences)}
    if rf._INLINE_CODE.search(body):
        cues.add("c:inline")
    if any(command in body.lower() for command in rf._INSTALL_COMMANDS):
        cues.add("c:install" + ("+code" if has_code else ""))
    links = len(rf._LINK.findall(body))
    cues.add(f"links:{rf._bucket(links, (0, 1, 3, 8))}")
    if words and links * 12 > len(words):
        cues.add("links:dense")
    for name, pattern in (("img", rf._IMAGE), ("table", rf._TABLE)):
        if pattern.search(body):
            cues.add(name)
    if rf._VERSION.search(body) or rf._VERSION.search(heading):
        cues.add("version")
    if rf._YEAR.search(body) or not rf._MONTH_WORDS.isdisjoint(words):
        cues.add("date")
    return cues


CUE_PREFIXES = ("t:", "f:", "c:", "links:", "img", "table", "version", "date")


@settings(max_examples=300, deadline=None)
@given(texts, texts)
def test_features_equal_the_unguarded_computation(heading: str, text: str) -> None:
    found = {key for key in rf.features(heading, text, 2, 1) if key.startswith(CUE_PREFIXES)}
    assert found == unguarded_cues(heading, text)


def test_the_install_commands_are_split_without_loss() -> None:
    assert sorted(rf._INSTALL_WORD_COMMANDS + rf._OTHER_INSTALL_COMMANDS) == sorted(
        rf._INSTALL_COMMANDS
    )


def test_every_guarded_cue_still_fires() -> None:
    body = (
        "Intro.\n\n    indented code\n\n```python\nx = 1\n```\n\nRun `tool` as shown in "
        "[the docs](docs/usage.md) or https://example.org/x ![shot](a.png)\n\n"
        "| a | b |\n|---|---|\n| 1 | 2 |\n\nv1.2.3, March 2021. pip install tool\n"
    )
    found = rf.features("## Usage", body, 2, 1)
    for cue in (
        "c:code",
        "c:lang:python",
        "c:inline",
        "c:install+code",
        "img",
        "table",
        "version",
        "date",
        "links:2",
    ):
        assert cue in found, cue
    assert "t:indent" in found  # words are still found on ASCII text
    assert "t:<cjk>" in rf.features(
        "## 安装", "使用这个工具之前请先安装依赖项目和配置文件环境变量等等", 2, 0
    )


def test_a_literal_block_at_the_very_start_is_code() -> None:
    assert "c:code" in rf.features("## Example", "\tcode()", 2, 0)
    assert "c:code" not in rf.features("## Example", "text\n\tcode()", 2, 0)


def test_features_do_not_depend_on_what_was_seen_before() -> None:
    # Heading features are cached per heading: a warm cache must give the same features, in
    # the same order (the order in which the classifier adds up its weights).
    sections = [
        ("## Installation", "pip install tool", 2, 1, "Tool"),
        ("## Installation v2.0", "Run it.", 2, 2, None),
        ("### Options", "`--fast`", 3, 3, "Installation"),
        ("", "Just text.", 0, None, None),
        ("安装", "使用", 1, 0, "工具"),
    ]
    rf._heading_features.cache_clear()
    rf._parent_features.cache_clear()
    cold = [list(rf.features(*section).items()) for section in sections]
    warm = [list(rf.features(*section).items()) for section in sections]
    assert cold == warm
    assert "version" in dict(cold[1])  # a version number in the heading still counts
    assert "p:instal" in dict(cold[2])


def unguarded_word_count(text: str) -> int:
    text = readme_inline._MARKUP_URL.sub(" ", text)
    return len(readme_inline._WORD.findall(text)) + len(readme_inline._CJK_CHAR.findall(text))


@settings(max_examples=300, deadline=None)
@given(texts)
def test_word_counts_equal_the_unguarded_computation(text: str) -> None:
    assert readme_inline.count_words(text) == unguarded_word_count(text)


def summed_one_by_one(model: dict, values: dict[str, float]) -> list[float]:
    scores = [0.0] * len(model["labels"])
    for feature, value in values.items():
        for k, w in enumerate(model["weights"].get(feature, ())):
            scores[k] += w * value
    return scores


@settings(max_examples=200, deadline=None)
@given(texts, texts)
def test_the_unrolled_scores_equal_the_plain_loop_to_the_last_bit(heading: str, text: str) -> None:
    model = readme_classify.shipped_model()
    assert len(model["labels"]) == 8  # the unrolled path is the one the shipped model takes
    values = rf.features(heading, text, 2, 1, "Usage")
    assert readme_classify._eight_scores(model["weights"], values) == summed_one_by_one(
        model, values
    )


def test_a_model_with_other_labels_still_works() -> None:
    model = {"labels": ["a", "b", "c"], "weights": {"bias": [0.0, 2.0, -2.0], "h:x": [1, 1, 1]}}
    probability = readme_classify.label_probabilities(model, {"bias": 1.0, "h:x": 0.5})
    assert probability["a"] == readme_classify._sigmoid(0.5)
    assert probability["b"] == readme_classify._sigmoid(2.5)
    assert probability["c"] == readme_classify._sigmoid(-1.5)
