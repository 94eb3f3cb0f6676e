"""Helpers shared by the README rules: which script a README's prose is written in."""

from __future__ import annotations

from checks.readme_for import unread_script


def test_latin_prose_is_read_even_around_code_in_another_script() -> None:
    assert unread_script("# Tool\n\nA tool to parse tables quickly.\n") is None
    assert unread_script("Un outil pour lire des tableaux, très vite.\n") is None
    assert (
        unread_script("# Tool\n\nA tool.\n\n```\nprint('你好世界你好世界你好世界')\n```\n") is None
    )


def test_prose_in_another_script_is_named_even_with_english_code() -> None:
    text = (
        "# 小工具\n\n一个用于处理表格数据的小工具。\n\n"
        "```bash\npip install xiaogongju-table-tools --upgrade --user\n```\n"
        "See https://example.com/a/very/long/english/address/for/docs\n"
    )
    assert unread_script(text) == "Chinese or Japanese"
    assert unread_script("# Инструмент\n\nНебольшой инструмент для таблиц.\n") == "Cyrillic"
