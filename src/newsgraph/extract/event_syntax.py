"""Grammatical roles of event words read from the dependency parse alone: subjects (also of controlled and
coordinated verbs), agents, objects, datives, the subject of a "to"-clause, prepositional objects, coordinated
phrases and the antecedents of relative pronouns.

:mod:`newsgraph.extract.event_args` turns these tokens into participants (the article's mentions).

>>> import spacy
>>> from spacy.tokens import Doc
>>> d = Doc(spacy.blank("en").vocab, words=["Iraq", "and", "Iran", "met"], heads=[3, 0, 0, 3],
...         deps=["nsubj", "cc", "conj", "ROOT"], pos=["PROPN", "CCONJ", "PROPN", "VERB"])
>>> subjects_of(d[3])
[Iraq, Iran]
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from newsgraph.nlp.doctext import children_of

_SUBJECTS = frozenset({"nsubj", "csubj"})
_NOMINALS = frozenset({"NOUN", "PROPN", "ADJ", "ADV", "VERB"})
_COMPLEMENTS = frozenset({"oprd", "xcomp", "advmod", "npadvmod", "ccomp", "acomp"})
_OBJECTS = frozenset({"dobj", "obj", "attr", "oprd"})
_CONJUNCT_POS = frozenset({"NOUN", "PROPN", "PRON", "ADJ", "NUM"})


def is_passive(tok: Token) -> bool:
    """Whether a verb is in the passive ("were killed", "militants killed in", "was arrested and charged")."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in children_of(tok)):
        return True
    if _set_off_participle(tok) or _reduced_relative(tok):
        return True
    if any(c.dep_ in ("aux", "nsubj") for c in children_of(tok)):
        return False
    if tok.dep_ == "acl" and tok.tag_ == "VBD" and not any(c.dep_ == "dobj" for c in children_of(tok)):
        return True  # a reduced relative the tagger read as a past tense ("NAME, one of 99 members seized")
    if tok.tag_ != "VBN":
        return False
    if tok.dep_ in ("acl", "amod") or any(c.dep_ == "agent" for c in children_of(tok)):
        return True  # "Arrested by the FBI, he was ...": a participle with a "by" agent
    if tok.dep_ in ("xcomp", "oprd") and not any(c.dep_ in ("dobj", "obj") for c in children_of(tok)):
        return True  # "was found stabbed to death", "got shot": a participle complement says what befell
    return tok.dep_ == "conj" and tok.head.i != tok.i and is_passive(tok.head)


def _reduced_relative(tok: Token) -> bool:
    """ "A suspected boss arrested Tuesday in a police swoop has died": a participle modifying the subject,
    which the parser took for the clause's verb, with the real verb ("has died", with an auxiliary of its
    own) coordinated to it without "and", or governing it as a clausal subject ("One of the bosses arrested
    in a crackdown has hanged himself")."""
    if tok.tag_ not in ("VBD", "VBN") or not any(c.dep_ == "nsubj" for c in children_of(tok)):
        return False
    if any(c.dep_ in ("cc", "aux", "auxpass", "dobj", "ccomp", "xcomp") for c in children_of(tok)):
        return False
    if tok.dep_ == "csubj" and tok.head.pos_ in ("VERB", "AUX"):
        return True  # "One of the bosses arrested in a raid has hanged himself": read as a clausal subject
    return any(c.dep_ == "conj" and c.i > tok.i and c.pos_ in ("VERB", "AUX")
               and any(a.dep_ == "aux" for a in children_of(c)) for c in children_of(tok))


def _set_off_participle(tok: Token) -> bool:
    """A participle set off by commas right after its noun, which the parser took for the noun's verb:
    "NAME, shot in the neck, remained in hospital" (a past-tense verb directly after "subject," that has no
    object and is itself followed by a comma)."""
    if tok.tag_ not in ("VBD", "VBN") or tok.i < 2 or tok.doc[tok.i - 1].text != ",":
        return False
    subj = [c for c in children_of(tok) if c.dep_ == "nsubj"]
    if len(subj) != 1 or subj[0].right_edge.i not in (tok.i - 2, tok.i - 1):
        return False
    if any(c.dep_ in ("dobj", "aux") for c in children_of(tok)):
        return False
    return any(c.text == "," and c.i > tok.i for c in children_of(tok))


