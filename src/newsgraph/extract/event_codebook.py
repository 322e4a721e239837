"""The PLOVER event codebook: trigger words and patterns -> type and mode, plus the lexicons the rules use.

The codebook is data (``extract/data/plover_codebook.yaml``, documented in ``docs/events-codebook.md``).
A user file named by ``NEWSGRAPH_EVENT_CODEBOOK`` (or passed to :func:`load_codebook`) is merged over it:
mappings merge key by key, a lemma's trigger entries from the user file are tried first, lists are
extended; ``replace: true`` at the top of the user file uses it alone.

>>> book = codebook()
>>> "CONSULT" in [r.type for r in book.verbs["meet"]]
True
>>> book.type_class("ASSAULT")
'material_conflict'
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from newsgraph.errors import InputError
from newsgraph.model import PLOVER_TYPES
from newsgraph.yaml_fast import SafeLoader

#: Environment variable naming a YAML codebook merged over the bundled one.
CODEBOOK_ENV = "NEWSGRAPH_EVENT_CODEBOOK"
_TRIGGER_SECTIONS = ("verbs", "nouns", "adjectives")
_EMBED_KINDS = frozenset({"intent", "plan", "preparation", "threat", "request", "refusal", "accusation"})
_SET_FIELDS = (
    "objects",
    "object_types",
    "not_objects",
    "subjects",
    "subject_types",
    "not_subjects",
    "prep_objects",
    "prep_object_types",
    "modifiers",
    "not_modifiers",
    "context",
    "not_context",
)


@dataclass(frozen=True, slots=True)
class TriggerRule:
    """One way a lemma triggers an event: its type, mode and the conditions under which it applies."""

    lemma: str
    pos: str
    type: str
    mode: str | None = None
    objects: frozenset[str] = frozenset()
    object_types: frozenset[str] = frozenset()
    not_objects: frozenset[str] = frozenset()
    subjects: frozenset[str] = frozenset()
    subject_types: frozenset[str] = frozenset()
    not_subjects: frozenset[str] = frozenset()
    particle: str | None = None
    prep: str | None = None
    prep_objects: frozenset[str] = frozenset()
    prep_object_types: frozenset[str] = frozenset()
    modifiers: frozenset[str] = frozenset()
    not_modifiers: frozenset[str] = frozenset()
    context: frozenset[str] = frozenset()
    not_context: frozenset[str] = frozenset()
    passive: bool | None = None
    clause: bool = False
    infinitive: bool = False
    number: str | None = None
    swap: bool = False
    embed: str | None = None
    needs_act: bool = False
    confidence: float = 0.75


@dataclass(frozen=True, slots=True)
class ModeCue:
    """A mode and the lemmas that signal it in an event's clause."""

    mode: str
    cues: frozenset[str]


@dataclass(frozen=True, slots=True)
class CountCue:
    """What a count is of (``killed``...): single-lemma cues and multiword lemma patterns (``*`` any word)."""

    name: str
    cues: frozenset[str]
    phrases: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True, slots=True)
class Codebook:
    """The loaded codebook (see the YAML file for what each part means)."""

    verbs: dict[str, tuple[TriggerRule, ...]]
    nouns: dict[str, tuple[TriggerRule, ...]]
    adjectives: dict[str, tuple[TriggerRule, ...]]
    classes: dict[str, str]
    embedding: dict[str, dict[str, str | None]]
    embedded_modes: dict[str, dict[str, str]]
    reporting_verbs: frozenset[str]
    light_verbs: frozenset[str]
    modes: dict[str, tuple[ModeCue, ...]]
    counts: tuple[CountCue, ...]
    natural_causes: frozenset[str]
    modality: dict[str, frozenset[str]]
    verb_preps: dict[str, dict[str, str | None]]
    noun_preps: dict[str, dict[str, str | None]]
    place_preps: dict[str, tuple[str, ...]] = field(default_factory=dict)
    patient_nouns: frozenset[str] = frozenset()
    place_nouns: frozenset[str] = frozenset()
    reporting_nouns: frozenset[str] = frozenset()
    compound_heads: frozenset[str] = frozenset()
    stative_passives: frozenset[str] = frozenset()
    #: Verbs (with their particle: "pull over") of a stop that leads to an arrest without being an event.
    stop_verbs: frozenset[str] = frozenset()
    perpetrator_acts: dict[str, str] = field(default_factory=dict)
    verb_forms: dict[str, str] = field(default_factory=dict)

    def type_class(self, type_: str) -> str:
        """The class of a PLOVER type (``cooperative``, ``concession``, ``verbal_conflict``...)."""
        return self.classes.get(type_, "material_conflict")

    def lex(self, name: str) -> frozenset[str]:
        """A modality lexicon by name (empty when absent)."""
        return self.modality.get(name, frozenset())

    def verb_can_be(self, lemma: str, type_: str) -> bool:
        """Whether some rule of a verb lemma gives an event of this type.

        >>> codebook().verb_can_be("shoot", "ASSAULT"), codebook().verb_can_be("meet", "ASSAULT")
        (True, False)
        """
        return any(rule.type == type_ for rule in self.verbs.get(lemma, ()))

    def prep_role(self, type_: str, prep: str, nominal: bool) -> str | None:
        """The role of a preposition's object for a trigger of this type (None: not a participant).

        >>> codebook().prep_role("CONSULT", "with", nominal=False)
        'recipient'
        """
        table = self.noun_preps if nominal else self.verb_preps
        specific = table.get(type_, {})
        if prep in specific:
            return specific[prep]
        return table.get("*", {}).get(prep)

    def places_for(self, type_: str) -> tuple[str, ...]:
        """The prepositions that attach a place to an event of this type, best first.

        >>> codebook().places_for("ASSAULT")[-1]
        'from'
        """
        return self.place_preps.get("*", ()) + self.place_preps.get(type_, ())

    def embedded_mode(self, outer: str, inner: str) -> str | None:
        """The mode an embedding event (REQUEST, REJECT...) gets from the type of the act it is about.

        >>> codebook().embedded_mode("REQUEST", "CONSULT"), codebook().embedded_mode("AGREE", "AID")
        ('meet', 'aid')
        """
        table = self.embedded_modes.get(outer, {})
        mode = table.get(inner, table.get("*"))
        return inner.lower() if mode == "lower" else mode


