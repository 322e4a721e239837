"""The simple language check: English passes, clear other languages and scripts do not."""

from __future__ import annotations

import json

import pytest

from newsgraph.ingest.language import MIN_WORDS, detect_language, stopwords
from tests.conftest import SAMPLES, requires_shared

ENGLISH = ("The minister said on Monday that the talks with the army were going well and that a new round of "
           "the negotiations would be held in the capital next week, according to officials.")


@pytest.mark.parametrize(("text", "code"), [
    (ENGLISH, "en"),
    ("Der Minister sagte am Montag, dass die Gespräche mit der Armee gut verliefen und dass eine neue Runde "
     "der Verhandlungen nächste Woche in der Hauptstadt stattfinden wird, wie es hieß.", "de"),
    ("El ministro dijo el lunes que las conversaciones con el ejército iban bien y que la próxima semana se "
     "celebraría una nueva ronda de negociaciones en la capital del país.", "es"),
    ("وزیر اعظم نے پیر کو کہا کہ فوج کے ساتھ بات چیت اچھی جا رہی ہے اور اگلے ہفتے نیا دور ہوگا", "und"),
    ("Министр заявил в понедельник, что переговоры с армией идут хорошо.", "und"),
    ("12 345 678 -- 9 10 11", "und"),
    ("Gen Munir met Blinken.", "en"),
])
def test_detect_language(text: str, code: str) -> None:
    assert detect_language(text) == code


def test_list_of_names_is_not_english() -> None:
    names = " ".join(["Karachi Lahore Quetta Peshawar Islamabad Rawalpindi Multan Faisalabad"] * 4)
    assert len(names.split()) >= MIN_WORDS
    assert detect_language(names) == "und"


def test_stopword_lists_are_strings() -> None:
    lists = stopwords()
    assert "en" in lists and all(isinstance(w, str) and w for ws in lists.values() for w in ws)


@requires_shared
def test_shared_samples_are_english() -> None:
    for line in SAMPLES.read_text(encoding="utf-8").splitlines():
        assert detect_language(json.loads(line)["text"]) == "en"
