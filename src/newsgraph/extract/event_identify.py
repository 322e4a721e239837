"""Who an unnamed perpetrator or accused is, from the article's other events.

Crime and security reports often tell an act before they name who did it ("A fired accountant opened fire
on his bosses ... Police arrested NAME"; "The gang member shot NAME ... NAME, 29, was found guilty"). Within
one article, the person an act is blamed on is the one its other events name as perpetrator: the named actor
of an assault, or the named recipient of a charge, conviction or arrest; or the one a blaming description
is apposed to ("the alleged shooter, NAME"). When exactly one named person of agreeing gender is so named,
an unnamed single person in the same position ("a fired accountant", "the woman", "a man") is that person;
with none or several, nothing is changed.

>>> _gender_of_words(["she", "her"])
'female'
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from newsgraph.extract.event_codebook import Codebook, codebook
from newsgraph.extract.event_rules import Draft
from newsgraph.extract.lexicon import lexicon
from newsgraph.model import FACTUAL, Article, Entity, Participant

_MALE = frozenset({"he", "him", "his", "himself"})
_FEMALE = frozenset({"she", "her", "hers", "herself"})


def _gender_of_words(words: Iterable[str]) -> str | None:
    """The gender pronouns or role nouns give, or None when they give none or disagree."""
    found: set[str] = set()
    roles = lexicon().roles
    for w in (w.lower() for w in words):
        if w in _MALE:
            found.add("male")
        elif w in _FEMALE:
            found.add("female")
        elif (role := roles.get(w)) is not None and role.gender:
            found.add(role.gender)
    return found.pop() if len(found) == 1 else None


def _gender(ent: Entity, article: Article) -> str | None:
    """An entity's gender from its pronouns, role nouns or given name."""
    words: list[str] = []
    for mid in ent.mentions:
        m = article.mention(mid)
        if m is not None and m.kind in ("PRO", "NOM"):
            words.append(m.head or m.text.split()[-1])
    given = lexicon().given_names.get(ent.name.split()[0].lower()) if ent.name else None
    return _gender_of_words(words) or given


def _kinds(ent: Entity, article: Article) -> set[str]:
    return {m.kind for mid in ent.mentions if (m := article.mention(mid)) is not None}


def group_count(ent: Entity, article: Article) -> int | None:
    """The number of people an unnamed group whose members coreference left to the events states ("two men
    accused of killing ..."), else None."""
    from newsgraph.extract.nominals import _NUMBERS

    if ent.type != "PERSON" or ent.members or not ent.name or "NAM" in _kinds(ent, article):
        return None
    first = ent.name.split()[0].lower()
    return _NUMBERS.get(first) or (int(first) if first.isdecimal() else None)


def _single_unnamed_person(ent: Entity | None, article: Article) -> bool:
    if ent is None or ent.type != "PERSON" or ent.members or group_count(ent, article) is not None:
        return False
    kinds = _kinds(ent, article)
    if "NAM" in kinds or "NOM" not in kinds:
        return False
    heads = [m.head or m.text.split()[-1] for mid in ent.mentions
             if (m := article.mention(mid)) is not None and m.kind == "NOM"]
    return not any(h.lower().endswith("s") and not h.lower().endswith("ss") for h in heads)


def _blamed_role(d: Draft) -> str | None:
    """The role of the one an act is blamed on: the actor of an assault, the recipient of a charge,
    conviction or arrest."""
    if d.type == "ASSAULT":
        return "actor"
    if d.type in ("ACCUSE", "SANCTION") or (d.type == "COERCE" and d.mode == "arrest"):
        return "recipient"
    return None


def _described_perpetrators(article: Article, book: Codebook) -> set[str]:
    """Named people a description blames ("the alleged shooter, Yvonne Hiller"; "the suspect, NAME")."""
    nouns = book.lex("perpetrator_nouns")
    out: set[str] = set()
    for ent in article.entities:
        if ent.type != "PERSON" or ent.members or "NAM" not in _kinds(ent, article):
            continue
        heads = [(m.head or m.text.split()[-1]).lower() for mid in ent.mentions
                 if (m := article.mention(mid)) is not None and m.kind == "NOM"]
        if any(h in nouns for h in heads):
            out.add(ent.id)
    return out


def _victims(drafts: list[Draft]) -> set[str]:
    """The people an article's assaults hit."""
    return {str(p.entity) for d in drafts if d.type == "ASSAULT" for p in d.participants
            if p.role == "recipient"}


def _named_perpetrators(drafts: list[Draft], article: Article, book: Codebook) -> set[str]:
    """Named people the article blames for its acts; a victim of its assaults is none ("the two youths
    charged with murdering NAME ... in NAME's death": not the one killed)."""
    out = _described_perpetrators(article, book)
    for d in drafts:
        role = _blamed_role(d)
        for p in d.participants:
            ent = article.entity(p.entity)
            if p.role == role and ent is not None and ent.type == "PERSON" and "NAM" in _kinds(ent, article):
                out.add(p.entity)
    return out - _victims(drafts)


