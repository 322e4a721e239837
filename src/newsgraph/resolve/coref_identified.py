"""Coreference stated outright: "identified the suspect as NAME", "the victim was named as NAME".

Crime and disaster reports tell who an unnamed person is with a verb of identifying and "as": "Deputies
identified the suspect as NAME, 27" (active), "The gunman was identified as NAME" or "NAME was identified as
the gunman" (passive), "a man identified as NAME" (a participle on the noun). The two sides of "as" are one
person. When exactly one side is named and the other is a description (not a pronoun, not a group, not
another named person), the description's cluster is merged into the named one, when nothing (sex, age,
country) conflicts; a pronoun that stands for an unnamed person is that person's description ("A man was
arrested. Police named him as NAME"). A description that coreference found no one for ("the suspect", with
no suspect before) becomes a mention of the named person, so that what it says of them ("suspect") is known.
``identify`` and ``name`` are the verbs (the British "police named the man as NAME"). The parser may
hang the "as" on a relative clause of the identified noun ("identified the officer who died as NAME"): a
name there is the one identified too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsgraph.extract.lexicon import lexicon
from newsgraph.nlp.doctext import children_of, doc_tokens
from newsgraph.resolve.coref_discourse import agrees, cluster_name, merge_clusters, new_mention

if TYPE_CHECKING:
    from spacy.tokens import Token

    from newsgraph.resolve.coref_discourse import Cluster, Discourse

#: Verbs whose "as" phrase says who someone is.
IDENTIFYING_VERBS = frozenset({"identify", "name"})


def _as_phrase(head: Token) -> Token | None:
    """The noun of an "as" phrase on a token, if it has one. The parser may read "as" and a name that looks
    like a verb as a clause ("was named as Amira Said": "Said" an adverbial clause marked by "as"); the name
    is the noun then."""
    for prep in children_of(head):
        if prep.dep_ == "prep" and prep.lower_ == "as":
            return next((t for t in children_of(prep) if t.dep_ == "pobj"), None)
        if prep.dep_ == "advcl" and prep.pos_ == "PROPN" and any(
                t.dep_ == "mark" and t.lower_ == "as" for t in children_of(prep)):
            return prep
    return None


def _as_object(verb: Token, who: Token | None) -> Token | None:
    """The noun of the "as" phrase on the verb or on who it identifies (the parser puts it on either):
    "identified the man as NAME" -> NAME's head token. When who is restricted by a relative clause, the
    parser may hang the "as" on that clause's verb ("identified the officer who died as NAME"): a name
    there is the one the verb gives ("the man who worked as a guard" names nobody)."""
    for head in (verb, who) if who is not None else (verb,):
        found = _as_phrase(head)
        if found is not None:
            return found
    clauses = [t for t in children_of(who) if t.dep_ == "relcl"] if who is not None else []
    for clause in clauses:
        found = _as_phrase(clause)
        if found is not None and found.pos_ == "PROPN":
            return found
    return None


def _identified(verb: Token) -> Token | None:
    """Who the verb identifies: its object (active), its passive subject, or the noun it qualifies."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return verb.head
    for dep in ("dobj", "nsubjpass"):
        found = next((t for t in children_of(verb) if t.dep_ == dep), None)
        if found is not None:
            return found
    return None


def _person(dis: Discourse, tok: Token) -> Cluster | None:
    """The one person cluster with a mention covering a token, if any (groups left out). A pronoun counts
    only when coreference resolved it to an unnamed person ("A man was arrested ... Police named him as
    NAME": the man is NAME); a pronoun of a named person is no description to name."""
    found = [c for c in dis.clusters_at(tok.idx) if c.type == "PERSON" and not c.members and not c.plural]
    if len(found) != 1 or (tok.pos_ == "PRON" and found[0].named):
        return None
    return found[0]


def _dropped_description(dis: Discourse, tok: Token) -> bool:
    """Whether a token heads a person description that coreference left without an entity ("the suspect"
    with no earlier suspect to refer to)."""
    role = lexicon().roles.get(tok.lemma_.lower())
    return (tok.pos_ == "NOUN" and tok.tag_ == "NN" and role is not None and role.type == "PERSON"
            and not dis.clusters_at(tok.idx))


def _name_description(dis: Discourse, tok: Token, named: Cluster) -> None:
    """Give a named person the description an identifying "as" joins to them, as a mention of theirs."""
    start, end = tok.left_edge.idx, tok.idx + len(tok.text)
    mention = new_mention(dis.article.text, start, end, "PERSON", "NOM", tok.text)
    dis.attach(named, mention, f"identified as {cluster_name(named)}", 0.9)
    named.roles.add(tok.lemma_.lower())


def identified_pairs(dis: Discourse) -> list[tuple[Token, Token]]:
    """The two sides of each identifying "as" in the article (who is identified, as whom), as tokens:
    :func:`identify_stated` decides which pairs name one person.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Police", "identified", "the", "man", "as", "Tom", "Roe"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, pos=["NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN",
    ...           "PROPN"], heads=[1, 1, 3, 1, 1, 6, 4], deps=["nsubj", "ROOT", "det", "dobj", "prep",
    ...           "compound", "pobj"], lemmas=["police", "identify", "the", "man", "as", "Tom", "Roe"])
    >>> class Dis: pass
    >>> dis = Dis(); dis.doc = doc
    >>> [(a.text, b.text) for a, b in identified_pairs(dis)]  # type: ignore[arg-type]
    [('man', 'Roe')]
    """
    pairs: list[tuple[Token, Token]] = []
    for tok in doc_tokens(dis.doc):
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in IDENTIFYING_VERBS:
            continue
        who = _identified(tok)
        as_whom = _as_object(tok, None if who is None or who.i == tok.head.i else who)
        if who is not None and as_whom is not None:
            pairs.append((who, as_whom))
    return pairs


def identify_stated(dis: Discourse) -> None:
    """Merge a described person into the named person an identifying "as" says they are (module docstring).

    Runs inside coreference; ``tests/resolve/test_coref_identified.py`` shows it on whole articles.
    """
    for who, as_whom in identified_pairs(dis):
        a, b = _person(dis, who), _person(dis, as_whom)
        for side, other in ((who, b), (as_whom, a)):
            if other is not None and other.named and _dropped_description(dis, side):
                _name_description(dis, side, other)  # "identified the suspect as NAME": the suspect is NAME
        if a is None or b is None or a is b or a.named == b.named:
            continue
        named, described = (a, b) if a.named else (b, a)
        if not agrees(named, described.gender, described.age) or (
                named.country and described.country and named.country != described.country):
            continue
        merge_clusters(dis, described, named, f"identified as {cluster_name(named)}")


__all__ = ["IDENTIFYING_VERBS", "identified_pairs", "identify_stated"]
