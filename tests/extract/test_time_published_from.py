"""The time stage keeps how an article's publication date was obtained and its evidence (plumbing only: the
date inferred is :func:`newsgraph.extract.time_dct.infer_dct`'s)."""

from __future__ import annotations

import pytest

from newsgraph.extract.time import article_anchor
from newsgraph.model import Article, PublishedFrom


@pytest.mark.parametrize(("text", "url", "kind", "value", "evidence", "published"), [
    ("Talks in Veldra\nJune 27, 2013\nThe envoys met on Thursday.", None, "dateline", "2013-06-27",
     "June 27, 2013", "2013-06-27"),
    ("VELDRA, June 27 (Wire) - The envoys met in 2013.", None, "wire", "2013-06-27", "June 27", "2013-06-27"),
    ("http: / / x. com / 2012 / world / talks\nTalks in Veldra\nJul. 7 5:59 PM EDT\nBody.", None, "yearless",
     "2012-07-07", "Jul. 7", "2012-07-07"),
    ("http://x.com/2013/06/27/talks\nTalks in Veldra\nThe envoys met.", None, "url", "2013-06-27",
     "2013/06/27", "2013-06-27"),
    ("Talks in Veldra\nThe envoys met.", "https://x.com/2013/06/27/talks", "url", "2013-06-27", None,
     "2013-06-27"),
    ("The plant, opened in 2019, closed in 2021.", None, "bounds", "2021", "2021", None),
    # Today's furniture: the first publication of several dates, a byline piece, a press release, the foot.
    ("Talks in Veldra\nUpdated 8 May 2025 | Published 6 May 2025\nThe envoys met.", None, "dateline",
     "2025-05-06", "6 May 2025", "2025-05-06"),
    ("Talks in Veldra\nBy Ann Reed | May 6, 2025\nThe envoys met.", None, "dateline", "2025-05-06",
     "May 6, 2025", "2025-05-06"),
    ("Talks in Veldra\nTue 6/5/2025\nThe envoys met.", None, "dateline", "2025-05-06", "6/5/2025",
     "2025-05-06"),
    ("Veldra names envoy\nVELDRA, May 6, 2025 /Norwire/ -- The city named an envoy.", None, "wire",
     "2025-05-06", "May 6, 2025", "2025-05-06"),
    ("Talks in Veldra\n\nThe envoys of the two cities met on Thursday and agreed to meet again soon.\n\n"
     "This article was first published on 6 May 2025.", None, "foot", "2025-05-06", "6 May 2025",
     "2025-05-06"),
])
def test_the_article_keeps_the_source_and_evidence_of_its_inferred_date(
        text: str, url: str | None, kind: str, value: str, evidence: str | None,
        published: str | None) -> None:
    art = Article.new(text, url=url)
    article_anchor(art)
    basis = art.published_from
    assert basis is not None and (basis.kind, basis.value, basis.text) == (kind, value, evidence)
    if evidence is None:
        assert basis.start is None and basis.end is None
    else:
        assert basis.start is not None and text[basis.start:basis.end] == evidence
    assert (art.published, art.published_inferred) == (published, published is not None)


def test_a_given_date_is_said_given_and_an_undatable_text_has_nothing() -> None:
    given = Article.new("The envoys met on Thursday.", published="2013-06-27")
    article_anchor(given)
    assert given.published_from == PublishedFrom("given", "2013-06-27")
    bare = Article.new("The envoys met on Thursday.")
    article_anchor(bare)
    assert bare.published_from is None and bare.published is None


def test_anchoring_again_keeps_the_evidence() -> None:
    art = Article.new("Talks in Veldra\nJune 27, 2013\nThe envoys met on Thursday.")
    article_anchor(art)
    first = art.published_from
    article_anchor(art)
    assert art.published_from == first and first is not None and first.kind == "dateline"
