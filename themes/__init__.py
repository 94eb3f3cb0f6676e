"""The site themes shipped with portfolio-kit: one folder per theme (templates/, static/)."""

from pathlib import Path

THEMES_DIR = Path(__file__).resolve().parent
