"""Per-Doc caches: the text, the tokens and the line breaks agree with what the Doc itself gives."""

from __future__ import annotations


def test_lines_and_tokens_agree_with_walking_the_doc() -> None:
    import spacy

    from newsgraph.nlp.doctext import doc_tokens, line_of

    doc = spacy.blank("en")("Title line\n\nFirst para, two.\nSecond para.\n\n\nLast one")

    def walked(i: int) -> tuple[int, int]:
        start, end = i, i + 1
        while start > 0 and "\n" not in doc[start - 1].text:
            start -= 1
        while end < len(doc) and "\n" not in doc[end].text:
            end += 1
        return start, end

    assert [line_of(doc, i) for i in range(len(doc))] == [walked(i) for i in range(len(doc))]
    assert [t.i for t in doc_tokens(doc)] == list(range(len(doc)))
    other = spacy.blank("en")("Another doc.")
    assert [t.text for t in doc_tokens(other)] == ["Another", "doc", "."] and doc_tokens(doc)[0].doc is doc
