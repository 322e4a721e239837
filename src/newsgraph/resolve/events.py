"""Merging event reports across articles: which global event one article's event is a report of.

Two outlets reporting the same meeting should give one event with two reports, not two events. The store
calls this module for every event of an article it writes, after the article's entities are linked to
global entities:

1. It builds an :class:`EventReport` with :func:`report_for` (type, mode, TIMEX3 date value, the *global*
   ids of the participants and place, date fallback, modality, outlet, tolls and wording).
2. It fetches candidates (blocking, :func:`is_candidate`): global events of the same type that share a
   participant or the place (for violence and coercion: any of the type) within the date window
   (:func:`search_days`), and hands them in as plain :class:`EventCandidate` rows.
3. :func:`merge_event` decides: a :class:`Merge` into one candidate, or ``Merge(None, ...)`` for a new
   global event, always with a human-readable ``reason`` the store keeps (``event_reports.link_reason``
   and ``events.merge_reason``).

The functions are pure; better scoring, explanations and merge/split belong here. Merging is greedy and
incremental (as the store's, which merges articles as they come): a report joins the best event merged so
far, compared with the union of its reports' participants, so the order articles come in decides some
clusters (``python -m newsgraph.evaluate.events --part merge --orders N`` measures by how much).

Rules: the same PLOVER type; facts merge with facts only (a question or a plan is not the event it asks
about); the same mode when both have one (a call is not a meeting); enough shared participants (two, or all
of the smaller side when it has fewer) -- or, when one report names no participants, the same place; both
dated, the dates no more than ``window_days`` apart (a month-valued date overlaps every day of that month;
a month or a year must overlap the other date: the window widens days only).
Violence and coercion with no date on one side are one event when they share a participant, or the place
with the toll or the wording (and no known place differs); with no date on either side, also when they
share the place, the toll or the wording.
Wording never stands in for participants when both reports name some and share none. Of several events a
report could join, it joins the one that has most of its participants, then the same date, then the place.
A date the article did not give (``date_fallback``: the publication date) only says the event happened in
the ``FALLBACK_DAYS`` before it. A date carried from another mention of the act (``date_carried``: "the
raid" dated by an earlier sentence) keeps its window, but is weaker evidence: the same carried day never
alone joins violence that shares no participant (:func:`stated_same_day`), and an event's date from its
reports' own sentences replaces a carried one. A date without a year (``XXXX-03-14``) is its month and
day in the other report's year (:mod:`newsgraph.resolve.event_dates`). Violence and coercion that share
only attribute-like participants (a nationality: "Israeli") in two named places are two acts, and legal
acts of two states against one target are two, and a shared nationality alone never stands in for a
missing date (:mod:`newsgraph.resolve.event_parties`). Corroboration is
the number of distinct outlets that reported an event.

>>> r = EventReport("CONSULT", "meeting", "2023-12-14", frozenset({"E1", "E2"}))
>>> c = EventCandidate("V1", "CONSULT", "meeting", "2023-12-14", frozenset({"E1", "E2", "E3"}))
>>> merge_event(r, [c]).event_id
'V1'
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from newsgraph.extract.countries import city_country
from newsgraph.model import FACTUAL, Article, Event
from newsgraph.resolve.event_dates import FALLBACK_DAYS as FALLBACK_DAYS
from newsgraph.resolve.event_dates import coarse_date, gap_days, known_date
from newsgraph.resolve.event_dates import date_bounds as date_bounds
from newsgraph.resolve.event_dates import days_apart as days_apart
from newsgraph.resolve.event_dates import narrower_date as narrower_date
from newsgraph.resolve.event_parties import (
    attribute_ids,
    event_sites,
    global_attributes,
    identifying,
    places_apart,
    sender_countries,
    senders_differ,
    targets_differ,
)

#: How many days apart two reports' dates may be and still be the same event.
WINDOW_DAYS = 1
#: Types of material conflict (PLOVER quad 4): one shared participant identifies such an event on a day.
MATERIAL_CONFLICT: frozenset[str] = frozenset({"PROTEST", "MOBILIZE", "COERCE", "ASSAULT"})
#: Legal acts against one party: one shared participant (the accused) identifies them on a given day.
LEGAL: frozenset[str] = frozenset({"ACCUSE", "SANCTION"})
#: Overlap of the content words of two evidence sentences that identifies a violent event without shared
#: participants (shared words over the smaller set).
WORDS_MIN = 0.4
#: Without a date on one side, similar wording must also share at least this many content words.
WORDS_SHARED_UNDATED = 3
_STOP = frozenset([
    "about", "after", "again", "against", "also", "among", "been", "before", "being", "between", "both",
    "could", "during", "each", "from", "have", "having", "here", "into", "just", "more", "most", "only",
    "other", "over", "said", "says", "such", "than", "that", "their", "them", "then", "there", "these",
    "they", "this", "those", "through", "under", "until", "very", "were", "what", "when", "where", "which",
    "while", "will", "with", "would", "year", "years", "week", "people", "police", "officials", "told",
    "according",
])
_WORD = re.compile(r"[a-z][a-z-]{3,}")
#: Words after a surname that are not it ("Jr.", "III").
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


@dataclass(frozen=True, slots=True)
class EventReport:
    """One article's event as resolution sees it: participants and place as global entity ids."""

    type: str
    mode: str | None = None
    date: str | None = None
    participants: frozenset[str] = frozenset()
    place: str | None = None
    date_fallback: bool = False
    modality: str = "asserted"
    outlet: str | None = None
    counts: frozenset[tuple[str, int]] = frozenset()
    words: frozenset[str] = frozenset()
    date_carried: bool = False
    place_name: str | None = None
    targets: frozenset[str] = frozenset()
    attributes: frozenset[str] = frozenset()
    senders: frozenset[str] = frozenset()
    sites: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class EventCandidate:
    """A global event the store offers as a possible match (``reports``: how many reports it has)."""

    id: str
    type: str
    mode: str | None = None
    date: str | None = None
    participants: frozenset[str] = frozenset()
    place: str | None = None
    reports: int = 1
    modality: str = "asserted"
    outlets: frozenset[str] = frozenset()
    counts: frozenset[tuple[str, int]] = frozenset()
    words: frozenset[str] = frozenset()
    date_carried: bool = False
    place_name: str | None = None
    date_fallback: bool = False
    targets: frozenset[str] = frozenset()
    attributes: frozenset[str] = frozenset()
    senders: frozenset[str] = frozenset()
    sites: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Merge:
    """The decision: the global event id (None: make a new one), a reason and a score in [0, 1]."""

    event_id: str | None
    reason: str
    score: float = 0.0


