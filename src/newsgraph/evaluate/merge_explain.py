"""Why merged events mix gold chains: the reports that brought a foreign ECB+ chain into a merged event,
with the evidence that let them in, and the count of each cause.

``python -m newsgraph.evaluate.merge_explain [--view trigger|all]`` merges the merge topics' articles in
the corpus order as ``--part merge`` does (:func:`newsgraph.resolve.events.merge_articles`) and prints each
merged event whose gold mentions belong to more than one chain: its reports in the order they joined, each
with its chains, date (``fb``: publication-date fallback, ``car``: carried), place, participants and the
merge reason; ``FOREIGN`` marks a report none of whose chains the event had before. The last line counts
the causes of the foreign joins (:func:`join_causes`). The topics are development data; the held-out
documents are never read.

>>> join_causes(EventReport("ASSAULT", date=None), "same ASSAULT, same place G1, dates None ~ 2010-05-05")
['undated side', 'place only']
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from newsgraph.evaluate.events import MERGE_TOPICS, gold_event_chains, triggers_of
from newsgraph.evaluate.metrics import overlap
from newsgraph.model import FACTUAL
from newsgraph.resolve.event_dates import coarse_date
from newsgraph.resolve.events import EventReport

#: The evidence a merge reason names, most telling first (the first found is the join's evidence).
_EVIDENCE = (("shared participants", "participant"), ("same toll", "toll"), ("same place", "place only"),
             ("similar wording", "wording"), ("same mode", "mode only"))


@dataclass(frozen=True, slots=True)
class Joined:
    """One report as it joined a merged event: where it comes from, its gold chains and the decision."""

    event_id: str
    doc_id: str
    local_id: str
    chains: tuple[str, ...]
    report: EventReport
    reason: str


def join_causes(report: EventReport, reason: str, same_article: bool = False,
                chaining: bool = False) -> list[str]:
    """The causes of one join: the date evidence (a side without a date, a publication-date fallback, a
    carried date, a month or a year), the evidence that let it in (from the merge reason), a second act
    of an article already in the event, and chaining (nothing shared with the reports of the chain the
    event held most).

    >>> join_causes(EventReport("COERCE", date="2024-03-15", date_fallback=True),
    ...             "same COERCE, shared participants G4, same date 2024-03-15", chaining=True)
    ['publication date', 'participant', 'chaining']
    """
    out = []
    if report.date is None or "~ None" in reason or "date None" in reason:
        out.append("undated side")
    if report.date_fallback:
        out.append("publication date")
    if report.date_carried or "(carried)" in reason:
        out.append("carried date")
    if coarse_date(report.date):
        out.append("month or year")
    out += [cause for words, cause in _EVIDENCE if words in reason][:1]
    out += ["same article"] if same_article else []
    out += ["chaining"] if chaining else []
    return out


def merged_reports(view: str = "trigger") -> list[Joined]:
    """Every report of the merge topics with the event it joined, in the order merged (the corpus order).

    It processes the nine ECB+ merge topics with the spaCy model (minutes), so the example is not run:

    >>> joined = merged_reports("trigger")  # doctest: +SKIP
    >>> len({j.event_id for j in joined}) < len(joined)  # doctest: +SKIP
    True
    """
    from newsgraph.evaluate.corpora.ecbplus import iter_documents, to_article
    from newsgraph.process import process_articles
    from newsgraph.resolve.events import EventIndex, article_reports, identity_ids
    from newsgraph.resolve.identity import resolve_articles

    docs = [d for d in iter_documents(MERGE_TOPICS) if d.subcorpus in ("ecb", "ecbplus")]
    articles = list(process_articles([to_article(d) for d in docs]))
    ids, index, out = resolve_articles(articles), EventIndex(), []
    for doc, art in zip(docs, articles, strict=True):
        gold = gold_event_chains(doc)
        local = identity_ids(art, {e.id: ids[(art.id, e.id)] for e in art.entities if (art.id, e.id) in ids})
        for ev, report in article_reports(art, local):
            gid = index.add(report)
            spans = triggers_of(ev) if ev.modality in FACTUAL else []
            spans = spans[:1] if view == "trigger" else spans
            chains = tuple(c for s in spans for c, ms in gold.values() if overlap(s, ms))
            out.append(Joined(gid, doc.doc_id, ev.id, chains, report, index.events[gid].reasons[-1]))
    return out


def foreign_joins(joined: Sequence[Joined]) -> list[tuple[Joined, list[str]]]:
    """The reports that brought a chain the event did not have yet into an event that had gold mentions,
    with :func:`join_causes`.

    >>> first = Joined("G1", "3_1ecb", "e1", ("c1",), EventReport("ASSAULT", date="2009-01-02"), "new")
    >>> other = Joined("G1", "3_2ecb", "e4", ("c2",), EventReport("ASSAULT"), "same ASSAULT, same place")
    >>> [(j.local_id, causes) for j, causes in foreign_joins([first, other])]
    [('e4', ['undated side', 'place only'])]
    """
    by_event: dict[str, list[Joined]] = {}
    out = []
    for j in joined:
        before = by_event.setdefault(j.event_id, [])
        seen = Counter(c for b in before for c in b.chains)
        if seen and j.chains and not any(c in seen for c in j.chains):
            top = seen.most_common(1)[0][0]
            theirs = [b for b in before if top in b.chains]
            parts = frozenset().union(*(b.report.participants for b in theirs))
            places = {b.report.place for b in theirs} - {None}
            chaining = bool(parts) and not (j.report.participants & parts) and j.report.place not in places
            same = any(b.doc_id == j.doc_id for b in before)
            out.append((j, join_causes(j.report, j.reason, same, chaining)))
        before.append(j)
    return out


def _line(j: Joined, mark: str) -> str:
    r = j.report
    date = f"{r.date}{' fb' if r.date_fallback else ''}{' car' if r.date_carried else ''}"
    return (f"  {mark:7s} {j.doc_id:14s} {j.local_id:5s} {list(j.chains)} date={date} place={r.place_name} "
            f"participants={sorted(r.participants)}\n          why: {re.sub(r'; not .*', '', j.reason)}")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--view", choices=("trigger", "all"), default="trigger")
    args = parser.parse_args(argv)
    joined = merged_reports(args.view)
    found = foreign_joins(joined)
    foreign = {id(j) for j, _ in found}
    events: dict[str, list[Joined]] = {}
    for j in joined:
        events.setdefault(j.event_id, []).append(j)
    for gid, reports in events.items():
        chains = Counter(c for j in reports for c in j.chains)
        if len(chains) > 1:
            print(f"== {gid} {reports[0].report.type} chains {dict(chains)}")
            print("\n".join(_line(j, "FOREIGN" if id(j) in foreign else "") for j in reports))
    causes = Counter(c for _, cs in found for c in cs)
    print(f"foreign joins: {len(foreign)}; causes: {dict(causes.most_common())}")


if __name__ == "__main__":
    main()
