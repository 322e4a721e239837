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


def test_a_headline_person_noun_is_the_lead_person_described_so(nlp: Language) -> None:
    text = ("Teen Arrested In Stabbing Of Denver Mom\n"
            "Police on Monday arrested a youth over the stabbing of a woman.\n"
            "Officers said Carla Mendes-who was a mother of four-died in hospital, and Jake Prior, 17, "
            "was held overnight.")
    art = _run(nlp, text)
    assert _names_of(art, text.index("Denver")) == "Carla Mendes"
    assert _names_of(art, 0) == "Jake Prior"


def test_a_headline_person_noun_no_lead_person_fits_stays_unnamed(nlp: Language) -> None:
    text = ("Teen Arrested In Stabbing\n"
            "Police on Monday said Carla Mendes, 45, a nurse, had been stabbed in her kitchen.")
    art = _run(nlp, text)
    assert _names_of(art, 0) != "Carla Mendes"


def test_described_by_reads_descriptions_before_and_apposed_after_a_name() -> None:
    from newsgraph.resolve.coref_lead import described_by

    text = "Police said mother of two Lia Cruz fled, and Ana Roe, a local teacher, stayed."
    nouns = frozenset({"mother", "mom"})
    assert described_by(text, text.index("Lia"), text.index(" fled"), nouns)
    assert not described_by(text, text.index("Ana"), text.index(", a local"), nouns)
    assert described_by(text, text.index("Ana"), text.index(", a local"), frozenset({"teacher"}))


def test_a_headline_person_word_takes_no_pronoun_from_the_named_person(nlp: Language) -> None:
    text = ("Teen Arrested In Stabbing\n"
            "Police on Monday held Carl Benton, a nurse, who told officers his knife was stolen.")
    art = _run(nlp, text)
    assert _names_of(art, text.index("his knife")) == "Carl Benton"


def test_all_caps_headline_position_is_the_lead_player(nlp: Language) -> None:
    text = ("FALCONS' QUARTERBACK DETAINED\n"
            "Atlanta Falcons quarterback Derek Morrow was detained on Sunday after a crash.\n"
            "Morrow was released later that day, his agent said.")
    art = _run(nlp, text)
    assert _names_of(art, text.index("QUARTERBACK")) == "Derek Morrow"