def _conflict(report: EventReport, cand: EventCandidate, window_days: int) -> str | None:
    """Why a candidate cannot be the event reported, or None."""
    if cand.type != report.type:
        return f"type {cand.type} != {report.type}"
    if (report.modality in FACTUAL) != (cand.modality in FACTUAL):
        return f"modality {cand.modality} != {report.modality}"
    if report.mode and cand.mode and report.mode != cand.mode:
        return f"mode {cand.mode} != {report.mode}"
    if call_and_meeting(report, cand):
        return "a phone call is not a meeting in a place"
    if report.type in LEGAL and senders_differ(report.senders, cand.senders):
        return f"senders {', '.join(sorted(cand.senders))} != {', '.join(sorted(report.senders))}"
    shared = len(report.participants & cand.participants)
    need = min(_needed(report.type), len(report.participants), len(cand.participants))
    place = _same_place(report, cand)
    if shared and _attributes_only(report, cand) and _places_apart(report, cand):
        return (f"only attribute-like participants shared, places {', '.join(sorted(cand.sites))} != "
                f"{', '.join(sorted(report.sites))}")
    if shared == 0 and report.type in MATERIAL_CONFLICT and places_differ(report, cand):
        return f"places {cand.place_name or cand.place} != {report.place_name or report.place}"
    if shared == 0 and report.type in MATERIAL_CONFLICT and targets_differ(report.targets, cand.targets):
        return f"named targets {', '.join(sorted(cand.targets))} != {', '.join(sorted(report.targets))}"
    if (
        need
        and shared < need
        and not (report.type in MATERIAL_CONFLICT and (place or _other_evidence(report, cand, wording=False)))
    ):
        return f"fewer than {need} shared participants"
    if need == 0 and not (place or _other_evidence(report, cand)):
        return "no participants to compare"
    gap = report_gap(report, cand.date, cand.date_fallback)
    by_party = 0 if _attributes_only(report, cand) else shared  # a nationality does not stand in for a date
    if gap is None and not _undated_but_same(report, cand, by_party):
        return "date unknown"
    if gap is None:
        return None
    if gap > (0 if coarse_date(report.date) or coarse_date(cand.date) else window_days):
        return f"dates {gap} days apart"
    return None


