"""Coreference of a lead's described subject with the person the next sentence names doing the same.

A news lead often tells an act of a person it only describes ("A local man has been charged in a fatal
crash", "A suspected gang leader has hanged himself in jail") and the next sentence restates the act with
the person's name ("NAME was charged with manslaughter", "Police said NAME hanged himself in his cell"): the
delayed identification of news writing. The restated predicate identifies them, with or without an age
(:func:`~newsgraph.resolve.coref_cataphora.identify_lead_subject` needs one): the first person of the body,
unnamed and introduced by an indefinite description as the subject of a verb, is the first person the body
names, when that name comes within two sentences as the subject of the same verb in the same voice (not a
verb of saying or being) and nothing (gender, age, country) conflicts.

Looser, when the lead's description is the one unnamed person of its sentence (:func:`identify_named_next`):
"A man has been charged with arson ... NAME, 24, from the town is due to appear in court"; "One of the
bosses arrested ... has hanged himself ... NAME, the head of the clan, was found dead"; "the trial of an
Albany teen accused of ... The trial against 16-year-old NAME started". The first person the article names
after the lead, within two sentences, is the described person when they are introduced there with their age,
with a definite description apposed to the name ("NAME, the head of the clan,") or with the title the lead
described them by ("A judge ... Judge NAME"), not as the subject of a verb of saying nor together with
another name nor as a victim when the lead's person is none ("A gunman opened fire ... NAME, 52, died", "A
judge ... shot dead Judge NAME"), when nobody else was described in the lead's sentence or before the name
that the name could be, and nothing (gender, age, country) conflicts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsgraph.extract.lexicon import lexicon
from newsgraph.nlp.doctext import body_start, children_of
from newsgraph.resolve.coref_ages import age_nouns
from newsgraph.resolve.coref_discourse import SPEECH_VERBS, agrees, cluster_name, merge_clusters, name_age
from newsgraph.resolve.coref_lead import ANONYMOUS_ROLES

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsgraph.model import Mention
    from newsgraph.resolve.coref_discourse import Cluster, Discourse

#: Verbs whose repetition identifies nobody: being, staying, saying.
_EMPTY_VERBS = frozenset({"be", "remain", "have", "do"}) | SPEECH_VERBS
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
#: Verbs whose passive subject is a victim ("was shot"): a victim named next is not the lead's gunman.
_HARM_VERBS = frozenset({"kill", "shoot", "stab", "injure", "wound", "hurt", "hit", "die"})


def _subject_root(dis: Discourse, m: Mention) -> Token | None:
    """The root of a mention's phrase when it is the subject of a verb that says something, else None."""
    span = dis.doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.root.dep_ not in _SUBJECTS or span.root.head.lemma_.lower() in _EMPTY_VERBS:
        return None
    return span.root


def _first_body_person(dis: Discourse, head_end: int) -> tuple[Cluster, Mention] | None:
    """The first person of the body (after the headline) and its first mention there."""
    firsts = [(min((m for m in c.mentions if m.start >= head_end), key=lambda m: m.start), c)
              for c in dis.clusters if c.type == "PERSON" and not c.members
              and any(m.start >= head_end for m in c.mentions)]
    if not firsts:
        return None
    m, c = min(firsts, key=lambda x: x[0].start)
    return c, m


def _described_opener(dis: Discourse) -> tuple[Cluster, Mention] | None:
    """The article's first body person and its first mention, if it is described, not named or anonymous."""
    first = _first_body_person(dis, body_start(dis.article.text))
    if first is None or first[0].named or first[0].roles & ANONYMOUS_ROLES:
        return None
    return first


def identify_restated_subject(dis: Discourse) -> None:
    """Merge the lead's described subject into the person named next doing the same (module docstring)."""
    first = _described_opener(dis)
    if first is None:
        return
    u, opener = first
    own = _subject_root(dis, opener)
    if opener.kind != "NOM" or own is None or own.left_edge.lower_ not in ("a", "an"):
        return
    named = sorted(((m.start, m) for c in dis.clusters if c.type == "PERSON" and c.named and not c.members
                    for m in c.mentions if m.kind == "NAM" and m.start > opener.start), key=lambda x: x[0])
    if not named:
        return
    m = named[0][1]
    other = _subject_root(dis, m)
    if other is None or dis.sentence(m.start) - dis.sentence(opener.start) not in (1, 2):
        return
    if other.dep_ != own.dep_ or other.head.lemma_.lower() != own.head.lemma_.lower():
        return
    c = dis.of_mention[m.id]
    if agrees(c, u.gender, u.age) and not (u.country and c.country and u.country != c.country):
        merge_clusters(dis, u, c, f"the lead's {u.descriptor or 'person'} is the person named next doing the "
                                  f"same ({own.head.lemma_}): {cluster_name(c)}")


def _indefinite_subject(dis: Discourse, m: Mention) -> bool:
    """Whether a description introduces someone not known yet as a clause's subject: "a man", "an Albany
    teen", "one of the bosses"."""
    span = dis.doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and span[0].lower_ in ("a", "an", "one") and span.root.dep_ in _SUBJECTS


def _introduced_here(dis: Discourse, u: Cluster, c: Cluster, m: Mention) -> bool:
    """Whether a name introduces its person as the one the lead described: given with an age ("NAME, 24, is
    due in court", "the trial of 16-year-old NAME") or with the title the lead described them by ("A judge
    ... Judge NAME"), and not as the subject of a verb of saying something ("Constable NAME said the man")."""
    span = dis.doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or span.root.dep_ == "conj" or any(t.dep_ == "conj" for t in children_of(span.root)):
        return False  # "NAME, 16, and NAME, 17, ran": either
    verb = span.root.head
    if span.root.dep_ in _SUBJECTS and (verb.lemma_.lower() in SPEECH_VERBS
                                        or any(t.dep_ == "ccomp" for t in children_of(verb))):
        return False
    if c.titles:
        return bool(u.roles & (c.roles | c.words))
    return name_age(dis.article.text, m.start, m.end) is not None or _apposed_description(span.root)