def conjuncts(tok: Token) -> list[Token]:
    """A token and the tokens coordinated with it ("X and Y and Z"; "his mother, NAME, and sister", where the
    parser hangs the second on the apposition)."""
    out = [tok]
    for c in children_of(tok):
        if c.dep_ == "conj" and c.pos_ in _CONJUNCT_POS:
            out.extend(conjuncts(c))
        elif c.dep_ == "appos":
            coordinated = [g for g in children_of(c) if g.dep_ == "conj" and g.pos_ in _CONJUNCT_POS]
            out.extend(t for g in coordinated for t in conjuncts(g))
    following = _next_aged_person(tok)
    if following is not None and following not in out:
        out.extend(conjuncts(following))
    return out


def _aged(tok: Token) -> bool:
    """Whether a proper noun carries an age in apposition ("NAME, 32,")."""
    return tok.pos_ == "PROPN" and any(c.dep_ == "appos" and c.like_num for c in children_of(tok))


def _next_aged_person(tok: Token) -> Token | None:
    """The next person of a list of people with their ages ("wounding NAME, 32, and NAME, 11"), which the
    parser hangs on the verb rather than coordinating it: a proper noun with an age after ", and" right
    behind a proper noun with an age.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> w = ["hurt", "Ann", "Lee", ",", "32", ",", "and", "Bo", "Li", ",", "11", "."]
    >>> d = Doc(spacy.blank("en").vocab, words=w, heads=[0, 2, 0, 2, 2, 0, 0, 8, 0, 8, 8, 0],
    ...         deps=["ROOT", "compound", "dobj", "punct", "appos", "punct", "cc", "compound", "npadvmod",
    ...               "punct", "appos", "punct"], pos=["VERB", "PROPN", "PROPN", "PUNCT", "NUM", "PUNCT",
    ...               "CCONJ", "PROPN", "PROPN", "PUNCT", "NUM", "PUNCT"])
    >>> _next_aged_person(d[2])
    Li
    """
    if not _aged(tok):
        return None
    doc, end = tok.doc, tok.right_edge.i
    if end + 3 >= len(doc) or doc[end + 1].text != "," or doc[end + 2].lower_ != "and":
        return None
    j = end + 3
    while j + 1 < len(doc) and doc[j].dep_ == "compound" and doc[j].head.i == j + 1:
        j += 1
    nxt = doc[j]
    if tok.left_edge.i <= nxt.head.i <= end or not _aged(nxt):
        return None
    return nxt


def subjects_of(verb: Token, depth: int = 0) -> list[Token]:
    """The subject tokens of a verb; a controlled or coordinated verb takes its governor's subject."""
    own = ([c for c in children_of(verb) if c.dep_ in _SUBJECTS] or aux_subjects(verb)
           or stranded_subject(verb))
    if own:
        return [t for s in own for t in conjuncts(relative_antecedent(s))]
    controlled = _pcomp_controller(verb)
    if controlled:
        return controlled
    finite = _finite_conjunct_head(verb)
    if finite is not None and depth < 5:
        return subjects_of(finite, depth + 1)
    head = _controller(verb)
    if depth < 5 and head is not None:
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and is_passive(head) and agents_of(head):
            return agents_of(head)  # "the attack was foiled by a warship, capturing 26 pirates"
        subj = [c for c in children_of(head) if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
        if subj:
            return [t for s in subj for t in conjuncts(relative_antecedent(s))]
        return subjects_of(head, depth + 1)
    if verb.dep_ == "relcl":
        return [verb.head]
    return []


_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_PARTICIPLES = frozenset({"VBG", "VBN"})


def _finite_conjunct_head(verb: Token) -> Token | None:
    """The clause verb a finite verb coordinates with when the parser hung it on a participle phrase: a
    finite verb cannot be conjoined to a participle ("the navy stopped pirates attacking a ship flying a
    flag and took 23 into custody": took is the navy's, not the ship's), so it is the nearest verb above
    the participle that has a subject of its own.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Navy", "saw", "a", "ship", "flying", "flags", "and", "took", "it"]
    >>> heads = [1, 1, 3, 1, 3, 4, 4, 4, 7]
    >>> deps = ["nsubj", "ROOT", "det", "dobj", "acl", "dobj", "cc", "conj", "dobj"]
    >>> tags = ["NNP", "VBD", "DT", "NN", "VBG", "NNS", "CC", "VBD", "PRP"]
    >>> d = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags)
    >>> _finite_conjunct_head(d[7]), subjects_of(d[7])
    (saw, [Navy])
    """
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ not in _FINITE or head.tag_ not in _PARTICIPLES or head.i == verb.i:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in children_of(head)):
        return None  # "has been flying": a verb phrase of its own
    for anc in head.ancestors:
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(anc)):
            return anc
    return None


