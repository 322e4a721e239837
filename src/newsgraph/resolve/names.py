"""When two names can name the same entity: person names, organisation names and acronyms, places.

Shared by within-article coreference (where a bare surname may refer back to a full name) and cross-article
identity (where it may not: two people who only share a surname are never merged).

>>> person_match("Lloyd J. Austin III", "Lloyd Austin")
'same name but for initials or suffix'
>>> person_match("Munir", "Asim Munir")
'surname of Asim Munir'
>>> person_match("Tom West", "John West") is None
True
>>> org_match("ISPR", "Inter-Services Public Relations")
'acronym of Inter-Services Public Relations'
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from newsgraph.extract.countries import country_code, demonym_country
from newsgraph.extract.lexicon import lexicon
from newsgraph.nlp.rules import acronym_explains, vessel_bare
from newsgraph.resolve.actors import actor_dictionary, alias_key

_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "v", "jnr", "snr"})
#: Particles of names ("da", "bin"): never a surname on their own.
PARTICLES = frozenset({"al", "el", "bin", "ibn", "van", "von", "de", "der", "da", "di", "la", "le", "du",
                       "dos", "das", "do"})


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Casefolded, accents stripped, apostrophes and dots removed: the form names are compared in.

    >>> fold("Tehreek-i-Taliban's"), fold("Zoë O’Neil")
    ('tehreek-i-taliban', 'zoe oneil')
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"(?:'s|’s)$", "", text.strip())
    return re.sub(r"\s+", " ", re.sub(r"[.'’]", "", text.casefold())).strip()


def person_tokens(name: str) -> list[str]:
    """A person's name as compared: folded words without initials and suffixes ("Lloyd J. Austin III").

    >>> person_tokens("Lloyd J. Austin III")
    ['lloyd', 'austin']
    """
    words = [w for w in re.split(r"[\s]+", fold(name)) if w]
    kept = [w for w in words if w not in _SUFFIXES and not (len(w) == 1 and w.isalpha())]
    return kept or words


def surname_words(name: str) -> list[str]:
    """The words of a full name a lone name may stand for across articles: the surname (the last word) and,
    in a name of three words or more, an inner word that is no particle -- the first of a compound surname
    ("Lopez" of "Andres Manuel Lopez Obrador") or a name in common use ("Lula" of "Luiz Inacio Lula da
    Silva"). Empty for a single word.

    >>> surname_words("Luiz Inacio Lula da Silva"), surname_words("Antony Blinken"), surname_words("Munir")
    (['silva', 'inacio', 'lula'], ['blinken'], [])
    """
    toks = person_tokens(name)
    if len(toks) < 2:
        return []
    return [toks[-1], *(t for t in toks[1:-1] if t not in PARTICLES)]


def _is_subsequence(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(any(w == x for x in it) for w in short)


def person_match(a: str, b: str, allow_surname: bool = True) -> str | None:
    """Why person names ``a`` and ``b`` may name the same person, or None when they may not.

    A single word matches only a surname (the last word, or the word after a particle) when
    ``allow_surname``; longer names must share their surname and have no conflicting given name.

    >>> person_match("Munir", "Asim Munir"), person_match("Asim Munir Ahmed", "Asim Ahmed")
    ('surname of Asim Munir', 'same given name and surname')
    >>> person_match("Ali Munir", "Asim Munir") is None
    True
    """
    ta, tb = person_tokens(a), person_tokens(b)
    if not ta or not tb:
        return None
    if ta == tb:
        return "same name" if fold(a) == fold(b) else "same name but for initials or suffix"
    short, long = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if len(short) == 1:
        if allow_surname and short[0] == long[-1]:
            return f"surname of {b if long is tb else a}"
        return None
    if short[-1] != long[-1] or short[0] != long[0]:
        return None
    return "same given name and surname" if _is_subsequence(short, long) else None


@lru_cache(maxsize=1 << 14)
def org_key(name: str) -> str:
    """An organisation's name without "the", country prefix and descriptor suffixes (``name_rules.yaml``).

    >>> org_key("the US State Department"), org_key("Apple Computer Inc."), org_key("Ford Motor Company")
    ('state department', 'apple', 'ford')
    >>> org_key("United States Air Force"), org_key("Motors"), org_key("INS Velor")
    ('air force', 'motors', 'velor')
    """
    suffixes = lexicon().name_rules.get("org_descriptor_suffixes", frozenset())
    name = vessel_bare(name)
    words = fold(name).replace("&", " and ").split()
    if words and words[0] == "the":
        words = words[1:]
    while len(words) > 1 and words[-1].strip(",") in suffixes:
        words = words[:-1]
    for n in (3, 2, 1):
        if len(words) > n and country_code(" ".join(words[:n])):
            words = words[n:]
            break
    return " ".join(words)


def org_match(a: str, b: str) -> str | None:
    """Why organisation names ``a`` and ``b`` may name the same organisation, or None.

    >>> org_match("the US State Department", "State Department")
    'same actor (United States Department of State)'
    >>> org_match("ISPR", "Inter-Services Public Relations"), org_match("ISPR", "State Department")
    ('acronym of Inter-Services Public Relations', None)
    """
    if alias_key(a) == alias_key(b):
        return "same name"
    actors = actor_dictionary()
    actor_a, actor_b = actors.lookup(a, "ORG"), actors.lookup(b, "ORG")
    if actor_a is not None and actor_a is actor_b:
        return f"same actor ({actor_a.name})"
    ka, kb = org_key(a), org_key(b)
    if ka and ka == kb:
        return "same name without prefix or suffix"
    for short, long in ((a, b), (b, a)):
        if short.isupper() and " " not in short.strip() and len(short) >= 2 and acronym_explains(
                short.replace(".", ""), long):
            return f"acronym of {long}"
    return None


def _place_match(a: str, b: str) -> str | None:
    """Why place names may name the same place: the same country ("US", "America"), or the same name.

    >>> _place_match("US", "America"), _place_match("Lahore", "Karachi")
    ('same country (USA)', None)
    """
    ca, cb = country_code(a), country_code(b)
    if ca and ca == cb:
        return f"same country ({ca})"
    return "same name" if alias_key(a) == alias_key(b) else None


def demonym_match(demonym: str, place: str) -> str | None:
    """Why a nationality word refers to a country ("Pakistani" -> "Pakistan"), or None.

    >>> demonym_match("American", "the United States")
    'demonym of the United States'
    """
    code = demonym_country(demonym)
    return f"demonym of {place}" if code and code == country_code(place) else None


def _initials(name: str) -> str:
    """Capital initials of a name's words and hyphenated parts ("Tehreek-i-Taliban Pakistan" -> "TTP")."""
    return "".join(p[0] for p in re.split(r"[\s-]+", name) if p and p[0].isupper())


def name_keys(type_: str, name: str) -> set[str]:
    """Keys under which names that may match this one are found (blocking for :func:`names_match`).

    Two names that :func:`names_match` accepts share a key: a person's surname, an organisation's name
    without prefix or suffix, its initials or actor, a place's country.

    >>> name_keys("ORG", "Inter-Services Public Relations") & name_keys("ORG", "ISPR")
    {'a:ISPR'}
    >>> sorted(name_keys("PERSON", "Lloyd J. Austin III"))
    ['p:austin']
    """
    if type_ == "PERSON":
        toks = person_tokens(name)
        return {f"p:{toks[-1]}"} if toks else set()
    keys = {f"n:{alias_key(name)}"}
    if type_ == "ORG":
        keys.add(f"o:{org_key(name)}")
        letters = name.replace(".", "") if name.replace(".", "").isupper() else _initials(name)
        letters = "".join(c for c in letters if c.isupper())
        if len(letters) >= 2:
            keys.add(f"a:{letters}")
        actor = actor_dictionary().lookup(name, "ORG")
        if actor is not None:
            keys.add(f"actor:{actor.name}")
    elif type_ in ("GPE", "LOC", "FAC", "NORP"):
        code = country_code(name) or demonym_country(name)
        if code:
            keys.add(f"c:{code}")
    return keys


def names_match(type_: str, a: str, b: str, allow_surname: bool = True) -> str | None:
    """Why two names of entities of this type may be the same entity, or None.

    >>> names_match("GPE", "U.S.", "America")
    'same country (USA)'
    """
    if type_ == "PERSON":
        return person_match(a, b, allow_surname)
    if type_ == "ORG":
        return org_match(a, b)
    if type_ in ("GPE", "LOC", "FAC"):
        return _place_match(a, b)
    return "same name" if alias_key(a) == alias_key(b) else None