def _attributes_only(report: EventReport, cand: EventCandidate) -> bool:
    """Whether violence or coercion shares only attribute-like participants ("Israeli"), which do not
    identify the act against a place that differs (:mod:`newsgraph.resolve.event_parties`)."""
    shared = report.participants & cand.participants
    return report.type in MATERIAL_CONFLICT and not identifying(shared, report.attributes | cand.attributes)


def _places_apart(report: EventReport, cand: EventCandidate) -> bool:
    return places_apart((report.sites, report.words), (cand.sites, cand.words))


def _undated_but_same(report: EventReport, cand: EventCandidate, shared: int) -> bool:
    """Violence or coercion with no date on one side is still the same event when no known place differs
    and it shares a participant (``shared``: none when it shares only nationalities, which many acts of
    any day share: :func:`_attributes_only`), or the place with the toll or similar wording (with at least
    ``WORDS_SHARED_UNDATED`` content words in common: a town sees many acts of a type over the years);
    with no date on either side, also the place alone, or the toll or the wording alone.

    >>> bomb = EventReport("ASSAULT", "explosives", None, place="E5", counts=frozenset({("killed", 3)}))
    >>> _undated_but_same(bomb, EventCandidate("V1", "ASSAULT", "explosives", "2008-12-12", place="E5",
    ...                                        counts=frozenset({("killed", 3)})), 0)
    True
    >>> _undated_but_same(bomb, EventCandidate("V2", "ASSAULT", "explosives", "2008-12-12", place="E5"), 0)
    False
    """
    if report.place and cand.place and report.place != cand.place:
        return False
    if tolls_differ(report.counts, cand.counts):
        return False
    if report.type in LEGAL:
        return shared > 0
    if report.type not in MATERIAL_CONFLICT:
        return False
    if shared > 0:
        return True
    wording = (
        similar_words(report.words, cand.words) >= WORDS_MIN
        and len(report.words & cand.words) >= WORDS_SHARED_UNDATED
    )
    if known_date(report.date) or known_date(cand.date):
        return _same_place(report, cand) and (bool(report.counts & cand.counts) or wording)
    if _same_place(report, cand):
        return True
    return bool(report.counts & cand.counts) or wording


def call_and_meeting(report: EventReport, cand: EventCandidate) -> bool:
    """Whether one side is a phone call and the other a consultation of no mode held in a place: "met in
    Berlin" says the two were together, which a call on the same day is not (modes that differ already
    keep "spoke by phone" apart from "visited"; a "held talks" with no place may have been by phone).

    >>> met = EventCandidate("V1", "CONSULT", None, "2024-03-14", place="E9")
    >>> call_and_meeting(EventReport("CONSULT", "phone", "2024-03-14"), met)
    True
    >>> call_and_meeting(EventReport("CONSULT", "phone"), EventCandidate("V2", "CONSULT"))
    False
    """
    if report.mode == "phone" and cand.mode is None:
        return cand.place is not None
    return cand.mode == "phone" and report.mode is None and report.place is not None


def places_differ(report: EventReport, cand: EventCandidate) -> bool:
    """Whether two reports put the act in two cities neither of which the other's wording names: a bomb
    in Peshawar is not a bomb in Karachi, whatever the toll, but "the Gulshan district of Dhaka" and
    "Dhaka" are one place told at two levels (the district's report names the city). Only two cities of
    the place table are compared: a country, a state, a district, a street or a name the table lacks may
    hold the other place ("Greece" and "Athens", "Mich." and "Detroit").

    >>> peshawar = EventReport("ASSAULT", place="E1", place_name="Peshawar", words=frozenset({"bomb"}))
    >>> places_differ(peshawar, EventCandidate("V1", "ASSAULT", place="E2", place_name="Karachi"))
    True
    >>> dhaka = EventCandidate("V2", "ASSAULT", place="E3", place_name="Dhaka", words=frozenset({"bomb"}))
    >>> places_differ(EventReport("ASSAULT", place="E4", place_name="Gulshan"), dhaka)
    False
    >>> places_differ(peshawar, EventCandidate("V3", "ASSAULT", place="E5", place_name="Pakistan"))
    False
    """
    if not report.place or not cand.place or report.place == cand.place:
        return False
    if not (city_country(report.place_name or "") and city_country(cand.place_name or "")):
        return False  # a country, region, street or unknown name may hold the other place
    mine, theirs = content_words(report.place_name or ""), content_words(cand.place_name or "")
    return not (mine and mine <= cand.words) and not (theirs and theirs <= report.words)