def _controller(verb: Token) -> Token | None:
    """The verb whose subject a subjectless verb shares: its governor for "to"-complements and coordinated
    verbs; the verb above a prepositional gerund ("are guilty of violating")."""
    to_clause = verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb))
    participle = (
        verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(c.dep_ == "mark" for c in children_of(verb))
    )
    # "bought a gun ..., then returned": the parser hangs a second verb of a series on the first as "dep"
    series = verb.dep_ == "dep" and verb.pos_ == "VERB" and verb.head.pos_ == "VERB" and verb.head.i < verb.i
    if verb.dep_ in ("xcomp", "conj", "acomp") or to_clause or participle or series:
        return verb.head if verb.head.i != verb.i else None
    if verb.dep_ == "pcomp":
        for anc in list(verb.ancestors)[:3]:
            if anc.pos_ in ("VERB", "AUX"):
                return anc
    return None


#: Prepositions of time and manner whose gerund shares the subject of the verb above ("killed two before
#: being taken into custody": she was taken, not the two).
_SUBJECT_CONTROLLED = frozenset(
    {"before", "after", "since", "while", "without", "upon", "despite", "following"}
)


def _pcomp_controller(verb: Token) -> list[Token]:
    """ "convicted X of murdering", "accused X of killing": the gerund's subject is the governing verb's
    object (or passive subject), not its subject -- except after a preposition of time or manner."""
    if verb.dep_ != "pcomp" or verb.head.lower_ in _SUBJECT_CONTROLLED:
        return []
    for anc in list(verb.ancestors)[:3]:
        if anc.pos_ in ("VERB", "AUX"):
            objs = [c for c in children_of(anc) if c.dep_ in ("dobj", "nsubjpass")]
            if not objs and anc.dep_ == "acl" and anc.tag_ == "VBN":
                objs = [anc.head]  # "the man accused of shooting": the man
            return [t for o in objs for t in conjuncts(o)]
    return []


def agents_of(verb: Token, depth: int = 0) -> list[Token]:
    """The agent of a verb: the ``by`` object in the passive, the subject otherwise."""
    if not is_passive(verb):
        return subjects_of(verb, depth)
    for c in children_of(verb):
        if c.dep_ == "agent":
            return [t for p in children_of(c) if p.dep_ == "pobj" for t in conjuncts(p)]
    return []


def controlling_objects(verb: Token, control_verbs: frozenset[str]) -> list[Token]:
    """The object of the verb governing a verb's to-clause, when that verb lends its object as the clause's
    subject (object control, ``control_verbs``): "forced Sweden to extradite" -> Sweden. Also for the
    to-clause the parser hangs as a purpose right after the object ("pressed Myanmar to free").

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words, deps = ["Turkey", "forced", "Sweden", "to", "act"], ["nsubj", "ROOT", "dobj", "aux", "xcomp"]
    >>> lemmas = ["Turkey", "force", "Sweden", "to", "act"]
    >>> d = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 4, 1], deps=deps, lemmas=lemmas)
    >>> controlling_objects(d[4], frozenset({"force"})), controlling_objects(d[4], frozenset())
    ([Sweden], [])
    """
    gov = verb.head
    if verb.dep_ not in ("xcomp", "advcl") or gov.i == verb.i or gov.lemma_.lower() not in control_verbs:
        return []
    if is_passive(verb):  # "allowed the prisoners to be freed": not by the prisoners
        return []
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb)):
        return []
    objs = [c for c in children_of(gov) if c.dep_ == "dobj" and c.i < verb.i]
    if not objs or (verb.dep_ == "advcl" and verb.left_edge.i != objs[0].right_edge.i + 1):
        return []
    return [t for o in objs for t in conjuncts(o)]


