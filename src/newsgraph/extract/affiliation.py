"""What the words around a name say about it: titles, ranks, honorifics, country and organisation.

Before a name: ``[cue ['s]] title [and title] [rank] [honorific] NAME`` ("Pakistan's Chief of Army Staff
General Asim Munir", "US Secretary of State Antony Blinken", "Apple CEO and co-founder Steve Jobs").
After a name, an apposition: ``NAME, [the] [cue] title`` ("Patrick Ryder, the Pentagon Press Secretary").
After a title, a complement: "for <place>" is part of the title ("Special Representative for
Afghanistan"); "of <place>" gives the country, "of/for <organisation>" the organisation.
A cue is a GPE (its country), a NORP ("Pakistani": its country) or an ORG (the organisation, and its
country when its name holds one: "US State Department").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from newsgraph.extract.countries import country_code, demonym_country, place_country
from newsgraph.extract.lexicon import Lexicon, lexicon
from newsgraph.extract.titles import TitleMatch, honorific_gender, match_rank, match_title, word

CUE_LABELS = frozenset({"GPE", "NORP", "ORG"})
_DETERMINERS = frozenset({"the", "a", "an"})
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})


@dataclass(slots=True)
class TitleInfo:
    """A title in the text: tokens ``start:end`` of the title, ``reach`` up to the end of its complement."""

    start: int
    end: int
    reach: int
    normalized: str
    sector: str | None = None
    gender: str | None = None
    head: str = ""
    rank: bool = False
    country: str | None = None
    org: Span | None = None


@dataclass(slots=True)
class Context:
    """What the context of one name says: its titles, country, organisation, gender and sector."""

    titles: list[TitleInfo] = field(default_factory=list)
    country: str | None = None
    org: Span | None = None
    gender: str | None = None
    sector: str | None = None
    start: int = 0
    appositive: tuple[int, int] | None = None


def org_country(name: str) -> str | None:
    """The country an organisation's name holds ("US State Department" -> USA), if any.

    >>> org_country("US State Department"), org_country("Pakistan Army"), org_country("Apple")
    ('USA', 'PAK', None)
    """
    words = name.replace("’", "'").split()
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            phrase = " ".join(words[i:i + n])
            code = country_code(phrase) or (demonym_country(phrase) if n == 1 else None)
            if code:
                return code
    return None


def cue_country(span: Span) -> str | None:
    """The country a cue span stands for: a place's country, a demonym's, an organisation's.

    >>> import spacy
    >>> doc = spacy.blank("en")("a Pakistani official in Washington")
    >>> cue_country(Span(doc, 1, 2, "NORP")), cue_country(Span(doc, 4, 5, "GPE"))
    ('PAK', 'USA')
    """
    if span.label_ == "GPE":
        return place_country(span.text)
    if span.label_ == "NORP":
        return demonym_country(span.text)
    return org_country(span.text) if span.label_ == "ORG" else None


class SpanIndex:
    """Entity and title spans of a Doc, found by the token where they start or end."""

    def __init__(self, ents: list[Span], titles: list[TitleInfo]) -> None:
        self.by_end = {e.end: e for e in ents}
        self.by_start = {e.start: e for e in ents}
        self.title_by_reach = {t.reach: t for t in titles}
        self.title_by_start = {t.start: t for t in titles}
        self.titles = titles
        self.in_ent = {i for e in ents for i in range(e.start, e.end)}

    def cue_ending_at(self, i: int) -> Span | None:
        """The GPE/NORP/ORG entity ending at token i."""
        span = self.by_end.get(i)
        return span if span is not None and span.label_ in CUE_LABELS else None

    def cue_starting_at(self, i: int) -> Span | None:
        """The GPE/NORP/ORG entity starting at token i."""
        span = self.by_start.get(i)
        return span if span is not None and span.label_ in CUE_LABELS else None


def _title_info(doc: Doc, match: TitleMatch, ents_by_start: dict[int, Span]) -> TitleInfo:
    """A title with its complement read: "for <place>" extends it, "of <place>"/"of <org>" are cues."""
    info = TitleInfo(match.start, match.end, match.end, match.normalized, match.sector, match.gender,
                     match.head)
    i = match.end
    if i + 1 < len(doc) and word(doc[i]) in ("of", "for"):
        j = i + 2 if word(doc[i + 1]) == "the" else i + 1
        span = ents_by_start.get(j)
        if span is not None and span.label_ == "GPE" and word(doc[i]) == "for":
            info.end = info.reach = span.end
            info.normalized = f"{info.normalized} for {span.text.lower()}"
        elif span is not None and span.label_ in ("GPE", "ORG"):
            info.reach = span.end
            info.country = cue_country(span)
            info.org = span if span.label_ == "ORG" else None
    return info


def _rank_title(doc: Doc, start: int, end: int, lex: Lexicon) -> TitleInfo | None:
    """A rank spanning exactly tokens start:end, as a title."""
    found = match_rank(doc, start, lex, limit=end)
    if found is None or found[0] != end:
        return None
    rank = found[1]
    return TitleInfo(start, end, end, rank.normalized, rank.sector, None, rank.normalized, rank=True)


def _rank_ending_at(doc: Doc, pos: int, lex: Lexicon) -> TitleInfo | None:
    for start in range(max(0, pos - 4), pos):
        info = _rank_title(doc, start, pos, lex)
        if info is not None:
            return info
    return None


def _add_cues(ctx: Context, doc: Doc, pos: int, index: SpanIndex) -> None:
    """Read up to two cues left of token pos ("US", "Pakistan's", "US State Department")."""
    for _ in range(2):
        if pos > 0 and doc[pos - 1].text in _POSSESSIVE:
            pos -= 1
        cue = index.cue_ending_at(pos)
        if cue is None:
            return
        _apply_cue(ctx, cue)
        pos = cue.start


def _apply_cue(ctx: Context, cue: Span) -> None:
    if cue.label_ == "ORG" and ctx.org is None:
        ctx.org = cue
    ctx.country = ctx.country or cue_country(cue)


def left_context(doc: Doc, start: int, index: SpanIndex, lex: Lexicon | None = None) -> Context:
    """Titles, ranks, honorifics and cues before a name starting at token ``start``.

    >>> import spacy
    >>> doc = spacy.blank("en")("Pakistan army chief General Asim Munir , the US Defence Secretary , spoke .")
    >>> doc.set_ents([Span(doc, 0, 1, "GPE"), Span(doc, 4, 6, "PERSON"), Span(doc, 8, 9, "GPE")])
    >>> from newsgraph.extract.titles import find_titles
    >>> titles = find_title_infos(doc, [Span(doc, t.start, t.end) for t in find_titles(doc)], list(doc.ents))
    >>> ctx = left_context(doc, 4, SpanIndex(list(doc.ents), titles))
    >>> [t.normalized for t in ctx.titles], ctx.country, ctx.start
    (['general', 'army chief'], 'PAK', 1)
    """
    lex = lex or lexicon()
    ctx = Context(start=start)
    pos = start
    while pos > 0:
        rank = _rank_ending_at(doc, pos, lex)
        is_hon, gender = honorific_gender(doc[pos - 1], lex)
        title = index.title_by_reach.get(pos)
        if rank is not None:
            ctx.titles.append(rank)
            ctx.sector = ctx.sector or rank.sector
            pos = rank.start
        elif is_hon:
            ctx.gender = ctx.gender or gender
            pos -= 1
        elif title is not None:
            ctx.titles.append(title)
            pos = title.start
        elif ctx.titles and word(doc[pos - 1]) == "and" and index.title_by_reach.get(pos - 1):
            pos -= 1
        else:
            break
    if any(not t.rank for t in ctx.titles):
        _add_cues(ctx, doc, pos, index)
    ctx.start = pos
    return ctx


def right_apposition(doc: Doc, end: int, index: SpanIndex) -> Context | None:
    """An apposition right after a name ending at token ``end``: ", [the] [cue] title".

    >>> import spacy
    >>> doc = spacy.blank("en")("Pakistan army chief General Asim Munir , the US Defence Secretary , spoke .")
    >>> doc.set_ents([Span(doc, 0, 1, "GPE"), Span(doc, 4, 6, "PERSON"), Span(doc, 8, 9, "GPE")])
    >>> from newsgraph.extract.titles import find_titles
    >>> titles = find_title_infos(doc, [Span(doc, t.start, t.end) for t in find_titles(doc)], list(doc.ents))
    >>> ctx = right_apposition(doc, 6, SpanIndex(list(doc.ents), titles))
    >>> [t.normalized for t in ctx.titles], ctx.country, ctx.appositive
    (['secretary of defense'], 'USA', (7, 11))
    """
    if end >= len(doc) - 1 or doc[end].text != ",":
        return None
    pos = end + 1
    first = pos
    if word(doc[pos]) in _DETERMINERS:
        pos += 1
    ctx = Context(start=first)
    while (cue := index.cue_starting_at(pos)) is not None:
        _apply_cue(ctx, cue)
        pos = cue.end + (1 if cue.end < len(doc) and doc[cue.end].text in _POSSESSIVE else 0)
    title = index.title_by_start.get(pos)
    if title is None:
        return None
    ctx.titles.append(title)
    ctx.appositive = (first, title.reach)
    return ctx


#: What may follow a name that closes an apposition before it ("the army chief, General NAME, met").
_APPOSITION_CLOSERS = frozenset({",", ".", ";", ":", ")", "!", "?"})


def left_apposition(doc: Doc, start: int, end: int, index: SpanIndex) -> Context | None:
    """A description set off before a name that starts (with its ranks) at token ``start`` and ends at
    ``end``: "[the] [cue ['s]] title, NAME," is one person, as "NAME, [the] [cue] title" is ("Pakistan's
    army chief, General Asim Munir, met"). The name must close the apposition (a comma or the end of the
    sentence after it), else the comma may list people ("the minister, Ann Lee and ...").

    >>> import spacy
    >>> doc = spacy.blank("en")("Pakistan 's army chief , General Asim Munir , spoke .")
    >>> doc.set_ents([Span(doc, 0, 1, "GPE"), Span(doc, 6, 8, "PERSON")])
    >>> from newsgraph.extract.titles import find_titles
    >>> titles = find_title_infos(doc, [Span(doc, t.start, t.end) for t in find_titles(doc)], list(doc.ents))
    >>> ctx = left_apposition(doc, 5, 8, SpanIndex(list(doc.ents), titles))
    >>> [t.normalized for t in ctx.titles], ctx.country, ctx.appositive
    (['army chief'], 'PAK', (0, 4))
    """
    closed = end >= len(doc) or doc[end].text in _APPOSITION_CLOSERS
    if start < 2 or doc[start - 1].text != "," or not closed:
        return None
    title = index.title_by_reach.get(start - 1)
    if title is None or title.rank:
        return None
    ctx = Context(start=title.start, titles=[title])
    _add_cues(ctx, doc, title.start, index)
    first = title.start
    for _ in range(2):  # the cues _add_cues read: "Pakistan's", "US State Department"
        at = first - 1 if first > 0 and doc[first - 1].text in _POSSESSIVE else first
        cue = index.cue_ending_at(at)
        if cue is None:
            break
        first = cue.start
    if first > 0 and word(doc[first - 1]) in _DETERMINERS:
        first -= 1
    ctx.appositive = (first, title.reach)
    return ctx


#: Verbs that give their subject the title of their predicate ("NAME became army chief", "NAME was named
#: foreign minister", "NAME served as ambassador").
_TITLE_PREDICATE_VERBS = frozenset({"be", "become", "remain", "name", "appoint", "elect", "serve",
                                    "nominate"})


def predicate_title(span: Span, index: SpanIndex) -> TitleInfo | None:
    """The title a clause predicates of a person's name, its subject: "NAME became army chief in May" makes
    "the army chief" of a later sentence that person (an attribute, an object predicate or an ``as`` phrase
    of a copula or of naming and serving verbs).

    >>> import spacy
    >>> doc = spacy.blank("en")("Ann Lee became army chief in May .")
    >>> doc.set_ents([Span(doc, 0, 2, "PERSON")])
    >>> heads = [1, 2, 2, 4, 2, 2, 5, 2]
    >>> deps = ["compound", "nsubj", "ROOT", "compound", "attr", "prep", "pobj", "punct"]
    >>> for t, h, d in zip(doc, heads, deps):
    ...     t.head, t.dep_ = doc[h], d
    >>> doc[2].lemma_ = "become"
    >>> from newsgraph.extract.titles import find_titles
    >>> titles = find_title_infos(doc, [Span(doc, t.start, t.end) for t in find_titles(doc)], list(doc.ents))
    >>> predicate_title(doc[0:2], SpanIndex(list(doc.ents), titles)).normalized
    'army chief'
    """
    root = span.root
    verb = root.head
    if root.dep_ not in ("nsubj", "nsubjpass") or verb.lemma_.lower() not in _TITLE_PREDICATE_VERBS:
        return None
    preds = [c for c in verb.children if c.dep_ in ("attr", "oprd")]
    preds += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children
              if g.dep_ == "pobj"]
    for pred in preds:
        title = next((t for t in index.titles if t.start <= pred.i < t.end and not t.rank), None)
        if title is not None:
            return title
    return None


def merge_title_cues(ctx: Context) -> None:
    """Take country and organisation from the titles' complements when the context has none.

    >>> ctx = Context(titles=[TitleInfo(0, 2, 4, "minister for defence", "GOV", None, "minister",
    ...                                 country="PAK")])
    >>> merge_title_cues(ctx)
    >>> ctx.country, ctx.sector
    ('PAK', 'GOV')
    """
    for t in ctx.titles:
        ctx.country = ctx.country or t.country
        ctx.org = ctx.org or t.org
        ctx.gender = ctx.gender or t.gender
    non_rank = [t.sector for t in ctx.titles if not t.rank and t.sector]
    ctx.sector = ctx.sector or (non_rank[0] if non_rank else None)


def find_title_infos(doc: Doc, spans: list[Span], ents: list[Span],
                     lex: Lexicon | None = None) -> list[TitleInfo]:
    """The TitleInfo of each preset TITLE span (re-matched to get its head and normalized form).

    >>> import spacy
    >>> doc = spacy.blank("en")("Pakistan army chief General Asim Munir , the US Defence Secretary , spoke .")
    >>> doc.set_ents([Span(doc, 0, 1, "GPE"), Span(doc, 4, 6, "PERSON"), Span(doc, 8, 9, "GPE")])
    >>> from newsgraph.extract.titles import find_titles
    >>> titles = find_title_infos(doc, [Span(doc, t.start, t.end) for t in find_titles(doc)], list(doc.ents))
    >>> [(t.normalized, t.sector, t.head) for t in titles]
    [('army chief', 'MIL', 'chief'), ('secretary of defense', 'GOV', 'secretary')]
    """
    lex = lex or lexicon()
    by_start = {e.start: e for e in ents}
    infos: list[TitleInfo] = []
    for span in spans:
        match = match_title(doc, span.start, lex)
        if match is None or match.end != span.end:
            match = TitleMatch(span.start, span.end, word(span[-1]), span.text.lower())
        infos.append(_title_info(doc, match, by_start))
    return infos