def _merge(base: Any, extra: Any) -> Any:
    """Merge user data over bundled data: mappings key by key, lists extended (user items first)."""
    if isinstance(base, dict) and isinstance(extra, dict):
        out = dict(base)
        for k, v in extra.items():
            out[k] = _merge(base[k], v) if k in base else v
        return out
    if isinstance(base, list) and isinstance(extra, list):
        return extra + [x for x in base if x not in extra]
    return extra


def merge_codebooks(base: dict[str, Any], user: dict[str, Any]) -> dict[str, Any]:
    """A user codebook merged over a base one; a lemma's trigger entries from the user come first.

    >>> merged = merge_codebooks({"verbs": {"hit": {"type": "ASSAULT"}}},
    ...                          {"verbs": {"hit": {"type": "ASSAULT", "objects": ["target"]}}})
    >>> [e.get("objects") for e in merged["verbs"]["hit"]]
    [['target'], None]
    """
    out: dict[str, Any] = _merge(base, {k: v for k, v in user.items() if k not in _TRIGGER_SECTIONS})
    for section in _TRIGGER_SECTIONS:
        merged = dict(base.get(section) or {})
        for lemma, raw in (user.get(section) or {}).items():
            merged[lemma] = _as_list(raw) + (_as_list(merged[lemma]) if lemma in merged else [])
        out[section] = merged
    return out


def _as_list(v: Any) -> list[Any]:
    return v if isinstance(v, list) else [v]


def _rule(lemma: str, pos: str, raw: Any, where: str) -> TriggerRule:
    if not isinstance(raw, dict) or raw.get("type") not in PLOVER_TYPES:
        known = ", ".join(PLOVER_TYPES)
        raise InputError(where, f"{pos} {lemma!r}: an entry needs a PLOVER type (one of {known})")
    for name in ("mode", "particle", "prep", "number"):
        value = raw.get(name)
        if value is not None and not isinstance(value, str):
            hint = " (quote it: YAML reads on/off/yes/no as true/false)" if isinstance(value, bool) else ""
            raise InputError(where, f"{pos} {lemma!r}: {name} must be a word, not {value!r}{hint}")
    embed = raw.get("embed")
    if embed is not None and embed not in _EMBED_KINDS:
        raise InputError(where, f"{pos} {lemma!r}: embed must be one of {', '.join(sorted(_EMBED_KINDS))}")
    sets = {f: frozenset(str(x).lower() for x in raw.get(f, []) or []) for f in _SET_FIELDS}
    sets["object_types"] = frozenset(x.upper() for x in sets["object_types"])
    sets["subject_types"] = frozenset(x.upper() for x in sets["subject_types"])
    sets["prep_object_types"] = frozenset(x.upper() for x in sets["prep_object_types"])
    roles = raw.get("roles") or {}
    return TriggerRule(
        lemma=lemma,
        pos=pos,
        type=raw["type"],
        mode=raw.get("mode"),
        particle=raw.get("particle"),
        prep=raw.get("prep"),
        passive=raw.get("passive"),
        clause=bool(raw.get("clause", False)),
        infinitive=bool(raw.get("infinitive", False)),
        number=raw.get("number"),
        swap=bool(roles.get("swap", False)) if isinstance(roles, dict) else False,
        embed=embed,
        needs_act=bool(raw.get("needs_act", False)),
        confidence=float(raw.get("confidence", 0.75 if pos == "verb" else 0.65)),
        **sets,
    )


