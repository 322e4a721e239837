"""Quote scoring: newsgraph's quotes and textacy's ``direct_quotations`` against the quote gold.

Figures (see ``docs/quote-guidelines.md`` for the gold and ``docs/evaluation.md`` for the format):

- ``quote_f1``: a predicted quote matches a gold quote when their content spans overlap by at least half of
  the longer one (one-to-one, best overlap first);
- ``exact_f1``: the content spans are identical once quotation marks, white space and edge punctuation
  are trimmed from both ends of both spans (textacy's spans include the marks; ours do not);
- ``speaker_accuracy``: over the matched quotes, the share whose speaker resolves to the gold speaker
  (its canonical name, an alternative name, or its descriptor — :func:`same_speaker`);
- ``attribution_f1``: quotes matched *and* attributed to the right speaker, over all quotes.

Both systems read the same parse: every text is processed once by the newsgraph pipeline, and textacy runs
on that Doc. Run ``python -m newsgraph.evaluate.quotes`` for the side-by-side table.

>>> same_speaker(["Miller"], "Matthew Miller")
True
>>> same_speaker(["the spokesperson"], "US State Department spokesperson")
False
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.config import PROJECT_ROOT
from newsgraph.errors import GoldError, NewsgraphError
from newsgraph.evaluate.gold import GoldFact, load_document, load_gold
from newsgraph.evaluate.metrics import PRF, match_spans
from newsgraph.model import Article

#: Where the quote gold lives when no path is given.
DEFAULT_GOLD = PROJECT_ROOT / "tests" / "extract" / "gold"
_EDGE = " \t\n\"“”„`'‘’«»,.;:"
_FUNCTION = frozenset({"the", "a", "an", "of", "'s", "s", "his", "her", "its", "their", "our", "my", "your"})
_PRONOUNS = frozenset({"he", "she", "it", "they", "i", "we", "you", "him", "her", "them"})


@dataclass(frozen=True, slots=True)
class Predicted:
    """One system's quote, reduced to what is scored: content span, speaker names, cue and kind."""

    start: int
    end: int
    names: tuple[str, ...]
    cue: str | None = None
    kind: str | None = None


def _words(name: str) -> list[str]:
    name = name.replace("’", "'").replace("'s ", " ").lower()
    name = re.sub(r"'s$", "", name)
    return [w for w in re.findall(r"[\w][\w.&-]*", name) if w not in _FUNCTION]


def _name_like(name: str) -> bool:
    words = [w for w in re.findall(r"[\w][\w.&'’-]*", name) if w.lower() not in _FUNCTION]
    return bool(words) and all(w[0].isupper() or w[0].isdigit() for w in words) \
        and name.lower() not in _PRONOUNS


def _one(pred: str, gold: str) -> bool:
    p, g = _words(pred), _words(gold)
    if not p or not g:
        return False
    if set(p) == set(g):
        return True
    if _name_like(pred) and set(p) < set(g) and g[-1] in p:
        return True
    if _name_like(gold) and set(g) < set(p) and p[-1] == g[-1]:
        return True
    shorter, longer = (p, g) if len(p) <= len(g) else (g, p)
    nested = set(shorter) < set(longer) and shorter[0] == longer[0]
    return not _name_like(pred) and len(shorter) >= 2 and nested


def same_speaker(pred_names: Iterable[str], gold: str, alternatives: Iterable[str] = ()) -> bool:
    """Whether a predicted speaker (any of its names) is the gold speaker.

    Names compare as word sets without function words; a bare surname matches the full name, and a full
    name with titles matches the bare name. Role nouns alone ("the spokesperson") match only themselves.

    >>> same_speaker(["Gen Asim Munir"], "Asim Munir")
    True
    >>> same_speaker(["US Department of State"], "US State Department")
    True
    """
    golds = [gold, *alternatives]
    return any(_one(p, g) for p in pred_names for g in golds)


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """A span without quotation marks, white space and edge punctuation at either end.

    >>> t = '“Yes,” he said.'
    >>> trim_span(t, 0, 6)
    (1, 4)
    """
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return start, end


def ours(article: Article) -> list[Predicted]:
    """newsgraph's quotes of a processed article, with every name its speaker goes by.

    >>> from newsgraph.store.examples import example_article
    >>> ours(example_article())
    [Predicted(start=62, end=78, names=('Asim Munir', 'Munir', 'Asim Munir'), cue='said', kind='direct')]
    """
    out: list[Predicted] = []
    for q in article.quotes:
        names: list[str] = []
        sp = q.speaker
        if sp is not None:
            ent = article.entity(sp.entity)
            if ent is not None:
                names += [ent.name, *ent.aliases]
            names += [n for n in (sp.name, sp.descriptor) if n]
            if not names:
                names.append(sp.text)
        out.append(Predicted(q.start, q.end, tuple(names), q.cue, q.kind))
    return out