def tolls_differ(a: frozenset[tuple[str, int]], b: frozenset[tuple[str, int]]) -> bool:
    """Whether two undated reports give different numbers for the same count and none in common ("captured
    23 pirates" is not "captured 26 pirates" when no date tells them apart).

    >>> tolls_differ(frozenset({("arrested", 23)}), frozenset({("arrested", 26)}))
    True
    >>> tolls_differ(frozenset({("arrested", 23), ("killed", 2)}), frozenset({("killed", 2)}))
    False
    """
    if a & b:
        return False
    kinds = {k for k, _ in a} & {k for k, _ in b}
    return bool(kinds)


def _other_evidence(report: EventReport, cand: EventCandidate, wording: bool = True) -> bool:
    """For violence and coercion, what identifies an event without shared participants: the same toll
    ("three killed"), similar wording, or, on the same day given by the text, the same mode.

    Wording counts only when ``wording`` is set: when one side names no participants. Two reports that
    both name participants and share none are not joined on wording alone ("police arrested NAME on
    murder charges" is not another outlet's "police arrested NAME2 in a double murder"; the merged event's
    words, a union over its reports, only grow and would draw in every similar story).

    >>> a = EventReport("COERCE", "arrest", None, frozenset({"E1"}), words=frozenset({"arrested", "murder"}))
    >>> c = EventCandidate("V1", "COERCE", "arrest", None, frozenset({"E2"}), words=a.words)
    >>> _other_evidence(a, c), _other_evidence(a, c, wording=False)
    (True, False)
    """
    if report.type not in MATERIAL_CONFLICT:
        return False
    if report.counts and report.counts & cand.counts:
        return True
    if wording and similar_words(report.words, cand.words) >= WORDS_MIN:
        return True
    same_day = stated_same_day(report, cand)
    return same_day and report.mode is not None and report.mode == cand.mode


def stated_same_day(report: EventReport, cand: EventCandidate) -> bool:
    """Whether both sides put the event on one day their own texts state: neither date a publication date
    (``date_fallback``) nor carried from another mention (``date_carried``). A carried date is weaker
    evidence (a definite noun's "the raid" may refer back to another raid than the one the text dated), so
    it never alone joins reports that share no participant.

    >>> from dataclasses import replace
    >>> r = EventReport("COERCE", "raid", "2023-12-10")
    >>> c = EventCandidate("V1", "COERCE", "raid", "2023-12-10")
    >>> stated_same_day(r, c), stated_same_day(replace(r, date_carried=True), c)
    (True, False)
    >>> stated_same_day(r, replace(c, date_carried=True))
    False
    """
    if report.date_fallback or report.date_carried or cand.date_carried or report.date is None:
        return False
    return len(report.date) >= 10 and report.date[:10] == (cand.date or "")[:10]


def _needed(type_: str) -> int:
    """Shared participants needed: two for meetings and other exchanges between parties (Munir meeting
    Blinken is not Munir meeting Austin); one for violence and coercion, whose victim or perpetrator on a
    given day is enough, and for charges and convictions, whose accused on a given day is enough (the court,
    prosecutor or police who charge are named differently by each outlet, or not at all)."""
    return 1 if type_ in MATERIAL_CONFLICT or type_ in LEGAL else 2


def _same_place(report: EventReport, cand: EventCandidate) -> bool:
    return report.place is not None and report.place == cand.place


def report_gap(report: EventReport, date: str | None, fallback: bool = False) -> int | None:
    """Days between a report's date and another date; a fallback date (the report's, or the other when
    ``fallback``: an event only a publication date dates so far) stands for the week before it, whichever
    report came first.

    >>> report_gap(EventReport("ASSAULT", date="2023-12-15", date_fallback=True), "2023-12-10")
    0
    >>> report_gap(EventReport("CONSULT", date="2023-12-14"), "2023-12-16", fallback=True)
    0
    """
    return gap_days(report.date, report.date_fallback, date, fallback)


