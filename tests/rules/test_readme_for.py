"""The helpers the README and ML rules share: an inconclusive result for a README not in
English."""

from __future__ import annotations

import pytest
from builders import repo_ctx, run

from checks.rules.ml.ml001_ml_training import RULE as TRAINING
from checks.rules.ml.ml002_ml_evaluation import RULE as EVALUATION
from checks.rules.ml.ml004_ml_results import RULE as RESULTS
from checks.rules.ml.ml006_ml_data_source import RULE as DATA
from checks.rules.readme.rdm003_readme_why import RULE as WHY
from checks.rules.readme.rdm004_readme_install import RULE as INSTALL
from checks.rules.readme.rdm006_readme_usage import RULE as USAGE
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


# A model's repository (a training script, a deep-learning topic) with a README in Chinese:
# "微调" (fine-tuning) and "结果" (results) are not words the ML rules read.
ML = {"topics": ("pytorch",), "files": ("train.py", "model.py")}
CHINESE_MODEL = "# 模型\n\n一个对话模型。\n\n## 微调\n\n请参考文档。\n\n## 结果\n\n很好。\n"


@pytest.mark.parametrize("rule", [TRAINING, EVALUATION, RESULTS, DATA], ids=lambda r: r.id)
def test_ml_rules_are_inconclusive_on_a_readme_not_in_english(rule) -> None:
    (problem,) = run(rule, repo_ctx(readme=CHINESE_MODEL, **ML))
    assert problem.inconclusive
    assert "and this check reads English wording only: cannot tell whether it says" in (
        problem.message
    )


@pytest.mark.parametrize("rule", [TRAINING, EVALUATION, RESULTS, DATA], ids=lambda r: r.id)
def test_ml_rules_still_fail_an_english_readme(rule) -> None:
    text = "# model\n\nA chat model.\n\n## Fine print\n\nAsk us.\n"
    (problem,) = run(rule, repo_ctx(readme=text, **ML))
    assert not problem.inconclusive


# An Obsidian project template's README in Russian: "Быстрый старт" (quick start) is not a
# heading the install and usage rules know, and its steps run notebooks, not commands.
RUSSIAN = (
    "# ML Project — Dashboard\n\nГлавная точка входа в проект.\n\n## Быстрый старт\n\n"
    "1. Выберите нужные разделы в настройке проекта.\n2. Заполните карточку проекта ниже.\n"
)


@pytest.mark.parametrize("rule", [INSTALL, USAGE], ids=lambda r: r.id)
def test_install_and_usage_are_inconclusive_on_a_readme_not_in_english(rule) -> None:
    (problem,) = run(rule, repo_ctx(readme=RUSSIAN, language="Python"))
    assert problem.inconclusive
    assert problem.message.startswith(
        "README.md of `ml-utils` is mostly in Cyrillic script, and this check reads English "
        "wording only: cannot tell whether it says how to "
    )
    # In English, the same README is missing them.
    english = "# ML Project\n\nThe entry point.\n\n## Quick notes\n\n1. Fill in the card.\n"
    (problem,) = run(rule, repo_ctx(readme=english, language="Python"))
    assert not problem.inconclusive