def _merge_backquotes(doc: Doc) -> Doc:
    """A copy of a Doc whose split Penn Treebank opening marks (`` ` `` `` ` ``) are one token again."""
    copy = Doc(doc.vocab).from_bytes(doc.to_bytes(exclude=["user_data"]), exclude=["user_data"])
    with copy.retokenize() as retok:
        i = 0
        while i < len(copy) - 1:
            if copy[i].text == "`" and copy[i + 1].text == "`" and not copy[i].whitespace_:
                retok.merge(copy[i:i + 2])
                i += 2
            else:
                i += 1
    return copy


def textacy_quotes(doc: Doc) -> list[Predicted]:
    """textacy's direct quotations of a parsed Doc, as spans of the Doc's text.

    textacy gives up on a text with an odd number of quotation marks; the baseline then runs it paragraph by
    paragraph, so one stray mark costs only its paragraph.

    >>> from newsgraph.nlp import build_pipeline
    >>> textacy_quotes(build_pipeline()('"Talks went well," Munir said.'))  # doctest: +SKIP
    [Predicted(start=1, end=17, names=('Munir',), cue='said', kind='direct')]
    """
    from textacy.extract.triples import direct_quotations

    merged = _merge_backquotes(doc)
    try:
        return [_triple(t, 0) for t in direct_quotations(merged)]
    except ValueError:
        pass
    out: list[Predicted] = []
    start = 0
    for para in merged.text.split("\n"):
        span = merged.char_span(start, start + len(para), alignment_mode="contract")
        start += len(para) + 1
        if span is None or not len(span):
            continue
        try:
            out += [_triple(t, span.start_char) for t in direct_quotations(span.as_doc())]
        except ValueError:
            continue
    return out


def _triple(triple: object, offset: int) -> Predicted:
    content = getattr(triple, "content")  # noqa: B009  (a textacy DQTriple)
    speaker = " ".join(t.text for t in getattr(triple, "speaker"))  # noqa: B009
    cue = getattr(triple, "cue")  # noqa: B009
    return Predicted(offset + content.start_char, offset + content.end_char, (speaker,),
                     cue[0].lemma_.lower() if cue else None, "direct")


@dataclass(slots=True)
class _Tally:
    """Counts of one system's quotes against gold, summed over documents."""

    loose: PRF = field(default_factory=PRF)
    exact: PRF = field(default_factory=PRF)
    speaker_right: int = 0
    matched: int = 0
    kind_right: int = 0
    cue_right: int = 0

    def figures(self) -> dict[str, float]:
        """The counts as figures: quote P/R/F1 (overlap and exact), speaker, attribution, kind and cue."""
        attribution = PRF(self.speaker_right, self.loose.tp + self.loose.fp - self.speaker_right,
                          self.loose.tp + self.loose.fn - self.speaker_right)
        return {
            **self.loose.as_dict("quote_"), "exact_f1": self.exact.f1,
            "exact_precision": self.exact.precision, "exact_recall": self.exact.recall,
            "speaker_accuracy": self.speaker_right / self.matched if self.matched else 0.0,
            "attribution_f1": attribution.f1,
            "kind_accuracy": self.kind_right / self.matched if self.matched else 0.0,
            "cue_accuracy": self.cue_right / self.matched if self.matched else 0.0,
        }


def _check(fact: GoldFact, text: str) -> tuple[int, int]:
    span = fact.span
    if span is None or not 0 <= span[0] < span[1] <= len(text):
        raise GoldError(f"{fact.doc}: quote span {span} outside the text")
    if "speaker" not in fact.data:
        raise GoldError(f"{fact.doc}: quote {span} has no \"speaker\"")
    return span


def _tally_doc(tally: _Tally, text: str, gold: list[GoldFact], pred: list[Predicted]) -> None:
    g_spans = [_check(f, text) for f in gold]
    p_spans = [(p.start, p.end) for p in pred]
    pairs = match_spans(g_spans, p_spans, min_ratio=0.5)
    tally.loose += PRF(len(pairs), len(pred) - len(pairs), len(gold) - len(pairs))
    g_trim = [trim_span(text, s, e) for s, e in g_spans]
    p_trim = [trim_span(text, s, e) for s, e in p_spans]
    exact = match_spans(g_trim, p_trim, min_ratio=1.0)
    tally.exact += PRF(len(exact), len(pred) - len(exact), len(gold) - len(exact))
    for gi, pi in pairs:
        g, p = gold[gi].data, pred[pi]
        tally.matched += 1
        tally.speaker_right += same_speaker(p.names, str(g["speaker"]), g.get("speaker_alt", []))
        tally.kind_right += p.kind == g.get("type")
        tally.cue_right += p.cue == g.get("cue")


