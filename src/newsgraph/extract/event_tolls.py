"""Which event of an article a count belongs to: the counts of a sentence go to its first event of a
type the count kind belongs to; a sentence that adds a toll and tells no such event ("The death toll rose
to 40.", "Another two soldiers were wounded.") gives it to the latest such event of the two sentences
before it.

>>> COUNT_TYPES["arrested"]
('COERCE', 'ASSAULT')
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span

from newsgraph.extract.event_codebook import Codebook
from newsgraph.extract.event_counts import counts_in
from newsgraph.extract.event_rules import Draft

#: Count kinds and the event types they belong to.
COUNT_TYPES: dict[str, tuple[str, ...]] = {
    "killed": ("ASSAULT", "PROTEST"),
    "wounded": ("ASSAULT", "PROTEST"),
    "abducted": ("ASSAULT",),
    "arrested": ("COERCE", "ASSAULT"),
}
#: How many sentences back a toll told in a sentence of its own may reach for its event.
TOLL_REACH = 2


def _target(group: Sequence[Draft], kind: str) -> Draft | None:
    """The first event of a sentence's group, by the rank of the types the count kind belongs to."""
    return next((d for t in COUNT_TYPES.get(kind, ()) for d in group if d.type == t), None)


def _earlier_target(sents: list[Span], at: int, groups: dict[int, list[Draft]], kind: str) -> Draft | None:
    """The latest event the count kind belongs to in the sentences before sentence ``at``, within reach."""
    for k in range(at - 1, max(-1, at - 1 - TOLL_REACH), -1):
        group = groups.get(sents[k].start, [])
        found = [d for d in group if d.type in COUNT_TYPES.get(kind, ())]
        if found:
            return found[-1]
    return None


def assign_counts(drafts: list[Draft], book: Codebook) -> None:
    """Set each draft's counts from its sentence, and a toll told alone from a sentence after it (within
    :data:`TOLL_REACH`). A toll told alone raises the count it updates, it does not add to it ("killed 12
    ... The death toll rose to 40": 40)."""
    if not drafts:
        return
    groups: dict[int, list[Draft]] = {}
    for d in drafts:
        groups.setdefault(d.sent.start, []).append(d)
    sents = list(drafts[0].sent.doc.sents)
    for at, sent in enumerate(sents):
        group = groups.get(sent.start, [])
        if not group and not any(s.start in groups for s in sents[max(0, at - TOLL_REACH):at]):
            continue  # no event here or within reach: its counts would go nowhere
        for kind, n in counts_in(sent, book).items():
            target = _target(group, kind)
            if target is not None:
                target.counts[kind] = target.counts.get(kind, 0) + n
            elif (earlier := _earlier_target(sents, at, groups, kind)) is not None:
                earlier.counts[kind] = max(earlier.counts.get(kind, 0), n)


__all__ = ["COUNT_TYPES", "TOLL_REACH", "assign_counts"]
