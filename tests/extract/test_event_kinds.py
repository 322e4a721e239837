"""An organisation or site named by its kind ("a jewellery store", "the bank") is the named one."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Token

from newsgraph.extract.event_vessels import apposed_noun
from tests.extract.test_event_origins import _event, _names, _run


def test_a_store_named_after_its_name_is_the_recipient(nlp: Language) -> None:
    text = ("Three men rammed a van into a jewellery store in central Lyon on Tuesday, smashing the window. "
            "Detectives are examining the Belrose store on Rue Garnier.")
    art = _run(nlp, text)
    assert "Belrose" in " ".join(_names(art, _event(art, "ASSAULT"), "recipient"))


def test_a_bank_whose_name_ends_in_the_noun(nlp: Language) -> None:
    text = ("Rioters threw petrol bombs at a bank in Lisbon on Wednesday. "
            "Three employees of Norvale Trust Bank died in the fire.")
    art = _run(nlp, text)
    assert "Norvale Trust Bank" in _names(art, _event(art, "ASSAULT"), "recipient")


def test_a_capitalised_kind_noun_is_no_name_of_its_own(nlp: Language) -> None:
    text = ("Protesters hurled firebombs at the Bank on Wednesday. "
            "The blaze gutted the Norvale Trust Bank branch on Main Street.")
    art = _run(nlp, text)
    assert "Norvale Trust Bank" in _names(art, _event(art, "ASSAULT"), "recipient")


def test_two_named_stores_leave_the_phrase_alone(nlp: Language) -> None:
    text = ("Robbers rammed a car into a jewellery store in Lyon on Tuesday. "
            "Police visited the Belrose store and the Marlowe store on Rue Garnier.")
    art = _run(nlp, text)
    recipients = " ".join(_names(art, _event(art, "ASSAULT"), "recipient"))
    assert "Belrose" not in recipients and "Marlowe" not in recipients


def test_a_plural_phrase_is_other_sites(nlp: Language) -> None:
    text = ("Robbers attacked three jewellery stores in Lyon on Tuesday. "
            "Police visited the Belrose store on Rue Garnier.")
    art = _run(nlp, text)
    assert "Belrose" not in " ".join(_names(art, _event(art, "ASSAULT"), "recipient"))



def test_a_possessor_in_an_apposition_is_no_kind_of_the_name(nlp: Language) -> None:
    # "Elmdale, the church's pastor, said": a pastor, not a church; "Acme, a jewellery store": a store
    def church(t: Token) -> bool:
        return t.lower_ in ("church", "store")

    doc = nlp("The fire spread quickly, Elmdale, the church's pastor, said.")
    assert apposed_noun(doc, 6, church) is None
    doc = nlp("Robbers raided Acme, a jewellery store in Lyon.")
    assert apposed_noun(doc, 3, church) is not None
