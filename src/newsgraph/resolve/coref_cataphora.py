"""Coreference of groups of people described before they are named (cataphora).

News leads describe a group first and name its members later: "the trial of two men accused of killing a
mother ... Authorities have charged NAME and NAME with her murder"; "A woman and two men, ages 47 and 48,
were shot ... identified them as NAME, 47, and NAME, 48". A plural with a number ("two men", "the three
suspects") that no earlier people explain (an indefinite one never refers back) is a group of the people
of the first coordination of exactly that many person names ("NAME and NAME", "NAME, NAME and NAME", each
name possibly followed by its age or home town) within the next few sentences, when each agrees with the
group's gender ("two women") and with the ages it states ("ages 47 and 48"). A coordination of another
count, or of people of the wrong gender or age, names someone else: nothing is linked.

>>> _gap_links(", 47, of Sterling Heights and ")
True
>>> _gap_links(" met ")
False
>>> stated_ages("two men, ages 47 and 48, were shot", 7)
[47, 48]
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsgraph.nlp.doctext import headline_span
from newsgraph.resolve.coref_discourse import agrees, cluster_name, merge_clusters, name_age
from newsgraph.resolve.coref_lead import ANONYMOUS_ROLES

if TYPE_CHECKING:
    from newsgraph.extract.nominals import Nominal
    from newsgraph.model import Mention
    from newsgraph.resolve.coref_discourse import Cluster, Discourse

#: The type of a group whose members are not known yet while coreference runs (a PERSON in the end).
PENDING_GROUP = "GROUP"
#: How many sentences after a group its members may be named.
_WINDOW = 5
#: What may stand between two coordinated names: the first one's age and home town, a comma, "and".
_GAP = re.compile(r"^(?:,\s*\d{1,3})?(?:,?\s*(?:of|from)\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})?"
                  r"\s*(?:,\s*and|,|and)\s*$")
_AGES = re.compile(r"\s*,\s*ages?\s+(\d{1,3})((?:\s*,\s*\d{1,3})*)\s*,?\s*and\s+(\d{1,3})\b")


def _gap_links(gap: str) -> bool:
    """Whether the text between two names coordinates them."""
    return bool(_GAP.match(gap))


def stated_ages(text: str, end: int) -> list[int]:
    """The ages a plural states right after it ("two men, ages 47 and 48"), in order; [] when none."""
    m = _AGES.match(text, end)
    if m is None:
        return []
    middle = [int(x) for x in re.findall(r"\d{1,3}", m.group(2))]
    return [int(m.group(1)), *middle, int(m.group(3))]


def _coordinations(dis: Discourse, start: int) -> list[list[Mention]]:
    """Runs of person names after ``start`` that are coordinated, in text order."""
    names = sorted((m for c in dis.clusters if c.type == "PERSON" and not c.members
                    for m in c.mentions if m.kind == "NAM" and m.start >= start), key=lambda m: m.start)
    runs: list[list[Mention]] = []
    text = dis.article.text
    for m in names:
        if runs and _gap_links(text[runs[-1][-1].end : m.start]) and (
                len(runs[-1]) == 1 or "and" not in text[runs[-1][-2].end : runs[-1][-1].start].split()):
            runs[-1].append(m)
        else:
            runs.append([m])
    return [r for r in runs if len(r) >= 2 and " and " in f" {text[r[-2].end : r[-1].start]} "]


def later_members(dis: Discourse, n: Nominal) -> list[Cluster]:
    """The people a group described before they are named is made of (see the module docstring); [] when no
    later coordination of exactly its number of agreeing people follows within the window."""
    if not n.count or n.count < 2:
        return []
    ages = stated_ages(dis.article.text, n.end)
    last = dis.sentence(n.start) + _WINDOW
    for run in _coordinations(dis, n.end):
        if dis.sentence(run[0].start) > last:
            break
        if len(run) != n.count:
            continue
        people = [dis.of_mention[m.id] for m in run]
        if len({c.key for c in people}) != n.count:
            continue
        if len(ages) not in (0, n.count):
            return []
        if all(agrees(c, n.gender, ages[i] if ages else None) for i, c in enumerate(people)):
            return people
        return []
    return []


def blamed_group(dis: Discourse, n: Nominal) -> bool:
    """Whether a group no people explain yet is blamed for an act by a legal participle ("two men accused of
    killing", "the two youths charged with murder"): it stays a group whose members the article's events
    name (:func:`newsgraph.extract.event_identify.identify_groups`)."""
    from newsgraph.extract.nominals import _blamed

    return n.type == "PERSON" and (n.count or 0) >= 2 and _blamed(dis.doc[n.head_i])


def finish_groups(dis: Discourse) -> None:
    """Groups left pending during resolution (so that no description or pronoun of one person refers to
    them) become people again."""
    for c in dis.clusters:
        if c.type == PENDING_GROUP:
            c.type = "PERSON"


def _introduced(dis: Discourse, m: Mention) -> bool:
    """Whether a name introduces its person as a clause's actor with an age ("NAME, 49, ran away"): the
    subject of an active verb other than dying."""
    span = dis.doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or name_age(dis.article.text, m.start, m.end) is None:
        return False
    return span.root.dep_ == "nsubj" and span.root.head.lemma_ not in ("die", "be", "remain")


def identify_lead_subject(dis: Discourse) -> None:
    """A person the lead introduces by an indefinite description as its first subject ("A Texas inmate
    escaped ...") is the person the next sentences introduce by name and age as the actor of a clause
    ("NAME, 49, ran away ..."), when that is the first person the article names after the headline,
    within two sentences, and nothing (gender, age, country) conflicts. A name given first to another
    person, a name without age, a victim's clause ("NAME, 16, died") identify no one."""
    _, head_end = headline_span(dis.article.text)
    people = sorted((c for c in dis.clusters if c.type == "PERSON" and c.mentions and not c.members),
                    key=lambda c: min(m.start for m in c.mentions))
    body = [(min(m.start for m in c.mentions if m.start >= head_end), c) for c in people
            if any(m.start >= head_end for m in c.mentions)]
    first = next(((start, c) for start, c in sorted(body, key=lambda x: x[0])), None)
    if first is None or first[1].named:
        return
    start, u = first
    opener = min(u.mentions, key=lambda m: m.start)
    tok = dis.doc.char_span(opener.start, opener.end, alignment_mode="expand")
    if opener.kind != "NOM" or tok is None or tok[0].lower_ not in ("a", "an") or tok.root.dep_ != "nsubj" \
            or u.roles & ANONYMOUS_ROLES:
        return
    named = sorted((m.start, m) for c in people if c.named for m in c.mentions
                   if m.kind == "NAM" and m.start >= head_end)
    if not named:
        return
    _, m = named[0]
    c = dis.of_mention[m.id]
    if dis.sentence(m.start) - dis.sentence(start) > 2 or not _introduced(dis, m):
        return
    if agrees(c, u.gender, u.age) and not (u.country and c.country and u.country != c.country):
        merge_clusters(dis, u, c, f"the lead's {u.descriptor or 'person'} is the person it names next: "
                                  f"{cluster_name(c)}")


__all__ = ["PENDING_GROUP", "blamed_group", "finish_groups", "identify_lead_subject", "later_members",
           "stated_ages"]
