"""Events found despite headline fragments and parse errors (made-up sentences): a fire's phrase holding a
battle, coordinated nouns sharing a phrase, title-case plurals, a label before a headline colon, a finite
verb parsed as an adjective, and the subject of a gerund after a preposition of time."""

from __future__ import annotations

from spacy.language import Language

from newsgraph.model import FACTUAL, Article, Event
from newsgraph.process import process_articles


def _events(nlp: Language, text: str) -> tuple[Article, list[Event]]:
    art = next(process_articles([Article.new(text, published="2010-05-05")], nlp))
    return art, art.events


def _names(art: Article, ev: Event, role: str) -> set[str]:
    return {art.entity(p.entity).name for p in ev.participants if p.role == role and art.entity(p.entity)}


def _triggers(evs: list[Event], type_: str) -> list[str]:
    return [e.trigger for e in evs if e.type == type_ and e.modality in FACTUAL]


def test_a_fire_whose_phrase_holds_a_battle_does_not_make_it_an_accident(nlp: Language) -> None:
    _, evs = _events(nlp, "Four clerks have choked to death as a result of a fire in Delta Bank "
                          "during running battles between rioters and police in Patras.")
    assert "battles" in _triggers(evs, "ASSAULT")
    # a fire that causes the deaths still makes them no ASSAULT
    _, evs = _events(nlp, "Four clerks were killed by a fire in Delta Bank in Patras.")
    assert not _triggers(evs, "ASSAULT")


def test_clashes_coordinated_with_protests_are_with_police(nlp: Language) -> None:
    _, evs = _events(nlp, "Marches, riots and clashes with police have shaken Patras for the third day.")
    assert "clashes" in _triggers(evs, "ASSAULT")


def test_a_label_before_a_headline_colon_takes_no_negation_from_the_clause_after(nlp: Language) -> None:
    _, evs = _events(nlp, "Patras riot over student's death: 17-year-old shot by police did not carry "
                          "a knife, says lawyer")
    riot = next(e for e in evs if e.type == "PROTEST")
    assert riot.modality == "asserted"


def test_the_subject_of_a_gerund_after_before_is_the_subject_of_the_clause(nlp: Language) -> None:
    art, evs = _events(nlp, "Jane Roe opened fire, killing two clerks before being taken into custody, "
                            "police said.")
    arrest = next(e for e in evs if e.type == "COERCE")
    assert _names(art, arrest, "recipient") == {"Jane Roe"}


def test_a_finite_verb_parsed_as_an_adjective_keeps_its_object() -> None:
    import spacy
    from spacy.tokens import Doc

    from newsgraph.extract.event_syntax import patients_of

    words = ["Berg", "on", "Monday", "hosted", "Prime", "Minister", "Paul", "Martin"]
    heads = [0, 0, 3, 7, 5, 7, 7, 1]
    deps = ["ROOT", "prep", "npadvmod", "amod", "compound", "compound", "compound", "pobj"]
    tags = ["NNP", "IN", "NNP", "VBD", "NNP", "NNP", "NNP", "NNP"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags)
    assert [t.text for t in patients_of(doc[3])] == ["Martin"]


def test_a_title_case_plural_tagged_as_a_singular_name_gets_its_codebook_lemma() -> None:
    import spacy

    from newsgraph.extract.event_codebook import codebook
    from newsgraph.extract.event_triggers import repair_lemmas

    doc = spacy.blank("en")("Senator Faces Bribery Charges")
    for tok, tag in zip(doc, ["NNP", "VBZ", "NNP", "NNP"], strict=True):
        tok.tag_, tok.lemma_ = tag, tok.text
    repair_lemmas(doc, codebook())
    assert doc[3].lemma_ == "charge"
    assert doc[0].lemma_ == "Senator"  # no codebook noun: the word stays


def test_denied_permits_and_observers_shipped_out(nlp: Language) -> None:
    _, evs = _events(nlp, "The Kesta district council has denied a building permit to the Orvan Church.")
    assert _triggers(evs, "REJECT") == ["denied"]
    art, evs = _events(nlp, "Forty UN observers were shipped out of the town of Velika on Friday.")
    ev = next(e for e in evs if e.type == "SANCTION")
    assert ev.mode == "withdraw" and "UN" in _names(art, ev, "actor")
