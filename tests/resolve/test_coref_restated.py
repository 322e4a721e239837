"""A lead's described subject is the person the next sentence names doing the same (coref_restated)."""

from __future__ import annotations

from spacy.language import Language

from newsgraph.model import Article
from newsgraph.process import process_articles
from tests.offsets import index_of


def _run(nlp: Language, text: str) -> Article:
    return next(process_articles([Article.new(text, published="2024-01-02")], nlp))


def _entity_at(art: Article, text: str, phrase: str) -> str | None:
    start = index_of(text, phrase)
    return next((m.entity for m in art.mentions if m.start == start), None)


def test_a_restated_passive_act_names_the_described_subject(nlp: Language) -> None:
    text = ("A local man has been charged in a fatal crash in Leeds on Friday, police said.\n"
            "Marcus Bell was charged with dangerous driving, the police said.")
    art = _run(nlp, text)
    assert _entity_at(art, text, "A local man") == _entity_at(art, text, "Marcus Bell")


def test_a_restated_active_act_names_the_described_subject(nlp: Language) -> None:
    text = ("A suspected gang leader has hanged himself in prison hours after his arrest.\n"
            "Officers said Tomas Varga, alleged head of a smuggling ring, hanged himself in his cell.")
    art = _run(nlp, text)
    assert _entity_at(art, text, "A suspected gang leader") == _entity_at(art, text, "Tomas Varga")


def test_another_act_of_the_named_person_identifies_no_one(nlp: Language) -> None:
    text = ("A local man has been injured in a fatal crash in Leeds on Friday, police said.\n"
            "Marcus Bell was charged with dangerous driving, the police said.")
    art = _run(nlp, text)
    assert _entity_at(art, text, "A local man") != _entity_at(art, text, "Marcus Bell")


def test_the_first_person_named_after_the_lead_is_its_described_person(nlp: Language) -> None:
    text = ("A man has been charged with arson after a fire at a bakery in Dorton.\n"
            "Peter Hale, 31, from the town is due to appear in court on Monday.")
    art = _run(nlp, text)
    assert _entity_at(art, text, "A man") == _entity_at(art, text, "Peter Hale")


def test_one_of_a_group_is_the_person_named_next(nlp: Language) -> None:
    text = ("One of the suspected gang leaders arrested on Monday has hanged himself in his cell.\n"
            "Victor Lanz, 52, the head of a northern clan, was found dead late on Tuesday.")
    art = _run(nlp, text)
    assert _entity_at(art, text, "One of the suspected gang leaders") == _entity_at(art, text, "Victor Lanz")


def test_another_person_of_the_lead_may_be_the_one_named(nlp: Language) -> None:
    text = ("A driver has been charged after police say he struck and killed a woman in Dorton.\n"
            "Maria Lopez, 59, was walking along the road when the car hit her.")
    art = _run(nlp, text)
    assert _entity_at(art, text, "A driver") != _entity_at(art, text, "Maria Lopez")


def test_a_person_described_before_the_name_may_be_the_one_named(nlp: Language) -> None:
    text = ("A man suspected of shooting two people at an office was arrested on Monday.\n"
            "One victim died in hospital.\n"
            "Police said they had found Carl Moss, 38, near the office.")
    art = _run(nlp, text)
    assert _entity_at(art, text, "A man") != _entity_at(art, text, "Carl Moss")


def test_a_name_without_age_or_title_identifies_no_one(nlp: Language) -> None:
    text = ("One of the suspected gang leaders arrested on Monday has hanged himself in his cell.\n"
            "Victor Lanz was found dead late on Tuesday.")
    art = _run(nlp, text)
    assert _entity_at(art, text, "One of the suspected gang leaders") != _entity_at(art, text, "Victor Lanz")


def test_a_title_of_the_lead_names_the_described_person(nlp: Language) -> None:
    text = ("A federal judge sentenced a former banker to ten years in prison on Tuesday.\n"
            "District Judge Alan Price called the fraud a betrayal of trust.")
    art = _run(nlp, text)
    assert _entity_at(art, text, "A federal judge") == _entity_at(art, text, "Alan Price")


def test_an_officer_telling_of_the_act_is_not_the_described_person(nlp: Language) -> None:
    text = ("A former employee who opened fire at an office party has been charged with murder.\n"
            "Constable Tom Reed alleged the man had been fired a day before.")
    art = _run(nlp, text)
    assert _entity_at(art, text, "A former employee") != _entity_at(art, text, "Tom Reed")


def test_a_mobster_of_the_lead_is_a_person_named_next(nlp: Language) -> None:
    text = ("A mafioso took his own life hours after his arrest in a police raid.\n"
            "Marco Villa, 48, hanged himself in his cell on Monday.")
    art = _run(nlp, text)
    assert _entity_at(art, text, "A mafioso") == _entity_at(art, text, "Marco Villa")


def test_a_name_with_an_apposed_description_is_the_described_person(nlp: Language) -> None:
    text = ("One of the suspected gang leaders arrested on Monday has hanged himself in his cell.\n"
            "Victor Lanz, the head of a northern clan, was found dead late on Tuesday.")
    art = _run(nlp, text)
    assert _entity_at(art, text, "One of the suspected gang leaders") == _entity_at(art, text, "Victor Lanz")


def test_an_apposed_speaker_is_not_the_described_person(nlp: Language) -> None:
    text = ("A local man has been charged in a fatal crash in Leeds on Friday.\n"
            "Tom Reed, the owner of a nearby shop, said he heard a loud bang.")
    art = _run(nlp, text)
    assert _entity_at(art, text, "A local man") != _entity_at(art, text, "Tom Reed")


def test_a_judge_told_shot_dead_is_not_the_lead_judge(nlp: Language) -> None:
    text = ("A Texas judge handed Carl Moss three life sentences on Friday.\n"
            "Moss was convicted of killing four people in 2019.\n"
            "The court heard how Moss had shot dead Judge Ellen Price in her chambers.")
    art = _run(nlp, text)
    assert _entity_at(art, text, "A Texas judge") != _entity_at(art, text, "Ellen Price")


def test_an_indefinite_apposition_introduces_no_described_person(nlp: Language) -> None:
    text = ("A man was arrested after a stabbing in Leeds on Friday.\n"
            "John Smith, a neighbour, called police when he heard screams.")
    art = _run(nlp, text)
    assert _entity_at(art, text, "A man") != _entity_at(art, text, "John Smith")
