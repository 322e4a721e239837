"""Who a counted group is made of (made-up sentences): people its noun can describe, and for victims not the
person blamed for the act."""

from __future__ import annotations

from spacy.language import Language

from newsgraph.model import Article, Entity
from newsgraph.process import process_articles


def _group(nlp: Language, text: str, phrase: str) -> list[str]:
    art = next(process_articles([Article.new(text, published="2010-05-05")], nlp))
    ent: Entity = next(e for e in art.entities if any(
        (m := art.mention(mid)) is not None and m.text == phrase for mid in e.mentions))
    return sorted(next(x for x in art.entities if x.id == mid).name for mid in ent.members)


def test_a_group_of_women_leaves_out_the_man_named_last(nlp: Language) -> None:
    text = ("The bodies of Ann Pell, 40, his sister, and his aunt, Mary Pell, 66, were found on Monday, said "
            "Sheriff Tom Rudd. Both women had been strangled, Rudd said.")
    assert _group(nlp, text, "Both women") == ["Ann Pell", "Mary Pell"]


def test_the_victims_leave_out_the_shooter(nlp: Language) -> None:
    text = ("Police said Carl Dunne shot Ben Ames and Lisa Ford at a depot on Monday. Dunne was charged "
            "with attempted murder. The two victims were taken to a hospital in Leeds.")
    assert _group(nlp, text, "The two victims") == ["Ben Ames", "Lisa Ford"]


def test_a_verb_is_an_assault_only_in_a_sense_its_object_takes(nlp: Language) -> None:
    from newsgraph.resolve.coref_groups import _assault_verb

    doc = nlp("Rebels captured two soldiers. Police captured two men.")
    verbs = [t for t in doc if t.lemma_ == "capture"]
    assert [_assault_verb(v) for v in verbs] == [True, False]