def controlled_subjects(tok: Token) -> list[Token]:
    """The subject of a "to"-clause a verb governs when the verb has no object of its own: "allowed the
    candidate to run", "urged Iraq to cooperate" (that subject is the verb's object in meaning).

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words, deps = ["They", "allowed", "Khan", "to", "run"], ["nsubj", "ROOT", "nsubj", "aux", "ccomp"]
    >>> controlled_subjects(Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 4, 4, 1], deps=deps)[1])
    [Khan]
    """
    if any(c.dep_ in ("dobj", "obj") for c in children_of(tok)):
        return []
    return [
        s
        for c in children_of(tok)
        if c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c))
        for s in children_of(c)
        if s.dep_ in ("nsubj", "nsubjpass")
    ]


def datives(verb: Token) -> list[Token]:
    """The indirect objects of a verb: "gave Iraq aid", and "to" phrases the parser marks as datives
    ("granted asylum to five officers", "provided intelligence to Macedonia") -- their objects.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words, pos = ["Japan", "sent", "aid", "to", "Nepal"], ["PROPN", "VERB", "NOUN", "ADP", "PROPN"]
    >>> deps = ["nsubj", "ROOT", "dobj", "dative", "pobj"]
    >>> d = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 1, 3], deps=deps, pos=pos)
    >>> datives(d[1])
    [Nepal]
    """
    out: list[Token] = []
    for c in children_of(verb):
        if c.dep_ != "dative":
            continue
        if c.pos_ == "ADP":
            out += [t for p in children_of(c) if p.dep_ == "pobj" for t in conjuncts(p)]
        else:
            out += conjuncts(c)
    return out


def patients_of(verb: Token) -> list[Token]:
    """The direct objects of a verb (its passive subjects in the passive; the noun a participle modifies)."""
    if is_passive(verb):
        subj = ([c for c in children_of(verb) if c.dep_ in ("nsubjpass", "nsubj")] or aux_subjects(verb)
                or stranded_subject(verb))
        if not subj and verb.dep_ in ("acl", "amod"):
            subj = [verb.head.head if verb.head.dep_ == "appos" else verb.head]  # "NAME, one of 99 seized"
            subj = among_subjects(subj[0]) or subj  # "NAME was among those killed": NAME
        if not subj and verb.dep_ == "conj":
            subj = [c for c in children_of(verb.head) if c.dep_ in ("nsubjpass", "nsubj")]
        if not subj and verb.dep_ in ("pcomp", "xcomp", "advcl"):
            subj = subjects_of(verb)
        return [t for s in subj for t in conjuncts(relative_antecedent(s))]
    if verb.dep_ == "amod" and verb.tag_ == "VBD" and verb.head.i > verb.i:  # parsed as an adjective:
        noun = verb.head  # "X on Saturday hosted Japanese Prime Minister Y"
        while noun.dep_ == "compound" and noun.head.i > noun.i:
            noun = noun.head
        return conjuncts(noun)
    own = [t for c in children_of(verb) if c.dep_ in _OBJECTS for t in conjuncts(c)]
    return own or shared_objects(verb) or small_clause_subjects(verb)