def _rules(section: Any, pos: str, where: str) -> dict[str, tuple[TriggerRule, ...]]:
    if not isinstance(section, dict):
        raise InputError(where, f"'{pos}s' must be a mapping of lemma -> entry or list of entries")
    return {
        str(lemma).lower(): tuple(_rule(str(lemma).lower(), pos, r, where) for r in _as_list(raw))
        for lemma, raw in section.items()
    }


def _lexicon(raw: Any) -> frozenset[str]:
    return frozenset(str(x).lower() for x in raw or [])


def _phrases(raw: Any) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(str(p).lower().split()) for p in raw or [])


def _build(data: Mapping[str, Any], where: str) -> Codebook:
    classes = {t: cls for cls, types in (data.get("classes") or {}).items() for t in types}
    modes = {
        t: tuple(ModeCue(str(m["mode"]), _lexicon(m.get("cues"))) for m in cues)
        for t, cues in (data.get("modes") or {}).items()
    }
    counts = tuple(
        CountCue(name, _lexicon(v.get("cues")), _phrases(v.get("phrases")))
        for name, v in (data.get("counts") or {}).items()
    )
    return Codebook(
        verbs=_rules(data.get("verbs") or {}, "verb", where),
        nouns=_rules(data.get("nouns") or {}, "noun", where),
        adjectives=_rules(data.get("adjectives") or {}, "adjective", where),
        classes=classes,
        embedding=dict(data.get("embedding") or {}),
        embedded_modes=dict(data.get("embedded_modes") or {}),
        reporting_verbs=_lexicon(data.get("reporting_verbs")),
        light_verbs=_lexicon(data.get("light_verbs")),
        modes=modes,
        counts=counts,
        natural_causes=_lexicon(data.get("natural_causes")),
        modality={k: _lexicon(v) for k, v in (data.get("modality") or {}).items()},
        verb_preps=dict(data.get("verb_preps") or {}),
        noun_preps=dict(data.get("noun_preps") or {}),
        place_preps={k: tuple(v) for k, v in (data.get("place_preps") or {}).items()},
        patient_nouns=_lexicon(data.get("patient_nouns")),
        place_nouns=_lexicon(data.get("place_nouns")),
        reporting_nouns=_lexicon(data.get("reporting_nouns")),
        compound_heads=_lexicon(data.get("compound_heads")),
        stative_passives=_lexicon(data.get("stative_passives")),
        stop_verbs=_lexicon(data.get("stop_verbs")),
        perpetrator_acts={str(k).lower(): str(v).lower()
                          for k, v in (data.get("perpetrator_acts") or {}).items()},
        verb_forms={str(k).lower(): str(v).lower() for k, v in (data.get("verb_forms") or {}).items()},
    )


class _UniqueKeyLoader(SafeLoader):
    """A safe YAML loader that refuses a key given twice in one mapping (plain YAML keeps the last one,
    silently dropping the first entry of a lemma)."""


def _unique_mapping(loader: _UniqueKeyLoader, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)  # type: ignore[no-untyped-call]
        if key in seen:
            raise yaml.constructor.ConstructorError(None, None, f"key {key!r} given twice",
                                                    key_node.start_mark)
        seen.add(key)
    return loader.construct_mapping(node, deep=deep)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _unique_mapping)


def _read_yaml(path: Path | str, where: str) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8") if isinstance(path, Path) else path
        data = yaml.load(text, Loader=_UniqueKeyLoader)  # a SafeLoader subclass: safe
    except OSError as exc:
        raise InputError(where, f"cannot read the event codebook: {exc.strerror or exc}") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f" at line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise InputError(where, f"cannot read the event codebook{at}: {problem}") from exc
    if not isinstance(data, dict):
        raise InputError(where, "an event codebook must be a YAML mapping")
    return data


def bundled_data() -> dict[str, Any]:
    """The bundled codebook as plain data."""
    path = resources.files("newsgraph.extract").joinpath("data/plover_codebook.yaml")
    text = path.read_text(encoding="utf-8")
    return _read_yaml(text, "plover_codebook.yaml")


def load_codebook(path: str | Path | None = None) -> Codebook:
    """The bundled codebook, with a user file merged over it when one is given.

    >>> load_codebook().verbs["kill"][0].type
    'ASSAULT'
    """
    data = bundled_data()
    where = "plover_codebook.yaml"
    if path is not None:
        where = str(path)
        user = _read_yaml(Path(path), where)
        for section in _TRIGGER_SECTIONS:
            if not isinstance(user.get(section, {}), dict):
                raise InputError(where, f"'{section}' must be a mapping of lemma -> entry or list of entries")
        data = user if user.pop("replace", False) else merge_codebooks(data, user)
    return _build(data, where)


@lru_cache(maxsize=4)
def _cached(path: str | None) -> Codebook:
    return load_codebook(path)


def codebook() -> Codebook:
    """The codebook in use: bundled, merged with ``NEWSGRAPH_EVENT_CODEBOOK`` when that is set (cached)."""
    return _cached(os.environ.get(CODEBOOK_ENV) or None)