def _apposed_description(name: Token) -> bool:
    """Whether a definite description is apposed after a name: "NAME, the head of the clan,": news
    introduces the person a story is about so when it first names them; an indefinite one ("NAME, a
    neighbour,") introduces a bystander as often."""
    return any(t.dep_ == "appos" and t.i > name.i and t.pos_ == "NOUN"
               and any(d.dep_ == "det" and d.lower_ == "the" for d in children_of(t))
               for t in children_of(name))


def _harmed(dis: Discourse, m: Mention) -> bool:
    """Whether a mention is told as a victim by its clause: "NAME died", "NAME was shot"."""
    span = dis.doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    dep, lemma = span.root.dep_, span.root.head.lemma_.lower()
    return (dep == "nsubj" and lemma == "die") or (dep == "nsubjpass" and lemma in _HARM_VERBS)


def _ages_fit(u: Cluster, c: Cluster) -> bool:
    """Whether a named person's stated age fits an unnamed one's (its own, or that its age nouns allow)."""
    if c.age is None:
        return True
    if u.age is not None:
        return u.age == c.age
    nouns = age_nouns()
    return all(nouns[r][0] <= c.age <= nouns[r][1] for r in u.roles if r in nouns)


def _other_age(dis: Discourse, c: Cluster, name: Mention) -> bool:
    """Whether an unnamed person's stated age rules out a name given with another ("a 22-year-old man ...
    NAME, 41,"): that person is not the one named."""
    age = name_age(dis.article.text, name.start, name.end)
    return age is not None and c.age is not None and c.age != age


def _alone_before(dis: Discourse, u: Cluster, opener: Mention, name: Mention) -> bool:
    """Whether the described person is the only unnamed person the name could be: no other person is
    described in the lead's sentence ("A driver ... struck and killed a woman") nor after it before the name
    ("A man ... One victim died ... NAME, 38"), but one of another age than the name's ("a 22-year-old
    man", "NAME, 41,")."""
    first = dis.sentence(opener.start)
    others = [c for c in dis.clusters if c is not u and c.type == "PERSON" and not c.named and not c.members
              and not c.plural and any(m.kind == "NOM" and first <= dis.sentence(m.start)
                                       and m.start < name.start for m in c.mentions)]
    if any(not _other_age(dis, c, name) for c in others):
        return False
    ruled_out = [(m.start, m.end) for c in others for m in c.mentions]
    span = dis.doc.char_span(opener.start, opener.end, alignment_mode="expand")
    roles = lexicon().roles
    return span is not None and not any(
        t.tag_ == "NN" and (role := roles.get(t.lemma_.lower())) is not None and role.type == "PERSON"
        and not any(a <= t.idx < b for a, b in ruled_out)
        for t in span.sent if not span.start <= t.i < span.end)


def _victims_agree(dis: Discourse, opener: Mention, c: Cluster, name: Mention) -> bool:
    """Whether the named person is told as a victim as the lead's person is: a lead that tells no victim
    takes no name told as one ("A gunman opened fire ... NAME, 52, died"); a lead's victim takes a name the
    story goes on to tell as harmed ("A clerk was shot dead ... NAME, 41, was working alone when a gunman
    walked in ... shot him"), not one it only charges."""
    if not _victim(dis, opener):
        return not _victim(dis, name)
    return any(_victim(dis, m) for m in c.mentions if m.start >= name.start)


def _victim(dis: Discourse, m: Mention) -> bool:
    """Whether a mention is told as a victim: by its clause ("NAME died", "NAME was shot") or on the object
    side of the nearest verb above it, an act of harm ("killing Judge NAME and a reporter", also when the
    parser hangs the name on a phrase of the verb: "killing in the hallway Judge NAME")."""
    span = dis.doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    if _harmed(dis, m):
        return True
    tok = span.root
    while tok.pos_ not in ("VERB", "AUX") and tok.dep_ not in ("nsubj", "nsubjpass") and tok.head is not tok:
        tok = tok.head
    return tok.pos_ == "VERB" and tok.lemma_.lower() in _HARM_VERBS - {"die"}


def identify_named_next(dis: Discourse) -> None:
    """Merge the lead's only described person into the person named first after it (module docstring)."""
    first = _described_opener(dis)
    if first is None:
        return
    u, opener = first
    sent = dis.sentence(opener.start)
    lead = dis.sentence(body_start(dis.article.text))
    if opener.kind != "NOM" or not _indefinite_subject(dis, opener) or sent - lead > 1:
        return
    later = [(min(c.mentions, key=lambda m: m.start), c) for c in dis.clusters
             if c.type == "PERSON" and c.named and not c.members
             and all(dis.sentence(m.start) > sent for m in c.mentions)]
    if not later:
        return
    m, c = min(later, key=lambda x: x[0].start)
    if m.kind != "NAM" or dis.sentence(m.start) - sent > 2 or c.roles & ANONYMOUS_ROLES \
            or not _introduced_here(dis, u, c, m) \
            or not _alone_before(dis, u, opener, m) or not _victims_agree(dis, opener, c, m):
        return
    if agrees(c, u.gender, None) and _ages_fit(u, c) and not (u.country and c.country
                                                              and u.country != c.country):
        merge_clusters(dis, u, c, f"the lead's {u.descriptor or 'person'} is the person named first after "
                                  f"it: {cluster_name(c)}")


__all__ = ["identify_named_next", "identify_restated_subject"]