def is_candidate(report: EventReport, cand: EventCandidate) -> bool:
    """Blocking, shared by the store and :class:`EventIndex`: whether :func:`merge_event` could accept a
    global event at all -- the same type and a shared participant or the same place, or, for violence and
    coercion, the type alone (the date window and :func:`merge_event` decide the rest); when neither side
    is dated, violence and coercion with nothing shared need the toll or ``WORDS_SHARED_UNDATED`` content
    words in common, and other types never merge without a date.

    >>> r = EventReport("ASSAULT", date="2023-12-14")
    >>> is_candidate(r, EventCandidate("V1", "ASSAULT")), is_candidate(r, EventCandidate("V2", "COERCE"))
    (True, False)
    >>> is_candidate(EventReport("CONSULT", place="E9"), EventCandidate("V3", "CONSULT", place="E9"))
    False
    >>> is_candidate(EventReport("ASSAULT", counts=frozenset({("killed", 3)})),
    ...              EventCandidate("V4", "ASSAULT", counts=frozenset({("killed", 3)})))
    True
    """
    if cand.type != report.type:
        return False
    material = report.type in MATERIAL_CONFLICT
    undated = not known_date(report.date)
    if undated and not (material or report.type in LEGAL):
        return False
    if report.participants & cand.participants or _same_place(report, cand):
        return True
    if not material:
        return False
    if undated and not known_date(cand.date):
        return bool(report.counts & cand.counts) or len(report.words & cand.words) >= WORDS_SHARED_UNDATED
    return True


def search_days(report: EventReport, window_days: int = WINDOW_DAYS) -> tuple[dt.date, dt.date] | None:
    """The days a candidate's dates must overlap to be within the window of a dated report; a fallback date
    stands for the ``FALLBACK_DAYS`` before it, the report's or a candidate's (an event only a later
    publication date dates so far: the days after the window are searched too, :func:`report_gap` decides).
    None: the report is undated (:func:`merge_event` merges it only into violence or coercion it shares a
    participant or the place with, or, when neither side has a date, the toll or the wording).

    >>> search_days(EventReport("CONSULT", date="2023-12-14"))
    (datetime.date(2023, 12, 13), datetime.date(2023, 12, 22))
    >>> search_days(EventReport("CONSULT", date="2023-12-15", date_fallback=True))[0]
    datetime.date(2023, 12, 7)
    """
    bounds = date_bounds(report.date)
    if bounds is None:
        return None
    back = window_days + (FALLBACK_DAYS if report.date_fallback else 0)
    return bounds[0] - dt.timedelta(days=back), bounds[1] + dt.timedelta(days=window_days + FALLBACK_DAYS)


def _describe(report: EventReport, cand: EventCandidate) -> tuple[float, str]:
    """Score and reason for a candidate that passed every check.

    The score rises with the share of the report's participants the event already has (not with their
    share of the union: a merged event's participants grow with every report, and a well-reported event
    should not lose to a thin one the report matches less of), with the same date and with the same place.

    >>> r = EventReport("ASSAULT", None, "2008-09-15", frozenset({"E1", "E2"}), place="P1")
    >>> thin = EventCandidate("V1", "ASSAULT", None, "2008-09-15", frozenset({"E1"}))
    >>> rich = EventCandidate("V2", "ASSAULT", None, "2008-09-15", frozenset({"E1", "E2", "E3", "E4"}), "P1")
    >>> _describe(r, thin)[0] < _describe(r, rich)[0]
    True
    """
    shared = report.participants & cand.participants
    covered = len(shared) / len(report.participants) if report.participants else 0.0
    same_day = report.date == cand.date and not report.date_fallback
    place = _same_place(report, cand)
    score = round(0.55 + 0.2 * covered + (0.2 if same_day else 0.0) + (0.05 if place else 0.0), 3)
    carried = " (carried)" if report.date_carried or cand.date_carried else ""
    when = f"same date {cand.date}{carried}" if same_day else f"dates {report.date} ~ {cand.date}{carried}"
    where = f"same place {cand.place}" if place else ""
    toll = ", ".join(f"{n} {k}" for k, n in sorted(report.counts & cand.counts))
    if not shared:
        alike = similar_words(report.words, cand.words) >= WORDS_MIN
        wording = "similar wording" if alike and not (report.participants and cand.participants) else ""
        why = where or (f"same toll ({toll})" if toll else wording or f"same mode {cand.mode}")
        return round(score - 0.05, 3), f"same {report.type}, {why}, {when}"
    where = f", {where}" if where else ""
    return score, f"same {report.type}, shared participants {', '.join(sorted(shared))}{where}, {when}"


