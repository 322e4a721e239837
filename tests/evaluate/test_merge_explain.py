"""The merge diagnostic: causes of a join and which reports bring a foreign gold chain (made-up reports)."""

from __future__ import annotations

import pytest

from newsgraph.evaluate.merge_explain import Joined, foreign_joins, join_causes
from newsgraph.resolve.events import EventReport


@pytest.mark.parametrize(("report", "reason", "causes"), [
    (EventReport("ASSAULT"), "same ASSAULT, same place G1, dates None ~ 2010-05-05",
     ["undated side", "place only"]),
    (EventReport("COERCE", date="2024-03-15", date_fallback=True),
     "same COERCE, shared participants G4, same date 2024-03-15", ["publication date", "participant"]),
    (EventReport("ASSAULT", date="2024-03-14", date_carried=True),
     "same ASSAULT, same toll (3 killed), same date 2024-03-14 (carried)", ["carried date", "toll"]),
    (EventReport("ACCUSE", date="2005"), "same ACCUSE, shared participants G9, dates 2005 ~ 2004",
     ["month or year", "participant"]),
    (EventReport("ASSAULT", date="2024-03-14"), "same ASSAULT, same mode firearms, same date 2024-03-14",
     ["mode only"]),
])
def test_join_causes(report: EventReport, reason: str, causes: list[str]) -> None:
    assert join_causes(report, reason) == causes


def _joined(doc: str, chains: tuple[str, ...], parts: set[str], event: str = "V1") -> Joined:
    report = EventReport("ASSAULT", date="2024-03-14", participants=frozenset(parts))
    reason = "same ASSAULT, shared participants G2, same date 2024-03-14"
    return Joined(event, doc, "v1", chains, report, reason)


def test_foreign_joins_mark_a_new_chain_and_chaining() -> None:
    joined = [
        _joined("1_1", ("A",), {"G1", "G2"}),
        _joined("1_2", ("A",), {"G2"}),  # the event's chain: not foreign
        _joined("1_3", (), {"G2"}),  # no gold mention: never foreign
        _joined("1_4", ("B",), {"G2"}),  # a new chain through a participant of chain A's reports
        _joined("1_5", ("C",), {"G7"}, event="V2"),  # the first report of another event
        _joined("1_6", ("D",), {"G3"}),  # shares nothing with chain A's reports: chaining
    ]
    got = [(j.doc_id, causes) for j, causes in foreign_joins(joined)]
    assert got == [("1_4", ["participant"]), ("1_6", ["participant", "chaining"])]
