"""The time grammar's gates skip a rule's scan only where the rule cannot match: on real articles, the
gated scan finds exactly what scanning every rule finds."""

from __future__ import annotations

from newsgraph.evaluate.corpora.ecbplus import iter_documents
from newsgraph.evaluate.corpora.ecbplus import to_article as ecb_article
from newsgraph.evaluate.corpora.meantime import iter_meantime, to_article
from newsgraph.extract.time_grammar import CASED, GATES, PARTS, RULES, _candidates


def _found(text: str, gated: bool) -> list[tuple[int, int, str]]:
    return [(start, end, rule.name) for start, end, _, rule, _ in _candidates(text, gated=gated)]


def test_every_gated_rule_exists_and_gates_on_lower_case_strings_unless_cased() -> None:
    names = {r.name for r in RULES}
    assert set(GATES) <= names
    assert CASED.issubset(GATES)
    assert all(g and all(s for s in g) for g in GATES.values())
    assert all(s == s.lower() for name, g in GATES.items() if name not in CASED for s in g)
    assert "May" in GATES["month"] and "may" not in GATES["month"]
    assert set(PARTS) <= names


def test_every_match_of_a_rule_with_a_part_holds_the_part() -> None:
    texts = ["They met on 3 March 2011, on the 4th of June and from 5-7 May.",
             "On May 3, 2011, on 10 Nov 11 and May 4-6.", "In March 2011, in May of last year.",
             "Twice a week, three times per year, at the end of the year.",
             "Two years ago, five days from now, 3 a day.",
             "On 2011-03-04, 3/4/11 and in 2009-2011 at 5:30 p.m.", "At 4PM or 16:00, in 2009/10."]
    for text in texts:
        for rule in RULES:
            for m in rule.pattern.finditer(text):
                if rule.name in PARTS:  # within the match, or in what its look-behind reads ("3 a day")
                    part = PARTS[rule.name].search(text, max(0, m.start() - 2))
                    assert part and part.end() <= m.end(), (rule.name, m.group(0))


def test_a_rule_whose_part_is_absent_is_not_scanned() -> None:
    found = {name for _, _, name in _found("The March was long; in May they left 3 days later.", gated=True)}
    assert "month" in found
    assert not PARTS["date_dm"].search("The March was long; in May they left 3 days later.")


def test_gates_change_nothing_on_the_meantime_articles() -> None:
    texts = [to_article(doc).text for doc in iter_meantime()]
    assert len(texts) >= 90
    for text in texts:
        assert _found(text, gated=True) == _found(text, gated=False)


def test_gates_change_nothing_on_the_ecbplus_articles() -> None:
    texts = [ecb_article(doc).text for doc in iter_documents()]
    assert len(texts) >= 700
    for text in texts:
        assert _found(text, gated=True) == _found(text, gated=False)


def test_a_rule_whose_words_are_absent_is_not_scanned() -> None:
    text = "He left three years ago."
    assert "ago" in {name for _, _, name in _found(text, gated=True)}
    assert not any(g in text.lower() for g in GATES["century"])  # so "century" was never scanned
    assert not any(name.startswith("date") for _, _, name in _found("You may go.", gated=True))


def test_the_scan_cache_is_safe_across_threads() -> None:
    from concurrent.futures import ThreadPoolExecutor

    texts = [f"On Monday {n} people met, {n} days ago, in May {2000 + n}." for n in range(40)]
    serial = [_found(t, gated=True) for t in texts]
    with ThreadPoolExecutor(8) as pool:
        for _ in range(5):
            assert list(pool.map(lambda t: _found(t, gated=True), texts)) == serial
