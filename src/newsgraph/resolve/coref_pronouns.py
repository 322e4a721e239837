"""Pronouns in within-article coreference (step 3 of :mod:`newsgraph.resolve.coref`): a pronoun that refers
goes to the most salient agreeing cluster of the last sentences (recency, subject role, earlier pronouns),
never to the speaker of the quotation it stands in nor to the subject of its own clause ("he met him").
A gendered pronoun of a clause subordinate to a verb whose most salient candidate is of unknown sex goes
instead to the one object of that verb known to be of its sex ("NAME struck NAME, a grandmother, as she
walked"; "a detective shot a woman, NAME, as she tried to flee"): the sex a description states outweighs
the subject's salience. A plural pronoun no group or collective fits stands for the people coordinated as
the subject just before it (:mod:`.coref_coordinated`).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.countries import country_code
from newsgraph.nlp.doctext import children_of
from newsgraph.resolve.coref_collective import is_collective
from newsgraph.resolve.coref_coordinated import pronoun_for_coordinated
from newsgraph.resolve.coref_discourse import (
    PRONOUNS,
    SUBJECT_DEPS,
    Cluster,
    Discourse,
    new_mention,
    recent,
    subject_clusters,
)

_IMPERSONAL_IT = frozenset({"be", "seem", "appear", "take", "remain", "matter", "happen", "look", "sound",
                            "follow", "rain", "mean", "cost", "turn", "become", "get"})
_RECENCY = {0: 100, 1: 60, 2: 30, 3: 15}


def _pronoun_refers(tok: Token) -> bool:
    """False for impersonal "it" ("it is likely that", "it seems")."""
    if tok.lower_ != "it":
        return True
    if tok.dep_ not in SUBJECT_DEPS:
        return tok.dep_ in ("dobj", "pobj")
    head = tok.head
    if head.lemma_ == "come" and any(c.lower_ == "to" for c in children_of(head)):  # "when it comes to"
        return False
    return head.lemma_ not in _IMPERSONAL_IT and not any(c.dep_ == "expl" for c in children_of(head))


def _pronoun_fits(cluster: Cluster, ptype: str | None, gender: str | None, number: str) -> bool:
    if is_collective(cluster):  # "the government ... it", "rebels ... they"
        return cluster.plural == (number == "pl") and ptype != "PERSON"
    if number == "pl":
        return bool(cluster.members)
    if cluster.members:
        return False
    if ptype == "PERSON":
        return cluster.type == "PERSON" and (gender is None or cluster.gender in (None, gender))
    return cluster.type == "ORG" or (cluster.type == "GPE" and any(country_code(x) for x in cluster.names()))


def _near_group(dis: Discourse, tok: Token, last: int) -> bool:
    """A plural pronoun refers to a group only from the same or next sentence, on the same side of quotes."""
    return dis.sentence(tok.idx) - dis.sentence(last) <= 1 and dis.in_quote(tok.idx) == dis.in_quote(last)


def _salience(dis: Discourse, cluster: Cluster, tok: Token, last: int) -> int:
    mention = next(m for m in cluster.mentions if m.start == last)
    dist = dis.sentence(tok.idx) - dis.sentence(last)
    score = _RECENCY.get(dist, -1000)
    span = dis.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if mention.kind != "PRO" and span is not None and len(span):
        # a headline's title-case description ("Teen Arrested") is no subject of the body's discourse
        headline_word = mention.kind == "NOM" and span.root.pos_ == "PROPN"
        root = span.root.head if span.root.dep_ == "appos" else span.root  # "The automaker NAME said"
        score += 60 if root.dep_ in SUBJECT_DEPS and not headline_word else 0
    score += 50 if mention.kind == "PRO" else 0
    score += min(20, 4 * sum(1 for m in cluster.mentions if m.start < tok.idx))
    if dis.in_quote(last) and not dis.in_quote(tok.idx):
        score -= 70
    return score


def _object_before(dis: Discourse, start: int, tok: Token) -> bool:
    """Whether the mention at ``start`` is the object of a verb whose subordinate clause holds the pronoun:
    "NAME struck NAME, a grandmother, as she walked" (not a subject, not another sentence's)."""
    span = dis.doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or dis.sentence(start) != dis.sentence(tok.idx):
        return False
    root = span[0]
    while root.head.i != root.i and root.head.i < tok.i and root.dep_ in ("compound", "appos", "amod", "det"):
        root = root.head
    if root.dep_ == "pobj":
        root = root.head
    if root.dep_ not in ("dobj", "prep"):
        return False
    verbs = {root.head.i} | ({root.head.head.i} if root.head.dep_ == "conj" else set())
    return any(a.i in verbs for a in tok.ancestors) and tok.head.dep_ in ("advcl", "relcl")


def resolve_pronoun(dis: Discourse, tok: Token) -> None:
    """Step 3 for one pronoun: the most salient agreeing cluster, never the quotation's own speaker."""
    ptype, gender, number = PRONOUNS[tok.lower_]
    if not _pronoun_refers(tok):
        return
    banned = dis.speakers(tok.idx) if dis.in_quote(tok.idx) else set()
    if tok.dep_ in ("dobj", "pobj", "dative") and tok.lower_ in ("him", "her", "them"):
        banned |= subject_clusters(dis, tok.head)
    candidates = [(_salience(dis, c, tok, last), c, last) for last, c in recent(dis, tok.idx)
                  if c.key not in banned and _pronoun_fits(c, ptype, gender, number)
                  and (number == "sg" or _near_group(dis, tok, last))]
    candidates = [x for x in candidates if x[0] > 0]
    if not candidates:
        if number == "pl" and ptype is None:  # "NAME and NAME ran a shop. They were arrested"
            pronoun_for_coordinated(dis, tok)
        return
    candidates.sort(key=lambda x: -x[0])
    if ptype == "PERSON" and gender and candidates[0][1].gender is None:
        known = [x for x in candidates if x[1].gender == gender and _object_before(dis, x[2], tok)]
        if len(known) == 1:
            candidates.remove(known[0])
            candidates.insert(0, known[0])
    scored = [(score, c) for score, c, _ in candidates]
    best_score, best = scored[0]
    margin = best_score - (scored[1][0] if len(scored) > 1 else 0)
    mention = new_mention(dis.article.text, tok.idx, tok.idx + len(tok.text), best.type, "PRO", tok.text)
    why = f"'{tok.text}' agrees with and most salient: {(best.names() or [best.descriptor or '?'])[0]}"
    dis.attach(best, mention, why, round(min(0.95, 0.5 + margin / 200), 2))
    if ptype == "PERSON" and gender:
        best.gender = best.gender or gender
