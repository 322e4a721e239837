"""Who an unnamed armed group is: "a pirate attack", "an attack by sea brigands".

News names a group of perpetrators by its kind in one place and by its nationality, country or
organisation in another ("Indian Navy foils pirate attack ... nabbed 26 Somali pirates"). A perpetrator
noun that names no entity itself -- a noun of the codebook's ``perpetrator_groups`` modifying an act noun
("a pirate attack"), the act noun of such a group ("a piracy attack": codebook ``perpetrator_acts``), or
such a noun as the act's agent ("attack by sea brigands") -- is the group the article qualifies with that
noun ("Somali pirates": Somali); when no group is qualified with that noun, the groups the article
qualifies with any perpetrator noun ("Somali brigands").

>>> groups = frozenset({"pirate", "rebel"})
>>> _group_noun("piracy", groups, {"piracy": "pirate"}), _group_noun("rebels", groups, {})
('pirate', 'rebel')
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from spacy.tokens import Token

from newsgraph.extract.event_args import ArticleIndex, dedupe_mentions, np_mentions
from newsgraph.extract.event_codebook import Codebook
from newsgraph.extract.event_syntax import prep_objects
from newsgraph.model import Mention
from newsgraph.nlp.doctext import children_of

#: Dependency labels of the words that qualify a group noun ("Somali pirates").
_QUALIFIERS = frozenset({"amod", "compound", "nmod"})
#: Entity types that can name a group of perpetrators.
_GROUP_TYPES = frozenset({"NORP", "GPE", "ORG"})


def _group_noun(word: str, groups: frozenset[str], acts: Mapping[str, str]) -> str | None:
    """The perpetrator group noun a word is or names the act of ("pirates", "piracy": pirate)."""
    w = word.lower()
    if w in acts:
        return acts[w]
    for form in (w, w[:-1] if w.endswith("s") else w, w[:-2] + "an" if w.endswith("men") else w):
        if form in groups:
            return form
    return None


def perpetrator_noun(tok: Token, book: Codebook) -> str | None:
    """The group noun of a token that names perpetrators by their kind, or None."""
    groups = book.lex("perpetrator_groups")
    return _group_noun(tok.lemma_, groups, book.perpetrator_acts) or _group_noun(
        tok.lower_, groups, book.perpetrator_acts)


def _qualifiers(tok: Token, index: ArticleIndex) -> list[Mention]:
    """The nationalities, countries and organisations that qualify a group noun ("26 Somali pirates",
    "pirates from Somalia")."""
    out = [m for c in children_of(tok) if c.dep_ in _QUALIFIERS
           if (m := index.mention(c)) is not None and m.type in _GROUP_TYPES]
    out += [m for p, o in prep_objects(tok) if p == "from" for m in np_mentions(o, index, _GROUP_TYPES)]
    return out


#: The Doc whose perpetrator groups were found last, its length, the codebook and the groups: an article's
#: noun triggers ask in turn, and one entry is enough (kept out of the Doc's ``user_data``, which spaCy
#: serialises between processes).
_LAST: tuple[Any, int, Any, dict[str, list[Mention]]] = (None, 0, None, {})


def _groups_by_noun(index: ArticleIndex, book: Codebook) -> dict[str, list[Mention]]:
    """Perpetrator noun -> the entities qualifying it in the article, computed once per Doc."""
    global _LAST
    doc, size, cached_book, groups = _LAST
    if doc is index.doc and size == len(index.doc) and cached_book is book:
        return groups
    by_noun: dict[str, list[Mention]] = {}
    for tok in index.doc:
        if tok.pos_ not in ("NOUN", "PROPN"):
            continue
        group = perpetrator_noun(tok, book)
        if group is not None and (found := _qualifiers(tok, index)):
            by_noun.setdefault(group, []).extend(found)
    _LAST = (index.doc, len(index.doc), book, by_noun)
    return by_noun


def named_groups(noun: str, index: ArticleIndex, book: Codebook) -> list[Mention]:
    """The group the article names with a perpetrator noun (see the module docstring): the entities
    qualifying that noun, else those qualifying any perpetrator noun; one mention per entity."""
    by_noun = _groups_by_noun(index, book)
    chosen = by_noun.get(noun) or [m for ms in by_noun.values() for m in ms]
    return dedupe_mentions(chosen)


def unnamed_group_actors(heads: list[Token], index: ArticleIndex, book: Codebook) -> list[Mention]:
    """The group named elsewhere for the first of ``heads`` (an act noun's modifiers or agent, a verb's
    agent) that names perpetrators by their kind and no entity itself."""
    for tok in heads:
        noun = perpetrator_noun(tok, book)
        if noun is not None and not np_mentions(tok, index):
            return named_groups(noun, index, book)
    return []


__all__ = ["named_groups", "perpetrator_noun", "unnamed_group_actors"]