def among_subjects(noun: Token) -> list[Token]:
    """The subjects a clause counts among the people a noun describes ("NAME was among those killed",
    "two Britons are among the hostages freed"): they are the ones the participle on the noun tells of."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "among" or prep.head.pos_ not in ("VERB", "AUX"):
        return []
    return [c for c in children_of(prep.head) if c.dep_ in ("nsubj", "nsubjpass")]


def aux_subjects(verb: Token) -> list[Token]:
    """The subject the parser hangs on a verb's auxiliary instead of the verb ("said [Peru is] committed
    to ...": "Peru" under "is").

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words, deps = ["Lima", "is", "committed"], ["nsubj", "auxpass", "ROOT"]
    >>> aux_subjects(Doc(spacy.blank("en").vocab, words=words, heads=[1, 2, 2], deps=deps)[2])
    [Lima]
    """
    return [g for c in children_of(verb) if c.dep_ in ("aux", "auxpass") and c.i < verb.i
            for g in children_of(c) if g.dep_ in ("nsubj", "nsubjpass")]


def stranded_subject(verb: Token) -> list[Token]:
    """The subject of a coordinated clause that the parser joined to the noun before it instead ("football
    is a team game and fellow player NAME was arrested": NAME hangs as a conjunct of "game", and "arrested"
    has no subject): the noun right before the clause's first auxiliary, a conjunct of the clause before.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["It", "is", "a", "game", "and", "Boyd", "was", "arrested"]
    >>> heads = [1, 1, 3, 1, 3, 3, 7, 1]
    >>> deps = ["nsubj", "ROOT", "det", "attr", "cc", "conj", "auxpass", "conj"]
    >>> pos = ["PRON", "AUX", "DET", "NOUN", "CCONJ", "PROPN", "AUX", "VERB"]
    >>> stranded_subject(Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)[7])
    [Boyd]
    """
    if verb.dep_ != "conj":
        return []
    auxes = [c for c in children_of(verb) if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    if not auxes or auxes[0].i == 0:
        return []
    noun = verb.doc[auxes[0].i - 1]
    stranded = noun.dep_ == "conj" and noun.head.i < noun.i and noun.head.i > verb.head.i
    return [noun] if stranded and noun.pos_ in ("NOUN", "PROPN") and noun.head.head.i == verb.head.i else []


def small_clause_subjects(verb: Token) -> list[Token]:
    """The subject of an adjective the verb makes it ("found him guilty", "declared NAME dead"), which the
    parser gives as the adjective's subject, not the verb's object.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words, deps = ["jurors", "found", "Roe", "guilty"], ["nsubj", "ROOT", "nsubj", "ccomp"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 3, 1], deps=deps,
    ...           pos=["NOUN", "VERB", "PROPN", "ADJ"])
    >>> small_clause_subjects(doc[1])
    [Roe]
    """
    return [t for c in children_of(verb) if c.dep_ == "ccomp" and c.pos_ == "ADJ"
            for s in children_of(c) if s.dep_ in ("nsubj", "nsubjpass") for t in conjuncts(s)]


def shared_objects(verb: Token) -> list[Token]:
    """ "arrested and charged X": a verb right before "and" and a coordinated verb shares that verb's
    object (the parser hangs it on the second verb only)."""
    doc = verb.doc
    if verb.i + 2 >= len(doc) or doc[verb.i + 1].dep_ != "cc" or doc[verb.i + 1].head.i != verb.i:
        return []
    second = doc[verb.i + 2]
    if second.dep_ != "conj" or second.head.i != verb.i or second.pos_ != "VERB" or is_passive(second):
        return []
    return [t for c in children_of(second) if c.dep_ in ("dobj", "obj") for t in conjuncts(c)]


def object_heads(tok: Token) -> list[Token]:
    """The object-like heads a trigger's object conditions look at (objects, passive subjects)."""
    heads = patients_of(tok) if tok.pos_ in ("VERB", "AUX") else []
    extra = [
        c for c in children_of(tok) if c.dep_ == "dative" or (c.dep_ in _COMPLEMENTS and c.pos_ in _NOMINALS)
    ]
    return heads + extra + (shifted_objects(tok) if not heads and tok.pos_ == "VERB" else [])


def shifted_objects(verb: Token) -> list[Token]:
    """An object put after the "as" of its predicate, which the parser takes for the object of "as":
    "dismissed as baseless the charges", "rejected as groundless Israeli accusations".

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Syria", "dismissed", "as", "groundless", "Israeli", "claims"]
    >>> deps = ["nsubj", "ROOT", "prep", "amod", "amod", "pobj"]
    >>> d = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 5, 5, 2], deps=deps,
    ...         pos=["PROPN", "VERB", "ADP", "ADJ", "ADJ", "NOUN"])
    >>> shifted_objects(d[1])
    [claims]
    """
    out = []
    for c in children_of(verb):
        if c.dep_ != "prep" or c.lower_ != "as" or c.i + 1 >= len(c.doc):
            continue
        pred = c.doc[c.i + 1]
        out += [o for o in children_of(c) if o.dep_ == "pobj" and pred.pos_ == "ADJ" and pred.head.i == o.i
                and pred.dep_ == "amod" and o.i > pred.i + 1]
    return out


def relative_antecedent(tok: Token) -> Token:
    """For a relative pronoun ("who", "which", "that"), the noun the relative clause modifies."""
    if tok.tag_ in ("WP", "WDT") and tok.head.dep_ == "relcl":
        return tok.head.head
    return tok


