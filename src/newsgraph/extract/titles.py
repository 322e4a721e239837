"""Titles, ranks and honorifics of people, found token by token from the data in ``titles.yaml``.

A title is ``[qualifier]* [modifier | domain]* head [post-head]? (("of" | "for") ["the"] domain)*``:
"acting Deputy Secretary of State for Political Affairs", "Chief of Army Staff", "army chief". Ranks
("Gen", "Brig. Gen.") are read only around person names, so that "General Motors" stays a company.

>>> lex = lexicon()
>>> normalize_title(["acting", "Deputy", "Secretary", "of", "State"], lex)
'deputy secretary of state'
>>> normalize_title(["US", "defence", "secretary"], lex)
'us secretary of defense'
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsgraph.extract.lexicon import Lexicon, Rank, lexicon
from newsgraph.nlp.doctext import doc_tokens

_CONNECTORS = ("of", "for")
_NOUNISH = {"NOUN", "PROPN", "X", ""}


@dataclass(frozen=True, slots=True)
class TitleMatch:
    """A title found in a Doc: token span, head lemma, normalized form, sector and implied gender."""

    start: int
    end: int
    head: str
    normalized: str
    sector: str | None = None
    gender: str | None = None


def word(token: Token) -> str:
    """The lookup form of a token: lowercase, curly apostrophes straightened.

    >>> import spacy
    >>> word(spacy.blank("en")("Gen.")[0])
    'gen.'
    """
    return token.lower_.replace("’", "'")


def _fold(words: list[str], spelling: dict[str, str]) -> list[str]:
    """Apply multi-word then single-word spelling variants (longest phrase first)."""
    out: list[str] = []
    i = 0
    while i < len(words):
        for n in (3, 2, 1):
            phrase = " ".join(words[i:i + n])
            if len(words[i:i + n]) == n and phrase in spelling:
                out.append(spelling[phrase])
                i += n
                break
        else:
            out.append(words[i])
            i += 1
    return out


def normalize_title(words: list[str], lex: Lexicon | None = None) -> str:
    """The normalized form of a title's words: lowercase, dropped qualifiers and "the", spelling folded.

    >>> normalize_title(["Chief", "of", "the", "Army", "Staff"])
    'chief of army staff'
    """
    lex = lex or lexicon()
    kept = [w.lower().replace("’", "'") for w in words]
    kept = [w for w in kept if w not in ("the", "-") and lex.qualifiers.get(w) != "drop"]
    kept = _fold(kept, lex.spelling)
    text = " ".join(kept)
    for phrase, same in lex.equivalents.items():
        if text == phrase or text.endswith(" " + phrase):
            return text[: len(text) - len(phrase)] + same
    return text


def _domain_at(doc: Doc, i: int, lex: Lexicon) -> int:
    """Length of the longest domain phrase starting at token i (0 when none)."""
    for n in (5, 4, 3, 2, 1):
        if i + n <= len(doc) and " ".join(word(t) for t in doc[i:i + n]) in lex.domains:
            return n
    return 0


def _complements(doc: Doc, end: int, lex: Lexicon) -> int:
    """Extend a title over ``of/for [the] domain`` complements; return the new end."""
    while end < len(doc) - 1 and word(doc[end]) in _CONNECTORS:
        start = end + 1
        n = _domain_at(doc, start, lex)
        if n == 0 and word(doc[start]) == "the":
            start += 1
            n = _domain_at(doc, start, lex)
        if n == 0:
            break
        end = start + n
    return end


def _run_end(doc: Doc, i: int, lex: Lexicon) -> int:
    """End of the run of title words starting at token i (hyphens inside the run are kept)."""
    j = i
    while j < len(doc):
        w = word(doc[j])
        if w in lex.title_words or (w == "-" and j > i and j + 1 < len(doc)
                                    and word(doc[j + 1]) in lex.title_words):
            j += 1
        else:
            break
    return j


def _inside_org_name(doc: Doc, i: int) -> bool:
    """True when token i follows "<Capitalized> of [the]" ("Office of the President")."""
    k = i - 1
    if k >= 0 and word(doc[k]) == "the":
        k -= 1
    return k >= 1 and word(doc[k]) == "of" and doc[k - 1].is_title and doc[k - 1].pos_ == "PROPN"


def match_title(doc: Doc, i: int, lex: Lexicon | None = None) -> TitleMatch | None:
    """The title starting at token i, if one does.

    >>> import spacy
    >>> doc = spacy.blank("en")("Chief of Army Staff Gen Asim Munir")
    >>> m = match_title(doc, 0)
    >>> (doc[m.start:m.end].text, m.normalized, m.sector)
    ('Chief of Army Staff', 'chief of army staff', 'MIL')
    """
    lex = lex or lexicon()
    if word(doc[i]) not in lex.title_words or _inside_org_name(doc, i):
        return None
    run_end = _run_end(doc, i, lex)
    heads = [k for k in range(i, run_end) if word(doc[k]) in lex.heads and doc[k].pos_ in _NOUNISH]
    if not heads:
        return None
    k = heads[-1]
    end = k + 1
    if end < len(doc) and f"{word(doc[k])} {word(doc[end])}" in lex.compound_heads:
        end += 1
    while end < len(doc) and word(doc[end]) in lex.post_heads:
        end += 1
    end = _complements(doc, end, lex)
    head = lex.heads[word(doc[k])]
    has_context = end > k + 1 or any(lex.qualifiers.get(word(t)) is None for t in doc[i:k])
    if not head.bare and not has_context:
        return None
    words = doc[i:end].text.split()
    return TitleMatch(i, end, word(doc[k]), normalize_title(words, lex),
                      title_sector(words, lex) or head.sector, head.gender)


def title_sector(words: list[str], lex: Lexicon | None = None) -> str | None:
    """The sector a title's domain words imply ("army chief" -> MIL), or None.

    >>> title_sector(["Deputy", "National", "Security", "Adviser"])
    'GOV'
    """
    lex = lex or lexicon()
    low = [w.lower() for w in words]
    found: list[str] = []
    for n in (4, 3, 2, 1):
        for i in range(len(low) - n + 1):
            sector = lex.domains.get(" ".join(low[i:i + n]))
            if sector:
                found.append(sector)
    return "MIL" if "MIL" in found else (found[0] if found else None)


def find_titles(doc: Doc, lex: Lexicon | None = None) -> list[TitleMatch]:
    """Every title in a Doc, left to right, not overlapping.

    >>> import spacy
    >>> doc = spacy.blank("en")("the US defence secretary met Deputy National Security Adviser Jon Finer")
    >>> [doc[m.start:m.end].text for m in find_titles(doc)]
    ['defence secretary', 'Deputy National Security Adviser']
    """
    lex = lex or lexicon()
    found: list[TitleMatch] = []
    words = [word(t) for t in doc_tokens(doc)]
    i = 0
    while i < len(doc):
        # match_title refuses a token that is no title word first; test that here, without a Token
        m = match_title(doc, i, lex) if words[i] in lex.title_words else None
        if m is None:
            i += 1
        else:
            found.append(m)
            i = m.end
    return found


def match_rank(doc: Doc, i: int, lex: Lexicon | None = None,
               limit: int | None = None) -> tuple[int, Rank] | None:
    """The longest rank starting at token i and ending by ``limit``: (end token, rank).

    >>> import spacy
    >>> doc = spacy.blank("en")("Brig. Gen. Patrick Ryder")
    >>> end, rank = match_rank(doc, 0)
    >>> doc[end:].text, rank.normalized
    ('Patrick Ryder', 'brigadier general')
    """
    lex = lex or lexicon()
    limit = len(doc) if limit is None else limit
    best: tuple[int, Rank] | None = None
    text = ""
    for j in range(i, min(i + 5, limit)):
        w = word(doc[j])
        glue = w in ("-", ".") or text.endswith("-")
        text = text + w if glue or not text else f"{text} {w}"
        if text in lex.rank_forms:
            best = (j + 1, lex.rank_forms[text])
    return best


def honorific_gender(token: Token, lex: Lexicon | None = None) -> tuple[bool, str | None]:
    """Whether a token is an honorific ("Mr", "Ms") and the gender it implies.

    >>> import spacy
    >>> honorific_gender(spacy.blank("en")("Ms")[0])
    (True, 'female')
    """
    lex = lex or lexicon()
    w = word(token)
    return (w in lex.honorifics, lex.honorifics.get(w))