def merge_event(
    report: EventReport, candidates: Sequence[EventCandidate], window_days: int = WINDOW_DAYS
) -> Merge:
    """Pick the global event a report belongs to, or decide it is a new event; ties go to the most-reported.

    >>> r = EventReport("CONSULT", "phone", "2023-10-04", frozenset({"E1", "E2"}))
    >>> c = EventCandidate("V1", "CONSULT", "meeting", "2023-10-04", frozenset({"E1", "E2"}))
    >>> m = merge_event(r, [c])
    >>> m.event_id, m.reason
    (None, 'new CONSULT event; not V1 (mode meeting != phone)')
    """
    best: tuple[float, int, str, str] | None = None
    rejected: list[str] = []
    for cand in candidates:
        conflict = _conflict(report, cand, window_days)
        if conflict:
            rejected.append(f"{cand.id} ({conflict})")
            continue
        score, reason = _describe(report, cand)
        if best is None or (score, cand.reports) > best[:2]:
            best = (score, cand.reports, cand.id, reason)
    if best is not None:
        return Merge(event_id=best[2], reason=best[3], score=best[0])
    why = f"; not {', '.join(rejected)}" if rejected else ""
    return Merge(event_id=None, reason=f"new {report.type} event{why}")


def report_for(
    event: Event, entity_ids: Mapping[str, str], outlet: str | None = None, text: str | None = None,
    named: Mapping[str, str] | None = None, attributes: Collection[str] = (),
    senders: frozenset[str] = frozenset(), sites: frozenset[str] = frozenset(),
) -> EventReport:
    """The report of one article's event, its participants and place as global ids (``entity_ids``: local
    entity id -> global id); ``text`` (the article's) gives the content words of the evidence. A participant
    the text names only as the place (no span of its own: the recipient of "a curfew in Cizre") counts as
    the place, not twice. ``attributes``: the article's attribute-like entities (local ids), ``senders``:
    the countries of the states acting, ``sites``: the names of the places it was done in or to
    (:mod:`newsgraph.resolve.event_parties`).

    >>> from newsgraph.model import EventDate, Participant
    >>> v = Event("v1", "CONSULT", 0, 9, participants=[Participant("e1", "actor")],
    ...           date=EventDate("2023-12-15", fallback=True))
    >>> report_for(v, {"e1": "E7"}, "Dawn").date_fallback
    True
    """
    parts = frozenset(entity_ids[p.entity] for p in event.participants if p.entity in entity_ids
                      and not (p.start is None and p.entity == event.place))
    place = entity_ids.get(event.place) if event.place else None
    date = event.date.value if event.date else None
    fallback = bool(event.date and event.date.fallback)
    carried = bool(event.date and event.date.carried)
    counts = frozenset(event.counts.items())
    words = content_words(text[event.start : event.end]) if text else frozenset()
    named = named or {}
    targets = frozenset(named[p.entity] for p in event.participants if p.role == "recipient"
                        and p.entity in entity_ids and p.entity in named and p.entity != event.place)
    return EventReport(
        event.type, event.mode, date, parts, place, fallback, event.modality, outlet, counts, words, carried,
        event.place_name if place else None, targets, global_attributes(attributes, entity_ids) & parts,
        senders, sites,
    )


@lru_cache(maxsize=1 << 14)
def content_words(text: str) -> frozenset[str]:
    """The content words of an evidence sentence (lower case, four letters or more, no function words).

    >>> sorted(content_words("A bomb exploded at a bank in Woodburn on Friday."))
    ['bank', 'bomb', 'exploded', 'friday', 'woodburn']
    """
    return frozenset(w for w in _WORD.findall(text.lower()) if w not in _STOP)


def similar_words(a: frozenset[str], b: frozenset[str]) -> float:
    """How much two sets of content words overlap: shared words over the smaller set (0 when either is
    empty; the larger set is a merged event's words, which only grow)."""
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


