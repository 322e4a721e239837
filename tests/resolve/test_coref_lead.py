"""A person the headline describes by a title is the one named holder of that title (coref_lead)."""

from __future__ import annotations

from spacy.language import Language

from newsgraph.model import Article
from newsgraph.process import process_articles


def _run(nlp: Language, text: str) -> Article:
    return next(process_articles([Article.new(text, published="2024-01-02")], nlp))


def _names_of(art: Article, start: int) -> str | None:
    m = next(m for m in art.mentions if m.start == start)
    ent = art.entity(m.entity) if m.entity else None
    return ent.name if ent is not None else None


def test_headline_title_is_the_one_named_holder(nlp: Language) -> None:
    text = ("Judge jails Carl Benton for fraud\n"
            "A county judge on Monday sent a banker to prison for ten years.\n"
            "Judge Maria Velden told the court that the losses were severe.\n"
            "Benton will appeal, his lawyer said.")
    art = _run(nlp, text)
    assert _names_of(art, 0) == "Maria Velden"


def test_a_spokesperson_in_the_headline_stays_anonymous(nlp: Language) -> None:
    text = ("Spokesman denies Carl Benton fraud claims\n"
            "Spokesman Tom Hale said on Monday that the bank had done nothing wrong.")
    art = _run(nlp, text)
    assert _names_of(art, 0) != "Tom Hale"


def test_a_title_held_by_two_named_people_stays_unnamed(nlp: Language) -> None:
    text = ("Judge jails Carl Benton for fraud\n"
            "Judge Maria Velden told the court that the losses were severe.\n"
            "Judge Tom Hale had refused bail in March.")
    art = _run(nlp, text)
    assert _names_of(art, 0) not in ("Maria Velden", "Tom Hale")


def test_a_title_below_the_headline_does_not_reach_forward(nlp: Language) -> None:
    text = ("Banker jailed for fraud\n"
            "A judge in another case had freed Carl Benton in March.\n"
            "Judge Maria Velden said the losses were severe.")
    art = _run(nlp, text)
    assert _names_of(art, text.index("A judge")) != "Maria Velden"
