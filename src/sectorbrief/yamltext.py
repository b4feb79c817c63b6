"""YAML read safely and fast: PyYAML's safe loader on libyaml (``yaml.CSafeLoader``) when PyYAML was
built with it, else the pure-Python ``yaml.SafeLoader``.

Both build the same plain objects with the same safe constructor and resolver: no arbitrary tags
(``!!python/object`` raises ``yaml.constructor.ConstructorError``). The C parser is about eight times
faster on the bundled theme sets, but on some syntax errors it reports another position (the end of
the file rather than the last token); a text it refuses is therefore read again by the pure-Python
loader, so that the error raised, and its line and column, are exactly those of ``yaml.safe_load``.
"""

from __future__ import annotations

from typing import Any

import yaml

FastLoader: type[yaml.SafeLoader] | type[yaml.CSafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(text: str) -> Any:
    """The one YAML document in ``text`` as plain Python objects (None for an empty document), as
    ``yaml.safe_load`` gives it; raises ``yaml.YAMLError`` as ``yaml.safe_load`` does."""
    try:
        return yaml.load(text, Loader=FastLoader)  # noqa: S506 - a safe loader, C or Python
    except yaml.YAMLError:
        return yaml.load(text, Loader=yaml.SafeLoader)  # noqa: S506 - the reference error (or result)