#: Two-word prepositions read as one ("pulled out of Georgia": from Georgia).
COMPOUND_PREPS: dict[tuple[str, str], str] = {("out", "of"): "from", ("away", "from"): "from"}


def prep_objects(tok: Token, prep: str | None = None) -> Iterator[tuple[str, Token]]:
    """``(preposition lemma, object)`` pairs of a token's prepositional children (objects coordinated); a
    two-word preposition of :data:`COMPOUND_PREPS` counts as the one it means ("out of" as "from"), or as
    its last word when that is asked for."""
    for c in children_of(tok):
        if c.dep_ not in ("prep", "agent", "prt", "advmod"):
            continue
        lemma = c.lemma_.lower()
        names = {lemma}
        if c.dep_ in ("prt", "advmod") or not any(p.dep_ in ("pobj", "pcomp") for p in children_of(c)):
            inner = next((g for g in children_of(c) if g.dep_ == "prep"
                          and (lemma, g.lemma_.lower()) in COMPOUND_PREPS), None)
            if inner is not None:
                meaning = COMPOUND_PREPS[(lemma, inner.lemma_.lower())]
                c, lemma, names = inner, meaning, {inner.lemma_.lower(), meaning}
            elif c.dep_ not in ("prep", "agent"):
                continue
        if prep is not None and prep not in names:
            continue
        for p in children_of(c):
            if p.dep_ in ("pobj", "pcomp"):
                for obj in conjuncts(p):
                    yield prep or lemma, obj


def condition_subjects(tok: Token, marks: frozenset[str]) -> list[Token]:
    """Who a threat is made to: the subject of the nearest condition below the trigger ("threatened to
    strike unless Israel rescinded ...", "threatened to stop talks to cut arms if the United States goes
    ahead").

    A condition is an adverbial clause opened by one of ``marks``.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["Iran", "threatened", "to", "strike", "unless", "Iraq", "yields"]
    >>> deps = ["nsubj", "ROOT", "aux", "xcomp", "mark", "nsubj", "advcl"]
    >>> d = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 3, 1, 6, 6, 3], deps=deps)
    >>> condition_subjects(d[1], frozenset({"unless"}))
    [Iraq]
    """
    for c in sorted(tok.subtree, key=lambda t: abs(t.i - tok.i)):
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in children_of(c)):
            return [t for s in children_of(c) if s.dep_ in ("nsubj", "nsubjpass") for t in conjuncts(s)]
    return []


_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})


def cue_words(tokens: list[Token]) -> set[str]:
    """The words a codebook cue can match among some tokens: each one's lemma and lowercase form, each
    noun with the word that modifies it ("tear gas", "water cannon", "rubber bullet": lemma pairs), and
    each verb with the object right after it ("set fire").

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> sorted(cue_words(list(nlp("Rubber bullets"))))
    ['bullets', 'rubber']
    """
    words = {t.lemma_.lower() or t.lower_ for t in tokens} | {t.lower_ for t in tokens}
    for t in tokens:
        for c in children_of(t):
            if c.dep_ in _MODIFIER_DEPS and c.i == t.i - 1:
                words.add(f"{c.lemma_.lower() or c.lower_} {t.lemma_.lower() or t.lower_}")
            elif c.dep_ == "dobj" and c.i == t.i + 1:  # a verb and its object: "set fire"
                words.add(f"{t.lemma_.lower() or t.lower_} {c.lemma_.lower() or c.lower_}")
    return words


def clauses_marked(tok: Token, mark: str, deps: tuple[str, ...] = ("advcl", "ccomp", "xcomp")) -> list[Token]:
    """The clauses of a token (of the dependency labels ``deps``) that open with the word ``mark``, which the
    parser hangs on the clause as its mark: "called for both armies to pull back" (a "for ... to" clause is
    the object of "call for").

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["India", "called", "for", "troops", "to", "leave"],
    ...           heads=[1, 1, 5, 5, 5, 1], deps=["nsubj", "ROOT", "mark", "nsubj", "aux", "advcl"])
    >>> [c.text for c in clauses_marked(doc[1], "for")], clauses_marked(doc[1], "on")
    (['leave'], [])
    """
    return [c for c in children_of(tok) if c.dep_ in deps
            and any(g.dep_ == "mark" and g.lower_ == mark for g in children_of(c))]