def identify_unnamed(drafts: list[Draft], article: Article, book: Codebook | None = None) -> None:
    """Replace an unnamed single person blamed for an act by the one named person the article blames for
    its acts, when exactly one of agreeing gender is (see the module docstring).

    >>> from newsgraph.model import Article
    >>> from newsgraph.process import process_articles
    >>> art = next(process_articles([Article.new(  # doctest: +SKIP
    ...     "A man shot two guards in Leeds on Monday. Police arrested Tom Ash on Tuesday.")]))
    >>> [art.entity(p.entity).name for p in art.events[0].participants if p.role == "actor"]  # doctest: +SKIP
    ['Tom Ash']
    """
    named = _named_perpetrators(drafts, article, book or codebook())
    if not named:
        return
    for d in drafts:
        role = _blamed_role(d)
        have = {p.entity for p in d.participants}
        for p in d.participants:
            ent = article.entity(p.entity)
            if p.role != role or not _single_unnamed_person(ent, article) or ent is None:
                continue
            gender = _gender(ent, article)
            fits = [n for n in named if n not in have and (
                gender is None or (g := _gender(article.entity(n) or ent, article)) is None or g == gender)]
            if len(fits) == 1:
                p.entity = fits[0]
                have.add(fits[0])


def blame_agentless(drafts: list[Draft], article: Article, book: Codebook | None = None) -> None:
    """An assault the article tells without its doer ("their boss, who was gunned down at the party") has as
    actor the one named person the article blames for its acts (see :func:`identify_unnamed`: "His accused
    killer, NAME", "NAME was charged with murder"), when exactly one is and the assault hit someone else;
    with none or several, it stays without actor. The actor has no span of its own (the text names it
    elsewhere)."""
    named: set[str] | None = None
    for d in drafts:
        if d.type != "ASSAULT" or d.entities("actor") or not d.entities("recipient"):
            continue
        named = _named_perpetrators(drafts, article, book or codebook()) if named is None else named
        fits = named - d.entities()
        if len(fits) == 1:
            d.participants.append(Participant(next(iter(fits)), "actor"))
        elif not named:
            d.participants += [Participant(e, "actor") for e in _arrested_origins(drafts, article, d)]


def _arrested_origins(drafts: list[Draft], article: Article, d: Draft) -> list[str]:
    """The nationalities or countries of the people the article's one arrest took ("captured 23 pirates",
    the pirates Somali and Yemeni), when no named person is blamed: the group blamed for an assault told
    without its doer ("a vessel that was being hijacked"); none with two arrests or a named one."""
    arrests = [a for a in drafts if a.type == "COERCE" and a.mode == "arrest" and a is not d]
    if len(arrests) != 1:
        return []
    taken = [p.entity for p in arrests[0].participants if p.role == "recipient"]
    kinds = [(e.type if (e := article.entity(t)) is not None else None) for t in taken]
    if not taken or any(k not in ("NORP", "GPE") for k in kinds):
        return []
    return [t for t in taken if t not in d.entities()]


def identify_groups(drafts: list[Draft], article: Article, book: Codebook | None = None) -> None:
    """A group of *n* people blamed for an act whose members the article never coordinates ("the two men
    accused of killing her" ... "NAME was found guilty" ... "the second suspect, NAME") is made of the named
    people the article blames for its acts, when exactly *n* are (see :func:`identify_unnamed`)."""
    named: set[str] | None = None
    for ent in article.entities:
        count = group_count(ent, article)
        if count is None or not any(p.entity == ent.id and p.role == _blamed_role(d)
                                    for d in drafts for p in d.participants):
            continue
        named = _named_perpetrators(drafts, article, book or codebook()) if named is None else named
        if len(named) == count:
            order = {e.id: i for i, e in enumerate(article.entities)}
            ent.members = sorted(named, key=lambda e: order.get(e, 0))


def _title_of(ent: Entity | None) -> set[str]:
    return {t.normalized or t.text.lower() for t in ent.titles} if ent is not None else set()


def _role_holders(drafts: list[Draft], article: Article) -> dict[tuple[str, str, str], set[str]]:
    """(event type, role, title) -> the named people the article titles so and puts in that role of an act
    of that type."""
    out: dict[tuple[str, str, str], set[str]] = {}
    for d in drafts:
        for p in d.participants:
            if named_person(p.entity, article):
                for title in _title_of(article.entity(p.entity)):
                    out.setdefault((d.type, p.role, title), set()).add(str(p.entity))
    return out


