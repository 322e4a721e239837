"""How far two people agree on the ECB+ event gold, and how much our figures depend on who annotated.

``events_ecbplus_second.jsonl`` is a second annotation, by another annotator, of 16 documents of the first
development set (``events_ecbplus.jsonl``). The scorer here compares the two annotations with the rules of
the event scorer (:mod:`newsgraph.evaluate.events`):

- two records match when they have the same type and overlapping triggers (first) or triggers in the same
  sentence (then);
- participants agree when every participant of the reference annotation is a participant of the other in
  the same role (by any span of it). This is one way only, like the event scorer, so the figures are given
  both ways, and once with participants that must agree both ways;
- dates agree when equal or when either is ``"?"`` (not scored).

The extractor is then scored against each annotation of the same documents: the difference is the part of
an event F1 that belongs to the annotator rather than to the extractor. The disagreements were then
adjudicated by the guidelines into the development gold (``events_ecbplus.jsonl``); the first annotation as
it was is kept in ``events_ecbplus_first.jsonl`` for this comparison.

``python -m newsgraph.evaluate.events --part agreement`` prints the figures.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from spacy.language import Language

from newsgraph.evaluate.events import EventScore, default_gold_path, one_per_role, score_document
from newsgraph.evaluate.gold import GoldFact, load_gold
from newsgraph.evaluate.metrics import overlap

Span = tuple[int, int]


def _spans(values: Sequence[Sequence[int]]) -> list[Span]:
    return [(int(a), int(b)) for a, b in values]


def participant_hits(reference: GoldFact, other: GoldFact) -> list[tuple[str, bool]]:
    """Each participant of ``reference``: its role, and whether it is one of ``other`` in the same role."""
    theirs = [(p["role"], _spans(p["spans"])) for p in other.data.get("participants", [])]
    hits: list[tuple[str, bool]] = []
    for part in reference.data.get("participants", []):
        mine = _spans(part["spans"])
        found = any(role == part["role"] and any(overlap(s, t) for s in mine for t in spans)
                    for role, spans in theirs)
        hits.append((part["role"], found))
    return hits


def participants_agree(reference: GoldFact, other: GoldFact, *, lenient: bool = False) -> bool:
    """Whether every participant of ``reference`` is one of ``other`` in the same role (overlapping spans);
    ``lenient``: one participant of each of its roles is enough
    (:func:`~newsgraph.evaluate.events.one_per_role`).

    >>> a = GoldFact("x:1", "event", {"participants": [{"role": "actor", "spans": [[0, 4], [20, 24]]}]})
    >>> b = GoldFact("x:1", "event", {"participants": [{"role": "actor", "spans": [[20, 24]]},
    ...                                                {"role": "recipient", "spans": [[30, 33]]}]})
    >>> participants_agree(a, b), participants_agree(b, a), participants_agree(b, a, lenient=True)
    (True, False, False)
    """
    hits = participant_hits(reference, other)
    return one_per_role(hits) if lenient else all(ok for _, ok in hits)


def dates_agree(reference: GoldFact, other: GoldFact) -> bool:
    """Equal dates, or one of them ``"?"`` (not scored).

    >>> dates_agree(GoldFact("x:1", "event", {"date": "2009-11-30"}), GoldFact("x:1", "event", {"date": "?"}))
    True
    """
    mine, theirs = reference.data.get("date"), other.data.get("date")
    return mine == "?" or theirs == "?" or mine == theirs


def match_records(
    reference: Sequence[GoldFact], other: Sequence[GoldFact]
) -> list[tuple[GoldFact, GoldFact]]:
    """One-to-one matching of two annotations of one document: same type, and overlapping triggers (first)
    or the same sentence (then).

    >>> a = GoldFact("x:1", "event", {"type": "ASSAULT", "triggers": [[5, 9]], "start": 0})
    >>> b = GoldFact("x:1", "event", {"type": "ASSAULT", "triggers": [[30, 36]], "start": 0})
    >>> len(match_records([a], [b]))
    1
    """
    pairs: list[tuple[int, int, int]] = []
    for i, ref in enumerate(reference):
        ref_spans = _spans(ref.data.get("triggers", []))
        for j, oth in enumerate(other):
            if ref.data.get("type") != oth.data.get("type"):
                continue
            if any(overlap(a, b) for a in ref_spans for b in _spans(oth.data.get("triggers", []))):
                pairs.append((0, i, j))
            elif ref.data.get("start") == oth.data.get("start"):
                pairs.append((1, i, j))
    used_ref: set[int] = set()
    used_other: set[int] = set()
    out: list[tuple[GoldFact, GoldFact]] = []
    for _, i, j in sorted(pairs):
        if i not in used_ref and j not in used_other:
            used_ref.add(i)
            used_other.add(j)
            out.append((reference[i], other[j]))
    return out


def _by_doc(facts: Sequence[GoldFact]) -> dict[str, list[GoldFact]]:
    out: dict[str, list[GoldFact]] = {}
    for fact in facts:
        out.setdefault(fact.doc, []).append(fact)
    return out


def agreement(
    reference: Sequence[GoldFact], other: Sequence[GoldFact], *, mutual: bool = False
) -> EventScore:
    """``other`` scored as if it were predictions against ``reference``, over the documents of ``other``;
    ``mutual``: participants must agree both ways (the same participants in the same roles).

    >>> a = GoldFact("x:1", "event", {"type": "AGREE", "triggers": [[0, 4]], "start": 0, "date": "2001"})
    >>> agreement([a], [a]).as_dict()["event_f1"]
    1.0
    """
    ref_docs, other_docs = _by_doc(reference), _by_doc(other)
    score = EventScore()
    for doc, theirs in sorted(other_docs.items()):
        mine = ref_docs.get(doc, [])
        score.documents += 1
        score.gold += len(mine)
        score.predicted += len(theirs)
        for ref, oth in match_records(mine, theirs):
            score.type_ok += 1
            parts = participants_agree(ref, oth) and (not mutual or participants_agree(oth, ref))
            lenient = participants_agree(ref, oth, lenient=True) and (
                not mutual or participants_agree(oth, ref, lenient=True))
            dates = dates_agree(ref, oth)
            score.participants_ok += parts
            score.date_ok += dates
            score.full_ok += parts and dates
            score.one_per_role_ok += lenient
            score.full_one_per_role_ok += lenient and dates
    return score


def second_gold_path() -> Path:
    """The second annotation of part of the first development set.

    >>> second_gold_path().name
    'events_ecbplus_second.jsonl'
    """
    return default_gold_path("dev").with_name("events_ecbplus_second.jsonl")


def first_gold_path() -> Path:
    """The first annotation of the same documents as it was before the two were adjudicated.

    >>> first_gold_path().name
    'events_ecbplus_first.jsonl'
    """
    return default_gold_path("dev").with_name("events_ecbplus_first.jsonl")


def run_agreement(nlp: Language | None = None) -> dict[str, EventScore]:
    """Annotators against each other (both ways, as they annotated) and the extractor against each
    annotation and against the adjudicated gold, on the documents both annotated."""
    from newsgraph.evaluate.runner import process_documents

    second = load_gold([second_gold_path()], kinds=["event"])
    docs = {f.doc for f in second}
    first = load_gold([first_gold_path()], kinds=["event"])
    adjudicated = [f for f in load_gold([default_gold_path("dev")], kinds=["event"]) if f.doc in docs]
    scores = {"second vs first": agreement(first, second), "first vs second": agreement(second, first),
              "both ways": agreement(first, second, mutual=True)}
    articles = process_documents(docs, nlp)
    for name, facts in (("extractor vs first", first), ("extractor vs second", second),
                        ("extractor vs adjudicated", adjudicated)):
        score = EventScore()
        for doc, group in sorted(_by_doc(facts).items()):
            score_document(group, articles[doc], doc, score)
        scores[name] = score
    return scores


def print_agreement(nlp: Language | None = None) -> None:
    """Print the agreement figures (``--part agreement``)."""
    scores = run_agreement(nlp)
    keys = ("type_f1", "participants_f1", "event_f1", "event_one_per_role_f1", "date_accuracy")
    print(f"Agreement on {scores['second vs first'].documents} ECB+ documents annotated twice "
          "(the second named as predictions against the first):")
    print(f"  {'':24s}" + "".join(f"{k:>22s}" for k in keys))
    for name, score in scores.items():
        figures = score.as_dict()
        print(f"  {name:24s}" + "".join(f"{figures[k]:22.3f}" for k in keys))
