"""Temporal expressions normalized to TIMEX3 values against the article's date (the time stage).

:func:`extract_timexes` runs the rule grammar of :mod:`newsgraph.extract.time_grammar` over the article
text and resolves every expression against the document creation time (DCT):

- the DCT is ``article.published``; without it, :func:`~newsgraph.extract.time_dct.infer_dct` reads a
  date line, a wire dateline or the latest reported date (``anchor = "inferred-dct"``; a day-precise
  guess is written to ``published`` with ``published_inferred = True``);
- the tense of the clause (from the dependency parse) decides what a weekday or a date without a year
  refers to: past tense → the latest such day up to the DCT, future (will, is set to, an event "to be
  held") → the next one, modal or present → the nearest one for dates (weekdays stay in the past);
- inside a quotation whose statement day the text gives ("..., it said in a press release yesterday"),
  deictic words (today, this week, Monday) are resolved against that day (``anchor = "quote"``);
- absolute expressions ("September 6, 2023", "in 2021") have ``anchor = "text"``; relative ones
  ``dct``; with no date at all, relative values stay underspecified (``XXXX-XX-XX``, ``anchor = "none"``).

Events are dated from these timexes by :mod:`newsgraph.extract.event_dates`.

>>> normalize("Thursday", dt.date(2023, 12, 15))
('DATE', '2023-12-14')
>>> normalize("the first half of the current year", dt.date(2023, 10, 5))
('DATE', '2023-H1')
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from newsgraph.extract import time_calendar as cal
from newsgraph.extract.time_dct import DctGuess, infer_dct
from newsgraph.extract.time_grammar import (
    Direction,
    Found,
    find_timexes,
    resolve,
    sentence_bounds,
    text_direction,
)
from newsgraph.extract.time_lexicon import LEX
from newsgraph.extract.time_normalize import Ref
from newsgraph.model import Article, PublishedFrom, Timex
from newsgraph.nlp.doctext import children_of, doc_text

granularity = cal.granularity

_QUOTE = re.compile(r"“[^”]{3,}?”|\"[^\"\n]{3,}?\"|``.{3,}?''", re.DOTALL)
_SPEECH = re.compile(r"(?i)\b(?:said|says|say|told|tells|stated|states|announced|announces|added|adds|wrote|"
                     r"writes|tweeted|posted|statement|release|remarks|briefing|interview)\b")
_FUTURE_HEADS = frozenset(LEX.words("future_infinitive_heads"))
_PLAN_HEADS = frozenset(LEX.words("future_in_past_heads"))
_CONFIDENCE = {"text": 0.95, "dct": 0.85, "quote": 0.8, "inferred-dct": 0.6, "none": 0.4}


def normalize(text: str, dct: dt.date | None) -> tuple[str, str]:
    """TIMEX3 type and value of one expression, relative to a document creation time (past tense).

    >>> normalize("November last year", dt.date(2023, 10, 5))
    ('DATE', '2022-11')
    >>> normalize("whenever", None)
    ('DATE', 'XXXX-XX-XX')
    """
    found = find_timexes(text, Ref(dct))
    if not found:
        return "DATE", "XXXX-XX-XX"
    reading = max(found, key=lambda f: f.end - f.start).reading
    return reading.type, reading.value


# ---------------------------------------------------------------- tense from the parse


def _governor(doc: Doc, start: int, end: int) -> tuple[Token | None, list[Token]]:
    """The verb a span hangs from in the parse (the span's own head walked up to a verb), and the nouns the
    way up passes through ("Tuesday's shooting", "after a shooting on Tuesday")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None, []
    tok: Token = span.root
    nouns: list[Token] = []
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("aux", "auxpass"):
            return tok, nouns
        if tok.head is tok:
            return None, nouns
        tok = tok.head
        if tok.pos_ == "NOUN" and not start <= tok.idx < end:
            nouns.append(tok)
    return None, nouns


def progressive(verb: Token) -> bool:
    """A present progressive ("are investigating"): it tells what goes on now, or a plan."""
    return verb.tag_ == "VBG" and any(a.dep_ == "aux" and a.tag_ in ("VBZ", "VBP") for a in children_of(verb))


#: Prepositions whose object names an act before the one they join ("will be charged over Tuesday's killing",
#: "is due in court after a stabbing on Tuesday").
CAUSE_PREPS: frozenset[str] = frozenset({"over", "after", "since", "following"})


def _earlier_act(noun: Token) -> bool:
    """Whether a noun is the object of a preposition of cause or sequence (:data:`CAUSE_PREPS`)."""
    return noun.dep_ == "pobj" and noun.head.lower_ in CAUSE_PREPS


def verb_direction(verb: Token, depth: int = 0) -> str:
    """``past``, ``future`` or ``unknown`` for a verb, from its tag and auxiliaries.

    will/shall → future; "would" in what a past verb of saying reports → future (:func:`_reported_plan`);
    other modals → unknown; an infinitive under "set", "due", "plan"... (the lexicon's
    ``future_infinitive_heads``) or modifying a noun ("an event to be held") → future; simple past or a bare
    participle → past; present progressive ("is meeting") → future; anything else (present, perfect) →
    unknown.

    >>> import spacy
    >>> doc = spacy.blank("en")("Munir met Blinken")
    >>> doc[1].tag_ = "VBD"
    >>> verb_direction(doc[1])
    'past'
    """
    auxes = [c for c in children_of(verb) if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & {"will", "shall", "'ll", "wo"}:
        return "future"
    if any(a.tag_ == "MD" for a in auxes):
        return "future" if _would_plan(verb, words) else "unknown"
    if "to" in words:
        if verb.dep_ in ("acl", "relcl") or verb.head.lemma_.lower() in _FUTURE_HEADS:
            return "future"
        head = verb.head
        return verb_direction(head, depth + 1) if head is not verb and depth < 2 else "unknown"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if verb.tag_ == "VBG" and any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        return "future"
    return "past" if verb.tag_ == "VBN" and not auxes else "unknown"


def _would_plan(verb: Token, auxes: set[str]) -> bool:
    """Whether a verb with these auxiliaries is a plan reported in the past: "would", not "would have"."""
    return bool(auxes & {"would", "'d"}) and "have" not in auxes and _reported_plan(verb)


def _reported_plan(verb: Token) -> bool:
    """Whether a verb with "would" tells a plan reported in the past ("the union said it would strike on
    Thursday", "warned that it would act"): the future seen from the saying (the lexicon's
    ``future_in_past_heads``), so its weekday is the next one; "would have" and other clauses stay undated.
    """
    head = verb.head
    return verb.dep_ == "ccomp" and head.lemma_.lower() in _PLAN_HEADS and (
        head.tag_ == "VBD" or any(a.tag_ == "VBD" for a in children_of(head) if a.dep_ in ("aux", "auxpass")))


def _since_point(doc: Doc, start: int, end: int) -> bool:
    """Whether a span hangs from "since" on its way up to its verb ("held since his arrest in May", "since
    May"): "since" counts from a point before the time it is said of, so the span tells the past."""
    span = doc.char_span(start, end, alignment_mode="expand")
    tok: Token | None = span.root if span is not None and len(span) else None
    for _ in range(6):
        if tok is None or (tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("aux", "auxpass")):
            return False
        if tok.lower_ == "since" and tok.dep_ == "prep":
            return True
        tok = tok.head if tok.head is not tok else None
    return False


def _parse_direction(doc: Doc) -> Direction:
    """Tense direction of the clause around a character span, from the dependency parse. A present
    progressive says nothing of the time of an act a noun names ("Police are investigating Tuesday's
    shooting", "are hunting a gunman after a shooting on Tuesday": the Tuesday before, not the next one;
    but "are meeting on Friday": the next); nor does any tense of an act told as the cause or the
    antecedent of another (:data:`CAUSE_PREPS`: "will be charged over Tuesday's killing"). A span under
    "since" tells the past, whatever the verb (:func:`_since_point`)."""
    fallback = text_direction(doc_text(doc))

    def direction(start: int, end: int) -> str:
        verb, nouns = _governor(doc, start, end)
        if verb is None:
            return fallback(start, end)
        if _since_point(doc, start, end):
            return "past"
        if nouns and (progressive(verb) or any(_earlier_act(n) for n in nouns)):
            return "unknown"
        return verb_direction(verb)

    return direction


# ---------------------------------------------------------------- document creation time


@dataclass(frozen=True, slots=True)
class Anchor:
    """The reference an article's relative expressions are resolved against, and its label."""

    ref: Ref
    label: str
    guess: DctGuess | None = None


def article_anchor(article: Article, infer: bool = True) -> Anchor:
    """The DCT of an article: ``published``, else an inferred one (written back when day-precise). A
    guess from the latest reported date (``bounds``) outside the lead is only a lower bound: it is still
    written back (undated events fall back to it, and cross-article merging reads it as such), but it
    anchors at the year's precision, so a weekday of an undated report stays unplaced ("on Monday" in a text
    with neither a publication date nor a dateline gives no day). It also records how the date was
    obtained in ``article.published_from`` (``given``, or the kind and evidence of the guess; a guess coarser
    than a day is recorded though ``published`` stays empty).

    >>> article_anchor(Article.new("x", published="2023-12-15")).ref.date
    datetime.date(2023, 12, 15)
    >>> a = Article.new("Dec. 15, 2023\\nTalks ended on Thursday.")
    >>> (article_anchor(a).label, a.published, a.published_inferred)
    ('inferred-dct', '2023-12-15', True)
    >>> (a.published_from.kind, a.published_from.text)
    ('dateline', 'Dec. 15, 2023')
    """
    parsed = cal.parse_iso(article.published) if article.published else None
    if parsed is not None:
        if article.published_from is None and not article.published_inferred:
            article.published_from = PublishedFrom("given", article.published)
        return Anchor(Ref(parsed[0], parsed[1]), "inferred-dct" if article.published_inferred else "dct")
    guess = infer_dct(article.text, article.url) if infer else None
    if guess is None:
        return Anchor(Ref(None, "none"), "none")
    article.published_from = published_from(article.text, guess)
    if guess.known == "day":
        article.published, article.published_inferred = guess.value, True
    background = guess.known == "day" and _lead_deixis(article.text, guess)
    if guess.source == "bounds" and (not _in_lead(article.text, guess) or background):
        return Anchor(Ref(guess.date, "year", bound=True), "inferred-dct", guess)
    return Anchor(Ref(guess.date, guess.known), "inferred-dct", guess)


def published_from(text: str, guess: DctGuess) -> PublishedFrom:
    """The evidence of an inferred publication date as the article keeps it: no span for an address given
    as the article's url (not in its text).

    >>> published_from("June 27, 2013\\nTalks.", DctGuess("2013-06-27", "day", "dateline", 0, 13))
    PublishedFrom(kind='dateline', value='2013-06-27', start=0, end=13, text='June 27, 2013')
    >>> published_from("Talks.", DctGuess("2013-06-27", "day", "url", 0, 0)).start is None
    True
    """
    if guess.source == "url" and guess.start == guess.end:
        return PublishedFrom(guess.source, guess.value)
    return PublishedFrom(guess.source, guess.value, guess.start, guess.end, text[guess.start:guess.end])


def _in_lead(text: str, guess: DctGuess) -> bool:
    """Whether a date lies in the headline or the lead (the first sentence of one of the first three lines),
    which date the news reported ("Fresh riots were reported on Saturday December 13 2008 ..."); a date
    further down dates some earlier act ("He escaped on March 11, 2005"), only a lower bound of the
    publication day.

    >>> _in_lead("Riots go on\\nRiots on May 2, 2008 spread. Police came.",
    ...          DctGuess("2008-05-02", "day", "bounds", 21, 32))
    True
    >>> _in_lead("Riots go on. He fled on May 2, 2008.", DctGuess("2008-05-02", "day", "bounds", 23, 34))
    False
    """
    left = sentence_bounds(text, guess.start, guess.end)[0]
    starts = [0, *(m.end() for m in re.finditer(r"\n\s*", text))][:3]
    return left in starts


def _lead_deixis(text: str, guess: DctGuess) -> bool:
    """Whether the lead dates its news by a weekday or "yesterday" apart from the guessed day (not "eight
    days ago", which counts from the date given): news
    writing dates this week's acts relative to the day of publication, so a full date with its year in the
    same lead dates an earlier act ("was sentenced Saturday ... for the crimes he committed on March 11,
    2005"), a lower bound of the publication day only.

    >>> _lead_deixis("He was jailed Friday for a raid on May 2, 2008.",
    ...              DctGuess("2008-05-02", "day", "bounds", 36, 47))
    True
    >>> _lead_deixis("Riots on Saturday, May 2, 2008 spread.",
    ...              DctGuess("2008-05-02", "day", "bounds", 19, 30))
    False
    >>> _lead_deixis("Riots on May 2, 2008 over a death 8 days ago.",
    ...              DctGuess("2008-05-02", "day", "bounds", 9, 20))
    False
    """
    starts = [0, *(m.end() for m in re.finditer(r"\n\s*", text))][:3]
    for start in starts:
        _, end = sentence_bounds(text, start, start)
        for f in find_timexes(text[start:end], Ref(None)):
            a, b = start + f.start, start + f.end
            if f.rule in ("weekday", "deictic") and f.reading.value.startswith("XXXX-XX-XX") \
                    and (b + 3 < guess.start or a > guess.end):
                return True
    return False


# ---------------------------------------------------------------- quotations


def _statement_day(text: str, found: list[Found], qstart: int, qend: int) -> str | None:
    """The day of the statement a quotation reports, when the reporting clause dates it."""
    left, _ = sentence_bounds(text, qstart, qstart)
    _, right = sentence_bounds(text, qend - 1, qend)
    outside = text[left:qstart] + " " + text[qend:right]
    if not _SPEECH.search(outside):
        return None
    days = [f for f in found if left <= f.start < right and not qstart <= f.start < qend
            and granularity(f.reading.value) == "day" and _FULL_DAY.fullmatch(f.reading.value)]
    return days[0].reading.value if len(days) == 1 else None


#: A fully specified calendar day (``2023-10-04``; not ``2010-XX-XX``): only such a day can anchor a quote.
_FULL_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _quote_anchored(text: str, found: list[Found], direction: Direction) -> dict[int, Found]:
    """Deictic expressions inside quotations re-resolved on the statement's own day, by position."""
    out: dict[int, Found] = {}
    for m in _QUOTE.finditer(text):
        day = _statement_day(text, found, m.start(), m.end())
        if day is None:
            continue
        ref_day = dt.date.fromisoformat(day)
        for i, f in enumerate(found):
            if m.start() <= f.start and f.end <= m.end() and f.reading.deictic and f.rule != "range":
                reading = resolve(f.rule, f.groups, Ref(ref_day, "day", direction(f.start, f.end)))
                if reading is not None:
                    out[i] = replace(f, reading=reading)
    return out


def _plan_anchored(doc: Doc, found: list[Found]) -> dict[int, Found]:
    """Relative dates of a plan reported in the past re-resolved forward from the saying's own day, when the
    saying has one ("said on Monday that it would strike on Thursday": the Thursday after that Monday), by
    position; a saying without a day leaves them to the publication date."""
    verbs = [_governor(doc, f.start, f.end)[0] for f in found]
    out: dict[int, Found] = {}
    for i, (f, verb) in enumerate(zip(found, verbs, strict=True)):
        if verb is None or not f.reading.relative or f.rule == "range":
            continue
        if not _would_plan(verb, {c.lower_ for c in children_of(verb) if c.dep_ in ("aux", "auxpass")}):
            continue
        days = {g.reading.value for g, v in zip(found, verbs, strict=True) if v is not None
                and v.i == verb.head.i and _FULL_DAY.fullmatch(g.reading.value)}
        if len(days) == 1:
            reading = resolve(f.rule, f.groups, Ref(dt.date.fromisoformat(days.pop()), "day", "future"))
            if reading is not None:
                out[i] = replace(f, reading=reading)
    return out


# ---------------------------------------------------------------- the stage


def _timex(index: int, f: Found, label: str) -> Timex:
    anchor = label if f.reading.relative else "text"
    return Timex(id=f"t{index}", start=f.start, end=f.end, text=f.text, type=f.reading.type,
                 value=f.reading.value, begin=f.reading.begin, end_value=f.reading.end, anchor=anchor,
                 confidence=_CONFIDENCE[anchor])


def timexes_of(text: str, anchor: Anchor, direction: Direction | None = None,
               doc: Doc | None = None) -> list[Timex]:
    """The timexes of a text resolved against an anchor (the stage without spaCy), those of a quotation on
    its statement's day, and with a parse (``doc``) those of a plan reported in the past on its saying's day
    (:func:`_plan_anchored`).

    >>> anchor = Anchor(Ref(dt.date(2023, 10, 5)), "dct")
    >>> [(t.text, t.value, t.anchor) for t in timexes_of("On Monday he spoke. In 2021 it ended.", anchor)]
    [('Monday', '2023-10-02', 'dct'), ('2021', '2021', 'text')]
    """
    direction = direction or text_direction(text)
    found = find_timexes(text, anchor.ref, direction)
    requoted = _quote_anchored(text, found, direction) if anchor.ref.date else {}
    if doc is not None:
        requoted = _plan_anchored(doc, found) | requoted
    out: list[Timex] = []
    for i, f in enumerate(found):
        label = anchor.label
        if i in requoted:
            f, label = requoted[i], "quote"
        out.append(_timex(len(out) + 1, f, label))
    return out


def extract_timexes(doc: Doc, article: Article) -> None:
    """Stage function: fill ``article.timexes`` (and an inferred ``published`` when missing).

    Without a parse, tense comes from the words around each expression.

    >>> import spacy
    >>> art = Article.new("Munir met Blinken on Thursday and will visit Kabul next month.",
    ...                   published="2023-12-15")
    >>> extract_timexes(spacy.blank("en")(art.text), art)
    >>> [(t.text, t.value) for t in art.timexes]
    [('Thursday', '2023-12-14'), ('next month', '2024-01')]
    """
    anchor = article_anchor(article)
    parsed = doc.has_annotation("DEP")
    direction = _parse_direction(doc) if parsed else text_direction(doc_text(doc))
    article.timexes = timexes_of(article.text, anchor, direction, doc if parsed else None)
