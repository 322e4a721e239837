"""Settings read from the environment, with their defaults.

- ``NEWSGRAPH_MODEL``: spaCy pipeline name or path (default: best installed, see :mod:`newsgraph.nlp`).
- ``NEWSGRAPH_DB``: database path or ``postgresql://`` URL (default ``newsgraph.db``).
- ``NEWSGRAPH_SHARED``: folder with the shared evaluation data (default ``../shared`` of the project).
- ``NEWSGRAPH_MAX_CHARS``: the longest article accepted, in characters (default 200,000, see
  :func:`max_article_chars`).
- ``NEWSGRAPH_ENTITY_DATA``: a folder of YAML files merged over the bundled entity data (titles, roles,
  outlets, sectors, countries...; see ``docs/entities.md``).
- ``NEWSGRAPH_ACTORS``: an actor dictionary (YAML or CSV) used besides the bundled one (``--actors``).
- ``NEWSGRAPH_HEADLINE_REPARSE``: ``0`` turns off the second parse of a verbless headline
  (:func:`headline_reparse`).

>>> isinstance(default_db(), str)
True
"""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def default_db() -> str:
    """The database used when ``--db`` is not given."""
    return os.environ.get("NEWSGRAPH_DB", "newsgraph.db")


def model_name() -> str | None:
    """The spaCy pipeline asked for by the environment, or None for the best installed one."""
    return os.environ.get("NEWSGRAPH_MODEL") or None


def shared_dir() -> Path:
    """Where the shared samples and evaluation corpora live (read in place, never copied)."""
    env = os.environ.get("NEWSGRAPH_SHARED")
    return Path(env) if env else PROJECT_ROOT.parent / "shared"


#: The default longest article, in characters: about 33,000 words, several times the longest news feature.
#: The statistical pipeline needs about 3 GB of memory per million characters, so longer texts are refused.
MAX_ARTICLE_CHARS = 200_000


def max_article_chars() -> int:
    """The longest article text accepted, in characters (``NEWSGRAPH_MAX_CHARS``, else 200,000).

    >>> max_article_chars() > 0
    True
    """
    raw = os.environ.get("NEWSGRAPH_MAX_CHARS", "").strip()
    try:
        value = int(raw) if raw else MAX_ARTICLE_CHARS
    except ValueError:
        value = MAX_ARTICLE_CHARS
    return value if value > 0 else MAX_ARTICLE_CHARS


def headline_reparse() -> bool:
    """Whether a verbless headline is parsed again with its codebook verb in the past tense
    (:mod:`newsgraph.nlp.headline`); on unless ``NEWSGRAPH_HEADLINE_REPARSE=0``.

    >>> headline_reparse() in (True, False)
    True
    """
    return os.environ.get("NEWSGRAPH_HEADLINE_REPARSE", "").strip() != "0"
