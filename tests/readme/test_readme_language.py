"""Whether a README is in English, the only language the classifier and wording rules read."""

from __future__ import annotations

import json

import pytest

from checks.readme import analyze_readme, classify_section
from checks.readme_language import unread_language
from checks.readme_train import classify_example, examples_from_rows, fit

ENGLISH = (
    "# tabcheck\n\nA tool to check the columns of a table before you train a model on it. "
    "It reads CSV and Parquet files and reports the columns that are empty or mistyped.\n\n"
    "## Install\n\n```bash\npip install tabcheck\n```\n"
)
SPANISH = (
    "# tabcheck\n\nUna herramienta para revisar las columnas de una tabla antes de entrenar "
    "un modelo con ella. Lee archivos CSV y Parquet y muestra las columnas que están vacías o "
    "que tienen un tipo incorrecto.\n\n## Instalación\n\n```bash\npip install tabcheck\n```\n"
)


@pytest.mark.parametrize(
    "text",
    [
        ENGLISH,
        # A list of feature names has few common words of any language: read as English.
        "# spring-best-practices\n\n- Immutable Domain Model with Builder Pattern\n"
        "- Jackson JSON Annotations\n- JPA Auditing\n- Flyway Migrations\n- Docker Compose\n"
        "- Spring Boot Actuator\n- Swagger UI\n- Integration Tests\n",
        # Too few words to tell.
        "Un outil pour lire des tableaux, très vite.\n",
        "",
        # Prose in English around code in another script.
        "# Tool\n\nA tool.\n\n```\nprint('你好世界你好世界你好世界')\n```\n",
        # Words of other languages that English READMEs use: doctest lines ("em"), citations
        # ("et al."), licence names ("MIT"), acronyms, identifiers and file names.
        "Installing\n\npip install store\n\nUsage\n\n>>> em = Store()\n>>> em.put(1)\n"
        ">>> em.get(1)\n>>> em.close()\n>>> em = None\n",
        "# ce-loss\n\nThe CE loss of Smith et al. (2020), Jones et al. and Lee et al.; MIT "
        "licence. Set ce_loss, de_weight, la_scale in config.de.yaml; see README.es.md, "
        "README.de.md and README.it.md. Uses ES modules, DE and IT locales.\n",
        # Two languages, one of them English.
        "# suap-auth\n\n## PT-BR\n\nBackend de autenticação para o sistema de gestão da "
        "escola, com login único e permissões por grupo.\n\n## EN\n\nAn authentication "
        "backend for the school's management system, with single sign-on and permissions by "
        "group. It reads the user's groups from the server and maps them to the app.\n",
    ],
)
def test_english_or_too_short_to_tell_is_read(text: str) -> None:
    assert unread_language(text) is None


@pytest.mark.parametrize(
    "text",
    [
        SPANISH,
        "# Classe de conexão PDO\n\nEsta classe faz a conexão com o banco de dados e retorna "
        "um objeto para ser usado nas consultas. Para usar, basta incluir o arquivo e criar "
        "uma instância da classe com os dados do servidor.\n",
        "# Werkzeug\n\nDas ist ein kleines Werkzeug für Tabellen, das die Spalten prüft und "
        "auf Fehler hinweist, bevor ein Modell mit den Daten trainiert wird.\n",
        "# Emlak Yönetim Sistemi\n\nBu proje bir emlak yönetim sistemi olarak ASP.NET ile "
        "geliştirildi ve ilanlar için bir yönetim paneli içerir. Daha çok bilgi için bu "
        "belgeyi okuyun, ve proje ile ilgili sorular için bir issue açın.\n",
    ],
)
def test_other_latin_script_languages_are_not_english(text: str) -> None:
    assert unread_language(text) == "not in English"


def test_english_code_and_addresses_do_not_make_prose_english() -> None:
    code = "```python\n" + "for row in the_table: print(row) if row and not row.empty\n" * 30
    text = SPANISH + code + "```\n\nVer https://example.com/the/docs/for/the/tool/and/the/api\n"
    assert unread_language(text) == "not in English"


def test_other_scripts_are_named_even_with_english_code() -> None:
    text = (
        "# 小工具\n\n一个用于处理表格数据的小工具。\n\n"
        "```bash\npip install xiaogongju-table-tools --upgrade --user\n```\n"
        "See https://example.com/a/very/long/english/address/for/docs\n"
    )
    assert unread_language(text) == "mostly in Chinese or Japanese script"
    cyrillic = "# Инструмент\n\nНебольшой инструмент для таблиц.\n"
    assert unread_language(cyrillic) == "mostly in Cyrillic script"


def test_a_readme_in_another_script_with_an_english_part_is_read() -> None:
    chinese = (
        "# 小工具\n\n" + "一个用于处理表格数据的小工具，可以检查每一列的类型并修复错误。\n\n" * 40
    )
    english = (
        "## English\n\nThis is a tool for the columns of a table: it checks the type of "
        "each column, and it can fix them for you with the data that you give it. "
    ) * 6
    assert unread_language(chinese) == "mostly in Chinese or Japanese script"
    assert unread_language(chinese + english) is None


def test_a_readme_not_in_english_gets_no_categories() -> None:
    english = analyze_readme(ENGLISH)
    assert english.unread_language is None
    assert english.has("how")
    spanish = analyze_readme(SPANISH)
    assert spanish.unread_language == "not in English"
    assert [s.categories for s in spanish.all_sections] == [frozenset()] * 3
    # Everything else is analysed as usual.
    assert [s.heading for s in spanish.sections] == ["tabcheck", "Instalación"]
    assert [b.language for b in spanish.code_blocks] == ["bash"]


def test_classify_section_judges_the_section_alone() -> None:
    assert classify_section("## 安装", "使用 pip 安装这个小工具：") == set()
    # A heading in another script over nothing but code: no English to read either.
    assert classify_section("## 安装", "```shell\npip install xiaogongju\n```") == set()
    assert classify_section("## Instalación", SPANISH) == set()
    assert classify_section("## Install", "```bash\npip install tabcheck\n```") == {"how"}


def test_training_examples_know_their_readme_language() -> None:
    rows = [
        {"repo": "a/tool", "heading": "# Tool", "level": 1, "text": ENGLISH, "labels": ["What"]},
        {
            "repo": "a/tool",
            "heading": "## Install",
            "level": 2,
            "text": "pip install tool",
            "labels": ["How"],
        },
        {
            "repo": "b/herramienta",
            "heading": "# Herramienta",
            "level": 1,
            "text": SPANISH,
            "labels": [],
        },
        {
            "repo": "b/herramienta",
            "heading": "## Install",
            "level": 2,
            "text": "pip install herramienta",
            "labels": [],
        },
    ]
    examples = examples_from_rows(json.loads(json.dumps(rows)))
    assert [e.english for e in examples] == [True, True, False, False]
    model = fit(examples)
    # The same section: classified in the English README, not in the Spanish one.
    assert classify_example(examples[1], model)
    assert classify_example(examples[3], model) == set()
