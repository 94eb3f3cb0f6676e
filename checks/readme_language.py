"""Tell whether a README is written in English, the only language the analysis reads.

The section classifier learnt English headings and wording, and the README rules look for
English phrases. A README in another language is not one they can judge: the classifier gives
its sections no category (as the annotators of the study it learnt from did: none of the 13
non-English READMEs of its development data carries a label), and the rules that look for
wording say "inconclusive" instead of reporting something missing.

Two tests, on the prose only (code, inline code, ``>>>`` and ``$`` prompt lines, HTML tags,
addresses and link targets are English whatever language the prose is in):

- the script: more letters of another script (Chinese or Japanese, Korean, Cyrillic, Arabic)
  than Latin letters, unless the README also has an English part (``MIN_ENGLISH_PART``);
- for Latin script: the common short words of the language ("the", "and", "to" in English;
  "de", "que", "und", "ve" in others). Prose with three times more of another language's
  than of English's is not English. Prose with few of either (a list of feature names)
  counts as English: the analysis reads it as well as it reads anything; so does a README
  in two languages, one of them English.
"""

from __future__ import annotations

import re

MIN_FOREIGN_WORDS = 5
"""Fewer common words of another language than this are too few to say a text is not English."""
FOREIGN_TO_ENGLISH = 3
"""How many times more common words of another language than of English make a text not
English: a README in two languages, one of them English, is read as English."""
MIN_ENGLISH_PART = 50
"""Common English words (about 150 words of English prose) that make a README in another
script one with an English part, read as English. The development data's Chinese READMEs have
at most 8; a Chinese README with a full English translation has hundreds."""
SAMPLE_CHARS = 200_000
"""Only this much of a README is read: the language of its start is the language of the rest,
and a 10 MB file must not cost seconds."""

# A Chinese or Japanese character stands for about a word, so it weighs as much as a short
# Latin word.
_SCRIPTS = (
    ("Chinese or Japanese", re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]"), 4),
    ("Korean", re.compile(r"[\uac00-\ud7af]"), 3),
    ("Cyrillic", re.compile(r"[\u0400-\u04ff]"), 1),
    ("Arabic", re.compile(r"[\u0600-\u06ff]"), 1),
)
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
# Whole words only: "ce" of ``ce_loss``, "en" of ``README.en.md`` and "ES" of "ES6" are not
# words of any language.
_TOKEN = re.compile(r"\w+(?:\.\w+)*")
# The bracket classes stop at the next opening bracket, so that a line of "](](](" or "<<<"
# costs linear time, not quadratic.
_NOT_PROSE = re.compile(
    r"```.*?```|~~~.*?~~~|`[^`\n]*`|\]\([^()\[\]\s]*\)|https?://\S+|<[^<>\n]*>"
    r"|^[ \t]*(?:>>>|\$) [^\n]*",
    re.DOTALL | re.MULTILINE,
)
# Function words: frequent in any text of the language whatever its subject. Words that are
# common in two of these languages ("a", "in", "is", "do", "no", "as", "e", "o"), or in
# English text of its own ("em" of CSS, "et al.", "MIT"), are left out.
_ENGLISH = """the an and or of to for with this that it on by from you your can not we use using
will have has at which if are be"""
_OTHERS = """
de la que el los las del se por con para una es su lo como más pero sus
um não uma os na mais dos ao das seu sua ou
le les des du est pour qui dans pas sur au avec ce il par ne
di che per della non sono da si
der die und den von zu das sich auf für ist im dem nicht ein eine als auch werden aus
hat dass sie nach wird bei het een en van dat op te voor met zijn niet
ve bir bu için ile olarak daha çok gibi dan yang untuk dengan ini dari ke tidak
"""  # Spanish, Portuguese, French, Italian, German, Dutch, Turkish, Indonesian
_ENGLISH_WORDS = frozenset(_ENGLISH.split())
_FOREIGN_WORDS = frozenset(_OTHERS.split())


def unread_language(text: str) -> str | None:
    """Why the analysis cannot read ``text``: ``"mostly in Chinese or Japanese script"``,
    ``"not in English"``; ``None`` when it reads as English or is too short to tell."""
    prose = _NOT_PROSE.sub(" ", text[:SAMPLE_CHARS])
    english, foreign = _common_words(prose)
    # Most sections are ASCII: no other script to count. A README with an English part of
    # its own (jieba's has one after the Chinese) is read for that part.
    if not prose.isascii() and english < MIN_ENGLISH_PART:
        latin = len(_LATIN_LETTER.findall(prose))
        other, script = max(
            (len(pattern.findall(prose)) * weight, name) for name, pattern, weight in _SCRIPTS
        )
        if other > latin:
            return f"mostly in {script} script"
    if foreign >= MIN_FOREIGN_WORDS and foreign > FOREIGN_TO_ENGLISH * english:
        return "not in English"
    return None


def _common_words(prose: str) -> tuple[int, int]:
    """How many common English words, and how many common words of the other languages."""
    english = foreign = 0
    for token in _TOKEN.findall(prose):
        # Tokens with digits, dots or underscores are in neither list. Acronyms ("CE", "ES")
        # are names, not words of a language.
        word = token.lower()
        if word in _ENGLISH_WORDS:
            english += not token.isupper() or len(token) == 1
        elif word in _FOREIGN_WORDS:
            foreign += not token.isupper() or len(token) == 1
    return english, foreign