@dataclass(slots=True)
class GlobalEvent:
    """A real-world event as merged so far: its reports, outlets and the reasons of each merge."""

    id: str
    type: str
    mode: str | None
    date: str | None
    participants: set[str]
    place: str | None
    modality: str
    reports: int = 0
    outlets: set[str] = field(default_factory=set)
    reasons: list[str] = field(default_factory=list)
    dated: bool = False
    counts: set[tuple[str, int]] = field(default_factory=set)
    words: set[str] = field(default_factory=set)
    carried: bool = False
    place_name: str | None = None
    targets: set[str] = field(default_factory=set)
    attributes: set[str] = field(default_factory=set)
    senders: set[str] = field(default_factory=set)
    sites: set[str] = field(default_factory=set)

    @property
    def corroboration(self) -> int:
        """How many distinct outlets reported the event (at least one report counts as one)."""
        return max(len(self.outlets), 1 if self.reports else 0)

    def candidate(self) -> EventCandidate:
        """This event as a merge candidate."""
        return EventCandidate(
            self.id,
            self.type,
            self.mode,
            self.date,
            frozenset(self.participants),
            self.place,
            self.reports,
            self.modality,
            frozenset(self.outlets),
            frozenset(self.counts),
            frozenset(self.words),
            self.carried and not self.dated,
            self.place_name,
            self.date is not None and not self.dated and not self.carried,
            frozenset(self.targets),
            frozenset(self.attributes),
            frozenset(self.senders),
            frozenset(self.sites),
        )

    def absorb(self, report: EventReport, reason: str) -> None:
        """Add a report: participants, outlet, the narrower date its text states, a mode or place it lacked. A
        date carried from another mention (``date_carried``) stands until a report states one, a publication
        date only fills a gap."""
        self.reports += 1
        self.participants |= report.participants
        if report.outlet:
            self.outlets.add(report.outlet)
        if report.date and not report.date_fallback and not report.date_carried:
            self.date = narrower_date(self.date, report.date) if self.dated else report.date
            self.dated = True
        elif report.date and not report.date_fallback and not self.dated:
            self.date = narrower_date(self.date, report.date) if self.carried else report.date
            self.carried = True
        elif not self.date:
            self.date = report.date
        self.mode = self.mode or report.mode
        if not self.place:
            self.place, self.place_name = report.place, report.place_name
        self.counts |= report.counts
        self.words |= report.words
        self.targets |= report.targets
        self.attributes |= report.attributes
        self.senders |= report.senders
        self.sites |= report.sites
        self.reasons.append(reason)

    def explain(self) -> str:
        """Why this is one event: how many reports from which outlets, and the reason of each merge."""
        outlets = ", ".join(sorted(self.outlets)) or "unknown outlets"
        head = (
            f"{self.id}: {self.type}{'/' + self.mode if self.mode else ''} "
            f"on {self.date or 'an unknown date'}, "
            f"{self.reports} report(s) from {self.corroboration} outlet(s) ({outlets})"
        )
        return "\n".join([head, *(f"  - {r}" for r in self.reasons)])


class EventIndex:
    """Cross-article event merging in memory, with the same decisions as the store (:func:`merge_event`).

    Candidates are blocked like the store's (:func:`is_candidate`): global events of the same type sharing
    a participant or the place, or, for violence and coercion, of the same type.

    >>> index = EventIndex()
    >>> a = index.add(EventReport("CONSULT", None, "2023-12-14", frozenset({"E1", "E2"}), outlet="Dawn"))
    >>> b = index.add(EventReport("CONSULT", None, "2023-12-14", frozenset({"E1", "E2"}), outlet="AP"))
    >>> a == b, index.events[a].corroboration
    (True, 2)
    """

    def __init__(self, window_days: int = WINDOW_DAYS) -> None:
        self.window_days = window_days
        self.events: dict[str, GlobalEvent] = {}
        self._by_entity: dict[str, set[str]] = {}
        self._by_place: dict[str, set[str]] = {}
        self._by_type: dict[str, set[str]] = {}

    def candidates(self, report: EventReport) -> list[EventCandidate]:
        """The global events a report may belong to."""
        ids: set[str] = set()
        for e in report.participants:
            ids |= self._by_entity.get(e, set())
        if report.place:
            ids |= self._by_place.get(report.place, set())
        if report.type in MATERIAL_CONFLICT:
            ids |= self._by_type.get(report.type, set())
        found = (self.events[i].candidate() for i in sorted(ids))
        return [c for c in found if is_candidate(report, c)]

    def add(self, report: EventReport) -> str:
        """Merge one report (creating a global event when it is new); returns the global event id."""
        merge = merge_event(report, self.candidates(report), self.window_days)
        gid = merge.event_id or f"V{len(self.events) + 1}"
        if merge.event_id is None:
            self.events[gid] = GlobalEvent(
                gid, report.type, report.mode, None, set(), report.place, report.modality,
                place_name=report.place_name,
            )
        self.events[gid].absorb(report, merge.reason)
        for e in report.participants:
            self._by_entity.setdefault(e, set()).add(gid)
        if report.place:
            self._by_place.setdefault(report.place, set()).add(gid)
        self._by_type.setdefault(report.type, set()).add(gid)
        return gid


