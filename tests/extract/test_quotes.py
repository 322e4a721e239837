"""Quote extraction: quotation marks, cue lexicon, attributions, speaker resolution, and the quote scorer."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from newsgraph.evaluate.quotes import Predicted, same_speaker, textacy_quotes, trim_span
from newsgraph.extract.quote_lexicon import LexiconError, load_lexicon
from newsgraph.extract.quote_marks import find_quoted
from newsgraph.extract.quote_windows import is_title
from newsgraph.model import Article, Quote, check_offsets
from newsgraph.process import process_articles


def _quotes(nlp: Language, text: str) -> tuple[Article, list[Quote]]:
    article = next(process_articles([Article.new(text)], nlp))
    assert check_offsets(article) == []
    return article, article.quotes


# ---- quotation marks ---------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("He said “yes” and “no”.", ["yes", "no"]),
    ('He said "yes".', ["yes"]),
    ("``No way,'' he said.", ["No way,"]),
    ("“First part.\n“Second part,” she said.", ["First part.\n“Second part,"]),
    ("``A long one.\nIt goes on,'' he said.", ["A long one.\nIt goes on,"]),
    ("``Her family is supportive, ``a friend said.", ["Her family is supportive,"]),
    ("“Never closed", ["Never closed"]),
    ("Nothing quoted here.", []),
])
def test_quotation_marks(text: str, expected: list[str]) -> None:
    assert [q.content(text) for q in find_quoted(text)] == expected


def test_unclosed_quotation_ends_with_its_paragraph() -> None:
    text = "“Open and never closed.\nNext paragraph."
    (q,) = find_quoted(text)
    assert not q.closed and q.content(text) == "Open and never closed."


def test_titles_are_not_speech() -> None:
    assert is_title("The Big Show: High Times and Dirty Dealings")
    assert is_title("Lion")
    assert not is_title("we are excited about the future")


# ---- lexicon -------------------------------------------------------------------------------------------
def test_lexicon_groups_and_pronouns() -> None:
    lex = load_lexicon()
    assert {"say", "tell", "add", "note", "claim", "state"} <= lex.cue_verbs
    assert lex.same_role("spokeswoman", "spokesperson") and not lex.same_role("official", "source")
    assert lex.pronoun_class("He") == "person_male" and lex.pronoun_class("it") == "thing"


def test_bad_lexicon_is_one_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "cues.yaml"
    bad.write_text("cue_verbs: not-a-list\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="must be a list"):
        load_lexicon(str(bad))
    with pytest.raises(LexiconError, match="cannot read"):
        load_lexicon(str(tmp_path / "missing.yaml"))


# ---- extraction ----------------------------------------------------------------------------------------
def test_direct_quote_after_and_before_the_cue(nlp: Language) -> None:
    text = ("Matthew Miller spoke to reporters on Monday. “We will keep working with them,” he said. "
            "Asked again, he said: “Nothing has changed.”")
    _, quotes = _quotes(nlp, text)
    assert [q.kind for q in quotes] == ["direct", "direct"]
    assert [q.text for q in quotes] == ["We will keep working with them,", "Nothing has changed."]
    assert all(q.speaker is not None and q.speaker.name == "Matthew Miller" for q in quotes)
    assert all(q.cue == "say" and q.sentence_start is not None for q in quotes)


def test_indirect_quote_and_according_to(nlp: Language) -> None:
    text = ("Chrysler said it would close 789 dealerships by June. "
            "According to the filing, the network has too many dealers.")
    _, quotes = _quotes(nlp, text)
    assert [(q.kind, q.cue) for q in quotes] == [("indirect", "say"), ("indirect", "according to")]
    assert quotes[0].text == "it would close 789 dealerships by June"
    assert quotes[1].text == "the network has too many dealers"


def test_mixed_quote_with_unnamed_source_and_addressee(nlp: Language) -> None:
    text = "They discussed “the full spectrum of relations”, a diplomatic source told Dawn."
    _, (quote,) = _quotes(nlp, text)
    assert quote.kind == "mixed" and quote.text.startswith("They discussed")
    assert quote.speaker is not None and quote.speaker.descriptor == "diplomatic source"
    assert quote.speaker.entity is None and quote.addressee == "Dawn"


def test_scare_quotes_are_not_quotes(nlp: Language) -> None:
    text = "The company launched its “Back to the Mac” event and a “beta” release on Monday."
    assert _quotes(nlp, text)[1] == []


def test_negated_and_passive_cues_are_not_quotes(nlp: Language) -> None:
    text = "He did not say whether the plant would close. The plant is said to be old."
    assert _quotes(nlp, text)[1] == []


def test_role_noun_continues_an_earlier_unnamed_speaker(nlp: Language) -> None:
    text = ("“We are ready,” a Boeing spokesman said on Friday. "
            "“We will deliver the first aircraft in May,” the spokesman added.")
    _, quotes = _quotes(nlp, text)
    assert len(quotes) == 2
    first, second = (q.speaker for q in quotes)
    assert first is not None and second is not None
    assert first.descriptor == second.descriptor == "Boeing spokesman"
    assert second.affiliation == "Boeing"


def test_continuation_quote_keeps_its_speaker(nlp: Language) -> None:
    text = "“We are disappointed,” said Jim Press.\n“We will appeal the decision.”"
    _, quotes = _quotes(nlp, text)
    assert [q.text for q in quotes] == ["We are disappointed,", "We will appeal the decision."]
    assert quotes[1].speaker is not None and quotes[1].speaker.name == "Jim Press"


def test_pronoun_it_resolves_to_an_organisation(nlp: Language) -> None:
    text = ("The US Department of Defense has said the talks went well. "
            "“Both sides discussed regional security,” it said in a press release.")
    _, quotes = _quotes(nlp, text)
    assert len(quotes) == 2
    speaker = quotes[1].speaker
    assert speaker is not None and speaker.text == "it" and speaker.name == "US Department of Defense"
    assert quotes[1].addressee == "a press release"


# ---- scorer --------------------------------------------------------------------------------------------
def test_speaker_names_compare_by_words() -> None:
    assert same_speaker(["Miller"], "Matthew Miller")
    assert same_speaker(["Gen Asim Munir"], "Asim Munir")
    assert same_speaker(["her official biography"], "official biography")
    assert same_speaker(["x"], "Foreign Policy", ["x"])
    assert not same_speaker(["the spokesperson"], "US State Department spokesperson")
    assert not same_speaker(["he"], "Matthew Miller")


def test_trim_span_drops_marks_and_edge_punctuation() -> None:
    text = "“Yes, we will,” he said."
    assert text[slice(*trim_span(text, 0, 15))] == "Yes, we will"


def test_textacy_baseline_reads_the_same_parse(nlp: Language) -> None:
    doc = nlp("“We are ready for anything,” said Matthew Miller on Monday.")
    found = textacy_quotes(doc)
    assert len(found) == 1 and isinstance(found[0], Predicted)
    assert "Miller" in found[0].names[0] and found[0].kind == "direct"


@pytest.mark.parametrize("text", [
    "“”", "\"", "``''``", "“Unclosed at the end", "He said: “", "“A” “B” “C” said.",
    "''Backwards,`` he said.", "said said said.", "According to", "“Nested “marks” here,” she said.",
    "\n\n“\n”\n", "—, he told.",
])
def test_odd_inputs_never_break_extraction(nlp: Language, text: str) -> None:
    article, quotes = _quotes(nlp, text)
    for q in quotes:
        assert 0 <= q.start <= q.end <= len(article.text) and q.kind in ("direct", "indirect", "mixed")


def test_no_parse_no_quotes() -> None:
    import spacy

    from newsgraph.extract.quotes import extract_quotes

    article = Article.new("“Yes,” he said.")
    extract_quotes(spacy.blank("en")(article.text), article)
    assert article.quotes == []
