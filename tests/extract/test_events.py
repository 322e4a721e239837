"""Event extraction on short texts: types, roles, modality, dates, places, counts, nominal triggers."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsgraph.model import Article, Event
from newsgraph.process import process_articles


def _events(nlp: Language, text: str, published: str = "2023-12-15") -> tuple[Article, list[Event]]:
    art = next(process_articles([Article.new(text, published=published)], nlp))
    return art, art.events


def _role(art: Article, ev: Event, role: str) -> set[str]:
    return {art.entity(p.entity).name for p in ev.participants if p.role == role and art.entity(p.entity)}


def test_meeting_actor_recipient_place_and_attached_date(nlp: Language) -> None:
    art, evs = _events(
        nlp,
        "Pakistani army chief Asim Munir met Antony Blinken in Washington on Thursday, "
        "a week after the elections of 4 December.",
    )
    ev = next(e for e in evs if e.type == "CONSULT")
    assert "Asim Munir" in _role(art, ev, "actor") and "Antony Blinken" in _role(art, ev, "recipient")
    assert ev.place_name == "Washington"
    assert ev.date is not None and ev.date.value == "2023-12-14" and not ev.date.fallback


def test_date_falls_back_to_publication_when_none_is_attached(nlp: Language) -> None:
    _, evs = _events(nlp, "Asim Munir met Antony Blinken.")
    ev = next(e for e in evs if e.type == "CONSULT")
    assert ev.date is not None and ev.date.fallback and ev.date.value == "2023-12-15"


def test_a_past_act_is_not_dated_after_its_report(nlp: Language) -> None:
    # "the following week" resolves against the publication date; an act told in the past cannot follow it
    _, evs = _events(nlp, "Gunman Tom Smith returned to the office the following week and opened fire on "
                          "his boss Jim Brown.")
    ev = next(e for e in evs if e.type == "ASSAULT")
    assert ev.date is not None and ev.date.fallback and ev.date.value == "2023-12-15"
    # also when the act is a participle of a past clause ("returned ..., killing")
    _, evs = _events(nlp, "Gunman Tom Smith returned to the office the following week, killing his boss "
                          "Jim Brown.")
    ev = next(e for e in evs if e.type == "ASSAULT")
    assert ev.date is not None and ev.date.fallback and ev.date.value == "2023-12-15"
    _, evs = _events(nlp, "Gunman Tom Smith opened fire on his boss Jim Brown last week.")
    ev = next(e for e in evs if e.type == "ASSAULT")
    assert ev.date is not None and ev.date.value == "2023-W49" and not ev.date.fallback


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        (
            "Matthew Miller was asked if the United States would conduct drone strikes in Pakistan.",
            "question",
        ),
        ("Asim Munir is expected to meet Antony Blinken in Washington.", "future"),
        ("Jim Brown is expected to be formally charged with the murder of Ann Fox.", "future"),
        # "try to" is the fleeing's, not the arrest's
        ("Police said Tom Smith, who tried to flee, was arrested by the FBI.", "asserted"),
        ("The report speculated that Asim Munir might meet Antony Blinken.", "speculative"),
        ("Asim Munir did not meet Antony Blinken in Washington.", "negated"),
        ("If Asim Munir meets Antony Blinken, the talks could resume.", "conditional"),
    ],
)
def test_modality(nlp: Language, text: str, modality: str) -> None:
    _, evs = _events(nlp, text)
    scored = ("CONSULT", "ASSAULT", "COERCE", "ACCUSE")
    assert evs and all(e.modality == modality for e in evs if e.type in scored), evs


def test_offer_to_work_with_is_agree_with_the_recipient(nlp: Language) -> None:
    art, evs = _events(nlp, "On Monday, Matthew Miller offered to work with Pakistan on counter-terrorism.")
    ev = next(e for e in evs if e.type == "AGREE")
    assert "Pakistan" in _role(art, ev, "recipient") and ev.mode == "cooperate"
    assert not any(e.type == "COOPERATE" for e in evs)


def test_future_cooperative_act_is_agree(nlp: Language) -> None:
    _, evs = _events(nlp, "Finland will give Tanzania a grant of 580 million shillings.")
    ev = next(e for e in evs if e.type == "AGREE")
    assert ev.modality == "asserted" and ev.mode == "aid"


def test_demand_that_names_the_one_asked(nlp: Language) -> None:
    art, evs = _events(
        nlp, "The United States on Thursday demanded that North Korea abandon its nuclear program."
    )
    ev = next(e for e in evs if e.type == "REQUEST")
    assert "North Korea" in _role(art, ev, "recipient") and "United States" in _role(art, ev, "actor")


def test_refusal_with_negated_intention(nlp: Language) -> None:
    _, evs = _events(nlp, "Israel said it would not allow inspectors into the country.")
    assert any(e.type == "REJECT" for e in evs)


def test_counts_and_nominal_trigger_with_place(nlp: Language) -> None:
    _, evs = _events(
        nlp,
        "On September 6, four soldiers were killed and over 16 militants died in an "
        "operation in the Chitral district.",
    )
    ev = next(e for e in evs if e.type == "ASSAULT")
    assert ev.counts.get("killed") == 20 and ev.date is not None and ev.date.value == "2023-09-06"
    assert ev.place_name == "Chitral"


def test_passive_with_agent_and_mode(nlp: Language) -> None:
    art, evs = _events(
        nlp, "Three Pakistani soldiers were killed by Taliban gunmen in a suicide bombing on Monday."
    )
    ev = next(e for e in evs if e.type == "ASSAULT")
    assert ev.mode == "suicide-attack"
    assert "Pakistani" in " ".join(_role(art, ev, "recipient"))


def test_natural_disaster_is_not_an_assault(nlp: Language) -> None:
    _, evs = _events(nlp, "An earthquake killed five people in southern Iran on Sunday.")
    assert not any(e.type == "ASSAULT" for e in evs)


def test_two_mentions_of_one_event_are_one_event(nlp: Language) -> None:
    _, evs = _events(
        nlp,
        "Jamal Williams was arrested early Sunday in San Diego.\n"
        "Williams was arrested after he was pulled over for speeding, police said.",
    )
    arrests = [e for e in evs if e.type == "COERCE"]
    assert len(arrests) == 1 and len(arrests[0].mentions) == 2
    assert arrests[0].date is not None and arrests[0].date.value == "2023-12-10"


def test_url_lines_have_no_events(nlp: Language) -> None:
    _, evs = _events(
        nlp, "http: / / www. example. com / army-chief-meets-blinken\nAsim Munir met Antony Blinken."
    )
    assert all(e.trigger_start and e.trigger_start > 50 for e in evs)


def test_a_nominal_and_a_verb_of_one_sentence_keep_the_verbs_support(nlp: Language) -> None:
    text = "First came the shooting: an armed teenager killed by police officers on a dark street."
    art = next(process_articles([Article.new(text, published="2023-12-15")], nlp))
    assert [e.type for e in art.events] == ["ASSAULT"]


@pytest.mark.parametrize(
    ("text", "type_", "mode"),
    [
        ("Chinese warships conducted exercises near Taiwan on Monday.", "MOBILIZE", None),
        ("India and the United States held joint military exercises in Rajasthan.", "COOPERATE", None),
        ("Sudan accepted the deployment of UN peacekeepers in Darfur.", "RETREAT", "access"),
        ("Croatia handed over General Ante Gotovina to the UN tribunal.", "COOPERATE", "legal"),
    ],
)
def test_exercises_receiving_peacekeepers_and_handing_over_suspects(
    nlp: Language, text: str, type_: str, mode: str | None
) -> None:
    _, evs = _events(nlp, text)
    ev = next(e for e in evs if e.type == type_)
    assert mode is None or ev.mode == mode


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("An inmate overpowered two prison guards on Monday in Texas.", "ASSAULT"),
        ("Tom Ash pulled a gun on two officers in Baytown on Monday.", "ASSAULT"),
        ("Tom Ash was arrested on a DUI charge by the state police on Tuesday.", "ACCUSE"),
        ("Gunmen held the crew of the Acme Star at gunpoint off Somalia on Monday.", "ASSAULT"),
        ("A bomb went off at the Acme Bank in Woodburn on Friday.", "ASSAULT"),
        ("The navy foiled a hijack attempt in the Gulf of Aden on Thursday.", "ASSAULT"),
        ("A son accused of killing his mother appeared in court in Leeds on Monday.", "ACCUSE"),
        ("Tom Ash, charged with the murder of Ann Ash, appeared in court on Monday.", "ACCUSE"),
    ],
)
def test_more_acts_of_violence_and_of_accusation(nlp: Language, text: str, type_: str) -> None:
    art = next(process_articles([Article.new(text, published="2023-12-15")], nlp))
    assert type_ in {e.type for e in art.events}


def test_an_act_placed_before_another_in_its_sentence_is_another_act(nlp: Language) -> None:
    from newsgraph.extract.event_apart import sequenced as _sequenced

    doc = nlp("Youths clashed with police in Athens on Monday after a police shooting of a boy.")
    clashed, shooting = doc[1], doc[11]
    assert (clashed.text, shooting.text) == ("clashed", "shooting")
    assert _sequenced(clashed, shooting) and _sequenced(shooting, clashed)
    doc = nlp("Gunmen killed three guards and wounded two in Peshawar on Friday.")
    assert not _sequenced(doc[1], doc[6])  # one act told by two verbs


def test_a_release_told_beside_an_arrest_is_a_release(nlp: Language) -> None:
    text = "Police apprehended Tom Ash on Tuesday and booked him for the offence before his release."
    _, evs = _events(nlp, text)
    assert {"COERCE", "RETREAT"} <= {e.type for e in evs}


def test_a_charge_in_the_other_senses_and_a_plea_in_court_are_no_events(nlp: Language) -> None:
    _, evs = _events(nlp, "Tom Ash took charge of the Acme Bank in London on Monday.")
    assert "ACCUSE" not in {e.type for e in evs}
    _, evs = _events(nlp, "Tom Ash pleaded guilty to manslaughter in Leeds on Monday.")
    assert "REQUEST" not in {e.type for e in evs}


def test_another_act_is_a_specific_act_even_in_an_undated_article(nlp: Language) -> None:
    text = "A German naval helicopter thwarted another attack Saturday on a freighter off Yemen."
    art = next(process_articles([Article.new(text)], nlp))
    assert [(e.type, e.modality) for e in art.events] == [("ASSAULT", "asserted")]


def test_a_participle_the_parser_made_a_verb_keeps_its_noun_the_accused(nlp: Language) -> None:
    text = ("Kenneth Dorsey says the woman accused of killing two co-workers at the plant is a good person. "
            "The alleged shooter, Yvonne Hiller, was arrested.")
    art, evs = _events(nlp, text)
    accuse = next(e for e in evs if e.type == "ACCUSE")
    assert _role(art, accuse, "recipient") and not _role(art, accuse, "actor")


@pytest.mark.parametrize(("text", "party"), [
    ("A female Kraft Foods employee shot three co-workers on Thursday.", False),
    ("An Oregon State Police bomb technician was killed by the blast on Friday.", True),
])
def test_a_company_is_no_party_to_what_its_employee_does(nlp: Language, text: str, party: bool) -> None:
    art, evs = _events(nlp, text)
    ev = next(e for e in evs if e.type == "ASSAULT")
    names = _role(art, ev, "actor") | _role(art, ev, "recipient")
    assert bool(names & {"Kraft Foods", "Oregon State Police"}) == party


def test_a_charge_of_an_unnamed_person_told_by_a_verb_is_an_event(nlp: Language) -> None:
    _, evs = _events(nlp, "A MAN has been charged with the murder of his mother and sister in Leeds.")
    assert [e.type for e in evs if e.type == "ACCUSE"] == ["ACCUSE"]


@pytest.mark.parametrize(
    ("text", "type_", "present"),
    [
        ("Hamas launched rockets at Israel on Monday.", "ASSAULT", True),
        ("The army launched artillery fire against rebel camps in Kivu.", "ASSAULT", True),
        ("India launched a rocket into space on Monday.", "ASSAULT", False),  # no one it is launched at
        ("Thousands of workers of the Acme Union stopped work on Monday.", "PROTEST", True),
    ],
)
def test_weapons_launched_at_someone_and_work_stopped(
    nlp: Language, text: str, type_: str, present: bool
) -> None:
    art = next(process_articles([Article.new(text, published="2023-12-15")], nlp))
    assert (type_ in {e.type for e in art.events}) is present


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Serbia is preparing to attack Kosovo.", "MOBILIZE"),  # getting ready for force
        ("The rebels prepared to hold talks with Uganda.", "AGREE"),  # getting ready for talks: a plan
    ],
)
def test_preparing_force_is_a_mobilization_but_preparing_talks_a_plan(
    nlp: Language, text: str, type_: str
) -> None:
    art = next(process_articles([Article.new(text, published="2023-12-15")], nlp))
    assert [e.type for e in art.events] == [type_]
