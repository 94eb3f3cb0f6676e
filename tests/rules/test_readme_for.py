"""The helpers the README rules share: an inconclusive result for a README not in English."""

from __future__ import annotations

import pytest
from builders import repo_ctx, run

from checks.rules.readme.rdm003_readme_why import RULE as WHY
from checks.rules.readme.rdm008_readme_status import RULE as STATUS
from checks.rules.readme.rdm010_readme_who import RULE as WHO

CHINESE = "# 小工具\n\n一个处理表格数据的小工具。\n\n## 使用方法\n\n运行它。\n"
SPANISH = (
    "# herramienta\n\nUna herramienta para revisar las columnas de una tabla antes de "
    "entrenar un modelo con ella. Lee archivos CSV y muestra las columnas que están "
    "vacías.\n\n## Instalación\n\n```bash\npip install herramienta\n```\n"
)


@pytest.mark.parametrize("rule", [WHY, STATUS, WHO], ids=lambda r: r.id)
def test_a_readme_in_another_script_is_inconclusive_not_failed(rule) -> None:
    (problem,) = run(rule, repo_ctx(readme=CHINESE))
    assert problem.inconclusive
    wording = "is mostly in Chinese or Japanese script, and this check reads English wording only"
    assert wording in problem.message


@pytest.mark.parametrize("rule", [WHY, STATUS, WHO], ids=lambda r: r.id)
def test_a_readme_in_another_latin_script_language_is_inconclusive_not_failed(rule) -> None:
    (problem,) = run(rule, repo_ctx(readme=SPANISH))
    assert problem.inconclusive
    assert problem.message.startswith(
        "README.md of `ml-utils` is not in English, and this check reads English wording only"
    )
