"""Say which categories a README section covers, from its heading and its content.

The categories are those of Prana et al. (2019): what, why, how, when, who, references,
contribution, other. A first layer of heading vocabulary (several languages) and content cues.
"""

from __future__ import annotations

import re

_HEADING_WORDS: dict[str, tuple[str, ...]] = {
    "what": (
        "about",
        "introduction",
        "intro",
        "overview",
        "description",
        "features",
        "what is",
        "summary",
        "介绍",
        "简介",
        "特点",
        "特性",
        "功能",
        "概述",
    ),
    "why": ("why", "motivation", "purpose", "objectives", "goals", "rationale"),
    "how": (
        "install",
        "usage",
        "getting started",
        "quick start",
        "quickstart",
        "setup",
        "set up",
        "configuration",
        "example",
        "requirements",
        "prerequisites",
        "build",
        "running",
        "how to",
        "tutorial",
        "api",
        "parameters",
        "methods",
        "options",
        "安装",
        "使用",
        "用法",
        "配置",
        "示例",
        "例子",
        "快速开始",
    ),
    "when": (
        "changelog",
        "change log",
        "history",
        "roadmap",
        "todo",
        "to do",
        "release",
        "version",
        "status",
        "news",
        "what's new",
        "future",
        "更新",
        "版本",
    ),
    "who": (
        "license",
        "licence",
        "author",
        "credits",
        "contributors",
        "team",
        "contact",
        "acknowledg",
        "copyright",
        "maintainer",
        "citation",
        "cite",
        "support",
        "许可",
        "协议",
        "作者",
        "联系",
    ),
    "references": (
        "documentation",
        "docs",
        "resources",
        "links",
        "related",
        "see also",
        "references",
        "further reading",
        "more information",
        "文档",
        "相关",
    ),
    "contribution": ("contribut", "development", "bug", "issues", "pull request", "贡献"),
}


def _normalise(heading: str) -> str:
    text = heading.strip().lstrip("#").strip().lower()
    return re.sub(r"[^\w\s'-]+", " ", text)


def classify(heading: str, text: str, *, level: int | None, position: int | None) -> set[str]:
    """See ``checks.readme.classify_section``."""
    words = _normalise(heading)
    found = {
        category
        for category, vocabulary in _HEADING_WORDS.items()
        if any(word in words for word in vocabulary)
    }
    if not found and (position == 0 or level == 1):
        found.add("what")
    return found
