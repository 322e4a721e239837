"""A Doc's text, tokens and line breaks, computed once per Doc.

spaCy builds ``Doc.text`` anew on every access by joining the text of every token; our components read it
thousands of times per article (quote windows, evidence spans, trigger texts), which cost more than all of
their own work together. :func:`doc_text` keeps it in the Doc's ``user_data``, keyed by the number of
tokens so that a retokenized Doc gets its text again.

>>> import spacy
>>> doc = spacy.blank("en")("Gen Asim Munir met Antony Blinken.")
>>> doc_text(doc) == doc.text, doc_text(doc) is doc_text(doc)
(True, True)
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from spacy.attrs import HEAD, IDX, POS
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

_KEY = "newsgraph.text"
_BREAKS = "newsgraph.breaks"
_NEWLINE = re.compile("\n")
#: The Doc whose tokens :func:`doc_tokens` made last, its length and its tokens. Our components read one
#: Doc after another (spaCy hands each Doc through every component in turn), so one entry is enough; it
#: holds the Doc itself, so its ``id`` cannot be reused while it is here. Kept out of the Doc's
#: ``user_data``: Tokens point back to their Doc, and a cycle would leave each Doc to the garbage collector.
_LAST: tuple[Doc | None, int, list[Token]] = (None, 0, [])


def doc_text(doc: Doc) -> str:
    """The text of a Doc (``doc.text``), built once and reused while the Doc keeps its tokens.

    >>> import spacy
    >>> doc_text(spacy.blank("en")("A call on Wednesday."))
    'A call on Wednesday.'
    """
    cached = doc.user_data.get(_KEY)
    if cached is None or cached[0] != len(doc):
        cached = (len(doc), doc.text)
        doc.user_data[_KEY] = cached
    text: str = cached[1]
    return text


#: The Doc whose tokens' children :func:`children_of` listed last, its length and the lists by head index
#: (as ``_LAST``; tokens without children have no entry).
_KIDS: tuple[Doc | None, int, dict[int, list[Token]]] = (None, 0, {})
_NO_CHILDREN: tuple[Token, ...] = ()


def children_of(tok: Token) -> Sequence[Token]:
    """A token's syntactic children in text order (as ``tok.children`` yields them), listed once per Doc for
    all its tokens: ``Token.children`` walks the token's whole subtree and makes a new Token for each child
    on every call, and the event and coreference rules ask for children a few hundred thousand times per
    300 articles.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["Police", "arrested", "two", "men"], heads=[1, 1, 3, 1],
    ...           deps=["nsubj", "ROOT", "nummod", "dobj"])
    >>> [t.text for t in children_of(doc[1])], [t.text for t in children_of(doc[0])]
    (['Police', 'men'], [])
    """
    global _KIDS
    doc = tok.doc
    kids = _KIDS
    if kids[0] is not doc or kids[1] != len(doc):
        toks = doc_tokens(doc)
        lists: dict[int, list[Token]] = {}
        for j, offset in enumerate(doc.to_array(HEAD).astype("int64").tolist()):
            if offset:
                lists.setdefault(j + offset, []).append(toks[j])
        kids = _KIDS = (doc, len(doc), lists)
    return kids[2].get(tok.i, _NO_CHILDREN)


def remember_text(doc: Doc, text: str) -> None:
    """Keep the text a Doc was made from as its :func:`doc_text` (the tokenizer keeps every character, so
    ``doc.text`` is that text), sparing the join over its tokens.

    >>> import spacy
    >>> doc = spacy.blank("en").make_doc("A call on Wednesday.")
    >>> remember_text(doc, "A call on Wednesday."); doc_text(doc)
    'A call on Wednesday.'
    """
    doc.user_data[_KEY] = (len(doc), text)


def span_text(span: Span) -> str:
    """The text of a span (``span.text``), cut out of :func:`doc_text` instead of joined from its tokens (a
    span's tokens are contiguous in the text, from its first token's start to its last token's end).

    >>> import spacy
    >>> doc = spacy.blank("en")("Gen Asim  Munir met Blinken.")
    >>> span_text(doc[1:4]) == doc[1:4].text, span_text(doc[1:4])
    (True, 'Asim  Munir')
    """
    return doc_text(span.doc)[span.start_char : span.end_char]


def doc_tokens(doc: Doc) -> list[Token]:
    """The tokens of a Doc as a list, made once per Doc: iterating a Doc (or indexing it) makes a new Token
    object every time, and our components walk each Doc about ten times.

    >>> import spacy
    >>> doc = spacy.blank("en")("Munir met Blinken.")
    >>> [t.text for t in doc_tokens(doc)], doc_tokens(doc) is doc_tokens(doc)
    (['Munir', 'met', 'Blinken', '.'], True)
    """
    global _LAST
    last = _LAST
    if last[0] is doc and last[1] == len(doc):
        return last[2]
    tokens = list(doc)
    _LAST = (doc, len(doc), tokens)
    return tokens


def proper_nouns(doc: Doc) -> list[bool]:
    """Whether each token is tagged a proper noun (``pos_ == "PROPN"``), read in one pass (not kept: the
    event stage retags some tokens).

    >>> import spacy
    >>> doc = spacy.blank("en")("Munir met Blinken")
    >>> doc[0].pos_ = "PROPN"
    >>> proper_nouns(doc)
    [True, False, False]
    """
    flags: list[bool] = (doc.to_array(POS) == PROPN).tolist()
    return flags


def sentence_numbers(doc: Doc) -> list[int]:
    """The number of the sentence each token is in, by token index (``Token.sent`` walks the parse each time).

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> nlp.add_pipe("sentencizer")  # doctest: +ELLIPSIS
    <...>
    >>> sentence_numbers(nlp("Munir met Blinken. They talked."))
    [0, 0, 0, 0, 1, 1, 1]
    """
    out = [0] * len(doc)
    for k, sent in enumerate(doc.sents):
        out[sent.start : sent.end] = [k] * (sent.end - sent.start)
    return out


def line_breaks(doc: Doc) -> list[int]:
    """The indices of the tokens holding a line break, in order (kept in the Doc's ``user_data``).

    >>> import spacy
    >>> line_breaks(spacy.blank("en")("One two.\\nThree four.\\n\\nFive."))
    [3, 7]
    """
    cached = doc.user_data.get(_BREAKS)
    if cached is None or cached[0] != len(doc):
        cached = (len(doc), _tokens_at(doc, [m.start() for m in _NEWLINE.finditer(doc_text(doc))]))
        doc.user_data[_BREAKS] = cached
    breaks: list[int] = cached[1]
    return breaks


def _tokens_at(doc: Doc, offsets: list[int]) -> list[int]:
    """The indices of the tokens holding the given character offsets (ascending), without repeats."""
    starts = doc.to_array(IDX).tolist()
    return sorted({bisect.bisect_right(starts, c) - 1 for c in offsets})


def line_of(doc: Doc, i: int) -> tuple[int, int]:
    """The token range ``[start, end)`` of the line holding token ``i``: after the last line break before
    it, up to the first line break at or after the token after it.

    >>> import spacy
    >>> line_of(spacy.blank("en")("One two.\\nThree four."), 4)
    (4, 7)
    """
    breaks = line_breaks(doc)
    k = bisect.bisect_left(breaks, i)  # breaks[k - 1] < i
    start = breaks[k - 1] + 1 if k > 0 else 0
    j = bisect.bisect_left(breaks, i + 1)
    end = breaks[j] if j < len(breaks) else len(doc)
    return start, end


def url_line(text: str, offset: int) -> bool:
    """Whether a character offset lies on a line that is a web address (``http: / / www. ...``).

    >>> url_line("http: / / x. com\\nA man", 3), url_line("http: / / x. com\\nA man", 18)
    (True, False)
    """
    start = text.rfind("\n", 0, offset) + 1
    return text[start : start + 12].lower().lstrip().startswith(("http", "www."))


#: A wire dateline opening a line: a city (a country, a date) and the agency in parentheses before a dash
#: ("LIMA, Oct 15, 2012 (Continental Press) - ", "BRUSSELS (Reuters) - ").
#: A wire dateline's place (in capitals, or followed by a comma and its date) and agency, opening a line.
_WIRE_AGENCY = re.compile(r"(?:[A-Z][A-Z .'’-]{1,40}|[A-Z][A-Za-z .'’-]{1,40},[^()\n]{0,30}?)\s*"
                          r"\((?P<agency>[A-Za-z .&]{2,40})\)\s*[-–—]")
#: How many lines of a page may stand above its wire dateline (headline, byline, date line).
_WIRE_LINES = 3


def wire_agency(text: str, offset: int) -> bool:
    """Whether a character offset lies in the agency name of a wire dateline opening its line ("BRUSSELS
    (Agency) - Ministers agreed ..."): the agency reports the news and takes part in none of its acts.

    >>> text = "Talks end\\nLIMA, Oct 15, 2012 (Andes Press) - Andes Press staff left."
    >>> wire_agency(text, text.index("Andes")), wire_agency(text, text.rindex("Andes"))
    (True, False)
    >>> wire_agency("The National Liberation Army (ELN) - a rebel group - struck.", 31)
    False
    """
    start = text.rfind("\n", 0, offset) + 1
    if sum(1 for line in text[:start].split("\n") if line.strip()) > _WIRE_LINES:
        return False
    m = _WIRE_AGENCY.match(text, start)
    return m is not None and m.start("agency") <= offset < m.end("agency")


#: A line that only dates the article ("9 September 2013, 14:08", "Sep 14, 2013 10:02 AM EDT"): no headline.
_DATELINE = re.compile(
    r"(?i)(?:(?:\d{1,4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
    r"|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|[ap]\.?m\.?|gmt|utc|bst|cet|[ecmp][sd]t)[\s,:/-]*)+")


def headline_span(text: str) -> tuple[int, int]:
    """The character span of an article's headline: its first line that is no web address nor a dateline,
    when it does not end in a full stop ((0, 0) otherwise).

    >>> headline_span("http: / / x. com|Judge jails banker|A judge on Monday ...".replace("|", chr(10)))
    (17, 35)
    >>> headline_span("9 May 2013, 14:08|Judge jails banker|A judge on Monday ...".replace("|", chr(10)))
    (18, 36)
    >>> headline_span("A judge was shot on Friday.")
    (0, 0)
    """
    pos = 0
    for line in text.splitlines(keepends=True):
        start, pos = pos, pos + len(line)
        if not line.strip() or url_line(line, 0) or _DATELINE.fullmatch(line.strip()):
            continue
        body = line.rstrip()
        return (start, start + len(body)) if not body.endswith((".", '."', ".”")) else (0, 0)
    return (0, 0)


#: A page line before a web report's lead: a byline, a posting or updating date; not a sentence of the lead
#: that opens with such a word ("By Monday evening, rebels had taken ...": it ends in a full stop).
_PAGE_LINE = re.compile(r"(?:By [A-Z][^\n]{0,80}|(?:Posted|Published|Updated)\b[^\n]{0,80})"
                        r"(?<!\.)[ \t]*(?:\n|$)")


def body_start(text: str) -> int:
    """Where a report's body starts: after its headline and the page lines a web report shows before the
    lead, a byline ("By NAME, Staff Writer") and a posting line ("Posted: Monday, ..."), whose writer is no
    person of the story.

    >>> body_start("Man held" + chr(10) + "By Ann Lee" + chr(10) + "A man was arrested.")
    20
    >>> body_start("Town falls" + chr(10) + "By Monday evening, rebels had taken the town.")
    11
    """
    _, pos = headline_span(text)
    while True:
        rest = text[pos:]
        pos += len(rest) - len(rest.lstrip())
        if not _PAGE_LINE.match(text, pos):
            return pos
        end = text.find("\n", pos)
        if end < 0:
            return pos
        pos = end + 1