def identify_role_holders(drafts: list[Draft], article: Article) -> None:
    """An unnamed person known by a role ("A judge sentenced him ...") is the one named holder of that role
    the article puts in the same role of an act of the same type ("Judge NAME handed down the sentence");
    with none or several such holders, nothing is changed.

    >>> from newsgraph.model import Mention, Participant, Title
    >>> art = Article.new("A judge jailed him. Judge Ann Roe gave the sentence.")
    >>> art.mentions = [Mention("m1", 0, 7, "A judge", "PERSON", "NOM", "e1", "judge"),
    ...                 Mention("m2", 26, 33, "Ann Roe", "PERSON", "NAM", "e2")]
    >>> art.entities = [Entity("e1", "judge", "PERSON", ["m1"], titles=[Title("judge", 2, 7, "judge")]),
    ...                 Entity("e2", "Ann Roe", "PERSON", ["m2"], titles=[Title("Judge", 20, 25, "judge")])]
    >>> a, b = Draft.__new__(Draft), Draft.__new__(Draft)
    >>> a.type = b.type = "SANCTION"
    >>> a.participants = [Participant("e1", "actor", 0, 7)]
    >>> b.participants = [Participant("e2", "actor", 26, 33)]
    >>> identify_role_holders([a, b], art)
    >>> a.participants[0].entity
    'e2'
    """
    holders = _role_holders(drafts, article)
    for d in drafts:
        have = {p.entity for p in d.participants}
        for p in d.participants:
            ent = article.entity(p.entity)
            if ent is None or not _single_unnamed_person(ent, article):
                continue
            fits = set().union(*(holders.get((d.type, p.role, t), set()) for t in _title_of(ent))) - have
            if len(fits) == 1:
                p.entity = fits.pop()
                have.add(p.entity)


def named_person(eid: str | None, article: Article) -> bool:
    """Whether an entity is one person the article names (not a group, not only "a man", "the suspect")."""
    ent = article.entity(eid)
    return ent is not None and ent.type == "PERSON" and not ent.members and "NAM" in _kinds(ent, article)


def _same_day(a: Draft, b: Draft) -> bool:
    """Whether two reports' stated dates agree (a report without a date of its own agrees with any)."""
    if a.date is None or b.date is None or a.date.fallback or b.date.fallback:
        return True
    x, y = a.date.value.split("T")[0], b.date.value.split("T")[0]
    return x.startswith(y) or y.startswith(x)


def gather_victims(drafts: list[Draft], article: Article) -> None:
    """The victims an article names for one perpetrator's assault are its victims: an assault by a named
    person takes as recipients the named people of the article's other assaults by that person or by no one
    named, on a date that agrees ("She shot three co-workers. NAME was shot in the neck. NAME2 was shot in
    the head": both are her victims)."""
    factual = FACTUAL
    assaults = [d for d in drafts if d.type == "ASSAULT" and d.modality in factual]
    for d in assaults:
        actors = {p.entity for p in d.participants if p.role == "actor"}
        if len([a for a in actors if named_person(a, article)]) != 1:
            continue
        have = {p.entity for p in d.participants}
        for other in assaults:
            their = {p.entity for p in other.participants if p.role == "actor"}
            if other is d or (their and not their <= actors) or not _same_day(d, other):
                continue
            for p in other.participants:
                if p.role == "recipient" and p.entity not in have and named_person(p.entity, article):
                    d.participants.append(Participant(entity=p.entity, role="recipient", start=p.start,
                                                      end=p.end))
                    have.add(p.entity)


def expand_groups(drafts: list[Draft], article: Article) -> None:
    """A group participant whose members coreference knows ("Lopez and Carrasquillo ... the two men accused
    of killing her") stands for them: each member takes the group's role, with the group's words as the span
    that names it in the evidence; a member already in that role is not repeated.

    >>> from newsgraph.model import Participant
    >>> art = Article.new("x")
    >>> art.entities = [Entity("e1", "PERSON", "A"), Entity("e2", "PERSON", "B"),
    ...                 Entity("e3", "PERSON", "two men", members=["e1", "e2"])]
    >>> d = Draft.__new__(Draft)
    >>> d.participants = [Participant("e3", "actor", 0, 7), Participant("e1", "actor", 9, 10)]
    >>> expand_groups([d], art)
    >>> [(p.entity, p.start) for p in d.participants]
    [('e2', 0), ('e1', 9)]
    """
    for d in drafts:
        have = {(p.entity, p.role) for p in d.participants}
        out = []
        for p in d.participants:
            ent = article.entity(p.entity)
            if ent is None or not ent.members:
                out.append(p)
                continue
            for member in ent.members:
                if (member, p.role) not in have:
                    have.add((member, p.role))
                    out.append(replace(p, entity=member))
        d.participants = out


__all__ = [
    "expand_groups", "gather_victims", "group_count", "identify_groups", "identify_role_holders",
    "identify_unnamed", "named_person",
]