def _score_predictions(gold: list[GoldFact], predictions: dict[str, list[Predicted]]) -> dict[str, float]:
    """Score any system's quotes (by document reference) against quote gold."""
    tally = _Tally()
    by_doc: dict[str, list[GoldFact]] = {}
    for fact in gold:
        if fact.kind == "quote":
            by_doc.setdefault(fact.doc, []).append(fact)
    for ref in sorted(set(by_doc) | set(predictions)):
        if ref not in by_doc:
            continue
        _tally_doc(tally, load_document(ref).text, by_doc[ref], predictions.get(ref, []))
    out = tally.figures()
    out["gold_quotes"] = float(sum(len(v) for v in by_doc.values()))
    out["documents"] = float(len(by_doc))
    return out


def score_quotes(gold: list[GoldFact], articles: dict[str, Article]) -> dict[str, float]:
    """The scorer ``newsgraph eval`` runs for ``quote`` gold: newsgraph's quotes of the processed articles.

    >>> gold = load_gold(["tests/extract/gold/quotes.jsonl"])  # doctest: +SKIP
    >>> score_quotes(gold, process_documents({f.doc for f in gold}))["quote_f1"] > 0.8  # doctest: +SKIP
    True
    """
    return _score_predictions(gold, {ref: ours(a) for ref, a in articles.items()})


def parse_documents(refs: Iterable[str], nlp: Language | None = None) -> dict[str, tuple[Doc, Article]]:
    """Run the pipeline once over the referenced documents; each reference gets its Doc and its Article.

    >>> doc, art = parse_documents(["samples:000_22186985d1c5b4ba"])["samples:000_22186985d1c5b4ba"]
    ... # doctest: +SKIP
    """
    from newsgraph.nlp import build_pipeline, doc_for

    nlp = nlp or build_pipeline()
    refs = sorted(set(refs))
    fresh = [doc_for(nlp, Article.from_dict(load_document(r).to_dict())) for r in refs]
    return {r: (doc, doc._.ng) for r, doc in zip(refs, nlp.pipe(fresh), strict=True)}


def compare(gold: list[GoldFact], parsed: dict[str, tuple[Doc, Article]],
            corpora: Sequence[str] | None = None) -> dict[str, dict[str, float]]:
    """newsgraph vs textacy on the same parses: ``{"newsgraph": figures, "textacy": figures}``.

    >>> sorted(compare([], {}))
    ['newsgraph', 'textacy']
    """
    facts = [f for f in gold if f.kind == "quote" and (corpora is None or f.corpus in corpora)]
    refs = {f.doc for f in facts}
    return {
        "newsgraph": _score_predictions(facts, {r: ours(parsed[r][1]) for r in refs}),
        "textacy": _score_predictions(facts, {r: textacy_quotes(parsed[r][0]) for r in refs}),
    }


_ROWS = ("quote_f1", "quote_precision", "quote_recall", "exact_f1", "speaker_accuracy", "attribution_f1",
         "kind_accuracy", "cue_accuracy")


def format_table(results: dict[str, dict[str, dict[str, float]]]) -> str:
    """A plain-text table: one block per gold subset, one row per figure, newsgraph vs textacy.

    >>> figures = dict.fromkeys(_ROWS, 0.5) | {"documents": 2.0, "gold_quotes": 9.0}
    >>> print(format_table({"all": {"newsgraph": figures, "textacy": figures}}).splitlines()[0])
    all: 2 documents, 9 gold quotes
    """
    lines: list[str] = []
    for subset, systems in results.items():
        ours_, base = systems["newsgraph"], systems["textacy"]
        docs, quotes = int(ours_["documents"]), int(ours_["gold_quotes"])
        lines.append(f"{subset}: {docs} documents, {quotes} gold quotes")
        lines.append(f"  {'figure':<18}{'newsgraph':>10}{'textacy':>10}")
        for row in _ROWS:
            lines.append(f"  {row:<18}{ours_[row]:>10.3f}{base[row]:>10.3f}")
    return "\n".join(lines)


def _evaluate(paths: Sequence[str | Path] = (DEFAULT_GOLD,), nlp: Language | None = None
             ) -> dict[str, dict[str, dict[str, float]]]:
    """Score both systems on the quote gold under ``paths``: all documents, then per corpus."""
    gold = load_gold(paths, kinds=["quote"])
    if not gold:
        raise GoldError(f"no quote gold under {', '.join(map(str, paths))}")
    parsed = parse_documents({f.doc for f in gold}, nlp)
    results = {"all": compare(gold, parsed)}
    for corpus in sorted({f.corpus for f in gold}):
        results[corpus] = compare(gold, parsed, [corpus])
    return results


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m newsgraph.evaluate.quotes [GOLD...] [--json]``: the side-by-side table (1 on an error).

    >>> main(["no/such/gold"])  # the error goes to stderr
    1
    """
    parser = argparse.ArgumentParser(prog="python -m newsgraph.evaluate.quotes",
                                     description="Quote extraction: newsgraph vs textacy on the quote gold.")
    parser.add_argument("gold", nargs="*", default=[str(DEFAULT_GOLD)], help="quote gold files or folders")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    try:
        results = _evaluate(args.gold)
    except NewsgraphError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(json.dumps(results, indent=2) if args.json else format_table(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