def name_key(name: str) -> str:
    """What a named target is compared by: the last word of its name, folded ("Grace Wanjiru", "G. Wanjiru"
    and "Wanjiru" alike, which identity need not link: a lone surname or an initial links only with more
    evidence).

    >>> name_key("Karim Haddad"), name_key("Haddad,"), name_key("Martin Luther King Jr.")
    ('haddad', 'haddad', 'king')
    """
    words = [w for w in re.findall(r"\w+", name.lower()) if w not in _SUFFIXES]
    return words[-1] if words else ""


def named_ids(article: Article) -> dict[str, str]:
    """The local ids of an article's people named at least once (a mention of kind NAM; no groups), with
    their :func:`name_key`: the targets :func:`report_for` compares ("Karim Haddad", not "a lawyer", whom
    another outlet may name; not a place or a body, which a recipient also is: "killed a Greek teenager"
    is done in Greece, not to it).

    >>> from newsgraph.model import Entity, Mention
    >>> a = Article.new("Gunmen shot Karim Haddad.")
    >>> a.mentions = [Mention("m1", 12, 24, "Karim Haddad", "PERSON", entity="e1")]
    >>> a.entities = [Entity("e1", "Karim Haddad", "PERSON", mentions=["m1"])]
    >>> named_ids(a)
    {'e1': 'haddad'}
    """
    kinds = {m.id: m.kind for m in article.mentions}
    return {e.id: name_key(e.name) for e in article.entities
            if e.type == "PERSON" and not e.members and any(kinds.get(m) == "NAM" for m in e.mentions)}


def identity_ids(article: Article, entity_ids: Mapping[str, str]) -> dict[str, str]:
    """The global ids of an article's entities that can identify an event: not its unnamed collectives
    ("police", "rebels"), which another article's of the same description need not be (they stay the
    event's participants, but never count as shared ones)."""
    from newsgraph.extract.collectives import collective_ids

    groups = collective_ids(article)
    return {local: gid for local, gid in entity_ids.items() if local not in groups}


def merge_articles(
    articles: Iterable[Article], window_days: int = WINDOW_DAYS
) -> tuple[EventIndex, dict[tuple[str, str], str]]:
    """Merge the events of processed articles across articles (entities linked by cross-article identity);
    returns the index and (article id, local event id) -> global event id."""
    from newsgraph.resolve.identity import resolve_articles

    arts = list(articles)
    ids = resolve_articles(arts)
    index = EventIndex(window_days)
    out: dict[tuple[str, str], str] = {}
    for art in arts:
        local = identity_ids(art, {e.id: ids[(art.id, e.id)] for e in art.entities if (art.id, e.id) in ids})
        for ev, report in article_reports(art, local):
            out[(art.id, ev.id)] = index.add(report)
    return index, out


def article_reports(article: Article, ids: Mapping[str, str]) -> Iterator[tuple[Event, EventReport]]:
    """Each event of an article with its report (:func:`report_for`), its participants as the global ids
    ``ids`` gives (:func:`identity_ids`): what in-memory merging and the store both compare.

    >>> next(article_reports(Article.new("No events."), {}), None) is None
    True
    """
    named, attributes = named_ids(article), attribute_ids(article)
    by_id = {e.id: e for e in article.entities}
    for ev in article.events:
        yield ev, report_for(ev, ids, article.source, article.text, named, attributes,
                             sender_countries(ev, article, by_id), event_sites(ev, article, by_id))
