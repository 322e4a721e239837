"""The quote attribution lexicon: cue verbs, document and role nouns, pronouns (``data/quote_cues.yaml``).

Users extend the lexicon by editing that YAML file, or by pointing ``NEWSGRAPH_QUOTE_CUES`` at their own.

>>> lex = load_lexicon()
>>> "say" in lex.cue_verbs and "report" in lex.document_nouns
True
>>> lex.same_role("spokesman", "spokesperson")
True
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from newsgraph.errors import NewsgraphError
from newsgraph.yaml_fast import safe_load

DEFAULT_PATH = Path(__file__).with_name("data") / "quote_cues.yaml"


class LexiconError(NewsgraphError):
    """The quote lexicon file cannot be read or lacks a required list."""


def _words(data: dict[str, Any], key: str) -> frozenset[str]:
    value = data.get(key) or []
    if not isinstance(value, list):
        raise LexiconError(f"quote lexicon: {key!r} must be a list")
    return frozenset(str(v).lower() for v in value)


@dataclass(frozen=True)
class QuoteLexicon:
    """Word lists that drive quote attribution (all lower case)."""

    cue_verbs: frozenset[str]
    document_nouns: frozenset[str]
    media_nouns: frozenset[str]
    person_roles: frozenset[str]
    org_roles: frozenset[str]
    place_roles: frozenset[str]
    medium_prepositions: frozenset[str]
    male_titles: frozenset[str]
    female_titles: frozenset[str]
    generic_org_roles: frozenset[str] = frozenset()
    relay_verbs: frozenset[str] = frozenset()
    blocking_verbs: frozenset[str] = frozenset()
    gloss_verbs: frozenset[str] = frozenset()
    cue_particles: dict[str, frozenset[str]] = field(default_factory=dict)
    source_prepositions: tuple[tuple[str, ...], ...] = ()
    role_groups: tuple[frozenset[str], ...] = ()
    pronouns: dict[str, frozenset[str]] = field(default_factory=dict)

    def same_role(self, a: str, b: str) -> bool:
        """Whether two role nouns name the same kind of speaker ("spokesman" and "spokesperson").

        >>> load_lexicon().same_role("official", "spokesperson")
        False
        """
        a, b = a.lower(), b.lower()
        return a == b or any(a in g and b in g for g in self.role_groups)

    def pronoun_class(self, word: str) -> str | None:
        """The class of a pronoun (``person_male``, ``thing``, ...), or None for other words.

        >>> load_lexicon().pronoun_class("She")
        'person_female'
        """
        w = word.lower()
        return next((k for k, v in self.pronouns.items() if w in v), None)

    def is_role(self, word: str) -> bool:
        """Whether a noun names a speaker's role, an organisation kind, a document or an outlet."""
        w = word.lower()
        return (w in self.person_roles or w in self.org_roles or w in self.document_nouns
                or w in self.media_nouns or any(w in g for g in self.role_groups))


def _parse(data: dict[str, Any]) -> QuoteLexicon:
    groups = tuple(frozenset(str(w).lower() for w in g) for g in data.get("role_nouns") or [])
    pronouns = {str(k): frozenset(str(w).lower() for w in v) for k, v in (data.get("pronouns") or {}).items()}
    particles = {str(k): frozenset(str(w).lower() for w in v)
                 for k, v in (data.get("cue_particles") or {}).items()}
    preps = tuple(tuple(str(w).lower() for w in p) for p in data.get("source_prepositions") or [])
    lex = QuoteLexicon(
        cue_verbs=_words(data, "cue_verbs"), document_nouns=_words(data, "document_nouns"),
        media_nouns=_words(data, "media_nouns"), person_roles=_words(data, "person_roles"),
        org_roles=_words(data, "org_roles"), place_roles=_words(data, "place_roles"),
        medium_prepositions=_words(data, "medium_prepositions"), male_titles=_words(data, "male_titles"),
        female_titles=_words(data, "female_titles"), relay_verbs=_words(data, "relay_verbs"),
        generic_org_roles=_words(data, "generic_org_roles"),
        blocking_verbs=_words(data, "blocking_verbs"), gloss_verbs=_words(data, "gloss_verbs"),
        cue_particles=particles, source_prepositions=preps,
        role_groups=groups, pronouns=pronouns)
    if not lex.cue_verbs:
        raise LexiconError("quote lexicon: 'cue_verbs' is empty")
    return lex


@lru_cache(maxsize=4)
def load_lexicon(path: str | None = None) -> QuoteLexicon:
    """Load the lexicon from ``path``, ``NEWSGRAPH_QUOTE_CUES`` or the bundled YAML file (cached).

    >>> "say" in load_lexicon().cue_verbs
    True
    >>> load_lexicon("missing.yaml")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    newsgraph.extract.quote_lexicon.LexiconError: missing.yaml: cannot read the quote lexicon: ...
    """
    where = Path(path or os.environ.get("NEWSGRAPH_QUOTE_CUES") or DEFAULT_PATH)
    try:
        data = safe_load(where.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise LexiconError(f"{where}: cannot read the quote lexicon: {exc}") from exc
    if not isinstance(data, dict):
        raise LexiconError(f"{where}: the quote lexicon must be a mapping of lists")
    return _parse(data)
