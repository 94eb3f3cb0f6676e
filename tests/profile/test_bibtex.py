"""The BibTeX reader behind `publications.bibtex`."""

from __future__ import annotations

import pytest

from portfolio.profile.bibtex import BibtexError, latex_to_text, parse_entries, read_publications
from portfolio.profile.model import Publication


def test_fields_in_braces_quotes_numbers_and_macros() -> None:
    text = """
@string{icml = "International Conference on " # {Machine Learning}}
@comment{ignored entirely}
@preamble{"\\newcommand{\\x}{y}"}

@InProceedings{a2021,
  Title = {Deep {BERT} Things},
  author = "Doe, Jane and John Smith and van der Berg, Anna",
  booktitle = icml,
  year = 2021, month = mar,
  doi = {10.1000/xyz},
}
"""
    assert read_publications(text) == [
        Publication(
            title="Deep BERT Things",
            authors=("Jane Doe", "John Smith", "Anna van der Berg"),
            venue="International Conference on Machine Learning",
            date="2021-03",
            url="https://doi.org/10.1000/xyz",
            doi="10.1000/xyz",
        )
    ]


def test_parentheses_entries_and_trailing_commas() -> None:
    entries = parse_entries("@misc(k, title={T}, year={1999},)\n@book{b, title = {B}}")
    assert [(e.type, e.key, e.fields) for e in entries] == [
        ("misc", "k", {"title": "T", "year": "1999"}),
        ("book", "b", {"title": "B"}),
    ]


@pytest.mark.parametrize(
    ("latex", "text"),
    [
        ('Jo{\\~a}o M{\\"u}ller', "João Müller"),
        ("Instituto Superior T{\\'e}cnico", "Instituto Superior Técnico"),
        ('\\c{C}a\\u{g}lar G\\"{o}k', "Çağlar Gök"),
        ("Stra{\\ss}e \\& {\\O}resund", "Straße & Øresund"),
        ("pages 33--51 --- \\emph{really}", "pages 33–51 — really"),
        ("Word~joined", "Word\u00a0joined"),
    ],
)
def test_latex_becomes_plain_text(latex: str, text: str) -> None:
    assert latex_to_text(latex) == text


def test_only_http_urls_are_kept() -> None:
    (publication,) = read_publications("@misc{a, title={T}, url={javascript:alert(1)}}")
    assert publication.url is None


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("@article{a,\n  title = {Open\n", 2, "a `{` is never closed"),
        ('@article{a,\n\n  title = "Open\n', 3, 'a `"` is never closed'),
        ("@article{a,\n  title {T}\n}", 2, "expected =, found '{'"),
        ("\n\n@article{a, year = 2020}", 3, "entry `a` has no title"),
    ],
)
def test_errors_name_their_line(text: str, line: int, message: str) -> None:
    with pytest.raises(BibtexError) as caught:
        read_publications(text)
    assert (caught.value.line, caught.value.message) == (line, message)


def test_arxiv_eprints_link_to_arxiv() -> None:
    (publication,) = read_publications(
        "@article{a, title={T}, eprint={2401.01234}, archivePrefix={arXiv}, doi={10.1/x}}"
    )
    assert publication.url == "https://arxiv.org/abs/2401.01234"
