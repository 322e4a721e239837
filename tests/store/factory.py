"""Hand-built processed articles for store, query and export tests (no pipeline needed).

Facts are found by their surface text, so offsets are right by construction.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from newsgraph import model
from newsgraph.model import Article, Entity, Event, EventDate, Mention, Participant, Quote, Speaker, Timex


@dataclass
class Ev:
    """An event to annotate: its trigger word, type, mode, participants (entity name, role) and timex."""

    trigger: str
    type: str = "CONSULT"
    mode: str | None = "meeting"
    participants: Sequence[tuple[str, str]] = ()
    when: str | None = None
    place: str | None = None
    modality: str = "asserted"


@dataclass
class Ent:
    """An entity to annotate: canonical name, type and the surface forms that mention it."""

    name: str
    type: str
    forms: Sequence[str] = ()
    titles: Sequence[str] = field(default_factory=list)


def _find_all(text: str, form: str) -> list[int]:
    return [m.start() for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text)]


def _sentence(text: str, pos: int) -> tuple[int, int]:
    dot = text.rfind(". ", 0, pos)
    start = max(dot + 2 if dot >= 0 else 0, text.rfind("\n", 0, pos) + 1)
    end = min(x for x in (text.find(". ", pos), text.find("\n", pos), len(text) - 1) if x >= 0) + 1
    return start, end


def build(text: str, *, ents: Sequence[Ent] = (), timexes: Sequence[tuple[str, str]] = (),
          quotes: Sequence[tuple[str, str, str]] = (), events: Sequence[Ev] = (),
          published: str | None = None, source: str | None = "Example News",
          source_id: str | None = None) -> Article:
    """An article with mentions, entities, timexes, quotes (content, speaker form, cue) and events."""
    art = Article.new(text, published=published, source=source, source_id=source_id)
    spans: list[tuple[int, int, str, str]] = []
    taken: set[int] = set()
    for i, ent in enumerate(ents, 1):
        for form in sorted({ent.name, *ent.forms}, key=len, reverse=True):
            for s in _find_all(text, form):
                if taken.isdisjoint(range(s, s + len(form))):
                    spans.append((s, s + len(form), f"e{i}", ent.type))
                    taken.update(range(s, s + len(form)))
    spans.sort()
    art.mentions = [Mention(f"m{k}", s, e, text[s:e], t, kind="NAM" if text[s].isupper() else "NOM",
                            entity=eid) for k, (s, e, eid, t) in enumerate(spans, 1)]
    for i, ent in enumerate(ents, 1):
        mine = [m for m in art.mentions if m.entity == f"e{i}"]
        art.entities.append(Entity(f"e{i}", ent.name, ent.type, mentions=[m.id for m in mine],
                                   aliases=sorted({m.text for m in mine})))
    for k, (form, value) in enumerate(timexes, 1):
        s = text.index(form)
        art.timexes.append(Timex(f"t{k}", s, s + len(form), form, "DATE", value))
    by_name = {e.name: e.id for e in art.entities}
    for k, (content, speaker, cue) in enumerate(quotes, 1):
        s = text.index(content)
        sp = text.find(speaker, s + len(content))
        sp = sp if sp >= 0 else text.rindex(speaker, 0, s)
        owner = next((m.entity for m in art.mentions if m.start <= sp < m.end), None)
        art.quotes.append(Quote(f"q{k}", s, s + len(content), content, cue=cue,
                                speaker=Speaker(speaker, sp, sp + len(speaker), entity=owner)))
    for k, ev in enumerate(events, 1):
        s = text.index(ev.trigger)
        sent = _sentence(text, s)
        tx = next((t for t in art.timexes if t.text == ev.when), None)
        art.events.append(Event(
            f"v{k}", ev.type, sent[0], sent[1], mode=ev.mode, trigger=ev.trigger, trigger_start=s,
            trigger_end=s + len(ev.trigger),
            participants=[Participant(by_name[n], r) for n, r in ev.participants],
            date=EventDate(tx.value, tx.text, tx.id) if tx else None, place=by_name.get(ev.place or ""),
            modality=ev.modality))
    return art


MUNIR = Ent("Asim Munir", "PERSON", ["Gen Munir", "Munir", "the army chief"])
BLINKEN = Ent("Antony Blinken", "PERSON", ["Blinken"])
AUSTIN = Ent("Lloyd Austin", "PERSON", ["Austin"])
WASHINGTON = Ent("Washington", "GPE")


def blinken_meeting(source: str = "Example News", extra: str = "") -> Article:
    """Munir meets Blinken on Thursday 2023-12-14 (as reported on 2023-12-15), with a quote."""
    text = ("Army chief Gen Asim Munir met US Secretary of State Antony Blinken in Washington on Thursday. "
            f"\"The talks were useful,\" the army chief said after the meeting. {extra}").strip()
    return build(text, ents=[MUNIR, BLINKEN, WASHINGTON], timexes=[("Thursday", "2023-12-14")],
                 quotes=[("The talks were useful,", "the army chief", "say")],
                 events=[Ev("met", participants=[("Asim Munir", "actor"), ("Antony Blinken", "recipient")],
                            when="Thursday", place="Washington")],
                 published="2023-12-15", source=source)


def austin_call() -> Article:
    """Munir speaks with Austin by phone on 2023-10-04."""
    text = ("Gen Asim Munir spoke with US Defence Secretary Lloyd Austin on the phone on Wednesday. "
            "Austin praised the cooperation, a statement said.")
    return build(text, ents=[MUNIR, AUSTIN], timexes=[("Wednesday", "2023-10-04")],
                 quotes=[("praised the cooperation", "Austin", "praise")],
                 events=[Ev("spoke", mode="phone", participants=[("Asim Munir", "actor"),
                                                                 ("Lloyd Austin", "recipient")],
                            when="Wednesday")],
                 published="2023-10-05", source="Other Outlet")


SOREL = Ent("Ana Sorel", "PERSON", ["Sorel"])
MARR = Ent("Piet Marr", "PERSON", ["Marr"])
KASTEL = Ent("Kastel", "GPE")
#: The date line of :func:`dateline_talks`, the only evidence of its publication date.
DATELINE = "June 28, 2013"


def dateline_talks() -> Article:
    """An article without a given publication date, dated by its date line (2013-06-28, a Friday): its
    "Thursday" is counted from that date, and the accord it does not date takes the date as a fallback."""
    text = (f"Talks in Kastel\n{DATELINE}\nForeign Minister Ana Sorel met the envoy Piet Marr in Kastel on "
            "Thursday. Sorel and Marr signed a trade accord.")
    art = build(text, ents=[SOREL, MARR, KASTEL], timexes=[("Thursday", "2013-06-27")],
                events=[Ev("met", participants=[("Ana Sorel", "actor"), ("Piet Marr", "recipient")],
                           when="Thursday", place="Kastel"),
                        Ev("signed", type="AGREE", mode=None,
                           participants=[("Ana Sorel", "actor"), ("Piet Marr", "recipient")])],
                source="Kastel Courier")
    start = text.index(DATELINE)
    art.published, art.published_inferred = "2013-06-28", True
    art.published_from = model.PublishedFrom("dateline", "2013-06-28", start, start + len(DATELINE), DATELINE)
    art.timexes[0].anchor = "inferred-dct"
    art.events[1].date = EventDate("2013-06-28", fallback=True)
    return art
