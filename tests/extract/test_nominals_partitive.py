""""One of the X" as the subject of its clause: a nominal mention of one person (extract/nominals.py
``partitive_one``), made-up sentences."""

from __future__ import annotations

from spacy.language import Language

from newsgraph.model import Article
from newsgraph.process import process_articles


def _article(nlp: Language, text: str) -> Article:
    return next(process_articles([Article.new(text, published="2010-05-05")], nlp))


def test_one_of_the_plural_subject_is_one_person(nlp: Language) -> None:
    art = _article(nlp, "One of the suspects detained on Monday in a police raid has escaped "
                        "from his cell, police said.")
    one = next(m for m in art.mentions if m.text.startswith("One of the"))
    assert one.type == "PERSON"
    ent = art.entity(one.entity)
    assert ent is not None
    texts = {m.text for mid in ent.mentions if (m := art.mention(mid)) is not None}
    assert "his" in texts
    arrest = next(e for e in art.events if e.type == "COERCE")
    assert one.entity in [p.entity for p in arrest.participants if p.role == "recipient"]


def test_one_of_them_as_an_object_is_no_mention(nlp: Language) -> None:
    art = _article(nlp, "Police detained one of the suspects on Monday.")
    assert not any(m.text.startswith("one of the") for m in art.mentions)
