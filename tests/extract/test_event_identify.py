"""Who an unnamed perpetrator is and whom one perpetrator's assault hit (extract/event_identify.py)."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.event_probes import events as _events
from tests.extract.event_probes import names as _names


def test_the_victims_named_in_later_reports_are_the_perpetrators_victims(nlp: Language) -> None:
    text = ("Ron Talbot shot three customers at a diner in Leeds on Monday.\n"
            "Jane Moss was shot in the arm.\n"
            "Peter Hale was shot in the leg.")
    art, evs = _events(nlp, text)
    main = next(e for e in evs if e.type == "ASSAULT" and "Ron Talbot" in _names(art, e, "actor"))
    assert {"Jane Moss", "Peter Hale"} <= _names(art, main, "recipient")


def test_the_victims_of_another_named_attacker_are_not_added(nlp: Language) -> None:
    text = ("Ron Talbot shot a customer at a diner in Leeds on Monday.\n"
            "In a separate attack, Tom Reed stabbed Peter Hale.")
    art, evs = _events(nlp, text)
    main = next(e for e in evs if e.type == "ASSAULT" and "Ron Talbot" in _names(art, e, "actor"))
    assert "Peter Hale" not in _names(art, main, "recipient")


def test_a_blamed_group_is_the_named_people_the_article_blames(nlp: Language) -> None:
    text = ("A jury convicted one of the two men accused of murdering a Denver shopkeeper.\n"
            "Kevin Marsh was found guilty of second-degree murder on Tuesday.\n"
            "Deliberations continue for the second suspect, Dylan Porter.")
    art, evs = _events(nlp, text)
    accused = next(e for e in evs if e.type == "ACCUSE")
    assert {"Kevin Marsh", "Dylan Porter"} <= _names(art, accused, "recipient")


def test_a_blamed_group_of_another_number_stays_unnamed(nlp: Language) -> None:
    text = ("The trial of three men accused of murdering a Denver shopkeeper opened on Monday.\n"
            "Kevin Marsh was found guilty of second-degree murder on Tuesday.\n"
            "Deliberations continue for the second suspect, Dylan Porter.")
    art, _ = _events(nlp, text)
    group = next(e for e in art.entities if e.name == "three men")
    assert group.members == []


def test_one_of_a_group_is_not_all_of_it(nlp: Language) -> None:
    text = ("Ron Talbot and Tom Reed were charged with robbing a bank in Leeds.\n"
            "On Monday a jury convicted one of the two men.")
    art, evs = _events(nlp, text)
    convicted = next(e for e in evs if e.type == "SANCTION")
    assert not {"Ron Talbot", "Tom Reed"} <= _names(art, convicted, "recipient")


def test_an_unnamed_role_holder_is_the_named_holder_doing_the_same_act(nlp: Language) -> None:
    text = ("A judge on Friday sentenced the man who robbed a Denver bank to ten years in prison.\n"
            "Kevin Marsh, 41, was convicted last month of armed robbery.\n"
            "District Judge Laura Finch handed down the maximum sentence.")
    art, evs = _events(nlp, text)
    sentence = next(e for e in evs if e.type == "SANCTION" and e.trigger == "sentenced")
    assert "Laura Finch" in _names(art, sentence, "actor")


def test_an_unnamed_role_holder_stays_unnamed_when_no_holder_does_the_act(nlp: Language) -> None:
    text = ("A judge on Friday sentenced the man who robbed a Denver bank to ten years in prison.\n"
            "Kevin Marsh, 41, was convicted last month of armed robbery.\n"
            "Judge Laura Finch retired in June.")
    art, evs = _events(nlp, text)
    sentence = next(e for e in evs if e.type == "SANCTION" and e.trigger == "sentenced")
    assert "Laura Finch" not in _names(art, sentence, "actor")


def test_a_group_described_as_thugs_is_the_two_people_named_later(nlp: Language) -> None:
    text = ("Two accused thugs went on trial Monday for killing a Denver shopkeeper during a robbery.\n"
            "Prosecutor Ann Webb spoke at the start of the trial of cousins Kevin Marsh, 20, and "
            "Dylan Porter, 24.")
    art, evs = _events(nlp, text)
    killing = next(e for e in evs if e.type == "ASSAULT")
    assert {"Kevin Marsh", "Dylan Porter"} <= _names(art, killing, "actor")


def test_a_victim_is_not_among_the_people_a_group_is_made_of(nlp: Language) -> None:
    text = ("A jury heard the case of the two youths charged with murdering Ann Webb in Denver.\n"
            "Kevin Marsh has been accused of firing at rival gang members from a rooftop.\n"
            "His cousin Dylan Porter is suspected of having directed Marsh to kill their enemies.\n"
            "Both are charged with murder, with Marsh accused of firing six shots in Webb's death.")
    art, evs = _events(nlp, text)
    charged = next(e for e in evs if e.type == "ACCUSE")
    assert {"Kevin Marsh", "Dylan Porter"} <= _names(art, charged, "recipient")


def test_an_assault_told_without_doer_is_the_blamed_persons(nlp: Language) -> None:
    art, evs = _events(nlp, "Staff mourned Peter Olsen, who was gunned down at the office party on Friday.\n"
                            "His accused killer, Dale Hooper, appeared in court on Monday.")
    ev = next(e for e in evs if e.type == "ASSAULT")
    assert _names(art, ev, "actor") == {"Dale Hooper"}


def test_an_assault_without_doer_stays_so_when_two_are_blamed(nlp: Language) -> None:
    art, evs = _events(nlp, "Staff mourned Peter Olsen, who was gunned down at the office party on Friday.\n"
                            "Police charged Dale Hooper and Ross Kent with murder on Monday.")
    ev = next(e for e in evs if e.type == "ASSAULT")
    assert not _names(art, ev, "actor")


def test_an_assault_without_doer_is_the_arrested_groups(nlp: Language) -> None:
    text = ("The coast guard captured 14 pirates after rescuing the MV Sea Lark, which was being hijacked "
            "on Monday.\nThe pirates were Eritrean and Sudanese, a spokesman said.")
    art, evs = _events(nlp, text)
    ev = next(e for e in evs if e.type == "ASSAULT")
    assert _names(art, ev, "actor") == {"Eritrean", "Sudanese"}
