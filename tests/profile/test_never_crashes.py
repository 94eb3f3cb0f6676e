"""Whatever profile.yaml holds, loading it gives a Profile or a ConfigError, never a traceback."""

from __future__ import annotations

import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from portfolio.errors import ConfigError
from portfolio.profile import PROFILE_FILENAME, Profile, load_profile
from portfolio.profile.convert import public_fields
from portfolio.profile.model import Profile as ProfileModel

KEYS = st.sampled_from(
    [f.name for f in public_fields(ProfileModel)]
    + ["title", "name", "url", "start", "end", "date", "mode", "repos", "overrides", "items",
       "skills", "group", "level", "bibtex", "avatar", "theme", "id", "auto", "limit", "x"]
)  # fmt: skip
SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(-5, 3000), st.floats(allow_nan=False),
    st.sampled_from(["2024-05", "present", "https://a.example", "javascript:x", "../x", "/etc",
                     "manual", "pinned", "#fff", "portfolio/v1", "", "~", "yes"]),
    st.text(max_size=8),
)  # fmt: skip
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(KEYS, inner, max_size=4),
    max_leaves=12,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(document=st.dictionaries(KEYS, VALUES, max_size=6), with_schema=st.booleans())
def test_any_document_loads_or_is_a_config_error(document: dict, with_schema: bool) -> None:
    if with_schema:
        document = {"schema": "portfolio/v1", **document}
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / PROFILE_FILENAME).write_text(
            yaml.safe_dump(document, allow_unicode=True), encoding="utf-8"
        )
        try:
            assert isinstance(load_profile(folder), Profile)
        except ConfigError as error:
            lines = error.message.splitlines()
            assert lines[0].endswith(("to fix:",)) or len(lines) == 1
            assert all(line.split(":", 1)[0].endswith(("profile.yaml", ".bib")) for line in lines)
